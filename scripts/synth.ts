// `npm run synth -- --events N --seed S --output <file>`: a seeded synthetic events dataset in the
// published schema, for benchmarks and scale tests.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { SynthTheme } from '../src/core/synth/synth-event.ts';
import { writeSynthDataset } from './synth-write.ts';

const usage = 'usage: npm run synth -- --events <N> [--seed <S>] [--output <file.geojson>]';

interface Args {
  events: number;
  seed: number;
  output: string;
  themes: string;
}

function parse(argv: string[]): Args | string {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        events: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '1' },
        output: { type: 'string', default: 'bench/out/events.geojson' },
        themes: { type: 'string', default: 'data/themes.json' },
      },
    });
    const events = Number(values.events);
    const seed = Number(values.seed);
    if (!Number.isSafeInteger(events) || events < 0) {
      return `--events must be a whole number, got ${values.events}`;
    }
    if (!Number.isSafeInteger(seed)) return `--seed must be an integer, got ${values.seed}`;
    return { events, seed, output: values.output, themes: values.themes };
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

function readThemes(file: string): SynthTheme[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
    themes?: { slug: string; label: string }[];
  };
  return (parsed.themes ?? []).map(({ slug, label }) => ({ slug, label }));
}

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(
      `${usage}\n\nWrites a seeded synthetic dataset in the published schema (the same seed gives the same\nfile; a smaller dataset is a prefix of a larger one). --themes: the vocabulary file\n(default data/themes.json).`,
    );
    return;
  }
  const args = parse(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(`${args}\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const tty = process.stderr.isTTY;
  const bytes = await writeSynthDataset({
    ...args,
    themes: readThemes(args.themes),
    onProgress: (n) => {
      if (tty)
        process.stderr.write(
          `\r${n.toLocaleString('en')} / ${args.events.toLocaleString('en')} events`,
        );
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `${tty ? '\n' : ''}wrote ${String(args.events)} events (${(bytes / 1e6).toFixed(1)} MB, ` +
      `seed ${String(args.seed)}) to ${args.output} in ${seconds} s\n`,
  );
}

await main();
