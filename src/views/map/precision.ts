// How sure the map is of where an event happened, reduced to the three looks the legend explains.
import type { LocationPrecision } from '../../core/event.ts';

/** exact: a venue or zone; local: a town or district; area: a city, province or country. */
export type PrecisionClass = 'exact' | 'local' | 'area';

export const precisionClasses: readonly PrecisionClass[] = ['exact', 'local', 'area'];

export function precisionClass(precision: LocationPrecision): PrecisionClass {
  switch (precision) {
    case 'venue':
    case 'zone':
      return 'exact';
    case 'town':
    case 'district':
      return 'local';
    case 'city':
    case 'province':
    case 'country':
    case 'unknown':
      return 'area';
  }
}

export const precisionLabels: Record<PrecisionClass, string> = {
  exact: 'Venue or zone',
  local: 'Town or district',
  area: 'City, province or country',
};
