import { expect, test } from 'vitest';
import { joinChunks } from './event-chunk.ts';
import { EventEncoder } from './event-encoder.ts';
import { createEventFeature } from './event-fixture.ts';

test('joins consecutive chunks into the chunk one call would have made of their events', () => {
  const features = [
    createEventFeature({ id: 'a', city: 'Hangzhou', themes: ['ai'], organisers: ['CAICT'] }),
    createEventFeature({ id: 'b', city: 'Wuzhen', themes: ['ai', '5g'] }, null),
    createEventFeature({ id: 'c', city: 'Hangzhou', themes: [], organisers: ['CAICT', 'MIIT'] }),
    createEventFeature({ id: 'd', city: 'Shanghai', start: null, year: null }),
    createEventFeature({ id: 'e', city: 'Xuhui', participants: 300 }),
  ];
  const piecewise = new EventEncoder();
  const pieces = [features.slice(0, 2), features.slice(2, 3), features.slice(3)].map((part) =>
    piecewise.encode(part),
  );

  expect(joinChunks(pieces)).toEqual(new EventEncoder().encode(features));
});
