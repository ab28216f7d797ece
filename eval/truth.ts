// The labelled fixture articles: eval/articles/<slug>.<ext> with eval/truth/<slug>.json beside.
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';

const TruthEvent = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  start: z.string().nullable(),
  end: z.string().nullable(),
  city: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  status: z.enum(['held', 'planned', 'postponed', 'cancelled']),
  format: z.enum(['in-person', 'online', 'hybrid']),
});

const Truth = z.object({
  published: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  style: z.string(),
  notes: z.string().optional(),
  events: z.array(TruthEvent),
});

export type TruthEvent = z.infer<typeof TruthEvent>;
export type Truth = z.infer<typeof Truth>;

export interface Fixture {
  slug: string;
  /** The article's file name inside eval/articles. */
  file: string;
  truth: Truth;
}

export const ARTICLES_DIR = new URL('./articles/', import.meta.url);
export const TRUTH_DIR = new URL('./truth/', import.meta.url);

/** Every article with its truth; throws naming the file when a truth file is missing or malformed. */
export function readFixtures(articles = ARTICLES_DIR, truths = TRUTH_DIR): Fixture[] {
  return readdirSync(articles)
    .filter((file) => file !== 'sources.json')
    .sort()
    .map((file) => {
      const slug = file.replace(/\.[a-z]+$/, '');
      const path = new URL(`${slug}.json`, truths);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new Error(`${path.pathname}: ${String(error)} — every article needs its truth`, {
          cause: error,
        });
      }
      const parsed = Truth.safeParse(json);
      if (!parsed.success) throw new Error(`${path.pathname}: ${z.prettifyError(parsed.error)}`);
      return { slug, file, truth: parsed.data };
    });
}
