import { describe, expect, test } from 'vitest';
import { chunkBuffers } from './event-chunk.ts';
import { EventEncoder } from './event-encoder.ts';
import { createEventFeature } from './event-fixture.ts';

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
    const typedArrays = Object.values(chunk).filter((v) => ArrayBuffer.isView(v));

    expect(new Set(buffers).size).toBe(typedArrays.length);
    expect(() => structuredClone(chunk, { transfer: buffers })).not.toThrow();
  });
});
