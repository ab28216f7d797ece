// Words for the schema's enumerations, as the detail panel shows them.
import type {
  DatePrecision,
  EventFormat,
  EventRole,
  EventStatus,
  LocationPrecision,
} from '../../core/event.ts';

export function roleText(role: EventRole): string {
  return role === 'reported'
    ? 'Reported (the article covers this event)'
    : 'Mentioned (the article only refers to it)';
}

export function datePrecisionText(precision: DatePrecision): string {
  const words: Record<DatePrecision, string> = {
    day: 'exact day',
    month: 'month known, day not',
    year: 'year known, month not',
    unknown: 'no date in the article',
  };
  return words[precision];
}

export function locationPrecisionText(precision: LocationPrecision): string {
  const words: Record<LocationPrecision, string> = {
    venue: 'Venue',
    zone: 'Zone or park',
    town: 'Town',
    district: 'District',
    city: 'City (placed at its centre)',
    province: 'Province (placed at its centre)',
    country: 'Country (placed at its centre)',
    unknown: 'Unknown',
  };
  return words[precision];
}

export function formatText(format: EventFormat | null): string {
  if (format === null) return 'Not stated';
  const words: Record<EventFormat, string> = {
    'in-person': 'In person',
    online: 'Online',
    hybrid: 'Hybrid (in person and online)',
  };
  return words[format];
}

export function statusText(status: EventStatus): string {
  const words: Record<EventStatus, string> = {
    held: 'Held (over or running when reported)',
    planned: 'Planned (still ahead when reported)',
    postponed: 'Postponed',
    cancelled: 'Cancelled',
  };
  return words[status];
}

/** The short badges under the event's name: what changes how to read its date and point. */
export function detailBadges(
  status: EventStatus,
  format: EventFormat | null,
): { key: string; label: string }[] {
  const badges: { key: string; label: string }[] = [];
  if (status === 'cancelled') badges.push({ key: 'cancelled', label: 'Cancelled' });
  if (status === 'postponed') badges.push({ key: 'postponed', label: 'Postponed' });
  if (status === 'planned') badges.push({ key: 'planned', label: 'Planned' });
  if (format === 'online') badges.push({ key: 'online', label: 'Online' });
  return badges;
}
