// A seeded corpus of synthetic news articles for the ingest benchmark: the shapes real pages
// have (wire stories, government releases, portal pages with "Updated :" lines, HTML pages,
// Markdown, JSONL feeds), about events in many cities, on many dates and themes, some online,
// some multi-day, some mentioning another event, and some reporting no event at all.
import type { InputFile } from '../src/core/ingest/read-input.ts';
import { MONTH_NAMES } from '../src/core/month-names.ts';

type Random = () => number;

/** mulberry32: tiny, fast and good enough to vary templates reproducibly. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES: readonly (readonly [string, string | null])[] = [
  ['Beijing', null],
  ['Shanghai', null],
  ['Tianjin', null],
  ['Chongqing', null],
  ['Hangzhou', "East China's Zhejiang Province"],
  ['Shenzhen', "South China's Guangdong Province"],
  ['Guangzhou', "South China's Guangdong Province"],
  ['Chengdu', "Southwest China's Sichuan Province"],
  ["Xi'an", "Northwest China's Shaanxi Province"],
  ['Wuhan', "Central China's Hubei Province"],
  ['Guiyang', "Southwest China's Guizhou Province"],
  ['Hefei', "East China's Anhui Province"],
  ['Fuzhou', "Southeast China's Fujian Province"],
  ['Xiamen', "Southeast China's Fujian Province"],
  ['Nanjing', "East China's Jiangsu Province"],
  ['Suzhou', "East China's Jiangsu Province"],
  ['Qingdao', "East China's Shandong Province"],
  ['Zhengzhou', "Central China's Henan Province"],
  ['Changsha', "Central China's Hunan Province"],
  ['Harbin', "Northeast China's Heilongjiang Province"],
  ['Kunming', "Southwest China's Yunnan Province"],
  ['Barcelona', 'Spain'],
  ['Las Vegas', 'the United States'],
  ['San Francisco', 'the United States'],
  ['Berlin', 'Germany'],
  ['Hanover', 'Germany'],
  ['Paris', 'France'],
  ['London', 'the United Kingdom'],
  ['Lisbon', 'Portugal'],
  ['Singapore', null],
  ['Tokyo', 'Japan'],
  ['Seoul', 'South Korea'],
  ['Dubai', 'the United Arab Emirates'],
  ['Kuala Lumpur', 'Malaysia'],
  ['Bangkok', 'Thailand'],
  ['Sydney', 'Australia'],
  ['Toronto', 'Canada'],
  ['Nairobi', 'Kenya'],
];

const TOPICS: readonly (readonly [string, string])[] = [
  ['Artificial Intelligence', 'large models, AI chips and generative AI'],
  ['Metaverse', 'virtual reality, digital humans and the industrial metaverse'],
  ['Digital Economy', 'e-commerce, digital trade and data as a factor of production'],
  ['Blockchain', 'distributed ledgers, digital identity and smart contracts'],
  ['Big Data', 'data exchanges, data security and cloud computing'],
  ['Smart City', 'digital twins of cities, IoT sensors and urban governance'],
  ['Robotics', 'humanoid robots, industrial automation and service robots'],
  ['Semiconductor', 'chip design, lithography and the integrated circuit supply chain'],
  ['Cybersecurity', 'data protection, zero-trust networks and critical infrastructure'],
  ['5G', '5G-Advanced, 6G research and the industrial internet'],
  ['Internet of Things', 'connected devices, edge computing and smart homes'],
  ['Intelligent Connected Vehicle', 'autonomous driving, vehicle-road coordination and batteries'],
  ['Fintech', 'digital payments, the digital yuan and risk control'],
  ['Computing Power', 'data centres, the East Data West Computing project and green computing'],
];

const PREFIXES = ['World', 'Global', 'China', 'International', 'Asia-Pacific', ''];
const KINDS = ['Conference', 'Summit', 'Forum', 'Expo', 'Congress', 'Fair', 'Week'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
const MONTHS = MONTH_NAMES;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const OUTLETS = ['Xinhua', 'China Daily', 'Global Times', 'Shanghai Daily', 'CGTN', 'Reuters'];

interface Story {
  name: string;
  city: string;
  region: string | null;
  topic: string;
  detail: string;
  start: Date;
  days: number;
  published: Date;
  participants: number;
  online: boolean;
}

export function createArticles(count: number, seed: number): InputFile[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const files: InputFile[] = [];
  const feed: string[] = [];
  const encoder = new TextEncoder();
  const add = (path: string, text: string): void => {
    const bytes = encoder.encode(text);
    files.push({ path, size: bytes.length, bytes, readError: null });
  };

  for (let i = 0; i < count; i++) {
    const [city, region] = pick(CITIES);
    const [topic, detail] = pick(TOPICS);
    const prefix = random() < 0.3 ? city : pick(PREFIXES);
    const start = new Date(
      Date.UTC(
        2012 + Math.floor(random() * 13),
        Math.floor(random() * 12),
        1 + Math.floor(random() * 28),
      ),
    );
    const story: Story = {
      name: `${prefix} ${topic} ${pick(KINDS)}`.trim(),
      city,
      region,
      topic,
      detail,
      start,
      days: 1 + Math.floor(random() * 4),
      published: addDays(start, Math.floor(random() * 3)),
      participants: 50 + Math.floor(random() * 3000),
      online: random() < 0.1,
    };
    const style = random();
    const id = String(i).padStart(5, '0');
    if (style < 0.3) add(`wire/${id}.txt`, wireStory(story, pick(OUTLETS)));
    else if (style < 0.5) add(`gov/${id}.txt`, governmentRelease(story, pick(ORDINALS)));
    else if (style < 0.65) add(`portal/${id}.txt`, portalPage(story, random() < 0.5));
    else if (style < 0.75) add(`html/${id}.html`, htmlPage(story, pick(OUTLETS)));
    else if (style < 0.85) add(`md/${id}.md`, markdown(story));
    else if (style < 0.95) feed.push(JSON.stringify(jsonRecord(story, pick(OUTLETS))));
    else add(`misc/${id}.txt`, noEvent(story));
    if (feed.length === 50) add(`feeds/${id}.jsonl`, `${feed.splice(0).join('\n')}\n`);
  }
  if (feed.length > 0) add('feeds/last.jsonl', `${feed.join('\n')}\n`);
  return files;
}

function wireStory(s: Story, outlet: string): string {
  const where = s.region === null ? s.city : `${s.city}, ${s.region}`;
  return [
    `${s.name} opens in ${s.city}`,
    `Published: ${shortDate(s.published)}, ${s.published.getUTCFullYear()} 07:43 PM`,
    '',
    `${s.city.toUpperCase()}, ${monthDay(s.published)} (${outlet}) -- The ${year(s)} ${s.name} opened on ${weekday(s.start)} in ${where}, gathering more than ${s.participants} experts, officials and business leaders.`,
    '',
    `The ${spell(s.days)}-day event focuses on ${s.detail}. ${s.online ? 'Because of travel restrictions, the sessions were held online and streamed to viewers worldwide.' : 'Some 200 companies displayed their latest products at the venue.'}`,
    '',
    `"${s.topic} is reshaping every industry," said a vice minister at the opening ceremony.`,
    '',
    `Photo: ${outlet}`,
  ].join('\n');
}

function governmentRelease(s: Story, ordinal: string): string {
  return [
    ` date ${iso(s.published)} ${s.name} held successfully in ${s.city}`,
    '',
    `On the afternoon of ${monthDay(s.start)}, the ${ordinal} ${s.name} was held in the ${s.city} International Convention Center. Leaders of the municipal government and more than ${s.participants} representatives of enterprises, universities and research institutes attended.`,
    '',
    `The forum discussed ${s.detail}, and signed 30 cooperation agreements. At the ${year(s) - 1} edition held in ${pick2(s)} last year, a similar alliance was founded.`,
    '',
    `${s.city} Municipal Bureau of Economy and Information Technology`,
  ].join('\n');
}

function portalPage(s: Story, withRange: boolean): string {
  const end = addDays(s.start, s.days - 1);
  const when =
    withRange && s.days > 1
      ? `from ${monthDay(s.start)} to ${end.getUTCDate()}`
      : `on ${shortDate(s.start)}`;
  return [
    `${year(s)} ${s.name} (${s.city}) kicks off`,
    '',
    `(en.example-portal.com)Updated : ${iso(s.published)}`,
    '',
    '',
    `The ${year(s)} ${s.name} (${s.city}) kicks off ${when}. [Photo/example.com]`,
    '',
    `The ${year(s)} ${s.name} was held ${when} in ${s.city}${s.online ? ' and online' : ''}. It brought together ${s.participants} participants to discuss ${s.detail}.`,
  ].join('\n');
}

function htmlPage(s: Story, outlet: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${s.name} | ${outlet}</title>
<meta property="og:title" content="${s.name} opens in ${s.city}">
<meta property="article:published_time" content="${iso(s.published)}T08:00:00+08:00">
<script>var analytics = {};</script><style>p { margin: 0 }</style></head>
<body><nav><a href="/">Home</a></nav><article><h1>${s.name} opens in ${s.city}</h1>
<p>The ${s.name} opened in ${s.city} on ${MONTHS[s.start.getUTCMonth()] ?? ''} ${s.start.getUTCDate()}, ${s.start.getUTCFullYear()}, and runs for ${spell(s.days)} days.</p>
<p>Over ${s.participants} guests discussed ${s.detail}.</p></article><footer>&copy; ${outlet}</footer></body></html>`;
}

function markdown(s: Story): string {
  return `---\ntitle: "${s.name} in ${s.city}"\ndate: ${iso(s.published)}\n---\n\n# ${s.name} in ${s.city}\n\nThe **${s.name}** took place in *${s.city}* on ${monthDay(s.start)}, ${s.start.getUTCFullYear()}.\n\n- Topic: ${s.detail}\n- Attendance: about ${s.participants} people\n`;
}

function jsonRecord(s: Story, outlet: string): Record<string, string> {
  return {
    title: `${s.name} concludes in ${s.city}`,
    text: `The ${spell(s.days)}-day ${s.name} concluded in ${s.city} on ${monthDay(addDays(s.start, s.days - 1))}, ${s.start.getUTCFullYear()}. It opened on ${monthDay(s.start)} and attracted ${s.participants} visitors interested in ${s.detail}.`,
    published: iso(s.published),
    outlet,
    url: `https://news.example.com/${iso(s.published)}/${s.city.toLowerCase().replace(/\W+/g, '-')}`,
  };
}

function noEvent(s: Story): string {
  return `${s.topic} sector grows fast\n\nAnalysts expect the ${s.topic.toLowerCase()} market to keep growing, driven by ${s.detail}. Companies plan to raise investment in the coming years.`;
}

function pick2(s: Story): string {
  return s.region === null ? 'Shanghai' : s.city;
}

function year(s: Story): number {
  return s.start.getUTCFullYear();
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function monthDay(date: Date): string {
  return `${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCDate()}`;
}

function shortDate(date: Date): string {
  return `${(MONTHS[date.getUTCMonth()] ?? '').slice(0, 3)} ${date.getUTCDate()}`;
}

function weekday(date: Date): string {
  return WEEKDAYS[date.getUTCDay()] ?? '';
}

function spell(n: number): string {
  return ['zero', 'one', 'two', 'three', 'four', 'five'][n] ?? String(n);
}
