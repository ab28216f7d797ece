import { describe, expect, it } from 'vitest';
import { readDateline } from './dateline.ts';

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

  it('reads a city-only dateline in capitals', () => {
    expect(readDateline('LAS VEGAS -- CES opened.')?.city).toBe('Las Vegas');
  });

  it('does not read an ordinary sentence as a dateline', () => {
    expect(readDateline('The forum, held on Monday - it was big.')).toBeNull();
    expect(readDateline('On 30 April 2022, the first session was held.')).toBeNull();
  });
});
