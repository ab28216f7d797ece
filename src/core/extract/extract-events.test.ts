import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../article.ts';
import { extractEvents } from './extract-events.ts';
import type { ExtractedEvent } from './extracted-event.ts';

function fixture(file: string, published: string | null = null): Article {
  const text = readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
  return { file, title: null, text, published, url: null, outlet: null };
}

function inline(text: string, published: string | null = null): Article {
  return { file: 'inline.txt', title: null, text, published, url: null, outlet: null };
}

function main(article: Article): ExtractedEvent {
  const [first] = extractEvents(article);
  if (first === undefined) throw new Error(`no event in ${article.file}`);
  return first;
}

function named(article: Article, part: string): ExtractedEvent {
  const found = extractEvents(article).find((e) => e.name.includes(part));
  if (found === undefined) throw new Error(`no event named like ${part}`);
  return found;
}

describe('extractEvents: which events', () => {
  it('reports the event the article is about', () => {
    const events = extractEvents(fixture('xinhua-digital-trade-expo.txt'));
    expect(events.map((e) => [e.name, e.role])).toEqual([
      ['Second Global Digital Trade Expo', 'reported'],
    ]);
  });

  it('keeps an event mentioned in passing when the text dates it', () => {
    const waic = named(
      fixture('sco-forum-mentions.txt'),
      'World Artificial Intelligence Conference',
    );
    expect([waic.role, waic.start, waic.end, waic.place]).toEqual([
      'mentioned',
      '2023-07-06',
      '2023-07-08',
      'Shanghai',
    ]);
  });

  it('keeps a future edition that the text places but does not date', () => {
    const next = named(fixture('sco-forum-mentions.txt'), '2024 China-SCO');
    expect([next.role, next.place, next.date_precision]).toEqual([
      'mentioned',
      'Chongqing',
      'unknown',
    ]);
  });

  it('mentions, not reports, a future event the lead of a past event announces', () => {
    const events = extractEvents(fixture('mwc-barcelona-next-show.txt'));
    expect(events.map((e) => [e.name, e.role])).toEqual([
      ['MWC Barcelona 2024', 'reported'],
      ['MWC Shanghai', 'mentioned'],
    ]);
  });

  it('still reports two events that a lead announces together', () => {
    const text =
      'Two AI events set for Hangzhou\n\nThe Hangzhou AI Summit will be held on May 6 in Hangzhou, and the Hangzhou Robotics Expo will open on May 7 at the same venue.';
    expect(extractEvents(inline(text, '2025-04-20')).map((e) => e.role)).toEqual([
      'reported',
      'reported',
    ]);
  });

  it('reads an organisation name with "and" inside it as one organiser', () => {
    expect(main(fixture('zju-ai-education-forum.txt')).organisers).toEqual([
      'Zhejiang University',
      'China Association for Science and Technology',
    ]);
  });

  it('dates an event by "the 43rd edition" and its year-less name form', () => {
    expect(main(fixture('gitex-reuters-wrap.txt'))).toMatchObject({
      name: 'GITEX Global 2023',
      start: '2023-10-16',
      end: '2023-10-20',
      date_precision: 'day',
    });
  });

  it('takes the year from the event name when the article has no publication date', () => {
    const e = main(fixture('gitex-undated-wrap.txt'));
    expect([e.start, e.end]).toEqual(['2023-10-16', '2023-10-20']);
    expect(e.warnings.join(' ')).toMatch(/year taken from the event name/);
  });

  it('counts the start back from a closing weekday by "after five days"', () => {
    const e = main(fixture('gitex-closing-weekday.txt'));
    expect([e.start, e.end]).toEqual(['2023-10-16', '2023-10-20']);
  });

  it('does not turn future plans without date or place into events', () => {
    const text =
      'The Hefei Quantum Forum was held on Monday in Hefei.\n\nThe organizers said more forums on quantum sensing will be held in the near future.';
    expect(extractEvents(inline(text, '2024-05-08')).map((e) => e.name)).toEqual([
      'Hefei Quantum Forum',
    ]);
  });

  it('returns no event for an article that reports none', () => {
    expect(extractEvents(fixture('no-event-market-report.txt'))).toEqual([]);
  });

  it('names an event reported without a proper name after the subject of "will open"', () => {
    expect(main(fixture('weekday-future-forum.txt')).name).toBe('Blockchain industry forum');
  });

  it("does not take another edition's attendance for this one", () => {
    expect(main(fixture('chinadaily-zgc-forum.txt', '2024-04-22')).participants).toBe(1500);
  });
});

describe('extractEvents: names', () => {
  it('uses the proper name, not the headline', () => {
    expect(main(fixture('chinadaily-zgc-forum.txt', '2024-04-22')).name).toBe(
      '2024 Zhongguancun Forum',
    );
  });

  it('keeps an ordinal and a place in parentheses', () => {
    expect(main(fixture('ciie-numeric-range.txt')).name).toBe(
      'Seventh China International Import Expo',
    );
    expect(main(fixture('impossible-date-expo.txt')).name).toBe(
      '2024 China (Nanjing) International Software Product and Information Service Expo',
    );
  });

  it('reads trade-show names made of an acronym and a year or city', () => {
    expect(main(fixture('ces-las-vegas-release.txt')).name).toBe('CES 2024');
    expect(main(fixture('mwc-barcelona.txt')).name).toBe('MWC Barcelona 2024');
  });

  it('keeps the whole name around an acronym in parentheses', () => {
    expect(main(fixture('xinhua-wic-wuzhen-acronym.txt')).name).toBe(
      '2023 World Internet Conference (WIC) Wuzhen Summit',
    );
    expect(main(fixture('mwc-shanghai-acronym.txt')).name).toBe(
      '2024 Mobile World Congress (MWC) Shanghai',
    );
  });

  it('gives one event when the headline names it without the acronym', () => {
    const events = extractEvents(fixture('xinhua-wic-wuzhen-acronym.txt'));
    expect(events.map((e) => [e.name, e.start, e.end, e.place])).toEqual([
      ['2023 World Internet Conference (WIC) Wuzhen Summit', '2023-11-08', '2023-11-10', 'Wuzhen'],
    ]);
  });

  it('gives one event when the headline calls it only "Summit"', () => {
    const events = extractEvents(fixture('headline-bare-summit.txt'));
    expect(events.map((e) => [e.name, e.start, e.end, e.place])).toEqual([
      ['2023 World Internet Conference (WIC) Wuzhen Summit', '2023-11-08', '2023-11-10', 'Wuzhen'],
    ]);
  });

  it('leaves the host out of the name of an event named only by its subject', () => {
    expect(main(fixture('online-blockchain-webinar.txt')).name).toBe('Global blockchain webinar');
  });

  it('leaves a joint host out of a subject name', () => {
    const text =
      'A fintech salon co-hosted by the Shenzhen Fintech Association was held online on Friday.';
    expect(main(inline(text, '2024-03-09')).name).toBe('Fintech salon');
  });

  it('keeps the host in a subject name when it is all that tells the event apart', () => {
    const text = 'A webinar hosted by the Hong Kong Science Park took place online on Friday.';
    expect(main(inline(text, '2024-03-09')).name).toBe(
      'Webinar hosted by the Hong Kong Science Park',
    );
  });
});

describe('extractEvents: dates', () => {
  it('reads a month-first range with its year', () => {
    expect(main(fixture('ces-las-vegas-release.txt'))).toMatchObject({
      start: '2024-01-09',
      end: '2024-01-12',
      date_precision: 'day',
    });
  });

  it('reads a day-first range and takes the year from the event name when publication is unknown', () => {
    const e = main(fixture('mwc-barcelona.txt'));
    expect([e.start, e.end]).toEqual(['2024-02-26', '2024-02-29']);
    expect(e.warnings).toContain('date has no year: year taken from the event name or article');
  });

  it('reads a range across two months, dated by the header line', () => {
    expect(main(fixture('cross-month-summit.txt'))).toMatchObject({
      start: '2024-05-30',
      end: '2024-06-02',
    });
  });

  it('reads "Nov. 5-10, 2024"', () => {
    expect(main(fixture('ciie-numeric-range.txt'))).toMatchObject({
      start: '2024-11-05',
      end: '2024-11-10',
    });
  });

  it('resolves a past-tense weekday and ends a "four-day expo" three days later', () => {
    const e = main(fixture('xinhua-digital-trade-expo.txt'));
    expect([e.start, e.end]).toEqual(['2023-11-23', '2023-11-26']);
    expect(
      e.warnings.some((w) =>
        w.includes('"Thursday" resolved relative to publication date 2023-11-23'),
      ),
    ).toBe(true);
  });

  it('resolves a future-tense weekday forwards', () => {
    expect(main(fixture('weekday-future-forum.txt'))).toMatchObject({
      start: '2023-10-20',
      end: '2023-10-20',
    });
  });

  it('takes the calendar date glossing a weekday and counts "will last five days"', () => {
    expect(main(fixture('ifa-berlin.txt'))).toMatchObject({
      start: '2023-09-01',
      end: '2023-09-05',
    });
  });

  it('takes the end from "will run until"', () => {
    expect(main(fixture('globaltimes-wic-future.txt'))).toMatchObject({
      start: '2024-06-20',
      end: '2024-06-23',
    });
  });

  it('gives month precision to "held in April this year"', () => {
    const text =
      'The Fuzhou Digital China Summit held in April this year was recalled on Monday at a Xiamen meeting.';
    expect(main(inline(text, '2024-09-02'))).toMatchObject({
      start: '2024-04-01',
      end: null,
      date_precision: 'month',
    });
  });

  it('keeps an event with an impossible date, undated, with a warning', () => {
    const e = main(fixture('impossible-date-expo.txt'));
    expect([e.start, e.date_precision]).toEqual([null, 'unknown']);
    expect(e.warnings).toContain('impossible date "February 30, 2024" ignored');
  });

  it('keeps an undated event with precision unknown', () => {
    const e = main(fixture('no-date-robotics-summit.txt'));
    expect([e.name, e.start, e.end, e.date_precision]).toEqual([
      'Greater Bay Area Robotics Summit',
      null,
      null,
      'unknown',
    ]);
    expect(e.warnings).toContain('no date found');
  });

  it('dates an event counted from another one: "two days after the opening of"', () => {
    const text =
      'The Shenzhen AI Expo opened on Monday in Shenzhen, two days after the opening of the Greater Bay Area Tech Forum.';
    expect(named(inline(text, '2024-03-06'), 'Tech Forum').start).toBe('2024-03-02');
  });

  it('reads the publication date from a dateline when the year is in the lead', () => {
    const e = main(fixture('online-asean-forum.txt'));
    expect(e.start).toBe('2022-03-12');
    expect(e.warnings).toContain('publication date 2022-03-12 read from the dateline');
  });
});

describe('extractEvents: places', () => {
  it('does not place an online event in the city that names its host', () => {
    expect(main(fixture('online-blockchain-webinar.txt'))).toMatchObject({
      place: null,
      format: 'online',
      organisers: ['Hong Kong Blockchain Association'],
    });
  });

  it('does not place an event in the city that names the body in its own name', () => {
    expect(main(fixture('online-association-forum.txt', '2024-03-09'))).toMatchObject({
      name: 'Shenzhen Fintech Association Annual Forum',
      place: null,
      format: 'online',
    });
  });

  it('still places an event in a city its name gives when no body is named', () => {
    const text = 'The 2024 Shenzhen Fintech Forum was held online on Friday.';
    expect(main(inline(text, '2024-03-09')).place).toBe('Shenzhen');
  });

  it('takes a venue named after its city for a place', () => {
    expect(main(fixture('wuhan-expo-center-venue.md'))).toMatchObject({
      place: 'Wuhan International Expo Center',
      placeContext: ['Wuhan', 'Hubei Province'],
    });
  });

  it('reads a city with a "capital of east China\'s Zhejiang Province" apposition', () => {
    expect(main(fixture('xinhua-digital-trade-expo.txt'))).toMatchObject({
      place: 'Hangzhou',
      placeContext: ['Zhejiang Province', 'China'],
    });
  });

  it('qualifies a venue with the district and city around it', () => {
    expect(main(fixture('chinadaily-zgc-forum.txt', '2024-04-22'))).toMatchObject({
      place: 'Zhongguancun National Innovation Demonstration Zone Exhibition Center',
      placeContext: ['Haidian district', 'Beijing'],
    });
  });

  it('reads venues abroad with their city and country or state', () => {
    expect(main(fixture('ces-las-vegas-release.txt'))).toMatchObject({
      place: 'Las Vegas Convention Center',
      placeContext: ['Las Vegas', 'Nevada'],
    });
    expect(main(fixture('mwc-barcelona.txt'))).toMatchObject({
      place: 'Fira Gran Via',
      placeContext: ['Barcelona', 'Spain'],
    });
    expect(main(fixture('ifa-berlin.txt'))).toMatchObject({
      place: 'Messe Berlin',
      placeContext: ['Berlin', 'Germany'],
    });
    expect(main(fixture('singapore-fintech-festival.txt'))).toMatchObject({
      place: 'Singapore Expo',
      placeContext: ['Singapore'],
    });
  });

  it('qualifies a venue named after its city, at either end of the name', () => {
    expect(main(fixture('london-tech-week.txt'))).toMatchObject({
      name: 'London Tech Week 2024',
      start: '2024-06-10',
      end: '2024-06-14',
      place: 'Olympia London',
      placeContext: ['London'],
    });
  });

  it('reads Chinese-English "was grandly held in City, Region" with an ordinal date', () => {
    expect(main(fixture('grandly-held-conference.txt'))).toMatchObject({
      start: '2023-09-05',
      place: 'Yinchuan',
      placeContext: ['Ningxia Hui Autonomous Region'],
      participants: 2000,
      themes: ['computing-power'],
    });
  });

  it('prefers the main venue over the district named in the lead', () => {
    const e = main(fixture('globaltimes-wic-future.txt'));
    expect(e.place).toBe('National Convention and Exhibition Center');
    expect(e.placeContext.slice(0, 2)).toEqual(['Binhai New Area', 'Tianjin']);
  });

  it('falls back to the dateline city, saying so', () => {
    const e = main(
      inline(
        'BEIJING, May 5 (Xinhua) -- The Digital Silk Road Forum opened on Monday, drawing 500 guests.',
        '2024-05-07',
      ),
    );
    expect(e.place).toBe('Beijing');
    expect(e.warnings).toContain('place taken from the dateline');
  });

  it('leaves an online event unplaced', () => {
    const e = main(fixture('online-asean-forum.txt'));
    expect([e.place, e.format]).toEqual([null, 'online']);
  });

  it('takes a place from the event name when the text gives none', () => {
    const e = main(
      inline(
        'Delegates praised the 2023 Chengdu Universiade Tech Forum held in July this year.',
        '2023-09-01',
      ),
    );
    expect([e.place, e.warnings.includes('place taken from the event name')]).toEqual([
      'Chengdu',
      true,
    ]);
  });

  it('quotes the sentences that date and place the event', () => {
    const e = main(fixture('ces-las-vegas-release.txt'));
    expect(e.evidence.date).toMatch(
      /^CES 2024, the most powerful tech event in the world, will take place Jan\. 9-12, 2024/,
    );
    expect(e.evidence.place).toBe(e.evidence.date);
  });
});

describe('extractEvents: themes, format, size, organisers', () => {
  it('ranks the themes the event focuses on', () => {
    expect(main(fixture('chinadaily-zgc-forum.txt', '2024-04-22')).themes).toEqual([
      'ai',
      'quantum',
      'bci',
    ]);
    expect(main(fixture('xinhua-digital-trade-expo.txt')).themes.slice(0, 2)).toEqual([
      'digital-economy',
      'e-commerce',
    ]);
  });

  it('reads formats', () => {
    expect(main(fixture('globaltimes-wic-future.txt')).format).toBe('hybrid');
    expect(main(fixture('xinhua-digital-trade-expo.txt')).format).toBe('hybrid');
    expect(main(fixture('mwc-barcelona.txt')).format).toBe('in-person');
  });

  it('counts people before exhibitors', () => {
    expect(main(fixture('xinhua-digital-trade-expo.txt'))).toMatchObject({
      participants: 1000,
      participants_text: 'over 1,000 guests',
    });
    expect(main(fixture('mwc-barcelona.txt')).participants).toBe(101000);
  });

  it('does not count exhibitors that only sign up or display as participants', () => {
    expect(main(fixture('ciie-numeric-range.txt')).participants).toBeNull();
  });

  it('counts taking-part exhibitors when no people are counted', () => {
    expect(main(fixture('ifa-berlin.txt')).participants).toBe(2000);
  });

  it('lists hosts, co-organisers, producers and partners', () => {
    expect(main(fixture('xinhua-digital-trade-expo.txt')).organisers).toEqual([
      'Zhejiang provincial government',
      'Ministry of Commerce',
    ]);
    expect(main(fixture('chinadaily-zgc-forum.txt', '2024-04-22')).organisers).toEqual([
      'Ministry of Science and Technology',
      'Chinese Academy of Sciences',
      'Beijing municipal government',
    ]);
    expect(main(fixture('ces-las-vegas-release.txt')).organisers).toEqual([
      'Consumer Technology Association',
    ]);
    expect(main(fixture('singapore-fintech-festival.txt')).organisers).toEqual([
      'Monetary Authority of Singapore',
      'Global Finance & Technology Network',
    ]);
  });
});

describe('extractEvents: references and bindings', () => {
  it('merges an acronym given in parentheses with its full name', () => {
    const events = extractEvents(fixture('xinhua-waic-acronym.txt'));
    expect(events.map((e) => e.name)).toEqual(['2023 World Artificial Intelligence Conference']);
  });

  it('ends a conference "running through Saturday" on the Saturday after its start', () => {
    expect(main(fixture('xinhua-waic-acronym.txt'))).toMatchObject({
      start: '2023-07-06',
      end: '2023-07-08',
    });
  });

  it('ends a summit "which runs until Friday" on that Friday', () => {
    expect(main(fixture('chinadaily-wuzhen-summit.txt'))).toMatchObject({
      name: '2022 World Internet Conference Wuzhen Summit',
      start: '2022-11-09',
      end: '2022-11-11',
      place: 'Wuzhen',
      placeContext: ['Zhejiang province'],
    });
  });

  it('keeps a name that goes on after its event word: "Annual Meeting of the New Champions"', () => {
    expect(main(fixture('summer-davos-announcement.txt')).name).toBe(
      'Annual Meeting of the New Champions',
    );
  });

  it('binds dates to the subject of "will be held", not to an organiser that "announced on Tuesday"', () => {
    expect(main(fixture('summer-davos-announcement.txt'))).toMatchObject({
      start: '2024-06-25',
      end: '2024-06-27',
      place: 'Dalian',
      placeContext: ['Liaoning Province'],
    });
  });

  it('takes a missing year from the sentence when there is no publication date', () => {
    expect(main(fixture('summer-davos-announcement.txt')).warnings).toContain(
      'date has no year: year taken from the event name or article',
    );
  });

  it('reads "on Monday, October 16" as October 16 and a venue abroad', () => {
    expect(main(fixture('gitex-dubai.txt'))).toMatchObject({
      name: 'GITEX GLOBAL 2023',
      start: '2023-10-16',
      end: '2023-10-20',
      place: 'Dubai World Trade Centre',
      placeContext: ['Dubai'],
    });
  });

  it('does not date an event by the day a report was published', () => {
    const text =
      'The Suzhou Chip Forum will be held in Suzhou from June 3 to 5, the city government said on Tuesday.';
    expect(main(inline(text, '2024-05-21'))).toMatchObject({
      start: '2024-06-03',
      end: '2024-06-05',
    });
  });

  it('keeps "for Trade in Services" in a fair\'s name', () => {
    expect(main(fixture('xinhua-ciftis-fair.txt')).name).toBe(
      '2023 China International Fair for Trade in Services',
    );
  });

  it('dates an event by its closing day when that is all the text gives', () => {
    const e = main(fixture('forum-closing-only.txt'));
    expect([e.start, e.end]).toEqual(['2023-05-30', '2023-05-30']);
    expect(e.warnings).toContain('only the closing date is given: the event is dated by it');
  });

  it('does not merge "an AI film festival" with a differently named festival', () => {
    const e = main(fixture('indefinite-festival.txt', '2024-04-21'));
    expect([e.name, e.start, e.place]).toEqual([
      'AI film festival',
      '2024-04-20',
      'Chaoyang district',
    ]);
    expect(e.organisers).toEqual(['Beijing International Film Festival organizing committee']);
  });
});

describe('extractEvents: several events in one sentence', () => {
  it('gives each event the date and place that follow its own verb', () => {
    const events = extractEvents(fixture('events-calendar-two-events.txt'));
    expect(events.map((e) => [e.name, e.start, e.end, e.place])).toEqual([
      [
        '2024 Shanghai Auto Show',
        '2024-04-18',
        '2024-04-27',
        'National Exhibition and Convention Center',
      ],
      ['Global AI Developer Conference', '2024-04-25', '2024-04-26', 'Xuhui District'],
    ]);
  });

  it('does not qualify a venue with a district where another event is held', () => {
    const [show] = extractEvents(fixture('events-calendar-two-events.txt'));
    expect(show?.placeContext).toEqual(['Shanghai']);
  });

  it('places an event named in passing by the "in City" right after its name', () => {
    const e = main(fixture('sidelines-remarks.txt'));
    expect([e.name, e.place, e.start]).toEqual([
      '2023 World Artificial Intelligence Conference',
      'Shanghai',
      null,
    ]);
  });

  it('reads a Xinhua report with a two-part dateline and a town apposition', () => {
    expect(main(fixture('xinhua-boao-forum.txt'))).toMatchObject({
      name: 'Boao Forum for Asia Annual Conference 2024',
      start: '2024-03-26',
      end: '2024-03-29',
      place: 'Boao',
      placeContext: ['Hainan Province', 'China'],
      participants: 2000,
    });
  });
});

describe('extractEvents: bad input', () => {
  it('returns no event for an empty text', () => {
    expect(extractEvents(inline(''))).toEqual([]);
  });

  it('does not throw on binary-looking text', () => {
    const garbage = Array.from({ length: 2000 }, (_, i) =>
      String.fromCharCode((i * 7919) % 65536),
    ).join('');
    expect(() => extractEvents(inline(garbage))).not.toThrow();
  });

  it('ignores an invalid publication date, with a warning', () => {
    const e = main(inline('The Hefei Quantum Forum was held on Monday in Hefei.', '2023-02-30'));
    expect(e.start).toBeNull();
    expect(e.warnings).toContain('publication date "2023-02-30" is not a valid ISO date: ignored');
  });

  it('reads only the beginning of a huge text, with a warning', () => {
    const lead = 'The Hefei Quantum Forum was held on 5 May 2024 in Hefei.\n';
    const e = main(inline(lead + 'Quantum sensing grows.\n'.repeat(10_000)));
    expect(e.start).toBe('2024-05-05');
    expect(e.warnings.some((w) => w.startsWith('text longer than'))).toBe(true);
  });

  it('gives every event ISO dates in order and a matching precision, whatever the sentences', () => {
    const sentences = [
      'The Nanjing AI Forum opened on Friday in Nanjing.',
      'It runs until Dec 2.',
      'The two-day summit closed on 3 January.',
      'The expo was held in May this year.',
      'The Hangzhou Chip Fair will be held from Dec 30 to Jan 2.',
    ];
    for (let i = 0; i < sentences.length; i += 1) {
      const text = [...sentences.slice(i), ...sentences.slice(0, i)].join(' ');
      for (const e of extractEvents(inline(text, '2024-01-01'))) {
        for (const d of [e.start, e.end]) if (d !== null) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (e.start !== null && e.end !== null) expect(e.end >= e.start).toBe(true);
        expect(e.start === null).toBe(e.date_precision === 'unknown');
      }
    }
  });
});
