import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../scripts/load-gazetteer.ts';
import type { Article } from '../article.ts';
import type { ExtractedEvent } from '../extract/extracted-event.ts';
import { placeEvent } from './place-event.ts';

const gazetteer = await loadGazetteer();

function event(place: string | null, sentence: string): ExtractedEvent {
  return {
    name: 'Regional ICT Forum',
    role: 'reported',
    start: '2024-05-02',
    end: '2024-05-02',
    date_precision: 'day',
    place,
    placeContext: [],
    themes: [],
    format: 'in-person',
    status: 'held',
    participants: null,
    participants_text: null,
    organisers: [],
    evidence: { date: sentence, place: null },
    warnings: [],
  };
}

function article(text: string): Article {
  return { file: 'a.txt', title: null, text, published: '2024-05-03', url: null, outlet: null };
}

describe('placeEvent', () => {
  it('keeps a city its place phrase gives', () => {
    const s = 'The Regional ICT Forum was held in Mombasa on Thursday.';
    expect(placeEvent(event('Mombasa', s), article(s), gazetteer).city).toBe('Mombasa');
  });

  it('reads a city from the event’s sentence when no place phrase was found', () => {
    const s = 'The Regional ICT Forum opened on Thursday at the Aga Khan Hall in Mombasa.';
    expect(placeEvent(event(null, s), article(s), gazetteer)).toMatchObject({
      city: 'Mombasa',
      country: 'KE',
    });
  });

  it('refines a country to a city of it that the sentence names', () => {
    const s = 'The Regional ICT Forum, hosted in Kenya, took place in Mombasa.';
    expect(placeEvent(event('Kenya', s), article(s), gazetteer).location_precision).toBe('city');
  });

  it('keeps the country when the sentence names a city abroad', () => {
    const s = 'The Regional ICT Forum in Kenya drew delegates from Kampala.';
    expect(placeEvent(event('Kenya', s), article(s), gazetteer).location_precision).toBe('country');
  });
});

describe('placeEvent at a continent', () => {
  it('keeps an event the article places only in a continent without a point', () => {
    const s = 'The Regional ICT Forum toured Africa this spring.';
    const placed = placeEvent(event('Africa', s), article(s), gazetteer);
    expect(placed).toMatchObject({ coordinates: null, location_precision: 'unknown' });
    expect(placed.warnings[0]).toContain('names only a continent');
  });

  it('takes a city the text names over the continent', () => {
    const s = 'The Regional ICT Forum was held in Mombasa with delegates from across Africa.';
    expect(placeEvent(event('Africa', s), article(s), gazetteer).city).toBe('Mombasa');
  });
});

describe('placeEvent in a roundup', () => {
  it('reads the place from the lines below the item’s name and dates', () => {
    const item = 'Regional ICT Forum — 14-15 March';
    const text = `Events this month\n\n${item}\nStart-ups meet regulators at the Pavilion in Mombasa.\n\nNext item — 20 March\nIn Kisumu.`;
    expect(placeEvent(event(null, item), article(text), gazetteer).city).toBe('Mombasa');
  });
});

describe('placeEvent and the dateline', () => {
  it('places the event where the text says, not where the story was filed', () => {
    const s = 'A fair for game developers will take place in Izmir May 3 through 5.';
    const text = `ANKARA — ${s}`;
    const result = placeEvent(event('Ankara', s), article(text), gazetteer);
    expect(result.city).toBe('İzmir');
    expect(result.warnings[0]).toContain('where the story was filed from');
  });

  it('keeps the dateline city when the text names no other place', () => {
    const s = 'The forum opened on Monday with 300 delegates.';
    const result = placeEvent(event('Nairobi', s), article(`NAIROBI, Kenya — ${s}`), gazetteer);
    expect(result.city).toBe('Nairobi');
  });
});

describe('placeEvent: a roundup item stops at the blank line', () => {
  it('does not take the place of the next item', () => {
    const item = 'Regional ICT Forum — 14-15 March. Start-ups meet regulators in District 1.';
    const text = `Events this month\n\n${item}\n\nNext item — 20 March. In Kisumu.`;
    expect(placeEvent(event(null, item), article(text), gazetteer).city).not.toBe('Kisumu');
  });
});

describe('placeEvent: a listing line', () => {
  it('takes the city of the item’s own line over a place named elsewhere', () => {
    const line = '## 2. Regional ICT Forum — Kisumu, 19-20 October';
    const text = `Autumn events\n\nThe first stop is at the KICC in Nairobi.\n\n${line}\n\nA small forum by the lake.`;
    expect(placeEvent(event('Nairobi', line), article(text), gazetteer).city).toBe('Kisumu');
  });
});
