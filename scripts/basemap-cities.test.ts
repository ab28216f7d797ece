import { describe, expect, test } from 'vitest';
import {
  cityMinZoom,
  labelName,
  parseCityLine,
  selectCityLabels,
  type CityRow,
} from './basemap-cities.ts';

// Real rows of GeoNames cities1000 (alternate names shortened).
const shanghaiLine =
  '1796236\tShanghai\tShanghai\tSHA,上海,上海市\t31.22222\t121.45806\tP\tPPLA\tCN\t\t23\t\t\t\t22315474\t\t12\tAsia/Shanghai\t2019-09-05';
const pudongLine =
  '1796231\tPudong\tPudong\t浦东\t31.22\t121.53\tP\tPPLX\tCN\t\t23\t\t\t\t5187200\t\t7\tAsia/Shanghai\t2020-01-01';

function createCity(overrides: Partial<CityRow>): CityRow {
  return {
    name: 'Somewhere',
    lat: 0,
    lon: 0,
    featureCode: 'PPL',
    country: 'FR',
    population: 0,
    ...overrides,
  };
}

describe('parseCityLine', () => {
  test('reads name, position, feature code, country and population', () => {
    expect(parseCityLine(shanghaiLine)).toEqual({
      name: 'Shanghai',
      lat: 31.22222,
      lon: 121.45806,
      featureCode: 'PPLA',
      country: 'CN',
      population: 22315474,
    });
  });

  test('rejects a short or empty line', () => {
    expect(parseCityLine('')).toBeNull();
    expect(parseCityLine('1\tA\tA')).toBeNull();
  });
});

describe('cityMinZoom', () => {
  test('a megacity is labelled at world scale', () => {
    expect(cityMinZoom(createCity({ population: 12_000_000 }))).toBe(1.5);
  });

  test('a small national capital appears before bigger ordinary cities', () => {
    const capital = cityMinZoom(createCity({ featureCode: 'PPLC', population: 400_000 }));
    const city = cityMinZoom(createCity({ population: 1_500_000 }));
    expect(capital).toBeLessThan(city ?? Infinity);
  });

  test('every Chinese provincial capital is labelled by zoom 3.5', () => {
    expect(
      cityMinZoom(createCity({ country: 'CN', featureCode: 'PPLA', population: 200_000 })),
    ).toBe(3.5);
  });

  test('China is labelled more densely than elsewhere', () => {
    expect(cityMinZoom(createCity({ country: 'CN', population: 150_000 }))).toBe(6.5);
    expect(cityMinZoom(createCity({ country: 'FR', population: 150_000 }))).toBeNull();
  });

  test('a city district never gets its own label', () => {
    const pudong = parseCityLine(pudongLine);
    expect(pudong).not.toBeNull();
    if (pudong !== null) expect(cityMinZoom(pudong)).toBeNull();
  });
});

describe('selectCityLabels', () => {
  test('ranks by first zoom, then by population', () => {
    const labels = selectCityLabels([
      createCity({ name: 'Mid', population: 3_000_000 }),
      createCity({ name: 'Big', population: 15_000_000 }),
      createCity({ name: 'Bigger mid', population: 4_000_000 }),
      createCity({ name: 'Tiny', population: 2_000 }),
    ]);
    expect(labels.map((l) => [l.name, l.rank])).toEqual([
      ['Big', 0],
      ['Bigger mid', 1],
      ['Mid', 2],
    ]);
  });
});

describe('labelName', () => {
  test('straightens curly apostrophes', () => {
    expect(labelName('Xi’an')).toBe("Xi'an");
  });
});
