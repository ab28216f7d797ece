// Event names found through the event-series index: "IFA 2019", "Zyx" (a known alias), and the
// key that makes every alias of one series ("MWC", "Mobile World Congress") one event.
import type { AnalysedSentence } from './analyse-sentence.ts';
import { coreOf, EVENT_NOUNS, type NameMention } from './event-names.ts';
import type { EventSeries, SeriesIndex } from './event-series.ts';

/** "trade show" → "show": lets "the show" later in the text point back to the series' event. */
function nounOf(series: EventSeries): string {
  const last = series.kind.toLowerCase().split(/\s+/).pop() ?? '';
  return EVENT_NOUNS.has(last) ? last : 'event';
}

export function seriesCore(series: EventSeries): string {
  return coreOf(series.name);
}

/** Series aliases in one sentence that no other name covers, with the year that follows. */
export function seriesNames(s: AnalysedSentence, index: SeriesIndex): NameMention[] {
  const out: NameMention[] = [];
  for (const m of index.find(s.text)) {
    const end = m.year === null ? m.end : m.end + s.text.slice(m.end).indexOf(String(m.year)) + 4;
    if (s.names.some((n) => m.index < n.end && n.index < end)) continue;
    out.push({
      name: s.text.slice(m.index, end),
      index: m.index,
      end,
      noun: nounOf(m.series),
      core: seriesCore(m.series),
      year: m.year,
      alias: null,
      organisation: false,
    });
  }
  return out;
}

/** The series a name found by other rules belongs to ("2025 Mobile World Congress"), if any. */
export function seriesOfName(name: string, index: SeriesIndex): EventSeries | null {
  const direct = index.byName(name);
  if (direct !== null) return direct;
  const bare = name.replace(/^(?:the\s+)?(?:(?:19|20)\d{2}\s+)?/i, '');
  const [first] = index.find(bare);
  return first !== undefined && first.index === 0 ? first.series : null;
}
