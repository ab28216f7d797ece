import type { EventProperties } from '../event.ts';
import type { ExtractedEvent } from '../extract/extracted-event.ts';
import type { GeocodeCandidate, GeocodeResult } from '../geocode/geocode-result.ts';
import type { Article } from '../article.ts';

/** A doubt raised while reading one article (by extraction or geocoding). */
export interface DraftIssue {
  article: string;
  code: 'extraction' | 'geocoding';
  message: string;
}

/** One event on its way to the dataset: built from one article, then merged and given an id. */
export interface EventDraft {
  /** `id` stays empty until ids are assigned, after merging. */
  properties: EventProperties;
  coordinates: [number, number] | null;
  /** Every place the name could be, when the geocoder found it ambiguous. */
  candidates: GeocodeCandidate[];
  issues: DraftIssue[];
  /** Filled by merging: the name and article of each report of the same event. */
  mergedFrom: { article: string; name: string }[];
}

export function buildDraft(
  article: Article,
  event: ExtractedEvent,
  place: GeocodeResult,
): EventDraft {
  const issues: DraftIssue[] = [
    ...event.warnings.map((message) => ({
      article: article.file,
      code: 'extraction' as const,
      message,
    })),
    ...place.warnings.map((message) => ({
      article: article.file,
      code: 'geocoding' as const,
      message,
    })),
  ];
  return {
    properties: {
      id: '',
      name: event.name,
      role: event.role,
      start: event.start,
      end: event.end,
      date_precision: event.start === null ? 'unknown' : event.date_precision,
      year: yearOf(event.start),
      themes: [...event.themes],
      place: event.place,
      venue: place.venue,
      town: place.town,
      district: place.district,
      city: place.city,
      province: place.province,
      country: place.country,
      location_precision:
        place.coordinates === null || place.location_precision === 'continent'
          ? 'unknown'
          : place.location_precision,
      geocoder: place.geocoder,
      confidence: Math.min(1, Math.max(0, place.confidence)),
      format: event.format,
      status: event.status,
      participants: event.participants,
      participants_text: event.participants_text,
      organisers: [...event.organisers],
      sources: [
        {
          file: article.file,
          url: article.url,
          outlet: article.outlet,
          published: article.published,
          title: article.title,
        },
      ],
      evidence: { date: event.evidence.date, place: event.evidence.place },
    },
    coordinates: place.coordinates,
    candidates: place.candidates,
    issues,
    mergedFrom: [],
  };
}

export function yearOf(date: string | null): number | null {
  if (date === null) return null;
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) ? year : null;
}
