import { z } from 'zod';
import { normalizeName } from './normalize.ts';

const Continent = z.object({
  code: z.string().length(2),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  geonameid: z.number().int().positive(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  source: z.string().min(5),
});

const ContinentsFile = z.object({ continents: z.array(Continent) });

export type ContinentPoint = z.infer<typeof Continent>;

/** Key of a continent's name or adjective ("asia", "european") → the continent. */
export type Continents = ReadonlyMap<string, ContinentPoint>;

/** Reads data/continents.json; throws naming the file and the problem when it is malformed. */
export function continents(json: unknown, file: string): Continents {
  const parsed = ContinentsFile.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const byKey = new Map<string, ContinentPoint>();
  for (const c of parsed.data.continents)
    for (const name of [c.name, ...c.aliases]) byKey.set(normalizeName(name), c);
  return byKey;
}
