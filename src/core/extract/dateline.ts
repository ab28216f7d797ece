// News-agency datelines opening the first paragraph: "HANGZHOU, Sept. 23 (Xinhua) -- …",
// "SHENZHEN, China, March 5, 2024 /PRNewswire/ -- …", "BERLIN, Sept 1 (Reuters) - …".
// They give the city the story was filed from and, often, its date.
import { findDateMentions, type PartialDate } from './date-mentions.ts';

export interface Dateline {
  city: string;
  /** A country or province after the city ("SHENZHEN, China"). */
  region: string | null;
  date: PartialDate | null;
  /** The paragraph without its dateline. */
  rest: string;
}

const PLACE_PART = "[A-Z][A-Za-z .'’-]{1,40}?";
const DATELINE = new RegExp(
  `^(${PLACE_PART})(?:,\\s*(${PLACE_PART}))?(?:,\\s*([A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?))?\\s*(?:\\([^)]{1,40}\\)|\\/[^/]{1,40}\\/)?\\s*(?:--|—|–|-)\\s+`,
);

function isCityToken(text: string): boolean {
  return /^[A-Z][A-Z .'’-]+$/.test(text) || /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(text);
}

export function readDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
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
