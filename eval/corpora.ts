// Reads the public toponym corpora (LGL, TR-News) from ../shared/corpora at run time: they are
// GPL-3.0 data, never copied into the repository.
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

export interface GoldToponym {
  phrase: string;
  start: number;
  end: number;
  lat: number;
  lon: number;
  /** GeoNames feature code of the gold place ("PPL", "PCLI", "ADM1"). */
  featureCode: string;
}

export interface CorpusArticle {
  title: string;
  text: string;
  toponyms: GoldToponym[];
}

export const CORPORA = [
  { name: 'LGL', file: 'lgl.xml' },
  { name: 'TR-News', file: 'TR-News.xml' },
] as const;

export const CORPORA_DIR = new URL('../../shared/corpora/', import.meta.url);

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => name === 'article' || name === 'toponym',
});

interface RawToponym {
  start?: string;
  end?: string;
  phrase?: string;
  gaztag?: { lat?: string; lon?: string; fcode?: string };
}
interface RawArticle {
  title?: string;
  text?: string;
  toponyms?: { toponym?: RawToponym[] } | string;
}

/** Toponyms without gold coordinates (street names, unresolved) are left out, as in the literature. */
function goldToponyms(raw: RawArticle): GoldToponym[] {
  const list = typeof raw.toponyms === 'object' ? (raw.toponyms.toponym ?? []) : [];
  const out: GoldToponym[] = [];
  for (const t of list) {
    const lat = Number(t.gaztag?.lat);
    const lon = Number(t.gaztag?.lon);
    if (t.gaztag === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    out.push({
      phrase: (t.phrase ?? '').trim(),
      start: Number(t.start),
      end: Number(t.end),
      lat,
      lon,
      featureCode: t.gaztag.fcode ?? '',
    });
  }
  return out;
}

export function parseCorpus(xml: string): CorpusArticle[] {
  const doc = parser.parse(xml) as { articles?: { article?: RawArticle[] } };
  return (doc.articles?.article ?? []).map((raw) => ({
    title: raw.title ?? '',
    text: raw.text ?? '',
    toponyms: goldToponyms(raw),
  }));
}

/** The corpus's articles, or null with the reason when the shared folder or the file is absent. */
export function readCorpus(
  file: string,
  dir: URL = CORPORA_DIR,
): { articles: CorpusArticle[] } | { missing: string } {
  const url = new URL(file, dir);
  if (!existsSync(url)) {
    return {
      missing: `${url.pathname} is absent: the toponym corpora are read from ../shared/corpora beside the project (GPL-3.0 data, never copied into it); skipped`,
    };
  }
  return { articles: parseCorpus(readFileSync(url, 'utf8')) };
}
