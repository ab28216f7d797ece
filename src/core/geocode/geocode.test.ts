import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../scripts/load-gazetteer.ts';
import { haversineKm } from '../ingest/distance.ts';
import { geocode } from './geocode.ts';
import type { GeocodeResult, PlaceQuery } from './geocode-result.ts';

const gazetteer = await loadGazetteer();

function place(placeName: string | null, context: string[] = [], text = ''): GeocodeResult {
  const query: PlaceQuery = { place: placeName, context, text };
  return geocode(query, gazetteer);
}

/** Kilometres from the result to a reference point given as [lat, lon] (as maps write it). */
function kmFrom(result: GeocodeResult, [lat, lon]: [number, number]): number {
  if (result.coordinates === null) return Infinity;
  return haversineKm(result.coordinates, [lon, lat]);
}

describe('geocode: disambiguation by context', () => {
  it('places an institution named after its province by the city its phrase gives', () => {
    const result = place('Zhejiang Association', ['Hangzhou', 'Zhejiang Province', 'China']);
    expect(result).toMatchObject({ location_precision: 'city', city: 'Hangzhou' });
    expect(kmFrom(result, [30.29, 120.16])).toBeLessThan(15);
  });

  it('keeps the province of an institution when its context names nothing finer', () => {
    const result = place('Zhejiang Association', ['Zhejiang Province']);
    expect(result).toMatchObject({ location_precision: 'province', province: 'Zhejiang' });
  });

  it('resolves Jiading to Shanghai’s, not Jiangxi’s, when Shanghai is in the context', () => {
    const result = place('Jiading District', ['Shanghai']);
    expect(result).toMatchObject({ district: 'Jiading', city: 'Shanghai', province: 'Shanghai' });
    expect(kmFrom(result, [31.38, 121.25])).toBeLessThan(5);
  });

  it('resolves Jiading to Shanghai’s when the article names Shanghai elsewhere', () => {
    const result = place('Jiading', [], 'The conference boosts Shanghai’s digital economy.');
    expect(result.province).toBe('Shanghai');
  });

  it('reports Putuo without context as ambiguous, with both districts and a lower confidence', () => {
    const result = place('Putuo');
    expect(result.candidates.map((c) => c.label)).toEqual(
      expect.arrayContaining(['Putuo, Shanghai, CN', 'Putuo, Zhoushan, Zhejiang, CN']),
    );
    expect(result.confidence).toBeLessThanOrEqual(0.4);
    expect(result.warnings.join(' ')).toMatch(/ambiguous/);
  });

  it('resolves “Shanghai’s Putuo district” to the Shanghai district', () => {
    const result = place("Shanghai's Putuo district");
    expect(result).toMatchObject({ district: 'Putuo', city: 'Shanghai', candidates: [] });
    expect(kmFrom(result, [31.25, 121.4])).toBeLessThan(5);
  });

  it('resolves Putuo to Zhoushan’s when Zhoushan qualifies it', () => {
    const result = place('Putuo District', ['Zhoushan']);
    expect(result).toMatchObject({ district: 'Putuo', city: 'Zhoushan', province: 'Zhejiang' });
  });

  it('lets a parent named in the phrase outrank a bigger namesake', () => {
    expect(place('Barcelona, Venezuela').country).toBe('VE');
  });

  it('warns and lowers confidence when the phrase names a province the place is not in', () => {
    const result = place('Hangzhou, Guangdong Province');
    expect(result.warnings.join(' ')).toMatch(/different areas: Hangzhou \(Zhejiang\), Guangdong/);
    expect(result.confidence).toBeLessThan(0.6);
  });

  it('prefers a place named outright to one known only by an alternate name', () => {
    // GeoNames knows "Binhai" only as another name of Dongkan, a county seat in Jiangsu.
    expect(place('Tianjin Binhai New Area')).toMatchObject({ city: 'Tianjin' });
  });
});

describe('geocode: phrases', () => {
  it('places a town-of-district phrase at the town, with its whole hierarchy', () => {
    const result = place('Anting Town of Jiading District', ['Shanghai']);
    expect(result).toMatchObject({
      location_precision: 'town',
      geocoder: 'curated:anting',
      town: 'Anting',
      district: 'Jiading',
      city: 'Shanghai',
      province: 'Shanghai',
      country: 'CN',
    });
  });

  it('finds the town in an apposition with a possessive province', () => {
    const result = place("Wuzhen, a town in East China's Zhejiang Province");
    expect(result).toMatchObject({
      location_precision: 'town',
      geocoder: 'geonames:1790848',
      city: 'Jiaxing',
      province: 'Zhejiang',
    });
  });

  it('lets a curated venue win over the city in its name, at venue precision', () => {
    const result = place('Shanghai World Expo Center');
    expect(result).toMatchObject({
      location_precision: 'venue',
      venue: 'Shanghai World Expo Center',
      city: 'Shanghai',
    });
    expect(result.geocoder).toMatch(/^curated:/);
  });

  it('reads a venue out of a possessive phrase', () => {
    const result = place("the Open University of China's immersive two-way video classroom");
    expect(result).toMatchObject({ location_precision: 'venue', district: 'Haidian' });
  });

  it('places a province-only phrase at province precision', () => {
    const result = place('Zhejiang Province');
    expect(result).toMatchObject({
      location_precision: 'province',
      province: 'Zhejiang',
      city: null,
      country: 'CN',
    });
    expect(result.coordinates).not.toBeNull();
  });

  it('places a country-only phrase at country precision', () => {
    expect(place('Spain')).toMatchObject({ location_precision: 'country', country: 'ES' });
  });

  it('takes the level from the suffix when GeoNames does not give it', () => {
    expect(place('Qibao Town', ['Shanghai'])).toMatchObject({
      location_precision: 'town',
      town: 'Qibao',
    });
  });

  it('reads “New Area” as a suffix', () => {
    expect(place('Pudong New Area')).toMatchObject({ district: 'Pudong', city: 'Shanghai' });
  });

  it('matches names whatever their case and diacritics', () => {
    expect(place('JÌĀDÌNG DISTRICT, SHÀNGHǍI')).toMatchObject({
      district: 'Jiading',
      city: 'Shanghai',
    });
  });

  it('matches an English exonym of a big city', () => {
    expect(place('Cologne')).toMatchObject({ city: 'Köln', country: 'DE' });
  });

  it('warns and lowers confidence when only part of the phrase is known', () => {
    const result = place('Shanghai Tower Conference Center');
    expect(result).toMatchObject({ location_precision: 'city', city: 'Shanghai' });
    expect(result.warnings.join(' ')).toMatch(/only part/);
    expect(result.confidence).toBeLessThan(0.9);
  });
});

describe('geocode: events abroad', () => {
  it.each([
    ['Barcelona, Spain', 'ES', [41.387, 2.17]],
    ['Las Vegas', 'US', [36.17, -115.14]],
    ['Berlin, Germany', 'DE', [52.52, 13.405]],
    ['Singapore', 'SG', [1.29, 103.85]],
    ['Paris', 'FR', [48.853, 2.349]],
    ['Tokyo', 'JP', [35.69, 139.692]],
    ['Washington, D.C.', 'US', [38.895, -77.036]],
  ] as const)('places %s in %s at city precision', (name, country, reference) => {
    const result = place(name);
    expect(result).toMatchObject({ country, location_precision: 'city' });
    expect(kmFrom(result, [...reference])).toBeLessThan(5);
  });

  it('places Dubai in the emirate of Dubai', () => {
    expect(place('Dubai')).toMatchObject({ country: 'AE', province: 'Dubai' });
  });

  it.each([
    ['Fira Gran Via, Barcelona', 'ES', [41.354, 2.128]],
    ['Las Vegas Convention Center', 'US', [36.131, -115.152]],
    ['Messe Berlin', 'DE', [52.503, 13.272]],
  ] as const)('places the venue %s in %s', (name, country, reference) => {
    const result = place(name);
    expect(result).toMatchObject({ country, location_precision: 'venue' });
    expect(kmFrom(result, [...reference])).toBeLessThan(5);
  });
});

describe('geocode: unplaceable', () => {
  it('returns an unplaced result with a warning for an unknown place', () => {
    expect(place('Zorblax Auditorium')).toMatchObject({
      coordinates: null,
      location_precision: 'unknown',
      geocoder: null,
      confidence: 0,
      warnings: ['"Zorblax Auditorium" is not in the gazetteer'],
    });
  });

  it('returns an unplaced result when no place is named', () => {
    expect(place(null)).toMatchObject({ coordinates: null, warnings: ['no place named'] });
  });

  it('falls back to a context name, with a warning and a lower confidence', () => {
    const result = place('Zorblax Auditorium', ['Shenzhen']);
    expect(result).toMatchObject({ city: 'Shenzhen', location_precision: 'city' });
    expect(result.warnings[0]).toMatch(/placed by its context "Shenzhen"/);
    expect(result.confidence).toBeLessThanOrEqual(0.7);
  });

  it.each(['', ' , ; () ', 'x'.repeat(100_000), '’s’s’s of the of'])(
    'never throws on odd input (%#)',
    (odd) => {
      expect(() => place(odd, [odd], odd)).not.toThrow();
    },
  );
});

describe('geocode: the seed articles', () => {
  it.each([
    // Headquarters of the OUC, 75 Fuxing Road by Wukesong (not the 39.96N the first brief guessed).
    ['the Open University of China', ['Beijing'], 'venue', [39.907, 116.29]],
    ['Caohejing Development Zone', ['Xuhui District', 'Shanghai'], 'zone', [31.17, 121.4]],
    ["Wuzhen, a town in East China's Zhejiang Province", [], 'town', [30.745, 120.485]],
    ['Shanghai', [], 'city', [31.2304, 121.4737]],
    ['Anting Town of Jiading District', ['Shanghai'], 'town', [31.29, 121.16]],
  ] as const)('places %s within 5 km', (name, context, precision, reference) => {
    const result = place(name, [...context]);
    expect(result.location_precision).toBe(precision);
    expect(kmFrom(result, [...reference])).toBeLessThan(5);
    expect(result.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('geocode: one word of a longer name', () => {
  it('leaves unplaced a small namesake of one word that nothing in the article backs', () => {
    const result = geocode(
      { place: 'Ariyana Beach Convention Hall', context: [], text: 'The forum opens on Thursday.' },
      gazetteer,
    );
    expect(result.coordinates).toBeNull();
    expect(result.candidates.map((c) => c.label)).toEqual(['Beach, North Dakota, US']);
  });

  it('keeps such a namesake when the article names its state', () => {
    const result = geocode(
      { place: 'Ariyana Beach Convention Hall', context: [], text: 'A forum in North Dakota.' },
      gazetteer,
    );
    expect(result.province).toBe('North Dakota');
  });
});

describe('geocode: abbreviated first words', () => {
  it('reads "St." as Saint and keeps it in one segment', () => {
    const result = geocode(
      { place: 'St. Louis', context: [], text: 'A forum in St. Louis, Missouri.' },
      gazetteer,
    );
    expect(result.province).toBe('Missouri');
  });

  it('reads "Mt." as Mount', () => {
    const result = geocode(
      { place: 'Mt. Pleasant', context: [], text: 'Mt. Pleasant, Michigan.' },
      gazetteer,
    );
    expect(result.province).toBe('Michigan');
  });
});

describe('geocode: what the article says', () => {
  it('does not read a street named for a state as the state', () => {
    const text =
      'Arlington council approved a drilling site on Washington Drive in north Arlington.';
    expect(place('Arlington', [], text)).toMatchObject({ province: 'Texas' });
  });

  it('lets a country named in the same phrase pick a smaller namesake', () => {
    expect(place('Paris, United States').country).toBe('US');
  });

  it('does not let a country named around the phrase beat a namesake a hundred times bigger', () => {
    const text = 'The first edition staged outside the United States opens in Paris.';
    expect(place('Paris', ['United States'], text).country).toBe('FR');
  });
});

describe('geocode: US towns known only from their post offices', () => {
  it('places one when the article names its state', () => {
    const result = place('Meadow Grove', [], 'Fire crews from Meadow Grove, Nebraska, helped.');
    expect(kmFrom(result, [42.03, -97.73])).toBeLessThan(10);
  });

  it('ignores one the article gives no reason to believe', () => {
    const result = place("Wuzhen, a town in East China's Zhejiang Province");
    expect(result.warnings).toEqual([]);
    expect(result.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('geocode: a place and the division of its name', () => {
  it('takes the country over a village of its name', () => {
    expect(place('Kazakhstan')).toMatchObject({ location_precision: 'country', country: 'KZ' });
  });

  it('takes the province over a city that is a small part of it', () => {
    expect(place('Quebec')).toMatchObject({ location_precision: 'province', province: 'Quebec' });
  });

  it('takes the city that is much of its province', () => {
    expect(place('Shanghai')).toMatchObject({ location_precision: 'city', city: 'Shanghai' });
  });
});

describe('geocode: continents', () => {
  it('places a continent at GeoNames’ point, not a town of its name', () => {
    const result = place('Asia');
    expect(result).toMatchObject({ location_precision: 'continent', geocoder: 'geonames:6255147' });
    expect(kmFrom(result, [29.84, 89.3])).toBeLessThan(5);
  });

  it('reads the adjective as the continent', () => {
    expect(place('European').geocoder).toBe('geonames:6255148');
  });
});

describe('geocode: possessives', () => {
  it('reads a country named in the possessive as named', () => {
    const text = 'Córdoba, Argentina’s second-largest city, hosts the meeting.';
    expect(place('Córdoba', [], text).country).toBe('AR');
  });
});

describe('geocode: the article backs a place', () => {
  it('reads a region named without its type ("Waikato" for Waikato Region)', () => {
    const text = 'Farmers will meet in Hamilton for the Waikato AgriTech Forum.';
    expect(place('Hamilton', [], text).country).toBe('NZ');
  });

  it('does not back a small place matched by one word of a venue by its country alone', () => {
    const text = 'The meeting in León, Spain, opens at the Palacio de Congresos on Tuesday.';
    expect(place('Palacio de Congresos', [], text).coordinates).toBeNull();
  });
});
