// An input article after decoding and metadata merge, ready for extraction.

export interface Article {
  /** File name inside the input folder; for .json/.jsonl inputs, `name.jsonl#3` (1-based record). */
  file: string;
  title: string | null;
  /** Body text: UTF-8, LF line ends, HTML removed. */
  text: string;
  /** ISO date YYYY-MM-DD; metadata (sources.json or the JSON record) wins over a date found in the text. */
  published: string | null;
  url: string | null;
  outlet: string | null;
}
