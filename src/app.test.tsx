import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { App } from './app.tsx';
import { serveAfterFailures, serveBadJson, serveFixture } from './test/handlers.ts';
import { server } from './test/msw-server.ts';
import { renderWithQuery } from './test/render.tsx';

const defaultPath = 'data/events.geojson';

function visit(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}

beforeEach(() => {
  visit('');
});

afterEach(() => {
  visit('');
});

/**
 * The alert whose text matches: the map (no WebGL here) may raise its own alert while the data
 * loads, before or after the one a test waits for.
 */
function findAlert(text: RegExp): Promise<HTMLElement> {
  return waitFor(() => {
    const alert = screen.getAllByRole('alert').find((el) => text.test(el.textContent));
    if (alert === undefined) throw new Error(`no alert matching ${String(text)}`);
    return alert;
  });
}

async function tableRows(): Promise<HTMLElement[]> {
  const table = await screen.findByRole('table');
  return within(table).getAllByRole('row').slice(1);
}

describe('App', () => {
  test('shows a loading state, then the bundled dataset with its counts', async () => {
    server.use(serveFixture(defaultPath, 'seed-events.geojson'));
    renderWithQuery(<App />);
    expect(screen.getByText('Loading events…')).toBeDefined();
    expect(await screen.findByText('5 events · 2020–2023')).toBeDefined();
    expect(screen.getByText(/^5\s*events$/)).toBeDefined();
    expect(await tableRows()).toHaveLength(5);
  });

  test('loads the dataset named by ?data=', async () => {
    server.use(serveFixture('mine.geojson', 'gaps-events.geojson'));
    visit('?data=mine.geojson');
    renderWithQuery(<App />);
    expect(await screen.findByText('4 events · 2022')).toBeDefined();
  });

  test('shows an error panel for a body that is not JSON, without a Retry that cannot help', async () => {
    server.use(serveBadJson(defaultPath));
    renderWithQuery(<App />);
    const alert = await findAlert(/not valid JSON/);
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  test('a network failure also offers Retry', async () => {
    server.use(serveAfterFailures(defaultPath, 'seed-events.geojson', 1));
    renderWithQuery(<App />);
    const alert = await findAlert(/Could not reach/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await tableRows()).toHaveLength(5);
  });

  test('keeps a feature with a bad point, unplaced, and says so in one line', async () => {
    server.use(serveFixture(defaultPath, 'one-bad-feature.geojson'));
    renderWithQuery(<App />);
    const notice = await screen.findByRole('status', { name: 'Load summary' });
    expect(notice.textContent).toMatch(/4 features read: 4 loaded; 1 value not read/);
    expect(notice.textContent).toMatch(/`geometry`: 1 value not read \(expected a Point/);
    expect(await tableRows()).toHaveLength(4);
  });

  test("opens the project's own dataset with no notice at all", async () => {
    server.use(serveFixture(defaultPath, 'seed-events.geojson'));
    renderWithQuery(<App />);
    expect(await tableRows()).toHaveLength(5);
    expect(screen.queryByRole('status', { name: 'Load summary' })).toBeNull();
  });

  test('restores filters from the URL: n of N and the table agree', async () => {
    server.use(serveFixture(defaultPath, 'seed-events.geojson'));
    visit('?years=2022');
    renderWithQuery(<App />);
    await waitFor(() => {
      expect(screen.getByText(/of 5 events/).textContent).toBe('2 of 5 events');
    });
    expect(await tableRows()).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Remove filter: 2022' })).toBeDefined();
  });

  test('a theme toggled in the chart filters the table and lands in the URL', async () => {
    server.use(serveFixture(defaultPath, 'seed-events.geojson'));
    renderWithQuery(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'XR (VR/AR/MR): 1 event' }));
    await waitFor(async () => {
      expect(await tableRows()).toHaveLength(1);
    });
    await waitFor(() => {
      expect(window.location.search).toBe('?themes=xr');
    });
  });

  test('malformed URL parameters fall back to defaults', async () => {
    server.use(serveFixture(defaultPath, 'seed-events.geojson'));
    visit('?years=soon&themes=,,&map=x&undated=perhaps');
    renderWithQuery(<App />);
    expect(await tableRows()).toHaveLength(5);
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
  });

  test('without WebGL the map says so and the other views keep working', async () => {
    server.use(serveFixture(defaultPath, 'seed-events.geojson'));
    renderWithQuery(<App />);
    const failure = await screen.findByText('The map could not be shown.', {}, { timeout: 5000 });
    expect(failure.closest('[role="alert"]')?.textContent).toMatch(/WebGL/);
    expect(await tableRows()).toHaveLength(5);
  });

  test('lists events that are not on the map, and a click selects one', async () => {
    server.use(serveFixture(defaultPath, 'gaps-events.geojson'));
    renderWithQuery(<App />);
    fireEvent.click(await screen.findByRole('button', { name: '1 not on map' }));
    fireEvent.click(screen.getByRole('button', { name: 'AI Innovation Forum' }));
    expect(
      await screen.findByRole('heading', { name: 'AI Innovation Forum', level: 2 }),
    ).toBeDefined();
  });
});
