import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createEventFeature, createEventProperties } from '../../core/event-fixture.ts';
import type { EventProperties, EventSource } from '../../core/event.ts';
import { EventDetail } from './event-detail.tsx';

function renderDetail(overrides: Partial<EventProperties> = {}, coords?: [number, number] | null) {
  const onClose = vi.fn();
  const event = createEventFeature(overrides, coords);
  const result = render(<EventDetail event={event} onClose={onClose} />);
  return { ...result, onClose };
}

/** The text of the definition beside a term. */
function field(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

function createSource(overrides: Partial<EventSource>): EventSource {
  const [source] = createEventProperties().sources;
  if (source === undefined) throw new Error('fixture has a source');
  return { ...source, ...overrides };
}

describe('EventDetail', () => {
  it('names the panel after the event', () => {
    renderDetail({ name: 'World AI Conference' });
    expect(screen.getByRole('region', { name: 'World AI Conference' })).toBeTruthy();
  });

  it('shows the date range with its precision and ISO dates', () => {
    renderDetail({ start: '2023-07-06', end: '2023-07-08', date_precision: 'day' });
    expect(field('Date')).toBe('6\u20138 Jul 2023exact day2023-07-06 to 2023-07-08');
  });

  it('shows a month-precision date as a month', () => {
    renderDetail({ start: '2022-06-01', end: null, date_precision: 'month' });
    expect(field('Date')).toBe('Jun 2022month known, day not2022-06-01');
  });

  it('shows the role', () => {
    renderDetail({ role: 'mentioned' });
    expect(field('Role')).toMatch(/^Mentioned/);
  });

  it('shows the place as written and the geocoded hierarchy', () => {
    renderDetail({ place: '上海世博中心', town: 'Huamu' });
    expect(field('Place as written')).toBe('上海世博中心');
    const levels = within(screen.getByText('Located at').nextElementSibling as HTMLElement)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(levels).toEqual([
      'venue Shanghai World Expo Center',
      'town Huamu',
      'district Pudong New Area',
      'city Shanghai',
      'province Shanghai',
      'country China',
    ]);
  });

  it('shows location precision with coordinates, and the geocode confidence and id', () => {
    renderDetail(
      { location_precision: 'city', confidence: 0.85, geocoder: 'geonames:1796236' },
      [121.4581, 31.2222],
    );
    expect(field('Location precision')).toBe(
      'City (placed at its centre)31.2222, 121.4581 (lat, lon)',
    );
    expect(field('Geocode')).toBe('85% confidencegeonames:1796236');
  });

  it('marks an event that is not on the map', () => {
    renderDetail({ location_precision: 'unknown', geocoder: null, confidence: 0 }, null);
    expect(field('Location precision')).toBe('Unknownnot on map');
    expect(field('Geocode')).toBe('0% confidenceno geocoder match');
  });

  it('shows a cancelled event with its status and a badge', () => {
    renderDetail({ status: 'cancelled' });
    expect(field('Status')).toBe('Cancelled');
    const badges = within(screen.getByRole('list', { name: 'Status and format' }));
    expect(badges.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Cancelled']);
  });

  it('badges a postponed online event as both', () => {
    renderDetail({ status: 'postponed', format: 'online' });
    const badges = within(screen.getByRole('list', { name: 'Status and format' }));
    expect(badges.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Postponed',
      'Online',
    ]);
  });

  it('shows a planned event as planned', () => {
    renderDetail({ status: 'planned' });
    expect(field('Status')).toBe('Planned (still ahead when reported)');
  });

  it('shows no badge for a held in-person event', () => {
    renderDetail({ status: 'held', format: 'in-person' });
    expect(field('Status')).toBe('Held (over or running when reported)');
    expect(screen.queryByRole('list', { name: 'Status and format' })).toBeNull();
  });

  it('says an online event is off the map because it was held online', () => {
    renderDetail({ format: 'online', location_precision: 'unknown', geocoder: null }, null);
    expect(field('Location precision')).toBe('Unknownnot on map: held online');
  });

  it('shows theme labels with their colours', () => {
    const { container } = renderDetail({ themes: ['metaverse', 'ai'] });
    expect(field('Themes')).toBe('MetaverseArtificial intelligence');
    const swatch = container.querySelector<HTMLElement>('.event-detail__swatch');
    expect(swatch?.style.background).toBe('#7b3fe4');
  });

  it('shows format, participants with their phrase, and organisers', () => {
    renderDetail({
      format: 'hybrid',
      participants: 1400,
      participants_text: 'more than 1,400 exhibitors',
      organisers: ['CAICT', 'Shanghai Municipal Government'],
    });
    expect(field('Format')).toBe('Hybrid (in person and online)');
    expect(field('Participants')).toBe('1,400\u201cmore than 1,400 exhibitors\u201d');
    expect(field('Organisers')).toBe('CAICTShanghai Municipal Government');
  });

  it('says what is not stated', () => {
    renderDetail({ format: null, participants: null, participants_text: null, organisers: [] });
    expect(field('Format')).toBe('Not stated');
    expect(field('Participants')).toBe('Not stated');
    expect(field('Organisers')).toBe('Not stated');
  });

  it('quotes the evidence sentences', () => {
    renderDetail({ evidence: { date: 'On April 30, the session was held.', place: null } });
    const quotes = screen.getAllByRole('figure').map((f) => f.textContent);
    expect(quotes).toEqual(['DateOn April 30, the session was held.', 'PlaceNo sentence recorded']);
  });

  it('links an http source in a new tab without opener or referrer', () => {
    renderDetail({
      sources: [
        createSource({ url: 'http://www.shine.cn/news/1/', title: 'AI conference closes' }),
      ],
    });
    const link = screen.getByRole('link', { name: 'AI conference closes' });
    expect(link.getAttribute('href')).toBe('http://www.shine.cn/news/1/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('does not make a javascript URL clickable', () => {
    const { container } = renderDetail({
      sources: [createSource({ url: 'javascript:alert(1)', title: 'Bad link' })],
    });
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByText('Bad link')).toBeTruthy();
    expect(screen.getByText('javascript:alert(1)').tagName).toBe('CODE');
  });

  it('shows a source without a URL by its file and outlet', () => {
    renderDetail({
      sources: [
        createSource({ url: null, title: null, outlet: 'Global Times', file: '002_ee.txt' }),
      ],
    });
    const item = screen.getByText('Global Times').closest('li');
    expect(item?.textContent).toBe('Global Times2023-07-09 · 002_ee.txt');
  });

  it('renders article text as text, not markup', () => {
    const { container } = renderDetail({
      name: '<img src=x onerror=alert(1)>',
      evidence: { date: '<script>alert(1)</script>', place: null },
    });
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('closes with the close button', async () => {
    const user = userEvent.setup();
    const { onClose } = renderDetail();
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes with Escape from inside the panel', async () => {
    const user = userEvent.setup();
    const { onClose } = renderDetail();
    screen.getByRole('button', { name: 'Close details' }).focus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('gives focus back to what had it when the event was shown once it closes', async () => {
    const user = userEvent.setup();
    const event = createEventFeature();
    function Page({ open }: { open: boolean }) {
      return (
        <>
          <button type="button">row</button>
          {open && <EventDetail event={event} onClose={() => undefined} />}
        </>
      );
    }
    const { rerender } = render(<Page open={false} />);
    screen.getByRole('button', { name: 'row' }).focus();
    rerender(<Page open />);
    await user.click(screen.getByRole('button', { name: 'Close details' }));

    rerender(<Page open={false} />);

    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'row' }));
  });

  it('leaves focus where it is when it has moved on before the panel closes', () => {
    const event = createEventFeature();
    function Page({ open }: { open: boolean }) {
      return (
        <>
          <button type="button">row</button>
          <button type="button">chart</button>
          {open && <EventDetail event={event} onClose={() => undefined} />}
        </>
      );
    }
    const { rerender } = render(<Page open={false} />);
    screen.getByRole('button', { name: 'row' }).focus();
    rerender(<Page open />);
    screen.getByRole('button', { name: 'chart' }).focus();

    rerender(<Page open={false} />);

    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'chart' }));
  });
});
