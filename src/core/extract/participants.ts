// Reported attendance: "more than 110 experts" → 110. People are counted; organisations
// (companies, exhibitors, institutions) only when the sentence says they took part, because
// "products from more than 100 companies were displayed" sizes the exhibition, not the audience.

export interface ParticipantCount {
  count: number;
  text: string;
  /** True for people (experts, guests…), false for organisations that took part. */
  people: boolean;
}

const PEOPLE =
  'experts|participants|attendees|guests|delegates|visitors|people|representatives|scholars|academics|officials|students|speakers|leaders|entrepreneurs|professionals|researchers|scientists|executives|developers|investors|journalists|attendants|youths|individuals|members|athletes|contestants|competitors|buyers|diplomats|ministers|engineers|specialists|academicians|CEOs|innovators|persons|teachers|doctors|founders|creators|partners|viewers';
const ORGANISATIONS =
  'companies|enterprises|firms|institutions|organizations|organisations|universities|exhibitors|teams|brands|startups|start-ups|businesses';

const COUNT = new RegExp(
  `\\b(?:(?:more than|over|nearly|almost|about|around|some|approximately|roughly|up to|at least|upwards of|close to)\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(thousand|million))?\\s+(?:[a-z][\\w-]*\\s+){0,3}?(${PEOPLE}|${ORGANISATIONS})\\b`,
  'gi',
);
/** No gathering counts more people than live on Earth: "99999999999999999999999 experts" is noise. */
const MAX_COUNT = 10_000_000_000;
const PEOPLE_SET = new Set(PEOPLE.toLowerCase().split('|'));
const TOOK_PART =
  /\b(?:attend|attended|attending|participat\w*|took part|take part|taking part|joined|registered)\b/i;

export function findParticipantCounts(sentence: string): ParticipantCount[] {
  const out: ParticipantCount[] = [];
  for (const m of sentence.matchAll(COUNT)) {
    const before = sentence.slice(Math.max(0, m.index - 2), m.index);
    if (/[$€£¥]\s*$/.test(before)) continue;
    const unit = m[2]?.toLowerCase();
    const scale = unit === 'thousand' ? 1_000 : unit === 'million' ? 1_000_000 : 1;
    const count = Math.round(Number((m[1] ?? '').replace(/,/g, '')) * scale);
    const noun = (m[3] ?? '').toLowerCase();
    const people = PEOPLE_SET.has(noun);
    if (!people && !TOOK_PART.test(sentence)) continue;
    if (count >= 2 && count <= MAX_COUNT) out.push({ count, text: m[0], people });
  }
  return out;
}

/** The largest head-count of people; organisations only when no people are counted. */
export function pickParticipants(counts: ParticipantCount[]): ParticipantCount | null {
  const people = counts.filter((c) => c.people);
  const pool = people.length > 0 ? people : counts;
  let best: ParticipantCount | null = null;
  for (const c of pool) if (best === null || c.count > best.count) best = c;
  return best;
}
