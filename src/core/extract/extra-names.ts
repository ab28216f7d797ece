// Adds to each analysed sentence the event names that the head-noun rules miss: series aliases
// and names the sentence shows to be events (event-triggers.ts), then every later or earlier
// use of those names in the article, headline included.
import type { AnalysedSentence } from './analyse-sentence.ts';
import type { NameMention } from './event-names.ts';
import type { SeriesIndex } from './event-series.ts';
import { triggeredNames } from './event-triggers.ts';
import { findRoundup } from './roundup.ts';
import { seriesCore, seriesNames, seriesOfName } from './series-names.ts';

const WORD = /[\p{L}\p{N}]/u;

/** "Technova" from "the 5th Technova 2025" and "Technova's": the form that recurs in the text. */
function bareForm(name: string): string {
  return name
    .replace(/['’]s$/, '')
    .replace(/^(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?/i, '')
    .replace(/\s+(?:19|20)\d{2}$/, '')
    .trim();
}

function occurrences(s: AnalysedSentence, form: string, taken: NameMention[]): number[] {
  const out: number[] = [];
  for (let at = s.text.indexOf(form); at >= 0; at = s.text.indexOf(form, at + 1)) {
    const end = at + form.length;
    if (WORD.test(s.text[at - 1] ?? '') || WORD.test(s.text[end] ?? '')) continue;
    if (taken.some((n) => at < n.end && n.index < end)) continue;
    out.push(at);
  }
  return out;
}

/** "Robots Take Centre Stage At Zyx": most longer words capitalised, so a run proves little. */
function titleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitalised / words.length > 0.6;
}

/**
 * "Gitex has been held since …" beside "Gitex Global opened …": a one-word name found by its
 * sentence that opens a longer event name of the same article is that event.
 */
function joinBrandToFullName(sentences: AnalysedSentence[], added: NameMention[][]): void {
  const all = sentences.flatMap((s, pos) => [...s.names, ...(added[pos] ?? [])]);
  for (const list of added) {
    list.forEach((m, i) => {
      if (/\s/.test(m.name.trim())) return;
      const longer = all.find((n) => n.core !== m.core && n.name.startsWith(`${m.name} `));
      if (longer !== undefined) list[i] = { ...m, core: longer.core };
    });
  }
}

function withNames(s: AnalysedSentence, added: NameMention[]): AnalysedSentence {
  if (added.length === 0) return s;
  const names = [...s.names, ...added].sort((a, b) => a.index - b.index);
  const generics = s.generics.filter((g) => !added.some((n) => g.index < n.end && n.index < g.end));
  return { ...s, names, generics };
}

export function withEventNames(
  sentences: AnalysedSentence[],
  series: SeriesIndex | null,
): AnalysedSentence[] {
  const added: NameMention[][] = sentences.map(() => []);
  const remapped = sentences.map((s) => {
    if (series === null) return s;
    const names = s.names.map((n) => {
      const found = seriesOfName(n.name, series);
      return found === null ? n : { ...n, core: seriesCore(found) };
    });
    return { ...s, names };
  });
  remapped.forEach((s, pos) => {
    const fromSeries = series === null ? [] : seriesNames(s, series);
    const withSeries = withNames(s, fromSeries);
    // Headlines are title case: a verb after a run proves little there, an apposition still does.
    const triggered = triggeredNames(withSeries, pos === 0 && titleCase(s.text)).map((n) => {
      const found = series === null ? null : seriesOfName(n.name, series);
      return found === null ? n : { ...n, core: seriesCore(found) };
    });
    added[pos]?.push(...fromSeries, ...triggered);
  });
  // The body's spelling of a name wins over the headline's ("GITEX GLOBAL 2023" over "Gitex …").
  const bodyCores = new Set(
    remapped
      .flatMap((s, pos) => (pos === 0 ? [] : [...s.names, ...(added[pos] ?? [])]))
      .map((n) => n.core),
  );
  added[0] = (added[0] ?? []).filter((n) => !bodyCores.has(n.core) || n.alias !== null);
  joinBrandToFullName(remapped, added);
  // A name the body shows to be an event is the same event wherever else it is written.
  const forms = new Map<string, NameMention>();
  for (const list of added)
    for (const m of list) {
      const bare = bareForm(m.name);
      if (bare.length >= 3 && /^[\p{Lu}\d]/u.test(bare) && !forms.has(bare)) forms.set(bare, m);
    }
  remapped.forEach((s, pos) => {
    const here = added[pos] ?? [];
    for (const [form, m] of forms) {
      for (const at of occurrences(s, form, [...s.names, ...here])) {
        here.push({ ...m, name: form, index: at, end: at + form.length, year: null });
      }
    }
  });
  return withHeadings(remapped.map((s, pos) => withNames(s, added[pos] ?? [])));
}

/** A roundup's headings name their events and places by the list's layout alone. */
function withHeadings(sentences: AnalysedSentence[]): AnalysedSentence[] {
  const out = [...sentences];
  for (const h of findRoundup(sentences)) {
    const s = out[h.pos];
    if (s === undefined) continue;
    const named = s.names.includes(h.name) ? s : withNames(s, [h.name]);
    const places = h.places.filter((p) => !named.places.includes(p));
    out[h.pos] = places.length === 0 ? named : { ...named, places: [...named.places, ...places] };
  }
  return out;
}
