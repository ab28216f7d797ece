import { describe, expect, it } from 'vitest';
import type { EventProperties } from '../event.ts';
import type { EventDraft } from './event-draft.ts';
import { guardSchema } from './schema-guard.ts';

function createDraft(
  props: Partial<EventProperties>,
  coordinates: [number, number] | null = [120, 30],
): EventDraft {
  return {
    properties: {
      id: '',
      name: 'Digital Economy Summit',
      role: 'reported',
      start: '2024-05-20',
      end: '2024-05-21',
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
      participants: 300,
      participants_text: 'more than 300 experts',
      organisers: [],
      sources: [{ file: 'a.txt', url: null, outlet: null, published: null, title: null }],
      evidence: { date: null, place: null },
      ...props,
    },
    coordinates,
    candidates: [],
    issues: [],
    mergedFrom: [],
  };
}

describe('guardSchema', () => {
  it('leaves an event within the schema as it is, and says nothing', () => {
    const draft = createDraft({});
    const before = structuredClone(draft);
    expect(guardSchema(draft)).toEqual([]);
    expect(draft).toEqual(before);
  });

  it('drops a start that is no calendar day, with its end', () => {
    for (const start of ['2023-13-45', '2023-02-30', '0000-01-01']) {
      const draft = createDraft({ start, end: null, year: 2023 });
      expect(guardSchema(draft)).toEqual([`start "${start}" is not a calendar date: kept undated`]);
      expect([draft.properties.start, draft.properties.year]).toEqual([null, null]);
    }
  });

  it('drops an end before the start', () => {
    const draft = createDraft({ start: '2024-05-29', end: '2024-05-26' });
    expect(guardSchema(draft)).toEqual([
      'end "2024-05-26" is before the start 2024-05-29: dropped',
    ]);
    expect(draft.properties.end).toBeNull();
  });

  it('takes the year from the start', () => {
    const draft = createDraft({ year: 1999 });
    guardSchema(draft);
    expect(draft.properties.year).toBe(2024);
  });

  it('drops a head-count past the safe integers (1e23 experts)', () => {
    const draft = createDraft({ participants: 1e23 });
    expect(guardSchema(draft)).toEqual(['participants 1e+23 is not a head-count: dropped']);
    expect([draft.properties.participants, draft.properties.participants_text]).toEqual([
      null,
      null,
    ]);
  });

  it('drops a point off the globe', () => {
    const draft = createDraft({}, [200, 30]);
    expect(guardSchema(draft)).toHaveLength(1);
    expect(draft.coordinates).toBeNull();
  });
});
