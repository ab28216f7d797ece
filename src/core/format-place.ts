// The place of an event for display: the words the article used, and the geocoded hierarchy.
import type { EventProperties } from './event.ts';

/** The fields a place is told from. */
export type PlaceFields = Pick<EventProperties, 'place' | PlaceLevel>;

export type PlaceLevel = 'venue' | 'town' | 'district' | 'city' | 'province' | 'country';

export interface PlacePart {
  level: PlaceLevel;
  value: string;
}

const LEVELS: readonly PlaceLevel[] = ['venue', 'town', 'district', 'city', 'province', 'country'];

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** Geocoded hierarchy from the most to the least precise level; the country spelled out. */
export function placeHierarchy(p: PlaceFields): PlacePart[] {
  const parts: PlacePart[] = [];
  for (const level of LEVELS) {
    const raw = p[level];
    if (raw === null || raw.trim() === '') continue;
    parts.push({ level, value: level === 'country' ? countryName(raw) : raw });
  }
  return parts;
}

/** A one-line place: as written in the article, else the geocoded hierarchy; null when neither. */
export function placeLabel(p: PlaceFields): string | null {
  if (p.place !== null && p.place.trim() !== '') return p.place;
  const parts = placeHierarchy(p);
  return parts.length === 0 ? null : parts.map((part) => part.value).join(', ');
}

export function countryName(code: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
