import type { CountryFacts } from './geonames-rows.ts';
import { nameKeys, normalizeName } from './normalize.ts';

/** The parts of a world-countries record the gazetteer reads. */
export interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  latlng: [number, number];
}

// Codes ("DE", "USA") are common words or acronyms in running text ("IT", "IN"): never names.
const CODE = /^[A-Z]{2,3}$/;

/** Names, demonyms (with their plurals: "Russians") and central point of each country. */
export function countryFacts(world: readonly WorldCountry[]): CountryFacts[] {
  const common = new Map(world.map((c) => [normalizeName(c.name.common), c.cca2]));
  // "Republic of China" would be matched as "China": a name whose keys name another country goes.
  const foreign = (name: string, code: string) =>
    nameKeys(name).some((key) => (common.get(key) ?? code) !== code);
  return world.map((c) => {
    const demonyms = new Set<string>();
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (d === undefined || d === '') continue;
      demonyms.add(d);
      if (!/(?:s|sh|ch|ese)$/.test(d)) demonyms.add(`${d}s`);
    }
    const names = [c.name.common, c.name.official, ...c.altSpellings].filter(
      (n) => !CODE.test(n) && !foreign(n, c.cca2),
    );
    return {
      code: c.cca2,
      names: [...new Set(names)],
      demonyms: [...demonyms],
      lat: c.latlng[0],
      lon: c.latlng[1],
    };
  });
}
