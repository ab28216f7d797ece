import { z } from 'zod';
import type { GazetteerRow } from './gazetteer.ts';

const adminName = z.string().min(1).nullable().default(null);

const CuratedPlace = z.object({
  /** Slug, unique in the file: the geocoder id is "curated:<id>". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  kind: z.enum(['venue', 'zone', 'town', 'district', 'city']),
  aliases: z.array(z.string().min(1)).default([]),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  country: z.string().regex(/^[A-Z]{2}$/),
  province: adminName,
  city: adminName,
  district: adminName,
  town: adminName,
  /** Other admin names that count as context ("Barcelona" for a venue in L'Hospitalet). */
  context: z.array(z.string().min(1)).default([]),
  /** Where the coordinates come from ("OpenStreetMap: …", "Wikipedia: …", "GeoNames …"). */
  source: z.string().min(10),
});

const CuratedFile = z.object({ places: z.array(CuratedPlace) });

/** Rows of data/places-curated.json; throws with every problem named when the file is malformed. */
export function curatedRows(json: unknown, file = 'places-curated.json'): GazetteerRow[] {
  const parsed = CuratedFile.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const seen = new Set<string>();
  return parsed.data.places.map((p) => {
    if (seen.has(p.id)) throw new Error(`${file}: duplicate id "${p.id}"`);
    seen.add(p.id);
    return {
      id: `curated:${p.id}`,
      name: p.name,
      aliases: p.aliases,
      altNames: [],
      kind: p.kind,
      kindGuessed: false,
      lat: p.lat,
      lon: p.lon,
      country: p.country,
      province: p.province,
      city: p.kind === 'city' ? p.name : p.city,
      district: p.kind === 'district' ? p.name : p.district,
      town: p.kind === 'town' ? p.name : p.town,
      contextNames: p.context,
      population: null,
      source: p.source,
    };
  });
}
