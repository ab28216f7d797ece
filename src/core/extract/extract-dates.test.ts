// One short invented sentence per date form the ingest must read, run through the whole extractor.
import { describe, expect, it } from 'vitest';
import type { Article } from '../article.ts';
import { extractEvents } from './extract-events.ts';
import type { ExtractedEvent } from './extracted-event.ts';

function article(text: string, published: string | null, url: string | null = null): Article {
  return { file: 'inline.txt', title: null, text, published, url, outlet: null };
}

function main(text: string, published: string | null, url: string | null = null): ExtractedEvent {
  const [first] = extractEvents(article(text, published, url));
  if (first === undefined) throw new Error('no event');
  return first;
}

function span(text: string, published: string | null, url: string | null = null) {
  const e = main(text, published, url);
  return [e.start, e.end];
}

describe('extractEvents: date ranges', () => {
  it('reads a weekday range "from Thursday to Saturday"', () => {
    const text =
      'Robotics fair opens\n\nThe Northfield Robotics Fair runs from Thursday to Saturday.';
    expect(span(text, '2025-03-11')).toEqual(['2025-03-13', '2025-03-15']);
  });

  it('ends an event "up to and including Friday"', () => {
    const text =
      'Cloud expo opens\n\nThe Westbay Cloud Expo opened on Tuesday and runs up to and including Friday.';
    expect(span(text, '2025-03-12')).toEqual(['2025-03-11', '2025-03-14']);
  });

  it('ends an event "until Wednesday"', () => {
    const text =
      'Data summit\n\nThe Lakeside Data Summit opened on Monday and runs until Wednesday.';
    expect(span(text, '2025-03-11')).toEqual(['2025-03-10', '2025-03-12']);
  });

  it('reads "runs until Wednesday" alone as the end of an event already running', () => {
    const e = main('Data summit\n\nThe Lakeside Data Summit runs until Wednesday.', '2025-03-13');
    expect([e.start, e.end]).toEqual(['2025-03-13', '2025-03-19']);
    expect(e.warnings.some((w) => w.includes('already running'))).toBe(true);
  });

  it('reads "between 1-4 November"', () => {
    const text = 'Games show\n\nThe Eastgate Games Show will be held between 1-4 November.';
    expect(span(text, '2025-09-01')).toEqual(['2025-11-01', '2025-11-04']);
  });

  it('reads "3rd-5th May"', () => {
    const text = 'AI week\n\nThe Riverside AI Week will take place 3rd-5th May at the university.';
    expect(span(text, '2025-02-01')).toEqual(['2025-05-03', '2025-05-05']);
  });

  it('reads "May 3 through 5"', () => {
    const text =
      'AI week\n\nThe Riverside AI Week will take place May 3 through 5 at the university.';
    expect(span(text, '2025-02-01')).toEqual(['2025-05-03', '2025-05-05']);
  });

  it('reads "Sept. 5-7"', () => {
    const text = 'Robot show\n\nThe Northfield Robot Show will be held Sept. 5-7 in the city.';
    expect(span(text, '2025-06-01')).toEqual(['2025-09-05', '2025-09-07']);
  });

  it('reads "5-7 September 2023"', () => {
    const text = 'Robot show\n\nThe Northfield Robot Show will be held 5-7 September 2023.';
    expect(span(text, '2023-06-01')).toEqual(['2023-09-05', '2023-09-07']);
  });

  it('reads "September 28 to October 2"', () => {
    const text =
      'Robot show\n\nThe Northfield Robot Show will be held September 28 to October 2 in the city.';
    expect(span(text, '2025-06-01')).toEqual(['2025-09-28', '2025-10-02']);
  });

  it('reads "Oct 30-Nov 2, 2024"', () => {
    const text = 'Robot show\n\nThe Northfield Robot Show will be held Oct 30-Nov 2, 2024.';
    expect(span(text, '2024-06-01')).toEqual(['2024-10-30', '2024-11-02']);
  });

  it('reads an ISO date range', () => {
    const text =
      'Robot show\n\nThe Northfield Robot Show will be held from 2024-10-30 to 2024-11-02.';
    expect(span(text, '2024-06-01')).toEqual(['2024-10-30', '2024-11-02']);
  });
});

describe('extractEvents: dates glossed or written as numbers', () => {
  it('takes the date glossing "today (31 May)" over the publication date', () => {
    const text = 'Chip forum\n\nThe Harbour Chip Forum opens today (31 May) in the old town.';
    expect(main(text, '2025-05-30').start).toBe('2025-05-31');
  });

  it('takes the date glossing "tomorrow (Mar. 23)"', () => {
    const text = 'Drone expo\n\nThe Hillcrest Drone Expo will open tomorrow (Mar. 23).';
    expect(main(text, '2025-03-20').start).toBe('2025-03-23');
  });

  it('reads a dd.mm.yyyy date in a sentence', () => {
    const text = 'Drone expo\n\nThe Hillcrest Drone Expo will be held on 14.03.2019 in the city.';
    expect(main(text, null).start).toBe('2019-03-14');
  });

  it('dates the article by a dd.mm.yyyy date line at its top', () => {
    const text = '14.03.2019\nDrone expo opens\n\nThe Hillcrest Drone Expo opened on Thursday.';
    expect(main(text, null).start).toBe('2019-03-14');
  });
});

describe('extractEvents: publication date from the page address', () => {
  const text = 'Drone expo opens\n\nThe Hillcrest Drone Expo opened on Thursday in the city.';

  it.each([
    'https://news.example.com/2019/03/14/drone-expo',
    'https://news.example.com/tech/2019-03-14-drone-expo',
    'https://news.example.com/a/20190314/drone-expo.html',
  ])('reads the date in %s, with a warning', (url) => {
    const e = main(text, null, url);
    expect(e.start).toBe('2019-03-14');
    expect(e.warnings).toContain('publication date 2019-03-14 read from the page address');
  });

  it('prefers the metadata date to the page address', () => {
    expect(main(text, '2019-03-16', 'https://news.example.com/2019/03/01/x').start).toBe(
      '2019-03-14',
    );
  });
});

describe('extractEvents: founding years are not event dates', () => {
  it.each([
    ['The Northfield Robot Show, held every year since 1981, took place in the city.', '1981'],
    ['The Northfield Robot Show, first held in 2009, took place in the city.', '2009'],
    ['The Northfield Robot Show, founded in 2015, took place in the city.', '2015'],
    [
      'The Northfield Robot Show, marking the 30th anniversary of the first fair in 1994, took place in the city.',
      '1994',
    ],
  ])('does not date any event by the year in "%s"', (sentence, year) => {
    const events = extractEvents(article(`Robot show\n\n${sentence}`, '2025-03-13'));
    expect(events.filter((e) => e.start?.startsWith(year) === true)).toEqual([]);
  });

  it('keeps the weekday, not the anniversary, as the start', () => {
    const text =
      'Robot show\n\nMarking its 10th anniversary, the Northfield Robot Show opened on Tuesday in the city.';
    expect(main(text, '2025-03-13').start).toBe('2025-03-11');
  });

  it('does not take a year-less date into the founding year', () => {
    const text = 'Robot show\n\nThe Northfield Robot Show, first held in 2009, opened on March 14.';
    expect(main(text, null).start).toBeNull();
  });
});

describe('extractEvents: weekday anchors', () => {
  it('resolves a weekday against a date named earlier in the paragraph', () => {
    const text =
      'Robot show\n\nOrganisers briefed reporters on March 3. The Northfield Robot Show opened on Monday in the city.';
    const e = main(text, '2025-03-14');
    expect(e.start).toBe('2025-03-03');
    expect(e.warnings.some((w) => w.includes('"Monday" resolved relative to 2025-03-03'))).toBe(
      true,
    );
  });

  it('resolves a past-tense weekday against the dateline date', () => {
    const text =
      'Robot show\n\nBERLIN, March 5 (Agency) -- The Northfield Robot Show opened on Monday in the city.';
    expect(main(text, '2025-03-14').start).toBe('2025-03-03');
  });

  it('resolves a future-tense weekday forwards from the dateline date', () => {
    const text =
      'Robot show\n\nBERLIN, March 5 (Agency) -- The Northfield Robot Show will open on Monday in the city.';
    expect(main(text, '2025-03-14').start).toBe('2025-03-10');
  });

  it('still resolves against the publication date when nothing else dates the text', () => {
    const text = 'Robot show\n\nThe Northfield Robot Show opened on Monday in the city.';
    expect(main(text, '2025-03-14').start).toBe('2025-03-10');
  });
});

describe('extractEvents: year from the headline', () => {
  it('completes a publication date without a year with the headline year', () => {
    const text =
      'Northfield Robot Show 2019 opens\n\nThe Northfield Robot Show opened on Thursday.';
    const e = main(text, 'March 14');
    expect(e.start).toBe('2019-03-14');
    expect(e.warnings.some((w) => w.includes('year taken from the headline'))).toBe(true);
  });
});

describe('extractEvents: closing verbs', () => {
  it('reads a range after a closing verb as the whole event', () => {
    const text =
      'Data fair closes\n\nThe Eastgate Data Fair closed on Sunday after three days (May 26-28) of exhibitions.';
    expect(span(text, '2023-05-29')).toEqual(['2023-05-26', '2023-05-28']);
  });
});

describe('extractEvents: year from the text', () => {
  it('takes the headline year for a year-less date over nearness to publication', () => {
    const text =
      'The 2024 robotics calendar\n\nThe Northfield Robot Show is held in the city on 12-13 September.';
    const e = main(text, '2024-01-15');
    expect([e.start, e.end]).toEqual(['2024-09-12', '2024-09-13']);
  });

  it('keeps the year a past tense demands over the headline year', () => {
    const text =
      'Robotics plans for 2025\n\nThe Northfield Robot Show was held in the city on September 12.';
    expect(main(text, '2024-10-01').start).toBe('2024-09-12');
  });
});

describe('extractEvents: opening today, closing later', () => {
  it('reads "opened this morning and runs until Wednesday"', () => {
    const text =
      'Cyber summit opens\n\nThe Northfield Cyber Summit opened this morning at the university and runs until Wednesday.';
    expect(span(text, '2023-01-23')).toEqual(['2023-01-23', '2023-01-25']);
  });
});

describe('extractEvents: a date line without a year', () => {
  it('completes "Published: March 14" with the headline year', () => {
    const text =
      'Northfield Robot Show 2019 opens\nPublished: March 14\n\nThe Northfield Robot Show opened on Thursday.';
    const e = main(text, null);
    expect(e.start).toBe('2019-03-14');
    expect(e.warnings.some((w) => w.includes('year taken from the headline'))).toBe(true);
  });
});

describe('extractEvents: a dateline without a year', () => {
  it('does not take the year of the dateline from a founding year in the lead', () => {
    const text =
      'Robot show opens\n\nBERLIN, March 14 (Agency) -- The Northfield Robot Show, first held in 2009, opened on Thursday.';
    expect(main(text, null).start?.startsWith('2009') ?? false).toBe(false);
  });
});

describe('extractEvents: weekdays in a sentence of two tenses', () => {
  it('reads "opened on Monday and will run until Wednesday"', () => {
    const text =
      'Robot show\n\nThe Northfield Robot Show opened on Monday and will run until Wednesday.';
    expect(span(text, '2025-03-11')).toEqual(['2025-03-10', '2025-03-12']);
  });

  it('reads "Thursday-Saturday" as a range', () => {
    const text = 'Robot show\n\nThe Northfield Robot Show runs Thursday-Saturday in the city.';
    expect(span(text, '2025-03-11')).toEqual(['2025-03-13', '2025-03-15']);
  });
});

describe('extractEvents: a calendar range and weekdays inside it', () => {
  it('keeps the calendar range that holds the weekdays named beside it', () => {
    const text =
      'Robot show next week\n\nThe Northfield Robot Show runs Feb. 26-29. The opening night is on Monday, with the main show running Tuesday through Thursday.';
    expect(span(text, '2024-02-20')).toEqual(['2024-02-26', '2024-02-29']);
  });
});

describe('extractEvents: a day without its month', () => {
  it('reads "was held … on the 15th" in the month of publication', () => {
    const text =
      'Computing forum held\n\nThe 2024 Northfield Computing Forum was held in the new district on the 15th.';
    expect(main(text, '2024-06-16').start).toBe('2024-06-15');
  });
});

describe('extractEvents: a closing date glossed by its weekday', () => {
  it('ends the event at "continues through Thursday, Feb. 29"', () => {
    const text =
      'Robot show opens\n\nThe Northfield Robot Show opened on Monday evening and continues through Thursday, Feb. 29.';
    expect(span(text, '2024-02-27')).toEqual(['2024-02-26', '2024-02-29']);
  });
});

describe('extractEvents: weekdays glossing a calendar range', () => {
  it('reads "runs Tuesday through Friday, June 4-7" as June 4-7', () => {
    const text =
      'Robot show next week\n\nThe Northfield Robot Show runs Tuesday through Friday, June 4-7, in the city.';
    expect(span(text, '2024-05-28')).toEqual(['2024-06-04', '2024-06-07']);
  });
});

describe('extractEvents: a blog date line', () => {
  it('dates a post by "12.06.2023 · 6 min read" and reads "On Saturday (10 June)"', () => {
    const text =
      '# Northfield Frontend Day: a small conference\n\n*12.06.2023 · 6 min read*\n\nOn Saturday (10 June) I went to Northfield Frontend Day, the one-day community conference held in the old customs house.';
    const [e] = extractEvents({ ...article(text, null), file: 'post.md' });
    expect(e?.start).toBe('2023-06-10');
  });
});

describe('extractEvents: a week named beside a weekday', () => {
  it('reads "this week … from Friday to Tuesday" forwards from a Monday', () => {
    const text =
      'Five things to watch at the show\n\nBuyers are heading to the city this week for the Northfield Electronics Show. The show runs from Friday to Tuesday in the exhibition grounds.';
    expect(span(text, '2023-08-28')).toEqual(['2023-09-01', '2023-09-05']);
  });
});

describe('extractEvents: weekdays beside the days of a range', () => {
  it('reads "from Thursday 24 to Saturday 26 November"', () => {
    const text =
      'Digital fair\n\nThe Northfield Digital Fair will be held from Thursday 24 to Saturday 26 November at the conference centre.';
    expect(span(text, '2022-11-22')).toEqual(['2022-11-24', '2022-11-26']);
  });

  it('reads "on Thursday and Friday" as a two-day event', () => {
    const text =
      'Software forum\n\nCompanies will meet on Thursday and Friday at the convention centre for the Northfield Software Forum.';
    expect(span(text, '2024-03-18')).toEqual(['2024-03-21', '2024-03-22']);
  });
});
