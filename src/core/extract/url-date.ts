// Many sites print the publication date in the page address: "/2019/03/14/slug",
// "/news/2019-03-14-slug", "/a/20190314/slug.html". Used only when no other source dates the text.
import { isValidDate, toIso } from './calendar.ts';

const PATTERNS = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=[/?#._-]|$)/,
  /(?<!\d)((?:19|20)\d{2})[-_](\d{2})[-_](\d{2})(?!\d)/,
  /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/,
];

/** The ISO date written in `url`'s path or query, or null. The host is never read. */
export function dateFromUrl(url: string | null): string | null {
  if (url === null) return null;
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  for (const pattern of PATTERNS) {
    const m = pattern.exec(path);
    if (m === null) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidDate(year, month, day)) return toIso(year, month, day);
  }
  return null;
}
