// The status of an event reported several times: the latest report knows best (a fair announced
// as planned, then postponed, then held). Reports of one day, or undated, are ranked by how much
// each status tells: a cancellation over a postponement over "held" over "planned".
import type { EventStatus } from '../event.ts';

export interface StatusReport {
  status: EventStatus;
  /** ISO publication date of the report, when known. */
  published: string | null;
}

const TELLS: Record<EventStatus, number> = { cancelled: 3, postponed: 2, held: 1, planned: 0 };

export function mergeStatus(reports: readonly StatusReport[]): EventStatus {
  let best: StatusReport | undefined;
  for (const r of reports) {
    if (best === undefined || later(r, best)) best = r;
  }
  return best?.status ?? 'held';
}

function later(a: StatusReport, b: StatusReport): boolean {
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  if (pa !== pb) return pa > pb;
  return TELLS[a.status] > TELLS[b.status];
}
