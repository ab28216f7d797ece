// Recurring flagship events. Each draws a burst of side forums, launches and satellite events into
// its city and week, as the news shows around the real ones.

export interface Flagship {
  en: string;
  zh: string;
  city: string;
  /** Name of a venue, zone or town of the city (see places.ts). */
  area: string;
  firstYear: number;
  month: number;
  day: number;
  days: number;
  themes: readonly string[];
  /** Share of the synthetic events that belong to this flagship's bursts. */
  share: number;
}

export const flagships: readonly Flagship[] = [
  {
    en: 'World Artificial Intelligence Conference',
    zh: '世界人工智能大会',
    city: 'Shanghai',
    area: 'Shanghai World Expo Center',
    firstYear: 2018,
    month: 7,
    day: 6,
    days: 3,
    themes: ['ai', 'aigc', 'robotics'],
    share: 0.025,
  },
  {
    en: 'World Internet Conference',
    zh: '世界互联网大会',
    city: 'Tongxiang',
    area: 'Wuzhen',
    firstYear: 2014,
    month: 11,
    day: 20,
    days: 3,
    themes: ['internet', 'digital-economy', 'cybersecurity'],
    share: 0.02,
  },
  {
    en: 'China International Big Data Industry Expo',
    zh: '中国国际大数据产业博览会',
    city: 'Guiyang',
    area: 'Guiyang International Eco-Conference Center',
    firstYear: 2015,
    month: 5,
    day: 26,
    days: 4,
    themes: ['big-data', 'computing-power', 'cloud'],
    share: 0.012,
  },
  {
    en: 'Digital China Summit',
    zh: '数字中国建设峰会',
    city: 'Fuzhou',
    area: 'Fuzhou Strait International Conference and Exhibition Center',
    firstYear: 2018,
    month: 4,
    day: 22,
    days: 3,
    themes: ['digital-economy', 'smart-city', '5g-6g'],
    share: 0.012,
  },
  {
    en: 'Zhongguancun Forum',
    zh: '中关村论坛',
    city: 'Beijing',
    area: 'Zhongguancun',
    firstYear: 2010,
    month: 5,
    day: 25,
    days: 5,
    themes: ['ai', 'quantum', 'semiconductors'],
    share: 0.012,
  },
  {
    en: 'World Metaverse Conference',
    zh: '世界元宇宙大会',
    city: 'Shanghai',
    area: 'Anting Town',
    firstYear: 2022,
    month: 9,
    day: 20,
    days: 3,
    themes: ['metaverse', 'xr', 'digital-twin'],
    share: 0.01,
  },
  {
    en: 'Apsara Conference',
    zh: '云栖大会',
    city: 'Hangzhou',
    area: 'Yunqi Town',
    firstYear: 2015,
    month: 10,
    day: 19,
    days: 3,
    themes: ['cloud', 'aigc', 'computing-power'],
    share: 0.01,
  },
  {
    en: 'World Internet of Things Expo',
    zh: '世界物联网博览会',
    city: 'Wuxi',
    area: 'Wuxi Taihu International Expo Center',
    firstYear: 2016,
    month: 10,
    day: 29,
    days: 3,
    themes: ['iot', '5g-6g', 'smart-city'],
    share: 0.008,
  },
  {
    en: 'CES',
    zh: '国际消费类电子产品展览会',
    city: 'Las Vegas',
    area: 'Las Vegas Convention Center',
    firstYear: 2010,
    month: 1,
    day: 7,
    days: 4,
    themes: ['xr', 'autonomous-driving', 'iot'],
    share: 0.01,
  },
  {
    en: 'Mobile World Congress',
    zh: '世界移动通信大会',
    city: 'Barcelona',
    area: 'Fira Gran Via',
    firstYear: 2010,
    month: 2,
    day: 27,
    days: 4,
    themes: ['5g-6g', 'iot', 'ai'],
    share: 0.008,
  },
  {
    en: 'Web Summit',
    zh: '网络峰会',
    city: 'Lisbon',
    area: 'Altice Arena',
    firstYear: 2016,
    month: 11,
    day: 6,
    days: 4,
    themes: ['internet', 'ai', 'fintech'],
    share: 0.005,
  },
];
