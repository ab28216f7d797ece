import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { eventsJsonSchema, withSchemaTable } from './schema-docs.ts';

test('docs/events.schema.json is the schema table as JSON Schema (npm run schema-docs)', () => {
  const written: unknown = JSON.parse(readFileSync('docs/events.schema.json', 'utf8'));
  expect(written).toEqual(eventsJsonSchema());
});

test("docs/data.md's properties table is the schema table (npm run schema-docs)", () => {
  const markdown = readFileSync('docs/data.md', 'utf8');
  expect(withSchemaTable(markdown)).toBe(markdown);
});
