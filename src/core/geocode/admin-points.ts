import { z } from 'zod';

const Point = z.object({
  code: z.string().min(2),
  name: z.string().min(1),
  geonameid: z.number().int().positive().optional(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  source: z.string().min(5),
});

const AdminPointsFile = z.object({
  countries: z.array(Point).default([]),
  admin1: z.array(Point).default([]),
});

export interface AdminPoint {
  lat: number;
  lon: number;
}

/** Country code ("CA") or GeoNames admin1 code ("US.TX") → GeoNames' own representative point. */
export interface AdminPoints {
  countries: ReadonlyMap<string, AdminPoint>;
  admin1: ReadonlyMap<string, AdminPoint>;
}

function read(json: unknown, file: string) {
  const parsed = AdminPointsFile.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const index = (rows: readonly (AdminPoint & { code: string })[]) =>
  new Map(rows.map((r) => [r.code, { lat: r.lat, lon: r.lon }]));

/**
 * GeoNames' points (data/admin-points.json), with the area centroids of first-level divisions
 * (data/admin1-centroids.json) where GeoNames' point is missing; throws naming the file and the
 * problem when one is malformed.
 */
export function adminPoints(geonames: unknown, centroids: unknown): AdminPoints {
  const points = read(geonames, 'data/admin-points.json');
  const fallback = read({ countries: [], ...(centroids as object) }, 'data/admin1-centroids.json');
  return {
    countries: index(points.countries),
    admin1: new Map([...index(fallback.admin1), ...index(points.admin1)]),
  };
}
