// Which cities the basemap labels, and from which zoom: picked from GeoNames cities1000 by
// population and capital status, with a denser pick inside China where most events are.

export interface CityRow {
  name: string;
  lat: number;
  lon: number;
  /** GeoNames feature code: PPLC national capital, PPLA province capital, PPL..., PPLX section. */
  featureCode: string;
  country: string;
  population: number;
}

export interface CityLabel {
  name: string;
  lon: number;
  lat: number;
  /** The first zoom at which the label is drawn. */
  minzoom: number;
  /** 0 for the most important label; the map places labels in this order. */
  rank: number;
}

// Sections of a city (districts), historical, abandoned or destroyed places never get a label.
const excludedCodes = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** cities1000.txt columns (GeoNames dump format), 0-based. */
const col = { name: 1, lat: 4, lon: 5, featureCode: 7, country: 8, population: 14 } as const;

export function parseCityLine(line: string): CityRow | null {
  const f = line.split('\t');
  if (f.length < 15) return null;
  const lat = Number(f[col.lat]);
  const lon = Number(f[col.lon]);
  const population = Number(f[col.population]);
  const name = f[col.name] ?? '';
  if (name === '' || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  return {
    name,
    lat,
    lon,
    featureCode: f[col.featureCode] ?? '',
    country: f[col.country] ?? '',
    population: Number.isFinite(population) ? population : 0,
  };
}

/** The zoom from which a city is labelled, or null when it is never labelled. */
export function cityMinZoom(c: CityRow): number | null {
  if (excludedCodes.has(c.featureCode)) return null;
  const capital = c.featureCode === 'PPLC';
  const china = c.country === 'CN';
  const pop = c.population;
  if (pop >= 10_000_000 || (capital && pop >= 5_000_000)) return 1.5;
  if (pop >= 5_000_000 || (capital && pop >= 1_000_000)) return 2.5;
  if (pop >= 2_000_000 || capital || (china && c.featureCode === 'PPLA')) return 3.5;
  if (pop >= 1_000_000) return 4.5;
  if (pop >= 300_000) return 5.5;
  if (china && pop >= 100_000) return 6.5;
  return null;
}

/**
 * Curly apostrophes (Xi’an) are drawn by MapLibre's local-font path with ideographic spacing;
 * the ASCII apostrophe reads the same and sits tight.
 */
export function labelName(name: string): string {
  return name.replace(/[‘’ʼ]/g, "'");
}

export function selectCityLabels(rows: Iterable<CityRow>): CityLabel[] {
  const picked: (CityRow & { minzoom: number })[] = [];
  for (const row of rows) {
    const minzoom = cityMinZoom(row);
    if (minzoom !== null) picked.push({ ...row, minzoom });
  }
  picked.sort((a, b) => a.minzoom - b.minzoom || b.population - a.population);
  return picked.map((c, rank) => ({
    name: labelName(c.name),
    lon: c.lon,
    lat: c.lat,
    minzoom: c.minzoom,
    rank,
  }));
}
