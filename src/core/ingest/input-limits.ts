// How much of the input the ingest reads: enough for any news article, never enough to hang.
export const INPUT_LIMITS = {
  /** Larger files are not read at all (the CLI checks the size before reading). */
  maxFileBytes: 64 * 1024 * 1024,
  /** An article's text is cut here: no news story is longer, and extraction stays fast. */
  maxArticleChars: 200_000,
  /** An HTML page is cut here before its markup is taken apart. */
  maxHtmlChars: 4_000_000,
};
