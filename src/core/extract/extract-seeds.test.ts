// The facts the ingest issue requires from the five seed articles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../article.ts';
import { extractEvents } from './extract-events.ts';
import type { ExtractedEvent } from './extracted-event.ts';

const SEEDS = new URL('../../../seeds/', import.meta.url);

function seed(prefix: string, usePublished = true): Article {
  const sources = JSON.parse(readFileSync(new URL('sources.json', SEEDS), 'utf8')) as Record<
    string,
    { published: string | null }
  >;
  const file = Object.keys(sources).find((f) => f.startsWith(prefix));
  if (file === undefined) throw new Error(`no seed ${prefix}`);
  const text = readFileSync(new URL(file, SEEDS), 'utf8');
  const published = usePublished ? (sources[file]?.published ?? null) : null;
  return { file, title: null, text, published, url: null, outlet: null };
}

function find(events: ExtractedEvent[], part: string): ExtractedEvent {
  const e = events.find((x) => x.name.includes(part));
  if (e === undefined)
    throw new Error(`no event like ${part} in ${events.map((x) => x.name).join(' | ')}`);
  return e;
}

describe('seed 000: cross-Strait IT exchange session', () => {
  const [event, ...rest] = extractEvents(seed('000'));

  it('reports one event, named for the session', () => {
    expect(rest).toEqual([]);
    expect(event?.role).toBe('reported');
    expect(event?.name).toMatch(
      /^First session of the 2022 information technology .* exchange .* Taiwan Strait$/,
    );
  });

  it('dates it 30 April 2022 to the day', () => {
    expect(event).toMatchObject({ start: '2022-04-30', date_precision: 'day' });
  });

  it('places it at the Open University of China', () => {
    expect(event?.place).toBe('Open University of China');
  });

  it('reads hybrid format, over 100 participants, metaverse and AI', () => {
    expect(event).toMatchObject({
      format: 'hybrid',
      participants: 100,
      participants_text: 'over 100 young people',
    });
    expect(event?.themes.slice(0, 2).sort()).toEqual(['ai', 'metaverse']);
  });
});

describe('seed 001: "Meta-Creation Future" industrial metaverse forum', () => {
  const events = extractEvents(seed('001'));

  it('reports the forum on 2 September 2022 in Caohejing Development Zone, Xuhui District, Shanghai', () => {
    const forum = find(events, 'Meta-Creation Future');
    expect(forum).toMatchObject({
      role: 'reported',
      start: '2022-09-02',
      date_precision: 'day',
      place: 'Caohejing Development Zone',
      placeContext: ['Xuhui District', 'Shanghai'],
    });
    expect(forum.name).toMatch(/metaverse forum/);
  });

  it('mentions the 2022 Shanghai Global Investment Promotion Conference in June 2022, in Shanghai', () => {
    expect(find(events, 'Shanghai Global Investment Promotion Conference')).toMatchObject({
      role: 'mentioned',
      start: '2022-06-01',
      date_precision: 'month',
      place: 'Shanghai',
    });
  });

  it('reads the publication date from the header when metadata has none', () => {
    expect(find(extractEvents(seed('001', false)), 'Meta-Creation Future').start).toBe(
      '2022-09-02',
    );
  });
});

describe('seed 002: 2020 World Internet Conference and its expo', () => {
  const events = extractEvents(seed('002'));

  it('dates the "Light of Internet" expo on Sunday 22 November 2020 in Wuzhen, Zhejiang', () => {
    expect(find(events, 'Light of Internet')).toMatchObject({
      role: 'reported',
      start: '2020-11-22',
      place: 'Wuzhen',
      placeContext: ['Zhejiang Province', 'China'],
    });
  });

  it('dates the two-day conference from the day after the expo', () => {
    expect(find(events, '2020 World Internet Conference')).toMatchObject({
      role: 'reported',
      start: '2020-11-23',
      end: '2020-11-24',
      date_precision: 'day',
      place: 'Wuzhen',
      format: 'hybrid',
    });
  });

  it('does not count exhibiting companies as participants', () => {
    expect(events.every((e) => e.participants === null)).toBe(true);
  });
});

describe('seed 003: 2023 Global Metaverse Conference (Shanghai)', () => {
  const events = extractEvents(seed('003'));

  it('reports the two-day conference from 17 August 2023 in Shanghai', () => {
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      name: '2023 Global Metaverse Conference (Shanghai)',
      start: '2023-08-17',
      end: '2023-08-18',
      date_precision: 'day',
      place: 'Shanghai',
    });
  });

  it('ranks the metaverse first among the themes the conference focused on', () => {
    expect(events[0]?.themes).toEqual(['metaverse', 'ai', 'aigc', 'computing-power']);
  });
});

describe('seed 004: second World Metaverse Conference', () => {
  const [event] = extractEvents(seed('004'));

  it('dates the three-day event from Wednesday 20 September 2023', () => {
    expect(event).toMatchObject({ start: '2023-09-20', end: '2023-09-22', date_precision: 'day' });
  });

  it('places it in Anting Town of Jiading District, Shanghai', () => {
    expect(event).toMatchObject({
      place: 'Anting Town of Jiading District',
      placeContext: ['Jiading District', 'Shanghai'],
    });
  });

  it('uses the most complete form of the name', () => {
    expect(event?.name).toBe('Second World Metaverse Conference');
  });

  it('reads over 110 experts and the three hosts', () => {
    expect(event).toMatchObject({ participants: 110, participants_text: 'over 110 experts' });
    expect(event?.organisers.slice(0, 3)).toEqual([
      'China Simulation Federation',
      'Chinese Institute of Command and Control',
      'Beijing Institute of Technology',
    ]);
  });
});
