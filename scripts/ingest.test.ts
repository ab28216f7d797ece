// Acceptance of the ingest on seeds/: the five reported events with their dates, places and
// precision (coordinates within 5 km of the true place), plus mentioned events; an RFC 7946
// valid file; byte-identical output on a second run; ids that do not depend on file names.
import { check } from '@placemarkio/check-geojson';
import { cp, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFeature, EventCollection } from '../src/core/event.ts';
import { haversineKm } from '../src/core/ingest/distance.ts';
import { createInputFolder, runCli } from './ingest-test-helpers.ts';

/** Runs of the whole CLI: generous, for a busy CI machine. */
const CLI_TIMEOUT = 60_000;

/** Reference points from Wikipedia/OpenStreetMap, independent of the gazetteer rows. */
const TRUE_PLACE = {
  openUniversityOfChina: [116.2846, 39.9072], // 75 Fuxing Road, Haidian District, Beijing
  caohejing: [121.4, 31.167], // Caohejing Hi-Tech Park, Xuhui (31°10′N 121°24′E)
  wuzhen: [120.4875, 30.745], // Wuzhen, Tongxiang, Zhejiang (30°44′42″N 120°29′15″E)
  shanghai: [121.4747, 31.2286], // People's Square area (31°13′43″N 121°28′29″E)
  anting: [121.1667, 31.2833], // Anting, Jiading (31°17′N 121°10′E)
} satisfies Record<string, [number, number]>;

let root = '';
let geojson = '';
let report = '';
let features: EventFeature[] = [];

async function ingestSeeds(
  input: string,
  output: string,
): Promise<{ geojson: string; report: string }> {
  const run = await runCli(['--input', input, '--output', join(output, 'events.geojson')]);
  expect(run.code).toBe(0);
  return {
    geojson: await readFile(join(output, 'events.geojson'), 'utf8'),
    report: await readFile(join(output, 'ingest-report.json'), 'utf8'),
  };
}

function reportedFrom(seed: string): EventFeature[] {
  return features.filter(
    (f) =>
      f.properties.role === 'reported' && f.properties.sources.some((s) => s.file.startsWith(seed)),
  );
}

function only(seed: string): EventFeature {
  const [feature, ...rest] = reportedFrom(seed);
  if (feature === undefined || rest.length > 0)
    throw new Error(`expected one reported event from ${seed}`);
  return feature;
}

function kmFrom(feature: EventFeature | undefined, place: [number, number]): number {
  const point = feature?.geometry?.coordinates;
  return point === undefined ? Infinity : haversineKm(point, place);
}

beforeAll(async () => {
  root = await createInputFolder({});
  ({ geojson, report } = await ingestSeeds('seeds', join(root, 'first')));
  features = (JSON.parse(geojson) as EventCollection).features;
}, 120_000);

describe('ingest of seeds/', () => {
  it('000: the cross-Strait IT exchange session, 2022-04-30, at the Open University of China, hybrid, 100+', () => {
    const p = only('000_').properties;
    expect(p.name).toMatch(/exchange/i);
    expect([p.start, p.date_precision]).toEqual(['2022-04-30', 'day']);
    expect([p.venue, p.city, p.country, p.location_precision]).toEqual([
      'Open University of China',
      'Beijing',
      'CN',
      'venue',
    ]);
    expect(p.format).toBe('hybrid');
    expect(p.participants).toBeGreaterThanOrEqual(100);
    expect(p.themes).toEqual(expect.arrayContaining(['metaverse', 'ai']));
    expect(kmFrom(only('000_'), TRUE_PLACE.openUniversityOfChina)).toBeLessThan(5);
  });

  it('001: the "Meta-Creation Future" forum, 2022-09-02, Caohejing Development Zone, Xuhui, Shanghai', () => {
    const p = only('001_').properties;
    expect(p.name).toMatch(/Meta-Creation Future/);
    expect([p.start, p.date_precision]).toEqual(['2022-09-02', 'day']);
    expect([p.location_precision, p.district, p.city, p.country]).toEqual([
      'zone',
      'Xuhui',
      'Shanghai',
      'CN',
    ]);
    expect(kmFrom(only('001_'), TRUE_PLACE.caohejing)).toBeLessThan(5);
  });

  it('002: the 2020 World Internet Conference, two days from 2020-11-23, in Wuzhen, Zhejiang', () => {
    const conference = reportedFrom('002_').find((f) =>
      /World Internet Conference/.test(f.properties.name),
    );
    const p = conference?.properties;
    expect([p?.start, p?.end, p?.date_precision]).toEqual(['2020-11-23', '2020-11-24', 'day']);
    expect([p?.town, p?.province, p?.country, p?.location_precision]).toEqual([
      'Wuzhen',
      'Zhejiang',
      'CN',
      'town',
    ]);
    expect(kmFrom(conference, TRUE_PLACE.wuzhen)).toBeLessThan(5);
  });

  it('002: the expo on 2020-11-22 in Wuzhen, the day before the conference', () => {
    const expo = features.find((f) => f.properties.start === '2020-11-22');
    expect(expo?.properties.name).toMatch(/expo/i);
    expect(kmFrom(expo, TRUE_PLACE.wuzhen)).toBeLessThan(5);
  });

  it('003: the 2023 Global Metaverse Conference (Shanghai), 2023-08-17 to 18, city precision', () => {
    const p = only('003_').properties;
    expect(p.name).toMatch(/Global Metaverse Conference/);
    expect([p.start, p.end, p.date_precision]).toEqual(['2023-08-17', '2023-08-18', 'day']);
    expect([p.venue, p.district, p.city, p.location_precision]).toEqual([
      null,
      null,
      'Shanghai',
      'city',
    ]);
    expect(kmFrom(only('003_'), TRUE_PLACE.shanghai)).toBeLessThan(5);
  });

  it('004: the second World Metaverse Conference, 2023-09-20 to 22, Anting Town, Jiading District, Shanghai', () => {
    const p = only('004_').properties;
    expect(p.name).toMatch(/World Metaverse Conference/);
    expect([p.start, p.end, p.date_precision]).toEqual(['2023-09-20', '2023-09-22', 'day']);
    expect([p.town, p.district, p.city, p.country, p.location_precision]).toEqual([
      'Anting',
      'Jiading',
      'Shanghai',
      'CN',
      'town',
    ]);
    expect(kmFrom(only('004_'), TRUE_PLACE.anting)).toBeLessThan(5);
  });

  it('keeps the events the articles only mention, with their own dates', () => {
    const mentioned = features.filter((f) => f.properties.role === 'mentioned');
    expect(mentioned.length).toBeGreaterThan(0);
    expect(mentioned.every((f) => f.properties.start !== null || f.geometry !== null)).toBe(true);
  });

  it('fills sources from sources.json: outlet, url and publication date', () => {
    expect(only('004_').properties.sources).toEqual([
      {
        file: '004_a716c8f732b915f6.txt',
        url: 'http://www.shine.cn/news/metro/2309201586/',
        outlet: 'Shanghai Daily (SHINE), by Hu Min',
        published: '2023-09-20',
        title: 'World Metaverse Conference begins in Jiading District',
      },
    ]);
  });

  it('fills the year from the start date', () => {
    expect(
      features.every(
        (f) =>
          f.properties.year ===
          (f.properties.start === null ? null : Number(f.properties.start.slice(0, 4))),
      ),
    ).toBe(true);
  });

  it('writes valid RFC 7946 GeoJSON', () => {
    expect(() => check(geojson)).not.toThrow();
  });

  it('lists every seed in the report, none in error', () => {
    const parsed = JSON.parse(report) as { files: { file: string; status: string }[] };
    expect(parsed.files.filter((f) => f.file.endsWith('.txt')).map((f) => f.status)).not.toContain(
      'error',
    );
    expect(parsed.files).toHaveLength(6);
  });

  it(
    'writes byte-identical files on a second run',
    async () => {
      const second = await ingestSeeds('seeds', join(root, 'second'));
      expect(second.geojson).toBe(geojson);
      expect(second.report).toBe(report);
    },
    CLI_TIMEOUT,
  );

  it(
    'gives the same ids when the files are renamed (ids never come from file names or order)',
    async () => {
      const copy = join(root, 'renamed');
      await cp('seeds', copy, { recursive: true });
      const sources = JSON.parse(await readFile(join(copy, 'sources.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      const renamed: Record<string, unknown> = {};
      for (const name of await readdir(copy)) {
        if (name === 'sources.json') continue;
        const reversed = `z${String(9 - Number(name.slice(0, 3)))}_${name}`;
        await rename(join(copy, name), join(copy, reversed));
        renamed[reversed] = sources[name];
      }
      await writeFile(join(copy, 'sources.json'), JSON.stringify(renamed));
      const again = await ingestSeeds(copy, join(root, 'renamed-out'));
      const ids = (text: string): string[] =>
        (JSON.parse(text) as EventCollection).features.map((f) => f.properties.id).sort();
      expect(ids(again.geojson)).toEqual(ids(geojson));
    },
    CLI_TIMEOUT,
  );
});

describe('ingest of two outlets reporting one conference', () => {
  let merged: EventFeature[] = [];

  beforeAll(async () => {
    const out = await createInputFolder({});
    const run = await runCli([
      '--input',
      'scripts/fixtures/duplicates',
      '--output',
      join(out, 'e.geojson'),
      '--no-overrides',
    ]);
    expect(run.code).toBe(0);
    merged = (JSON.parse(await readFile(join(out, 'e.geojson'), 'utf8')) as EventCollection)
      .features;
  }, 120_000);

  it('makes one event listing both articles, beside the unrelated fair', () => {
    expect(merged.map((f) => f.properties.sources.map((s) => s.file))).toEqual([
      ['wire-canton.txt'],
      ['portal-gdec.txt', 'xinhua-gdec.txt'],
    ]);
  });

  it('keeps the end date one outlet gives and the venue the other names', () => {
    const p = merged[1]?.properties;
    expect([p?.start, p?.end, p?.venue, p?.city]).toEqual([
      '2023-07-05',
      '2023-07-07',
      'China National Convention Center',
      'Beijing',
    ]);
  });
});

describe('ingest of many copies of one article', () => {
  // Each file's warning named every other copy: 2,000 copies made a 149 MB report.
  it(
    "names five reports in each file's merged warning and counts the rest",
    async () => {
      const text = await readFile('scripts/fixtures/duplicates/xinhua-gdec.txt', 'utf8');
      const copies = Object.fromEntries(
        Array.from({ length: 8 }, (_, i) => [`copy-${String(i)}.txt`, text]),
      );
      const out = await createInputFolder(copies);
      const reportFile = join(out, 'report.json');
      const run = await runCli(
        ['--input', join(out, 'in'), '--output', join(out, 'e.geojson'), '--report', reportFile],
        false,
      );
      expect(run.code).toBe(0);
      const written = JSON.parse(await readFile(reportFile, 'utf8')) as {
        files: { warnings: { code: string; message: string }[] }[];
      };
      const warning = written.files[0]?.warnings.find((w) => w.code === 'merged');
      expect(warning?.message).toMatch(
        /8 reports of one event merged: copy-0\.txt, copy-1\.txt, copy-2\.txt, copy-3\.txt, copy-4\.txt and 3 more/,
      );
    },
    CLI_TIMEOUT,
  );
});

describe('ingest with an event-series file', () => {
  const series = {
    series: [
      {
        id: 'zyx',
        name: 'Zyx Electronics Fair',
        aliases: ['ZYX'],
        kind: 'trade show',
        city: 'Hanover',
        country: 'DE',
        venue: null,
        lat: 52.37,
        lon: 9.73,
        months: [4],
        frequency: 'annual',
        themes: [],
        source: 'https://example.org/zyx',
      },
    ],
  };

  it(
    'places an event the text does not place in its series city, and says so',
    async () => {
      const root = await createInputFolder({
        'zyx.txt':
          'Chip makers book space\n\nPublished: 2025-01-10\n\nExhibitors are booking halls for ZYX 2025 on Monday.',
      });
      await writeFile(join(root, 'series.json'), JSON.stringify(series));
      const out = join(root, 'e.geojson');
      const run = await runCli([
        '--input',
        join(root, 'in'),
        '--output',
        out,
        '--no-overrides',
        '--series',
        join(root, 'series.json'),
      ]);
      expect(run.code).toBe(0);
      const [event] = (JSON.parse(await readFile(out, 'utf8')) as EventCollection).features;
      expect(event?.properties.city).toMatch(/^Hann?over$/);
      const report = await readFile(join(root, 'ingest-report.json'), 'utf8');
      expect(report).toContain('place taken from the event series');
    },
    CLI_TIMEOUT,
  );

  it(
    'stops with a usage error when the named series file does not exist',
    async () => {
      const root = await createInputFolder({ 'a.txt': 'Nothing here.' });
      const run = await runCli([
        '--input',
        join(root, 'in'),
        '--output',
        join(root, 'e.geojson'),
        '--series',
        join(root, 'none.json'),
      ]);
      expect([run.code, run.stderr]).toEqual([2, expect.stringContaining('event-series file')]);
    },
    CLI_TIMEOUT,
  );
});
