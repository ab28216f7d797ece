// docs/data.md's properties table and docs/events.schema.json, made from the schema table
// (event-schema.ts); `npm run schema-docs` writes them and a test checks they are current.
import { EVENT_SCHEMA, type FieldType } from './event-schema.ts';

export function schemaTable(): string {
  const rows = EVENT_SCHEMA.map((f) => `| \`${f.key}\` | ${f.shown} | ${f.doc} |`);
  return ['| Property | Type | Meaning |', '|---|---|---|', ...rows].join('\n');
}

const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const text = { type: 'string' };
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

function jsonType(type: FieldType): object {
  switch (type.kind) {
    case 'id':
    case 'name':
      return { type: 'string', minLength: 1 };
    case 'text':
      return nullable(text);
    case 'date':
      return nullable(date);
    case 'enum':
      return type.fallback === null ? { enum: [...type.values, null] } : { enum: type.values };
    case 'integer':
      return nullable({ type: 'integer', minimum: type.min, maximum: type.max });
    case 'number':
      return { type: 'number', minimum: type.min, maximum: type.max };
    case 'texts':
      return { type: 'array', items: text };
    case 'sources':
      return {
        type: 'array',
        items: {
          type: 'object',
          required: ['file'],
          properties: {
            file: text,
            url: nullable(text),
            outlet: nullable(text),
            published: nullable(date),
            title: nullable(text),
          },
        },
      };
    case 'evidence':
      return {
        type: 'object',
        properties: { date: nullable(text), place: nullable(text) },
      };
  }
}

/** JSON Schema (2020-12) of an events FeatureCollection as the ingest writes it. */
export function eventsJsonSchema(): object {
  const properties = Object.fromEntries(
    EVENT_SCHEMA.map((f) => [f.key, { ...jsonType(f.type), description: f.doc }]),
  );
  const point = {
    type: 'object',
    required: ['type', 'coordinates'],
    properties: {
      type: { const: 'Point' },
      coordinates: {
        type: 'array',
        prefixItems: [
          { type: 'number', minimum: -180, maximum: 180 },
          { type: 'number', minimum: -90, maximum: 90 },
        ],
        minItems: 2,
      },
    },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://event-atlas.example/events.schema.json',
    title: 'Event Atlas events',
    description: 'data/events.geojson: one GeoJSON Feature per event (docs/data.md).',
    type: 'object',
    required: ['type', 'features'],
    properties: {
      type: { const: 'FeatureCollection' },
      features: {
        type: 'array',
        items: {
          type: 'object',
          required: ['type', 'geometry', 'properties'],
          properties: {
            type: { const: 'Feature' },
            id: { type: 'string' },
            geometry: { anyOf: [point, { type: 'null' }] },
            properties: {
              type: 'object',
              required: EVENT_SCHEMA.map((f) => f.key).filter((k) => k !== 'status'),
              properties,
            },
          },
        },
      },
    },
  };
}

export const tableStart = '<!-- properties table: written by npm run schema-docs -->';
export const tableEnd = '<!-- end of properties table -->';

/** The markdown with its properties table replaced by the current one. */
export function withSchemaTable(markdown: string): string {
  const start = markdown.indexOf(tableStart);
  const end = markdown.indexOf(tableEnd);
  if (start < 0 || end < start) return markdown;
  return `${markdown.slice(0, start)}${tableStart}\n${schemaTable()}\n${markdown.slice(end)}`;
}
