import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../geocode/gazetteer.ts';
import { runIngest } from './run-ingest.ts';

function createInput(path: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  return { path, size: bytes.length, bytes, readError: null };
}

describe('runIngest', () => {
  it('names an article that took longer than 5 s to read, and keeps its events', () => {
    let clock = 0;
    const { report, events } = runIngest(
      [createInput('a.txt', 'The AI Forum was held in Lisbon on 3 May 2024.')],
      { gazetteer: createGazetteer([]), overrides: null, now: () => (clock += 6_000) },
    );
    expect(report.files[0]?.warnings).toContainEqual(
      expect.objectContaining({ code: 'slow', message: 'took 6.0 s to read (over 5 s)' }),
    );
    expect(events).toHaveLength(1);
  });

  it('says nothing of time without a clock', () => {
    const { report } = runIngest(
      [createInput('a.txt', 'The AI Forum was held in Lisbon on 3 May 2024.')],
      { gazetteer: createGazetteer([]), overrides: null },
    );
    expect(report.files[0]?.warnings.map((w) => w.code)).not.toContain('slow');
  });
});
