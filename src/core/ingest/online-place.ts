// An event held online only is not put on the map: the city its text names is where its
// organiser sits or where it was streamed from, not where anyone gathered. It keeps that place
// as written, gets no point, and the report says why.
import type { ExtractedEvent } from '../extract/extracted-event.ts';
import { unplaced } from '../geocode/geocode.ts';
import type { GeocodeResult } from '../geocode/geocode-result.ts';

/** The unplaced result of an online-only event; null for an event held somewhere. */
export function onlineUnplaced(
  event: Pick<ExtractedEvent, 'format' | 'place'>,
): GeocodeResult | null {
  if (event.format !== 'online') return null;
  const written = event.place === null ? '' : ` "${event.place}"`;
  return unplaced(`held online: place${written} not used to put it on the map`);
}
