// `npm run schema-docs`: writes docs/events.schema.json and the properties table of docs/data.md
// from the schema table (src/core/event-schema.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { eventsJsonSchema, withSchemaTable } from '../src/core/schema-docs.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(
    'usage: npm run schema-docs\n\nWrites docs/events.schema.json and the table in docs/data.md.',
  );
} else {
  writeFileSync('docs/events.schema.json', `${JSON.stringify(eventsJsonSchema(), null, 2)}\n`);
  writeFileSync('docs/data.md', withSchemaTable(readFileSync('docs/data.md', 'utf8')));
  console.error('wrote docs/events.schema.json and the table in docs/data.md');
}
