// MSW handlers for the events dataset. Each call reads its fixture afresh, so no test can see
// another's mutation of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';

export const testOrigin = 'http://localhost:3000';

export function fixtureText(name: string): string {
  return readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
}

/** Serves a fixture file at `path` (relative to the test origin). */
export function serveFixture(path: string, fixture: string) {
  return http.get(`${testOrigin}/${path}`, () =>
    HttpResponse.text(fixtureText(fixture), {
      headers: { 'content-type': 'application/geo+json' },
    }),
  );
}

export function serveJson(path: string, body: Record<string, unknown>) {
  return http.get(`${testOrigin}/${path}`, () => HttpResponse.json(body));
}

/** Serves a body that is not JSON. */
export function serveBadJson(path: string) {
  return http.get(`${testOrigin}/${path}`, () =>
    HttpResponse.text('{"type": "FeatureCollection",'),
  );
}

export function serveStatus(path: string, status: number) {
  return http.get(`${testOrigin}/${path}`, () => new HttpResponse(null, { status }));
}

/** Fails `times` requests with a network error, then serves the fixture. */
export function serveAfterFailures(path: string, fixture: string, times: number) {
  let failures = 0;
  return http.get(`${testOrigin}/${path}`, () => {
    if (failures < times) {
      failures++;
      return HttpResponse.error();
    }
    return HttpResponse.text(fixtureText(fixture));
  });
}
