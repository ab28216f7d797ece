// Every class of bad input in one folder beside a good article: each gets a clear report line
// naming the file and the reason, the run goes on, and the good article's event is not lost.
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventCollection } from '../src/core/event.ts';
import type { FileReport, IngestReport } from '../src/core/ingest/ingest-report.ts';
import { createInputFolder, runCli } from './ingest-test-helpers.ts';
import type { CliRun } from './ingest-test-helpers.ts';

const GOOD =
  'Digital China Summit opens in Fuzhou\nPublished: Apr 27, 2023 09:00 AM\n\n' +
  "The sixth Digital China Summit opened on Thursday in Fuzhou, capital of Southeast China's Fujian Province. " +
  'The two-day event gathered more than 1,500 guests to discuss the digital economy and artificial intelligence.';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../src/core/ingest/fixtures/${name}`, import.meta.url)));

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

function createBadFolder(): Record<string, string | Uint8Array> {
  const paragraph =
    'The robotics expo in Tianjin drew crowds of visitors on its opening day last week.\n\n';
  return {
    'good.txt': GOOD,
    'empty.txt': '',
    'binary.txt': new Uint8Array(4096).map((_, i) => (i * 131) % 256),
    'utf16.txt': utf16le(
      'Smart City Expo opens in Barcelona\n\nThe Smart City Expo World Congress opened on November 7, 2023 at Fira Gran Via in Barcelona, Spain.',
    ),
    'gbk.txt': fixture('gbk-article.txt'),
    'latin1.txt': fixture('cp1252-article.txt'),
    'page.html':
      '<!doctype html><html><head><meta property="og:title" content="Web Summit opens in Lisbon">' +
      '<meta property="article:published_time" content="2023-11-13T09:00:00Z"><script>var x = 1;</script></head>' +
      '<body><nav>Home | Tech</nav><article><p>Web Summit 2023 opened on Monday, November 13, 2023 in Lisbon, Portugal, with more than 70,000 attendees.</p></article></body></html>',
    'saved-page.txt': '<!DOCTYPE html>\n<html><body><p>Opinion: chips matter.</p></body></html>',
    'huge.txt': `Archive dump\n\n${paragraph.repeat(Math.ceil(10_485_760 / paragraph.length))}`,
    'no-event.txt':
      'Chip makers raise investment\n\nAnalysts expect semiconductor spending to keep growing as companies expand capacity, according to a market report.',
    'feb30.txt':
      'Shenzhen AI forum announced\n\nThe Shenzhen Artificial Intelligence Forum will be held on February 30, 2024 at the Shenzhen Convention and Exhibition Center.',
    'feed.jsonl':
      '{"title": "Expo in Chengdu", "text": "The Western China International Expo opened in Chengdu on September 20, 2023.", "published": "2023-09-20"}\n' +
      '{"title": "Broken", "text": \n',
    'sources.json': '{\n  "good.txt": { "outlet": "Xinhua", }\n}\n',
  };
}

let root = '';
let run: CliRun = { code: -1, stderr: '' };
let report: IngestReport;
let collection: EventCollection;

function entry(file: string): FileReport {
  const found = report.files.find((f) => f.file === file);
  if (found === undefined) throw new Error(`${file} is not in the report`);
  return found;
}

beforeAll(async () => {
  root = await createInputFolder(createBadFolder());
  await writeFile(
    join(root, 'overrides.json'),
    '[\n  { "id": "ev-1", "set": { "city": "Xiamen" } \n]\n',
  );
  run = await runCli([
    '--input',
    join(root, 'in'),
    '--output',
    join(root, 'out', 'events.geojson'),
    '--overrides',
    join(root, 'overrides.json'),
  ]);
  report = JSON.parse(
    await readFile(join(root, 'out', 'ingest-report.json'), 'utf8'),
  ) as IngestReport;
  collection = JSON.parse(
    await readFile(join(root, 'out', 'events.geojson'), 'utf8'),
  ) as EventCollection;
}, 120_000);

describe('ingest on bad input', () => {
  it('completes with exit 0 and lists every file', () => {
    expect(run.code).toBe(0);
    expect(report.files.map((f) => f.file)).toEqual(Object.keys(createBadFolder()).sort());
  });

  it('keeps the good article’s event', () => {
    const summit = collection.features.find((f) =>
      f.properties.sources.some((s) => s.file === 'good.txt'),
    );
    expect(summit?.properties.start).toBe('2023-04-27');
  });

  it('reports an empty file', () => {
    expect(entry('empty.txt')).toMatchObject({
      status: 'error',
      errors: [{ code: 'empty', message: 'empty file (0 bytes)' }],
    });
  });

  it('reports a binary file', () => {
    expect(entry('binary.txt')).toMatchObject({ status: 'error', errors: [{ code: 'binary' }] });
  });

  it('reads UTF-16 text and says it was UTF-16', () => {
    const file = entry('utf16.txt');
    expect(file.encoding).toBe('utf-16le');
    expect(file.warnings.map((w) => w.message)).toContain(
      'UTF-16 LE text (byte-order mark): decoded as UTF-16 LE',
    );
    expect(file.events.length).toBeGreaterThan(0);
  });

  it('reads GBK text as GB18030 and says the file was not UTF-8', () => {
    const file = entry('gbk.txt');
    expect(file.encoding).toBe('gb18030');
    expect(file.warnings[0]?.message).toMatch(
      /^not valid UTF-8 \(first bad byte at offset \d+\): decoded as GB18030/,
    );
  });

  it('reads windows-1252 text and says so', () => {
    expect(entry('latin1.txt').warnings[0]?.message).toMatch(/decoded as windows-1252/);
  });

  it('reads an HTML page without its scripts and navigation', () => {
    const file = entry('page.html');
    expect(file.events.length).toBeGreaterThan(0);
    const event = collection.features.find((f) =>
      f.properties.sources.some((s) => s.file === 'page.html'),
    );
    expect(event?.properties.sources[0]).toMatchObject({
      title: 'Web Summit opens in Lisbon',
      published: '2023-11-13',
    });
  });

  it('reads an HTML page saved as .txt as HTML, with a warning', () => {
    expect(entry('saved-page.txt').warnings[0]?.code).toBe('format');
  });

  it('cuts a 10 MB file at the length limit with a warning', () => {
    expect(entry('huge.txt').warnings[0]?.message).toMatch(
      /^text is 10,4\d\d,\d{3} characters; only the first [\d,]+ were read$/,
    );
  });

  it('reports an article with no event', () => {
    expect(entry('no-event.txt').warnings).toContainEqual(
      expect.objectContaining({ code: 'no-event', message: 'no event found in the text' }),
    );
  });

  it('reports an impossible date in the text', () => {
    const messages = JSON.stringify(entry('feb30.txt'));
    expect(messages).toMatch(/impossible date \\"February 30, 2024\\"/);
  });

  it('reports a bad JSONL line and keeps the good one', () => {
    const file = entry('feed.jsonl');
    expect(file.articles).toBe(1);
    expect(file.errors).toEqual([
      expect.objectContaining({ code: 'invalid-json', article: 'feed.jsonl#2' }),
    ]);
  });

  it('reports a malformed sources.json and goes on without its metadata', () => {
    expect(entry('sources.json').errors[0]?.message).toMatch(
      /^sources\.json: invalid JSON at line 2, column 37 \(offset 38\): expected a double-quoted property name/,
    );
    const summit = collection.features.find((f) =>
      f.properties.sources.some((s) => s.file === 'good.txt'),
    );
    expect(summit?.properties.sources[0]?.outlet).toBeNull();
  });

  it('reports a malformed overrides file by name and position, and applies none', () => {
    expect(report.overrides.errors[0]?.message).toMatch(
      /overrides\.json: invalid JSON at line 3, column 1/,
    );
    expect(report.overrides.applied).toEqual([]);
  });

  it('prints each error on stderr as "file: reason — what to do"', () => {
    expect(run.stderr).toMatch(
      /^ {2}empty\.txt: empty file \(0 bytes\) — add the article text, or remove the file$/m,
    );
    expect(run.stderr).toMatch(
      /^ {2}binary\.txt: binary file \(contains NUL bytes\), not text — save the article as/m,
    );
    expect(run.stderr).toMatch(
      /overrides\.json: invalid JSON at line 3, column 1 .* — fix the overrides file/,
    );
  });
});
