import { z } from 'zod';

const Point = z.object({
  code: z.string().min(2),
  name: z.string().min(1),
  geonameid: z.number().int().positive(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  source: z.string().min(5),
});

const AdminPointsFile = z.object({
  countries: z.array(Point),
  admin1: z.array(Point).default([]),
});

export interface AdminPoint {
  lat: number;
  lon: number;
  geonameid: number;
}

/** Country code ("CA") or GeoNames admin1 code ("US.TX") → GeoNames' own representative point. */
export interface AdminPoints {
  countries: ReadonlyMap<string, AdminPoint>;
  admin1: ReadonlyMap<string, AdminPoint>;
}

export const NO_ADMIN_POINTS: AdminPoints = { countries: new Map(), admin1: new Map() };

/** Rows of data/admin-points.json; throws with every problem named when the file is malformed. */
export function adminPoints(json: unknown): AdminPoints {
  const parsed = AdminPointsFile.safeParse(json);
  if (!parsed.success) throw new Error(`admin-points.json: ${z.prettifyError(parsed.error)}`);
  const index = (rows: z.infer<typeof Point>[]) =>
    new Map(rows.map((r) => [r.code, { lat: r.lat, lon: r.lon, geonameid: r.geonameid }]));
  return { countries: index(parsed.data.countries), admin1: index(parsed.data.admin1) };
}
