// News-agency datelines opening the first paragraph: "HANGZHOU, Sept. 23 (Xinhua) -- …",
// "SHENZHEN, China, March 5, 2024 /PRNewswire/ -- …", "BERLIN, Sept 1 (Reuters) - …".
// They give the city the story was filed from and, often, its date.
import { daysBetween, isValidDate, parseIso, toIso } from './calendar.ts';
import { findDateMentions, type PartialDate } from './date-mentions.ts';
import { eventYearIn } from './founding-years.ts';

export interface Dateline {
  city: string;
  /** A country or province after the city ("SHENZHEN, China"). */
  region: string | null;
  date: PartialDate | null;
  /** The paragraph without its dateline. */
  rest: string;
}

/** "Sept. 23", "March 5, 2024", "22 November 2022", "22.11.2022". */
const DATELINE_DATE =
  '[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+[A-Z][a-z]{2,8}\\.?(?:\\s+\\d{4})?|\\d{1,2}\\.\\d{1,2}\\.\\d{4}';
// Letters of any script: "MEDELLÍN –", "SÃO PAULO –", "Zürich, 3 May (dpa) –".
const PLACE_PART = "\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}?";
const DATELINE = new RegExp(
  `^(${PLACE_PART})(?:,\\s*(${PLACE_PART}))?(?:,\\s*(${DATELINE_DATE}))?\\s*(?:\\([^)]{1,40}\\)|\\/[^/]{1,40}\\/)?\\s*(?:--|—|–|-)\\s+`,
  'u',
);

function isCityToken(text: string): boolean {
  return (
    /^\p{Lu}[\p{Lu}\p{M} .'’-]+$/u.test(text) ||
    /^\p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+)?$/u.test(text)
  );
}

// A dateline is the paragraph's first words; matching only them keeps a long run of spaces after
// "NANNING, March" from costing minutes.
const DATELINE_CHARS = 200;

export function readDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph.slice(0, DATELINE_CHARS));
  if (m === null) return null;
  const rawCity = (m[1] ?? '').trim();
  if (!isCityToken(rawCity) || rawCity.split(' ').length > 4) return null;
  const hasMarker = m[3] !== undefined || /\(|\//.test(m[0]) || rawCity === rawCity.toUpperCase();
  if (!hasMarker) return null;
  const city = rawCity === rawCity.toUpperCase() ? titleCase(rawCity) : rawCity;
  const date = m[3] === undefined ? null : (findDateMentions(m[3])[0]?.start ?? null);
  const region = m[2]?.trim() ?? null;
  return { city, region, date, rest: paragraph.slice(m[0].length) };
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * The dateline's day as an ISO date: its own year, else the year putting it nearest the
 * publication date ("Dec. 30" filed for a Jan. 2 paper), else the year in the headline.
 */
export function datelineIso(
  date: PartialDate | null,
  published: string | null,
  headline: string,
): string | null {
  if (date?.month == null || date.day === null) return null;
  const fallbackYear = eventYearIn(headline);
  const { month, day } = date;
  const pub = published === null ? null : parseIso(published);
  const valid = (y: number | null): y is number => y !== null && isValidDate(y, month, day);
  if (date.year !== null) return valid(date.year) ? toIso(date.year, month, day) : null;
  if (pub === null || published === null)
    return valid(fallbackYear) ? toIso(fallbackYear, month, day) : null;
  let best: string | null = null;
  for (const y of [pub.year - 1, pub.year, pub.year + 1]) {
    if (!valid(y)) continue;
    const iso = toIso(y, month, day);
    const far = (d: string): number => Math.abs(daysBetween(published, d));
    if (best === null || far(iso) < far(best)) best = iso;
  }
  return best;
}
