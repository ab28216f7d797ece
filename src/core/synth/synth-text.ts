// The words of a synthetic event: its name, headlines, evidence sentences and organisers.
import type { DatePrecision, EventProperties } from '../event.ts';
import type { SynthArea, SynthCity } from './places.ts';
import type { Random } from './random.ts';
import { dateParts } from './synth-dates.ts';
import type { Draft, SynthTheme } from './synth-event.ts';
import {
  eventKinds,
  months,
  namePrefixes,
  nationalOrganisers,
  ordinal,
  themeNamesZh,
  topicSuffixes,
} from './vocabulary.ts';

interface NameInput {
  draft: Draft;
  themes: readonly SynthTheme[];
  zh: boolean;
}

const kindWeights = eventKinds.map((k) => k.weight);

export function eventName(rng: Random, { draft, themes, zh }: NameInput): string {
  const kind = eventKinds[rng.weighted(kindWeights)] ?? { en: 'Forum', zh: '论坛', weight: 1 };
  const [first, second, third] = themes;
  const topicEn = `${topicOf(first)} ${rng.pick(topicSuffixes)[0]}`.trim();
  const topicZh = `${topicZhOf(first)}${rng.pick(topicSuffixes)[1]}`;
  const [prefixEn, prefixZh] = rng.pick(namePrefixes);
  const { flagship, city, year } = draft;
  if (zh) {
    const host = flagship
      ? `${String(year)}${flagship.zh}·`
      : rng.chance(0.4)
        ? (city.zh ?? '')
        : `${String(year)}${prefixZh}`;
    return `${host}${topicZh}${kind.zh}`;
  }
  const session = rng.int(12) + 1;
  const base = flagship
    ? rng.pick([
        `${String(year)} ${flagship.en}`,
        `${ordinal(year - flagship.firstYear + 1)} ${flagship.en}`,
        `${flagship.en} ${String(year)}: ${topicEn} ${kind.en}`,
        `${topicEn} ${kind.en} of the ${String(year)} ${flagship.en}`,
      ])
    : rng.pick([
        `${String(year)} ${prefixEn} ${topicEn} ${kind.en}`,
        `${ordinal(session)} ${prefixEn} ${topicEn} ${kind.en}`,
        `${prefixEn} ${topicEn} ${kind.en} ${String(year)}`,
        `${city.city} ${topicEn} ${kind.en}`,
        `${prefixEn} ${topicEn} ${kind.en}`,
      ]);
  if (!rng.chance(0.06) || second === undefined) return base;
  const also = third === undefined ? topicOf(second) : `${topicOf(second)} and ${topicOf(third)}`;
  return `${base} on ${also} for the Digital Transformation of Industry, Cities and Public Services in the ${rng.pick(namePrefixes)[0]} Region`;
}

export function headline(rng: Random, name: string, city: SynthCity, zh: boolean): string {
  if (zh)
    return rng.pick([
      `${name}在${city.zh ?? city.city}开幕`,
      `${name}举行`,
      `聚焦前沿科技：${name}召开`,
    ]);
  return rng.pick([
    `${name} opens in ${city.city}`,
    `${city.city} hosts ${name}`,
    `${name} kicks off`,
    `Experts gather at ${name}`,
    `What to expect from the ${name}`,
  ]);
}

export function describeDate(
  rng: Random,
  draft: Draft,
  precision: DatePrecision,
  zh: boolean,
): string {
  const [year, month, day] = dateParts(draft.day);
  const [, , lastDay] = dateParts(draft.day + draft.days - 1);
  if (zh) {
    if (precision === 'year') return `活动于${String(year)}年举行。`;
    if (precision === 'month') return `活动于${String(year)}年${String(month + 1)}月举行。`;
    return `${String(year)}年${String(month + 1)}月${String(day)}日，活动正式开幕。`;
  }
  const opener = rng.pick(['The event was held', 'It took place', 'The gathering opened']);
  if (precision === 'year') return `${opener} in ${String(year)}.`;
  if (precision === 'month') return `${opener} in ${months[month] ?? ''} ${String(year)}.`;
  const span =
    draft.days > 1 && lastDay > day
      ? `from ${months[month] ?? ''} ${String(day)} to ${String(lastDay)}`
      : `on ${months[month] ?? ''} ${String(day)}`;
  return `${opener} ${span}, ${String(year)}.`;
}

export function describePlace(
  fields: Pick<EventProperties, 'place' | 'city'>,
  zh: boolean,
): string {
  const place = fields.place ?? fields.city ?? '';
  return zh ? `活动地点：${place}。` : `The event took place at ${place}.`;
}

export function organisersFor(rng: Random, city: SynthCity, area: SynthArea | null): string[] {
  const count = rng.weighted([15, 45, 30, 10]);
  const local = [
    `${city.city} Municipal People's Government`,
    ...(city.zh !== null && city.country === 'CN' ? [`${city.zh}市人民政府`] : []),
    ...(area?.district ? [`${area.district} Science and Technology Commission`] : []),
  ];
  const chosen = new Set<string>();
  for (let i = 0; i < count; i++)
    chosen.add(rng.chance(0.4) ? rng.pick(local) : rng.pick(nationalOrganisers));
  return [...chosen];
}

function topicOf(theme: SynthTheme | undefined): string {
  return (theme?.label ?? 'Technology').replace(/\s*\(.*\)$/, '');
}

function topicZhOf(theme: SynthTheme | undefined): string {
  return theme === undefined ? '科技' : (themeNamesZh[theme.slug] ?? topicOf(theme));
}
