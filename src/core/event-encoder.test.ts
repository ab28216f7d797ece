import { describe, expect, test } from 'vitest';
import { chunkBuffers, TEXT_KEYS, textFieldCount } from './event-chunk.ts';
import { EventEncoder, placeLine } from './event-encoder.ts';
import { createEventFeature } from './event-fixture.ts';
import type { EventProperties } from './event.ts';

const placeFields = [
  'place',
  'venue',
  'town',
  'district',
  'city',
  'province',
  'country',
  'location_precision',
  'geocoder',
] as const;

describe('EventEncoder', () => {
  test('sends each dictionary string in the first chunk that uses it, and never again', () => {
    const encoder = new EventEncoder();
    const first = encoder.encode([createEventFeature({ id: 'a', city: 'Hangzhou' })]);
    const second = encoder.encode([
      createEventFeature({ id: 'b', city: 'Hangzhou' }),
      createEventFeature({ id: 'c', city: 'Wuzhen' }),
    ]);

    expect(first.newStrings).toContain('Hangzhou');
    expect(second.newStrings).not.toContain('Hangzhou');
    expect(second.newStrings).toContain('Wuzhen');
  });

  test('sends the search parts lower-cased, once each', () => {
    const encoder = new EventEncoder();
    const chunk = encoder.encode([
      createEventFeature({ id: 'a', name: 'Metaverse Forum', organisers: ['CAICT'] }),
      createEventFeature({ id: 'b', name: 'METAVERSE forum', organisers: ['caict'] }),
    ]);

    expect(chunk.newParts.filter((p) => p === 'metaverse forum')).toHaveLength(1);
    expect(chunk.newParts.filter((p) => p === 'caict')).toHaveLength(1);
    expect(chunk.nameId[0]).toBe(chunk.nameId[1]);
  });

  test('gives every typed array its own buffer, so the chunk can be transferred', () => {
    const chunk = new EventEncoder().encode([
      createEventFeature(),
      createEventFeature(),
      createEventFeature(),
    ]);

    const buffers = chunkBuffers(chunk);
    const fields: unknown[] = Object.values(chunk);
    const links: unknown[] = [chunk.sourceLinks, chunk.extras].flatMap((p): unknown[] =>
      Object.values(p),
    );
    const typedArrays = [...fields, ...links].filter((v) => ArrayBuffer.isView(v));

    expect(new Set(buffers).size).toBe(typedArrays.length);
    expect(() => structuredClone(chunk, { transfer: buffers })).not.toThrow();
  });

  test('gives events at the same place their own place fields and place line', () => {
    const same = { place: 'Xuhui District, Shanghai', city: 'Shanghai', province: 'Shanghai' };
    const variants: Partial<EventProperties>[] = [
      { ...same, venue: null, district: 'Xuhui District' },
      { ...same, venue: 'West Bund Art Center', district: 'Xuhui District' },
      { ...same, venue: 'West Bund Art Center', district: null },
      { ...same, venue: null, district: 'Xuhui District', location_precision: 'city' },
      { ...same, venue: null, district: 'Xuhui District', geocoder: 'curated:xuhui' },
      { ...same, venue: null, district: 'Xuhui District', country: 'China', town: 'Tianping' },
      { ...same, venue: null, district: 'Xuhui District', city: 'Shanghai Shi', province: null },
      { ...same, venue: null, district: 'Xuhui District' },
    ];
    const features = variants.map((v, k) => createEventFeature({ ...v, id: `e${String(k)}` }));
    const encoder = new EventEncoder();
    const chunks = [encoder.encode(features.slice(0, 3)), encoder.encode(features.slice(3))];
    const strings = [null, ...chunks.flatMap((c) => c.newStrings)];
    const parts = chunks.flatMap((c) => c.newParts);
    const decoded = chunks.flatMap((c) =>
      Array.from({ length: c.size }, (_, i) => ({
        fields: placeFields.map(
          (k) => strings[c.fields[i * textFieldCount + TEXT_KEYS.indexOf(k)] as number],
        ),
        line: parts[c.placeId[i] as number],
      })),
    );

    expect(decoded).toEqual(
      features.map((f) => ({
        fields: placeFields.map((key) => f.properties[key]),
        line: placeLine(f.properties).toLowerCase(),
      })),
    );
  });

  test('gives an organiser its search part even when its text was first another field', () => {
    const encoder = new EventEncoder();
    const first = encoder.encode([
      createEventFeature({ id: 'a', city: 'Hangzhou', organisers: [] }),
    ]);
    const chunk = encoder.encode([
      createEventFeature({ id: 'b', organisers: ['Hangzhou', 'CAICT'] }),
      createEventFeature({ id: 'c', organisers: ['CAICT', 'Hangzhou'] }),
    ]);
    const parts = [...first.newParts, ...chunk.newParts];
    const part = (k: number): string | undefined => parts[chunk.organiserParts[k] as number];

    expect([part(0), part(1), part(2), part(3)]).toEqual([
      'hangzhou',
      'caict',
      'caict',
      'hangzhou',
    ]);
  });
});
