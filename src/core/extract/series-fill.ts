// What a known event series adds to an event read from the text: its usual city when the text
// gives no place, its usual month when the text gives no date but the name gives the year. The
// text always wins; every filled field is named in the event's warnings.
import type { ExtractedEvent } from './extracted-event.ts';
import type { EventSeries, SeriesIndex } from './event-series.ts';
import { seriesOfName } from './series-names.ts';
import { lookupPlace } from './place-lexicon.ts';

const DATELINE_PLACE = 'place taken from the dateline';

/** "held in Germany": the text names the series' country only, so its usual city adds to it. */
function countryOnly(place: string | null, series: EventSeries): boolean {
  const known = place === null ? null : lookupPlace(place);
  return (
    known?.level === 'country' && (series.country === null || known.country === series.country)
  );
}

function fillPlace(event: ExtractedEvent, series: EventSeries): ExtractedEvent {
  const fromDateline = event.warnings.includes(DATELINE_PLACE);
  const vague = fromDateline || countryOnly(event.place, series);
  if ((event.place !== null && !vague) || event.format === 'online') return event;
  if (series.rotating === true || series.city === null) return event;
  if (fromDateline && event.place === series.city) return event;
  const place = series.venue ?? series.city;
  const what = series.venue === null ? 'usual city' : 'usual venue';
  return {
    ...event,
    place,
    placeContext: [
      ...(series.venue === null ? [] : [series.city]),
      ...(countryOnly(event.place, series) && event.place !== null ? [event.place] : []),
    ],
    warnings: [
      ...event.warnings.filter((w) => w !== 'no place found' && w !== DATELINE_PLACE),
      `place taken from the event series "${series.name}" (${what})`,
    ],
  };
}

function fillMonth(event: ExtractedEvent, series: EventSeries): ExtractedEvent {
  const [month, ...others] = series.months;
  const year = /\b((?:19|20)\d{2})\b/.exec(event.name)?.[1];
  if (event.start !== null || month === undefined || others.length > 0 || year === undefined)
    return event;
  return {
    ...event,
    start: `${year}-${String(month).padStart(2, '0')}-01`,
    end: null,
    date_precision: 'month',
    warnings: [
      ...event.warnings.filter((w) => w !== 'no date found'),
      `month taken from the event series "${series.name}" (usual month), year from the name`,
    ],
  };
}

export function fillFromSeries(event: ExtractedEvent, index: SeriesIndex | null): ExtractedEvent {
  const series = index === null ? null : seriesOfName(event.name, index);
  return series === null ? event : fillMonth(fillPlace(event, series), series);
}
