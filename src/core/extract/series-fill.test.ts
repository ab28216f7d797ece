import { describe, expect, it } from 'vitest';
import type { Article } from '../article.ts';
import { createSeriesIndex, type EventSeries } from './event-series.ts';
import { extractEvents } from './extract-events.ts';
import { createSeries } from './series-fixture.ts';

const ZYX = createSeries({ lat: 52.5, lon: 13.4 });

function extract(text: string, rows: EventSeries[] = [ZYX]) {
  const article: Article = {
    file: 'series.txt',
    title: null,
    text,
    published: '2025-06-02',
    url: null,
    outlet: null,
  };
  return extractEvents(article, { series: createSeriesIndex(rows) });
}

describe('fillFromSeries', () => {
  it('fills the usual city of a series the text does not place, saying so', () => {
    const [e] = extract(
      'Gadget makers prepare\n\nExhibitors are booking space for ZYX 2025 on Monday.',
    );
    expect([e?.name, e?.place]).toEqual(['ZYX 2025', 'Exampleton']);
    expect(e?.warnings).toContain(
      'place taken from the event series "Zyx Electronics Fair" (usual city)',
    );
  });

  it('keeps the place the text gives', () => {
    const [e] = extract('Fair moves\n\nZYX 2025 will be held in Oslo on September 4.');
    expect([e?.place, e?.start]).toEqual(['Oslo', '2025-09-04']);
    expect(e?.warnings.join(' ')).not.toMatch(/event series/);
  });

  it('fills the usual month when the name gives the year and the text no date', () => {
    const [e] = extract('Booking opens\n\nExhibitors are booking space for ZYX 2026 in Oslo.');
    expect([e?.start, e?.date_precision]).toEqual(['2026-09-01', 'month']);
  });

  it('does not place an event of a rotating series', () => {
    const [e] = extract(
      'Gadget makers prepare\n\nExhibitors are booking space for ZYX 2025 on Monday.',
      [{ ...ZYX, rotating: true }],
    );
    expect(e?.place).toBeNull();
  });

  it('adds the usual city to a text that names only the series country', () => {
    const [e] = extract('Fair news\n\nZYX 2025 will be held in Germany on September 4.');
    expect([e?.place, e?.placeContext]).toEqual(['Exampleton', ['Germany']]);
  });
});
