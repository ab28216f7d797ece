import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  countiesJson,
  pinyinName,
  spelledName,
  splitCountyName,
  type CnCounty,
} from './build-cn-counties.ts';
import { CN_COUNTIES_FILE } from './load-gazetteer.ts';

const written = readFileSync(CN_COUNTIES_FILE, 'utf8');
const counties = (JSON.parse(written) as { counties: CnCounty[] }).counties;

function county(zh: string, province: string): CnCounty | undefined {
  return counties.find((c) => c.zh === zh && c.province === province);
}

describe('China county gazetteer build', () => {
  it('splits the suffix off a county name', () => {
    expect(splitCountyName('萧山区')).toEqual({ base: '萧山', suffix: 'District' });
  });

  it('drops the nationalities of an autonomous county from its base', () => {
    expect(splitCountyName('景宁畲族自治县')).toEqual({
      base: '景宁',
      suffix: 'Autonomous County',
    });
  });

  it('joins pinyin syllables with an apostrophe before a vowel', () => {
    expect(pinyinName('长安')).toBe("Chang'an");
  });

  it('takes GeoNames’ spelling when it is another reading of the Chinese name', () => {
    expect(spelledName('Yueqing', '乐清', 'Leqing')).toBe('Yueqing');
  });

  it('takes a local form a couple of vowels shorter than the pinyin', () => {
    expect(spelledName('Jimsar', '吉木萨尔', 'Jimusa’er')).toBe('Jimsar');
  });

  it('keeps the pinyin when GeoNames names another place (the seat town)', () => {
    expect(spelledName('Yunyang', '丹阳', 'Danyang')).toBeNull();
  });

  it('is current: data/cn-counties.json is what the script writes', () => {
    expect(written).toBe(countiesJson());
  }, 30_000);

  // Points of the county seats as published by GeoNames and OpenStreetMap.
  it.each([
    ['萧山区', 'Zhejiang', 'Xiaoshan', 'Hangzhou', 30.16, 120.26],
    ['德清县', 'Zhejiang', 'Deqing', 'Huzhou', 30.54, 119.96],
    ['昆山市', 'Jiangsu', 'Kunshan', 'Suzhou', 31.38, 120.98],
    ['顺德区', 'Guangdong', 'Shunde', 'Foshan', 22.8, 113.29],
  ])('places %s (%s) at its seat', (zh, province, name, city, lat, lon) => {
    const row = county(zh, province);
    expect(row).toMatchObject({ name, city, approximate: false });
    expect(Math.hypot((row?.lat ?? 0) - lat, (row?.lon ?? 0) - lon)).toBeLessThan(0.05);
  });

  it('covers nearly every county-level division with a six-digit GB/T 2260 code', () => {
    expect(counties.length).toBeGreaterThan(2800);
    expect(counties.every((c) => /^\d{6}$/.test(c.code))).toBe(true);
  });
});
