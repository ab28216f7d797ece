import { describe, expect, it } from 'vitest';
import { datelineIso, readDateline } from './dateline.ts';

describe('readDateline', () => {
  it('reads a Xinhua dateline', () => {
    expect(readDateline('HANGZHOU, Nov. 23 (Xinhua) -- The expo opened.')).toEqual({
      city: 'Hangzhou',
      region: null,
      date: { year: null, month: 11, day: 23 },
      rest: 'The expo opened.',
    });
  });

  it('reads a press-wire dateline with a country and a full date', () => {
    const d = readDateline(
      'SHENZHEN, China, March 5, 2024 /PRNewswire/ -- XYZ will host a summit.',
    );
    expect([d?.city, d?.region, d?.date]).toEqual([
      'Shenzhen',
      'China',
      { year: 2024, month: 3, day: 5 },
    ]);
  });

  it('reads day-first and dd.mm.yyyy dateline dates', () => {
    expect(readDateline('Dakar, 22.11.2022 – The fair will open.')?.date).toEqual({
      year: 2022,
      month: 11,
      day: 22,
    });
    expect(readDateline('LONDON, 22 November 2022 -- The fair opened.')?.date).toEqual({
      year: 2022,
      month: 11,
      day: 22,
    });
  });

  it('reads a city-only dateline in capitals', () => {
    expect(readDateline('LAS VEGAS -- CES opened.')?.city).toBe('Las Vegas');
  });

  it('reads a city in capitals with letters beyond ASCII', () => {
    expect(readDateline('MEDELLÍN – The organisers said')?.city).toBe('Medellín');
    expect(readDateline('SÃO PAULO — Start-ups met')?.city).toBe('São Paulo');
  });

  it('reads only the opening of a paragraph (a run of spaces cannot make it slow)', () => {
    expect(readDateline(`NANNING, March${' '.repeat(300)}-- The fair`)).toBeNull();
    expect(readDateline('NANNING, March 3 -- The fair')?.city).toBe('Nanning');
  });

  it('does not read an ordinary sentence as a dateline', () => {
    expect(readDateline('The forum, held on Monday - it was big.')).toBeNull();
    expect(readDateline('On 30 April 2022, the first session was held.')).toBeNull();
  });
});

describe('datelineIso', () => {
  it('keeps the dateline year', () => {
    expect(datelineIso({ year: 2024, month: 3, day: 5 }, '2025-01-01', '')).toBe('2024-03-05');
  });

  it('takes the year putting the day nearest the publication date', () => {
    expect(datelineIso({ year: null, month: 12, day: 30 }, '2025-01-02', '')).toBe('2024-12-30');
    expect(datelineIso({ year: null, month: 3, day: 5 }, '2025-03-14', '')).toBe('2025-03-05');
  });

  it('takes the headline year without a publication date', () => {
    const date = { year: null, month: 3, day: 5 };
    expect(datelineIso(date, null, 'Robot Fair 2019 opens')).toBe('2019-03-05');
    expect(datelineIso(date, null, 'Robot fair opens')).toBeNull();
  });
});
