import type { Anchor } from './choose-candidate.ts';
import type { LocationPrecision } from '../event.ts';

export interface PlaceQuery {
  /** The place as written, or null when the article names none. */
  place: string | null;
  /** Qualifying names from the same phrase or article, nearest first. */
  context: string[];
  /** The whole article text, for admin names mentioned elsewhere (a province named nearby). */
  text: string;
  /** The article's places that are already settled: namesakes near or beside them win. */
  anchors?: readonly Anchor[];
  /** For each other place name of the article, the points it could be. */
  neighbours?: readonly (readonly (readonly [number, number])[])[];
}

export interface GeocodeCandidate {
  /** e.g. "geonames:1796236", "curated:anting" */
  id: string;
  name: string;
  /** Readable hierarchy, e.g. "Jiading, Shanghai, CN". */
  label: string;
  coordinates: [number, number];
}

export interface GeocodeResult {
  coordinates: [number, number] | null;
  venue: string | null;
  town: string | null;
  district: string | null;
  city: string | null;
  province: string | null;
  country: string | null;
  /** "continent" only for a name that is wholly a continent: too coarse for an event's point. */
  location_precision: LocationPrecision | 'continent';
  geocoder: string | null;
  confidence: number;
  /** Filled when the name stayed ambiguous: every place it could be. */
  candidates: GeocodeCandidate[];
  warnings: string[];
}
