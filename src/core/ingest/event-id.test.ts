import { describe, expect, it } from 'vitest';
import type { EventProperties } from '../event.ts';
import { createBareEventProperties } from '../event-fixture.ts';
import type { EventDraft } from './event-draft.ts';
import { assignIds, baseIdOf } from './event-id.ts';

function createDraft(props: Partial<EventProperties>): EventDraft {
  return {
    properties: createBareEventProperties({
      id: '',
      name: 'AI Forum',
      start: '2023-06-01',
      date_precision: 'day',
      year: 2023,
      ...props,
    }),
    coordinates: null,
    candidates: [],
    issues: [],
    mergedFrom: [],
  };
}

describe('baseIdOf', () => {
  it('is a short hash prefixed "ev-"', () => {
    expect(baseIdOf('World Metaverse Conference', 2023)).toMatch(/^ev-[0-9a-f]{12}$/);
  });

  it('ignores case, articles, ordinals and punctuation in the name', () => {
    expect(baseIdOf('The Second World Metaverse Conference', 2023)).toBe(
      baseIdOf('world metaverse conference', 2023),
    );
  });

  it('changes with the start year', () => {
    expect(baseIdOf('World Metaverse Conference', 2023)).not.toBe(
      baseIdOf('World Metaverse Conference', 2024),
    );
  });
});

describe('assignIds', () => {
  it('does not depend on input order', () => {
    const make = (): EventDraft[] => [
      createDraft({ name: 'AI Forum', city: 'Shenzhen' }),
      createDraft({ name: 'AI Forum', city: 'Chengdu', start: '2023-09-01' }),
      createDraft({ name: 'Robot Expo' }),
    ];
    const forward = make();
    const backward = make().reverse();
    assignIds(forward);
    assignIds(backward);
    const ids = (drafts: EventDraft[]): string[] =>
      drafts
        .map((d) => `${d.properties.name}@${d.properties.city ?? ''}=${d.properties.id}`)
        .sort();
    expect(ids(backward)).toEqual(ids(forward));
  });

  it('tells apart two same-named events of one year', () => {
    const drafts = [
      createDraft({ name: 'AI Forum', city: 'Shenzhen' }),
      createDraft({ name: 'AI Forum', city: 'Chengdu', start: '2023-09-01' }),
    ];
    assignIds(drafts);
    const [a, b] = drafts.map((d) => d.properties.id);
    expect(a).not.toBe(b);
    expect(a).not.toBe(baseIdOf('AI Forum', 2023));
  });

  it('suffixes drafts that stay identical after disambiguation', () => {
    const drafts = [createDraft({}), createDraft({})];
    assignIds(drafts);
    const [a, b] = drafts.map((d) => d.properties.id);
    expect(b).toBe(`${a ?? ''}-2`);
  });

  it('keeps the plain id of a unique event', () => {
    const drafts = [createDraft({ name: 'Robot Expo' })];
    assignIds(drafts);
    expect(drafts[0]?.properties.id).toBe(baseIdOf('Robot Expo', 2023));
  });
});
