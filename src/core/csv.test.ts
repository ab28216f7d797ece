import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvParts, eventsToCsv, neutraliseFormula, UTF8_BOM } from './csv.ts';
import type { EventFeature } from './event.ts';
import { createEventFeature } from './event-fixture.ts';

function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

function parseRecords(csv: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

function csvOf(...features: EventFeature[]): string {
  return eventsToCsv(
    (i) => features[i],
    features.map((_, i) => i),
  );
}

describe('eventsToCsv', () => {
  it('starts with a UTF-8 byte-order mark', () => {
    const csv = csvOf(createEventFeature());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes the header row of the column contract', () => {
    const [header] = parse(csvOf(createEventFeature()).slice(UTF8_BOM.length));
    expect(header).toEqual([
      'id',
      'name',
      'role',
      'start',
      'end',
      'date_precision',
      'year',
      'themes',
      'place',
      'venue',
      'town',
      'district',
      'city',
      'province',
      'country',
      'location_precision',
      'geocoder',
      'confidence',
      'format',
      'status',
      'participants',
      'participants_text',
      'organisers',
      'sources',
      'evidence_date',
      'evidence_place',
      'lon',
      'lat',
    ]);
    expect(header).toEqual([...CSV_COLUMNS]);
  });

  it('ends every record, the last one too, with CRLF', () => {
    const csv = csvOf(createEventFeature({ id: 'a' }), createEventFeature({ id: 'b' }));
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes only the header for no rows', () => {
    expect(eventsToCsv(() => createEventFeature(), new Uint32Array(0))).toBe(
      `${UTF8_BOM}${CSV_COLUMNS.join(',')}\r\n`,
    );
  });

  it('quotes a cell with a comma', () => {
    const csv = csvOf(createEventFeature({ name: 'Forum, Shanghai' }));
    expect(csv).toContain(',"Forum, Shanghai",');
  });

  it('quotes a cell with double quotes by doubling them', () => {
    const csv = csvOf(createEventFeature({ name: '"Meta-Creation Future" Forum' }));
    expect(csv).toContain(',"""Meta-Creation Future"" Forum",');
  });

  it('quotes a cell with a line break and reads it back whole', () => {
    const evidence = 'First line,\r\nsecond "line"\nthird';
    const csv = csvOf(createEventFeature({ evidence: { date: evidence, place: null } }));
    const [record] = parseRecords(csv);
    expect(record?.evidence_date).toBe(evidence);
  });

  it('writes the rows asked for, in the order asked for', () => {
    const features = [
      createEventFeature({ id: 'a' }),
      createEventFeature({ id: 'b' }),
      createEventFeature({ id: 'c' }),
    ];
    const records = parseRecords(eventsToCsv((i) => features[i], Uint32Array.of(2, 0)));
    expect(records.map((r) => r.id)).toEqual(['c', 'a']);
  });

  it('joins list values with "; "', () => {
    const [record] = parseRecords(
      csvOf(createEventFeature({ themes: ['ai', 'xr'], organisers: ['CAICT', 'MIIT'] })),
    );
    expect(record?.themes).toBe('ai; xr');
    expect(record?.organisers).toBe('CAICT; MIIT');
  });

  it('writes each source as its URL, else its file name', () => {
    const base = createEventFeature().properties.sources[0];
    if (base === undefined) throw new Error('fixture has a source');
    const sources = [
      { ...base, url: 'https://example.org/a' },
      { ...base, url: null, file: '001_eb1ddbc21f231b89.txt' },
    ];
    const [record] = parseRecords(csvOf(createEventFeature({ sources })));
    expect(record?.sources).toBe('https://example.org/a; 001_eb1ddbc21f231b89.txt');
  });

  it('splits the evidence into a date and a place column', () => {
    const [record] = parseRecords(
      csvOf(createEventFeature({ evidence: { date: 'On April 30', place: 'in Beijing' } })),
    );
    expect(record?.evidence_date).toBe('On April 30');
    expect(record?.evidence_place).toBe('in Beijing');
  });

  it('writes lon and lat from the geometry, empty when unplaced', () => {
    const [placed, unplaced] = parseRecords(
      csvOf(
        createEventFeature({ id: 'a' }, [-3.7038, 40.4168]),
        createEventFeature({ id: 'b' }, null),
      ),
    );
    expect([placed?.lon, placed?.lat]).toEqual(['-3.7038', '40.4168']);
    expect([unplaced?.lon, unplaced?.lat]).toEqual(['', '']);
  });

  it('writes null fields as empty cells and numbers as numbers', () => {
    const [record] = parseRecords(
      csvOf(
        createEventFeature({
          start: null,
          end: null,
          year: null,
          date_precision: 'unknown',
          participants: null,
          confidence: 0.85,
        }),
      ),
    );
    expect([record?.start, record?.year, record?.participants]).toEqual(['', '', '']);
    expect(record?.confidence).toBe('0.85');
  });

  it('keeps Chinese text through a round trip', () => {
    const name = '2023世界人工智能大会（上海）';
    const place = '上海世博中心, 浦东新区';
    const csv = csvOf(createEventFeature({ name, place }));
    const bytes = new TextEncoder().encode(csv);
    const [record] = parseRecords(new TextDecoder('utf-8').decode(bytes));
    expect(record?.name).toBe(name);
    expect(record?.place).toBe(place);
  });

  it('neutralises a HYPERLINK formula in a name', () => {
    const [record] = parseRecords(
      csvOf(createEventFeature({ name: '=HYPERLINK("http://x","y")' })),
    );
    expect(record?.name).toBe('\'=HYPERLINK("http://x","y")');
  });

  it('neutralises formulas in joined list cells', () => {
    const [record] = parseRecords(csvOf(createEventFeature({ organisers: ['@SUM(A1)', 'CAICT'] })));
    expect(record?.organisers).toBe("'@SUM(A1); CAICT");
  });

  it('keeps a negative longitude a number', () => {
    const csv = csvOf(createEventFeature({}, [-122.4194, -37.8136]));
    expect(csv).toContain(',-122.4194,-37.8136\r\n');
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1+cmd|/C calc!A0', "'+1+cmd|/C calc!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(1,1)', "'@SUM(1,1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('prefixes a quote to %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each(['-3.7', '-122', '+5', '-0.5e-3', '-.5'])('keeps the plain number %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it.each(['Forum = future', 'a-b', '', '1=1', ' =1'])(
    'keeps %j, which does not start a formula',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(cell);
    },
  );

  it('neutralises a lone minus sign, which is not a number', () => {
    expect(neutraliseFormula('-')).toBe("'-");
  });
});

describe('csvParts', () => {
  const features = Array.from({ length: 7 }, (_, i) =>
    createEventFeature({ id: `e${String(i)}`, name: i % 2 === 0 ? 'Forum, "quoted"' : '论坛' }),
  );
  const eventAt = (i: number) => features[i];

  it('gives the text of one whole write, however many rows a part holds', () => {
    const rows = Uint32Array.of(6, 0, 3, 1, 5, 2, 4);
    const whole = eventsToCsv(eventAt, rows);

    for (const perPart of [1, 2, 3, 7, 100]) {
      const parts = [...csvParts(eventAt, rows, perPart)];
      expect(parts).toHaveLength(Math.ceil(rows.length / perPart));
      expect(parts.join('')).toBe(whole);
    }
  });

  it('is the header alone, in one part, for no rows', () => {
    expect([...csvParts(eventAt, new Uint32Array(0), 2)]).toEqual([
      eventsToCsv(eventAt, new Uint32Array(0)),
    ]);
  });
});
