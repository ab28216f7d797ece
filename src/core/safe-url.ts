// Article metadata is untrusted: only web addresses may become links, never `javascript:` or
// `data:` URLs that would run or render content in the page.

/** The normalised URL when it is absolute http(s); null otherwise. */
export function safeHttpUrl(raw: string | null): string | null {
  if (raw === null) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
