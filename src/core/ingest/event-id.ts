// Event ids: a hash of what the event is (normalised name + start year), never of file order, so
// an id survives re-runs, new articles and renamed files, and overrides keep pointing at it.
import type { EventDraft } from './event-draft.ts';
import { nameTokens } from './event-name.ts';
import { fnv1a64 } from './hash.ts';

const ID_HEX = 12;

export function baseIdOf(name: string, year: number | null): string {
  const tokens = nameTokens(name);
  const identity = tokens.length > 0 ? tokens.join(' ') : name.trim().toLowerCase();
  return `ev-${fnv1a64(`${identity}|${year ?? 'undated'}`).slice(0, ID_HEX)}`;
}

/**
 * Sets `properties.id` on every draft. Drafts that collide (two "AI Forum"s in one year) are told
 * apart by their start date and place, then, if still equal, by a suffix in content order.
 */
export function assignIds(drafts: readonly EventDraft[]): void {
  const groups = new Map<string, EventDraft[]>();
  for (const draft of drafts) {
    const p = draft.properties;
    const id = baseIdOf(p.name, p.year);
    groups.set(id, [...(groups.get(id) ?? []), draft]);
  }
  const assigned = new Set(groups.keys());
  for (const [base, group] of groups) {
    const only = group[0];
    if (group.length === 1 && only !== undefined) {
      only.properties.id = base;
      continue;
    }
    const sorted = [...group].sort((a, b) => compare(contentKey(a), contentKey(b)));
    for (const draft of sorted) {
      const hashed = `ev-${fnv1a64(`${base}|${contentKey(draft)}`).slice(0, ID_HEX)}`;
      let id = hashed;
      for (let n = 2; assigned.has(id); n++) id = `${hashed}-${n}`;
      assigned.add(id);
      draft.properties.id = id;
    }
  }
}

function contentKey(draft: EventDraft): string {
  const p = draft.properties;
  return [
    p.start ?? '',
    p.city ?? p.province ?? p.country ?? '',
    p.place ?? '',
    p.sources[0]?.file ?? '',
  ].join('|');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
