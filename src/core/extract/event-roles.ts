// Which events an article reports and which it only mentions. The reported event is the most
// prominent one (named in the headline, dated or placed in the lead, referred to most); other
// events in the lead are reported too; the rest are kept as "mentioned" only when the text
// gives them a date or a place of their own.
import type { Bindings } from './bindings.ts';
import { salience, type Entity } from './entities.ts';

/** Sentences 1–3 (after the headline at 0) are the lead, where news reports state their event. */
export const LEAD_END = 3;
const LEAD_DATE_BONUS = 4;
const LEAD_PLACE_BONUS = 2;

function boundIn(e: Entity, b: Bindings, from: number, to: number): boolean {
  const inside = (x: { entity: number; sentence: number }): boolean =>
    x.entity === e.id && x.sentence >= from && x.sentence <= to;
  return b.dates.some(inside) || b.places.some(inside) || b.relations.some(inside);
}

const bound = (e: Entity, b: Bindings): boolean => boundIn(e, b, 0, Number.MAX_SAFE_INTEGER);
const inTitle = (e: Entity): boolean => e.refs.some((r) => r.sentence === 0 && !r.blocked);

/** Candidate events, most prominent first: named in the headline, or dated or placed by the text. */
export function rankEntities(entities: Entity[], b: Bindings): Entity[] {
  const lead = (e: Entity): number =>
    (b.dates.some((d) => d.entity === e.id && d.sentence <= LEAD_END) ? LEAD_DATE_BONUS : 0) +
    (b.places.some((p) => p.entity === e.id && p.sentence <= LEAD_END) ? LEAD_PLACE_BONUS : 0);
  const rank = (e: Entity): number => salience(e) + lead(e);
  return entities
    .filter((e) => !e.organisation && (bound(e, b) || inTitle(e)))
    .sort((x, y) => rank(y) - rank(x) || x.id - y.id);
}

export interface EventRoles {
  /** The main event first, then other reported events in order of appearance. */
  reported: Entity[];
  mentioned: Entity[];
}

/**
 * `future` holds the positions of future-tense sentences: an event the lead only announces ("will
 * hold MWC Shanghai in June") is mentioned, not reported, when the main event has already happened.
 */
export function chooseRoles(
  ranked: Entity[],
  b: Bindings,
  future: ReadonlySet<number> = new Set(),
): EventRoles {
  const main = ranked[0];
  if (main === undefined) return { reported: [], mentioned: [] };
  const present: Bindings = {
    ...b,
    dates: b.dates.filter((d) => !future.has(d.sentence)),
    places: b.places.filter((p) => !future.has(p.sentence)),
    relations: b.relations.filter((r) => !future.has(r.sentence)),
  };
  const lead = bound(main, present) ? present : b;
  const isReported = (e: Entity): boolean =>
    e === main ||
    boundIn(e, lead, 0, LEAD_END) ||
    (inTitle(e) && bound(e, b)) ||
    (e.listed === true && bound(e, b));
  const direct = (e: Entity): boolean =>
    b.dates.some((d) => d.entity === e.id) || b.places.some((p) => p.entity === e.id);
  const byAppearance = (x: Entity, y: Entity): number =>
    (x.refs[0]?.sentence ?? 0) - (y.refs[0]?.sentence ?? 0) ||
    (x.refs[0]?.index ?? 0) - (y.refs[0]?.index ?? 0);
  const others = ranked.filter((e) => e !== main);
  return {
    reported: [main, ...others.filter(isReported).sort(byAppearance)],
    mentioned: others.filter((e) => !isReported(e) && direct(e)).sort(byAppearance),
  };
}
