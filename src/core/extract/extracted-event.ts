import type {
  DatePrecision,
  EventEvidence,
  EventFormat,
  EventRole,
  EventStatus,
} from '../event.ts';

/** One event as read from one article, before geocoding, merging and overrides. */
export interface ExtractedEvent {
  name: string;
  role: EventRole;
  start: string | null;
  end: string | null;
  date_precision: DatePrecision;
  /** The most specific place as written ("Anting Town of Jiading District"), or null. */
  place: string | null;
  /** Other place names that qualify it, nearest first ("Jiading District", "Shanghai"). */
  placeContext: string[];
  themes: string[];
  format: EventFormat | null;
  status: EventStatus;
  participants: number | null;
  participants_text: string | null;
  organisers: string[];
  evidence: EventEvidence;
  /** Doubts worth a report line ("date has no year: year taken from publication"). */
  warnings: string[];
}
