import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readCompleteFeature } from './read-event-fast.ts';
import { readFeature } from './read-events.ts';

type Json = Record<string, unknown>;

function createFeatures(): Json[] {
  const files = ['seed-events.geojson', 'gaps-events.geojson'];
  return files.flatMap(
    (f) =>
      (JSON.parse(readFileSync(`src/test/fixtures/${f}`, 'utf8')) as { features: Json[] }).features,
  );
}

function createFeature(): Json {
  return createFeatures()[3] as Json;
}

// Values of every JSON type and the edges the schema draws (empty, negative, fractional, out of
// range, malformed dates).
const probes: unknown[] = [
  undefined,
  null,
  '',
  'x',
  '2023-9-20',
  '2023-09-20',
  0,
  -1,
  0.5,
  1.5,
  2023,
  10_000,
  true,
  [],
  ['x'],
  [1],
  {},
  { type: 'Point', coordinates: [200, 10] },
  { type: 'Point', coordinates: [10, 10, 5] },
];

/** Every feature that differs from a valid one in one place. */
function createMutants(): Json[] {
  const mutants: Json[] = [];
  const base = createFeature();
  const props = base.properties as Json;
  for (const key of [...Object.keys(base), 'extra']) {
    for (const value of probes) mutants.push({ ...createFeature(), [key]: value });
  }
  for (const key of [...Object.keys(props), 'extra']) {
    for (const value of probes) {
      const feature = createFeature();
      feature.properties = { ...(feature.properties as Json), [key]: value };
      mutants.push(feature);
    }
  }
  for (const key of ['file', 'url', 'outlet', 'published', 'title', 'extra']) {
    for (const value of probes) {
      const feature = createFeature();
      const p = feature.properties as Json;
      p.sources = [{ ...((p.sources as Json[])[0] as Json), [key]: value }];
      mutants.push(feature);
    }
  }
  for (const key of ['date', 'place', 'extra']) {
    for (const value of probes) {
      const feature = createFeature();
      const p = feature.properties as Json;
      p.evidence = { ...(p.evidence as Json), [key]: value };
      mutants.push(feature);
    }
  }
  return mutants;
}

describe('readCompleteFeature', () => {
  test('reads every complete fixture feature exactly as the zod schema does', () => {
    for (const raw of createFeatures()) {
      const fast = readCompleteFeature(raw);
      expect(fast).not.toBeNull();
      expect(fast).toEqual(readFeature(raw));
    }
  });

  test('on any one-field change, accepts only what zod accepts, and reads it the same', () => {
    const mutants = createMutants();
    expect(mutants.length).toBeGreaterThan(500);
    let taken = 0;
    for (const raw of mutants) {
      const fast = readCompleteFeature(raw);
      if (fast === null) continue;
      taken++;
      expect(fast).toEqual(readFeature(raw));
    }
    // The fast path must still take the harmless changes (other strings, extra keys).
    expect(taken).toBeGreaterThan(50);
  });

  test('leaves a feature with a missing field to zod, which fills the default', () => {
    const raw = createFeature();
    delete (raw.properties as Json).participants_text;
    expect(readCompleteFeature(raw)).toBeNull();
    expect(readFeature(raw)).toMatchObject({ properties: { participants_text: null } });
  });

  test('reads a feature written before the status existed as held, on both paths', () => {
    const raw = createFeature();
    delete (raw.properties as Json).status;
    expect(readCompleteFeature(raw)?.properties.status).toBe('held');
    expect(readFeature(raw)).toMatchObject({ properties: { status: 'held' } });
  });

  test('refuses a status outside the list on both paths', () => {
    const raw = createFeature();
    (raw.properties as Json).status = 'rumoured';
    expect(readCompleteFeature(raw)).toBeNull();
    expect(readFeature(raw)).toMatch(/^properties\.status: /);
  });
});
