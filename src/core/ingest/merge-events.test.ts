import { describe, expect, it } from 'vitest';
import type { EventProperties } from '../event.ts';
import type { EventDraft } from './event-draft.ts';
import { mergeDrafts } from './merge-events.ts';

const HANGZHOU: [number, number] = [120.15507, 30.27408];
const HANGZHOU_EXPO: [number, number] = [120.21, 30.23];
const BEIJING: [number, number] = [116.39723, 39.9075];
const ZHEJIANG: [number, number] = [120.0, 29.0];
const WUZHEN: [number, number] = [120.4853, 30.7459];

function createDraft(
  article: string,
  props: Partial<EventProperties>,
  coordinates: [number, number] | null = HANGZHOU,
): EventDraft {
  return {
    properties: {
      id: '',
      name: 'Global Digital Economy Summit',
      role: 'reported',
      start: '2024-05-20',
      end: null,
      date_precision: 'day',
      year: 2024,
      themes: [],
      place: 'Hangzhou',
      venue: null,
      town: null,
      district: null,
      city: 'Hangzhou',
      province: 'Zhejiang',
      country: 'CN',
      location_precision: 'city',
      geocoder: 'geonames:1808926',
      confidence: 0.8,
      format: null,
      status: 'held',
      participants: null,
      participants_text: null,
      organisers: [],
      sources: [{ file: article, url: null, outlet: null, published: null, title: null }],
      evidence: { date: `date in ${article}`, place: `place in ${article}` },
      ...props,
    },
    coordinates,
    candidates: [],
    issues: [],
    mergedFrom: [],
  };
}

/** Two outlets on one summit, in different words: the first precise on place, the second on dates. */
function createSummitReports(): EventDraft[] {
  return [
    createDraft(
      'xinhua.txt',
      {
        name: 'the 2024 Global Digital Economy Summit',
        place: 'Hangzhou International Expo Center',
        venue: 'Hangzhou International Expo Center',
        location_precision: 'venue',
        geocoder: 'curated:hangzhou-expo',
        confidence: 0.9,
        themes: ['digital-economy', 'ai'],
        organisers: ['Zhejiang Provincial Government'],
        participants: 800,
        participants_text: 'some 800 guests',
        format: 'in-person',
        status: 'held',
      },
      HANGZHOU_EXPO,
    ),
    createDraft('wire.html', {
      name: 'Digital Economy Summit',
      start: '2024-05-20',
      end: '2024-05-21',
      themes: ['ai', 'cloud-computing'],
      organisers: ['zhejiang provincial government', 'CAICT'],
      participants: 1200,
      participants_text: 'more than 1,200 participants',
      format: 'online',
      confidence: 0.95,
    }),
  ];
}

describe('mergeDrafts', () => {
  it('merges two outlets reporting the same summit into one event listing both sources', () => {
    const merged = mergeDrafts(createSummitReports());
    expect(merged).toHaveLength(1);
    expect(merged[0]?.properties.sources.map((s) => s.file)).toEqual(['wire.html', 'xinhua.txt']);
  });

  it('keeps the most precise place and the most precise date, each with its evidence', () => {
    const p = mergeDrafts(createSummitReports())[0]?.properties;
    expect(p).toMatchObject({
      venue: 'Hangzhou International Expo Center',
      location_precision: 'venue',
      start: '2024-05-20',
      end: '2024-05-21',
      evidence: { date: 'date in wire.html', place: 'place in xinhua.txt' },
    });
  });

  it('unites themes and organisers, keeps the largest size, and calls mixed formats hybrid', () => {
    const p = mergeDrafts(createSummitReports())[0]?.properties;
    expect(p?.themes).toEqual(['digital-economy', 'ai', 'cloud-computing']);
    expect(p?.organisers).toEqual(['Zhejiang Provincial Government', 'CAICT']);
    expect([p?.participants, p?.participants_text]).toEqual([1200, 'more than 1,200 participants']);
    expect(p?.format).toBe('hybrid');
  });

  it('keeps an event one report says was held online off the map', () => {
    const unplaced = {
      format: 'online' as const,
      city: null,
      province: null,
      country: null,
      location_precision: 'unknown' as const,
      geocoder: null,
      confidence: 0,
    };
    const merged = mergeDrafts([createDraft('a.txt', {}), createDraft('b.txt', unplaced, null)]);
    expect(merged).toHaveLength(1);
    expect([merged[0]?.properties.format, merged[0]?.coordinates]).toEqual(['online', null]);
    expect(merged[0]?.properties.location_precision).toBe('unknown');
  });

  it('takes the status of the latest report', () => {
    const source = (file: string, published: string) => ({
      sources: [{ file, url: null, outlet: null, published, title: null }],
    });
    const merged = mergeDrafts([
      createDraft('a.txt', { status: 'planned', ...source('a.txt', '2024-05-01') }),
      createDraft('b.txt', { status: 'held', ...source('b.txt', '2024-05-21') }),
    ]);
    expect(merged.map((e) => e.properties.status)).toEqual(['held']);
  });

  it('raises the confidence to the best among reports that agree on the point', () => {
    const drafts = [
      createDraft(
        'a.txt',
        { location_precision: 'venue', venue: 'Expo Center', confidence: 0.7 },
        HANGZHOU_EXPO,
      ),
      createDraft('b.txt', { location_precision: 'district', confidence: 0.9 }, [120.22, 30.24]),
    ];
    const p = mergeDrafts(drafts)[0]?.properties;
    expect([p?.venue, p?.confidence]).toEqual(['Expo Center', 0.9]);
  });

  it('does not lend a far coarser geocode its confidence', () => {
    expect(mergeDrafts(createSummitReports())[0]?.properties.confidence).toBe(0.9);
  });

  it('prefers the longer reported name', () => {
    expect(mergeDrafts(createSummitReports())[0]?.properties.name).toBe(
      'the 2024 Global Digital Economy Summit',
    );
  });

  it('records the name and article of each report', () => {
    expect(mergeDrafts(createSummitReports())[0]?.mergedFrom).toEqual([
      { article: 'wire.html', name: 'Digital Economy Summit' },
      { article: 'xinhua.txt', name: 'the 2024 Global Digital Economy Summit' },
    ]);
  });

  it('gives the same result whatever the input order', () => {
    const forward = mergeDrafts(createSummitReports());
    const backward = mergeDrafts(createSummitReports().reverse());
    expect(backward).toEqual(forward);
  });

  it('makes a mention reported when another article reports the event', () => {
    const [a, b] = createSummitReports();
    if (a === undefined || b === undefined) throw new Error('fixture');
    a.properties.role = 'mentioned';
    expect(mergeDrafts([a, b])[0]?.properties.role).toBe('reported');
  });

  it('merges dates that touch (one day apart)', () => {
    const drafts = [
      createDraft('a.txt', { start: '2024-05-20' }),
      createDraft('b.txt', { start: '2024-05-21' }),
    ];
    expect(mergeDrafts(drafts)).toHaveLength(1);
  });

  it('keeps apart the same name a year later', () => {
    const drafts = [
      createDraft('a.txt', { start: '2024-05-20', year: 2024 }),
      createDraft('b.txt', { start: '2025-05-20', year: 2025 }),
    ];
    expect(mergeDrafts(drafts)).toHaveLength(2);
  });

  it('keeps apart the same name and date in cities 1,000 km apart', () => {
    const drafts = [
      createDraft('a.txt', {}),
      createDraft('b.txt', { city: 'Beijing', province: 'Beijing', place: 'Beijing' }, BEIJING),
    ];
    expect(mergeDrafts(drafts)).toHaveLength(2);
  });

  it('keeps apart events whose names share only generic words', () => {
    const drafts = [
      createDraft('a.txt', { name: 'World AI Conference' }),
      createDraft('b.txt', { name: 'World Blockchain Conference' }),
    ];
    expect(mergeDrafts(drafts)).toHaveLength(2);
  });

  it('never merges two events of one article (an expo the day before its conference)', () => {
    const drafts = [
      createDraft('wic.txt', { name: 'World Internet Conference Expo', start: '2020-11-22' }),
      createDraft('wic.txt', {
        name: 'World Internet Conference',
        start: '2020-11-23',
        end: '2020-11-24',
      }),
    ];
    expect(mergeDrafts(drafts)).toHaveLength(2);
  });

  it('folds an undated name from the headline into the dated event of the same article', () => {
    const undated = { start: null, end: null, date_precision: 'unknown' as const, year: null };
    const drafts = [
      createDraft(
        'sce.txt',
        {
          name: 'Smart City Expo',
          ...undated,
          city: 'Barcelona',
          country: 'ES',
          participants: 20_000,
        },
        null,
      ),
      createDraft(
        'sce.txt',
        { name: 'Smart City Expo World Congress', city: 'Barcelona', country: 'ES' },
        [2.1276, 41.3543],
      ),
    ];
    const merged = mergeDrafts(drafts);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.properties).toMatchObject({
      name: 'Smart City Expo World Congress',
      start: '2024-05-20',
      participants: 20_000,
    });
    expect(merged[0]?.properties.sources).toHaveLength(1);
    expect(merged[0]?.mergedFrom).toEqual([]);
  });

  it('folds an undated headline with the longer name into the dated event, keeping the longer name and the finer place', () => {
    const undated = { start: null, end: null, date_precision: 'unknown' as const, year: null };
    const drafts = [
      createDraft(
        'wic.txt',
        {
          name: 'World Internet Conference Wuzhen Summit',
          ...undated,
          place: 'Zhejiang',
          city: null,
          province: 'Zhejiang',
          location_precision: 'province',
        },
        ZHEJIANG,
      ),
      createDraft(
        'wic.txt',
        {
          name: 'Wuzhen Summit',
          start: '2023-11-08',
          end: '2023-11-10',
          place: 'Wuzhen',
          town: 'Wuzhen',
          city: 'Jiaxing',
          location_precision: 'town',
        },
        WUZHEN,
      ),
    ];
    const merged = mergeDrafts(drafts);
    expect(merged.map((d) => d.properties)).toMatchObject([
      {
        name: 'World Internet Conference Wuzhen Summit',
        start: '2023-11-08',
        end: '2023-11-10',
        town: 'Wuzhen',
        location_precision: 'town',
      },
    ]);
    expect(merged[0]?.coordinates).toEqual(WUZHEN);
  });

  it('ignores years, ordinals and acronyms in parentheses when folding within an article', () => {
    const undated = { start: null, end: null, date_precision: 'unknown' as const, year: null };
    const drafts = [
      createDraft('wic.txt', {
        name: '2023 World Internet Conference (WIC) Wuzhen Summit',
        ...undated,
      }),
      createDraft('wic.txt', { name: 'The 10th World Internet Conference Wuzhen Summit' }),
    ];
    expect(mergeDrafts(drafts)).toHaveLength(1);
  });

  it('does not fold nested names of one article placed in different provinces', () => {
    const undated = { start: null, end: null, date_precision: 'unknown' as const, year: null };
    const drafts = [
      createDraft(
        'a.txt',
        { name: 'Digital Economy Summit', ...undated, city: null, province: 'Jiangsu' },
        [119.0, 32.5],
      ),
      createDraft('a.txt', { name: 'Global Digital Economy Summit Hangzhou' }),
    ];
    expect(mergeDrafts(drafts)).toHaveLength(2);
  });

  it('keeps two dated events of one article apart even when one name holds the other', () => {
    const drafts = [
      createDraft('a.txt', { name: 'World Internet Conference Expo', start: '2020-11-22' }),
      createDraft('a.txt', { name: 'World Internet Conference', start: '2020-11-23' }),
    ];
    expect(mergeDrafts(drafts)).toHaveLength(2);
  });

  it('does not fold an undated event of another name into a dated one of the same article', () => {
    const undated = { start: null, end: null, date_precision: 'unknown' as const, year: null };
    const drafts = [
      createDraft('a.txt', { name: 'Robotics Expo', ...undated }),
      createDraft('a.txt', { name: 'Global Digital Economy Summit' }),
    ];
    expect(mergeDrafts(drafts)).toHaveLength(2);
  });

  it('merges an undated mention into a dated report of the same place only when the names match closely', () => {
    const undated = { start: null, end: null, date_precision: 'unknown' as const, year: null };
    const close = [
      createDraft('a.txt', {}),
      createDraft('b.txt', { ...undated, role: 'mentioned' }),
    ];
    const loose = [
      createDraft('a.txt', {}),
      createDraft('b.txt', { ...undated, name: 'Hangzhou Economy Summit' }),
    ];
    expect([mergeDrafts(close).length, mergeDrafts(loose).length]).toEqual([1, 2]);
  });

  it('does not merge when neither dates nor places are known', () => {
    const unknown = {
      start: null,
      end: null,
      date_precision: 'unknown' as const,
      year: null,
      city: null,
      province: null,
      country: null,
    };
    const drafts = [createDraft('a.txt', unknown, null), createDraft('b.txt', unknown, null)];
    expect(mergeDrafts(drafts)).toHaveLength(2);
  });

  it('merges three reports of one event transitively', () => {
    const drafts = ['a.txt', 'b.txt', 'c.txt'].map((file) => createDraft(file, {}));
    expect(mergeDrafts(drafts)[0]?.properties.sources).toHaveLength(3);
  });
});

describe('mergeDrafts on a large corpus', () => {
  /** A made-up word per number (`kab`, `kac`…), so each name has its own distinctive token. */
  const word = (n: number): string =>
    [n % 26, Math.floor(n / 26) % 26, Math.floor(n / 676) % 26]
      .map((d) => String.fromCharCode(97 + d))
      .join('');

  // Comparing every pair of these took 18 million comparisons and overflowed a Set.
  it('merges 6,000 reports of one event into one event', () => {
    const drafts = Array.from({ length: 6_000 }, (_, i) =>
      createDraft(`copy-${String(i)}.txt`, {}),
    );
    const merged = mergeDrafts(drafts);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.properties.sources).toHaveLength(6_000);
  });

  it('keeps 6,000 events apart that share a name word in one year', () => {
    const drafts = Array.from({ length: 6_000 }, (_, i) =>
      createDraft(`forum-${String(i)}.txt`, { name: `Zq${word(i)} AI Forum 2024` }),
    );
    expect(mergeDrafts(drafts)).toHaveLength(6_000);
  });
});
