import { describe, expect, it } from 'vitest';
import { matchEvents, nameSimilarity, type Found } from './match-events.ts';
import type { TruthEvent } from './truth.ts';

function truth(name: string, start: string | null, aliases: string[] = []): TruthEvent {
  return {
    name,
    aliases,
    start,
    end: start,
    lat: 52.5,
    lon: 13.4,
    status: 'held',
    format: 'in-person',
  };
}

function found(name: string, start: string | null): Found {
  return { name, start, end: start, status: 'held', coordinates: [13.4, 52.5] };
}

describe('matchEvents', () => {
  it('ignores years, ordinals and small words when comparing names', () => {
    expect(nameSimilarity('The 5th Digital Economy Forum 2024', 'Digital Economy Forum')).toBe(1);
  });

  it('pairs a found event with the truth event of a similar name', () => {
    const match = matchEvents(
      [found('Berlin AI Week', '2024-05-02')],
      [truth('AI Week Berlin 2024', '2024-05-02')],
    );
    expect(match.get(0)).toBe(0);
  });

  it('pairs by an alias of the truth event', () => {
    const match = matchEvents(
      [found('IFA 2019', '2019-09-06')],
      [truth('Internationale Funkausstellung', '2019-09-06', ['IFA'])],
    );
    expect(match.size).toBe(1);
  });

  it('pairs each found event at most once, the closest first', () => {
    const match = matchEvents(
      [found('Smart City Expo', '2023-11-07')],
      [truth('Smart City Expo', '2022-11-15'), truth('Smart City Expo', '2023-11-07')],
    );
    expect([...match]).toEqual([[1, 0]]);
  });

  it('leaves an unrelated event unpaired', () => {
    expect(
      matchEvents([found('Funding round', null)], [truth('Robotics Fair', '2023-01-01')]).size,
    ).toBe(0);
  });
});
