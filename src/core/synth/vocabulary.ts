// Words synthetic events are named and described with, in English and Chinese.
import { MONTH_NAMES } from '../month-names.ts';

export interface EventKind {
  en: string;
  zh: string;
  weight: number;
}

export const eventKinds: readonly EventKind[] = [
  { en: 'Conference', zh: '大会', weight: 6 },
  { en: 'Summit', zh: '峰会', weight: 4 },
  { en: 'Forum', zh: '论坛', weight: 7 },
  { en: 'Expo', zh: '博览会', weight: 3 },
  { en: 'Symposium', zh: '研讨会', weight: 2 },
  { en: 'Week', zh: '周', weight: 1 },
  { en: 'Hackathon', zh: '黑客马拉松', weight: 1 },
  { en: 'Salon', zh: '沙龙', weight: 1 },
  { en: 'Exchange Session', zh: '交流会', weight: 1 },
  { en: 'Innovation Challenge', zh: '创新挑战赛', weight: 1 },
];

export const namePrefixes: readonly (readonly [en: string, zh: string])[] = [
  ['World', '世界'],
  ['Global', '全球'],
  ['China', '中国'],
  ['International', '国际'],
  ['Asia-Pacific', '亚太'],
  ['China-ASEAN', '中国—东盟'],
  ['Yangtze River Delta', '长三角'],
  ['Greater Bay Area', '粤港澳大湾区'],
  ['Cross-Strait', '海峡两岸'],
  ['National', '全国'],
];

export const topicSuffixes: readonly (readonly [en: string, zh: string])[] = [
  ['', ''],
  ['', ''],
  ['Industry', '产业'],
  ['Innovation', '创新'],
  ['Industry Development', '产业发展'],
  ['Ecosystem', '生态'],
  ['Application', '应用'],
];

/** Chinese names of the theme slugs in data/themes.json; other slugs fall back to the label. */
export const themeNamesZh: Readonly<Record<string, string>> = {
  metaverse: '元宇宙',
  ai: '人工智能',
  aigc: '生成式人工智能',
  xr: '虚拟现实',
  'digital-twin': '数字孪生',
  'big-data': '大数据',
  cloud: '云计算',
  'computing-power': '算力',
  blockchain: '区块链',
  '5g-6g': '5G',
  iot: '物联网',
  bci: '脑机接口',
  'autonomous-driving': '自动驾驶',
  robotics: '机器人',
  semiconductors: '集成电路',
  cybersecurity: '网络安全',
  'digital-economy': '数字经济',
  'smart-city': '智慧城市',
  'e-commerce': '电子商务',
  fintech: '金融科技',
  internet: '互联网',
  quantum: '量子科技',
};

/** Peak year, spread in years and height of each theme's popularity in the news. */
export const themeTrends: Readonly<Record<string, readonly [number, number, number]>> = {
  metaverse: [2022, 1.5, 6],
  ai: [2024, 6, 5],
  aigc: [2024, 1.2, 7],
  xr: [2017, 3, 2],
  'digital-twin': [2022, 2.5, 2],
  'big-data': [2015, 3, 4],
  cloud: [2013, 3, 3],
  'computing-power': [2023, 1.5, 3],
  blockchain: [2018, 1.5, 4],
  '5g-6g': [2019, 1.5, 4],
  iot: [2016, 3, 3],
  bci: [2023, 2, 1],
  'autonomous-driving': [2019, 3, 2],
  robotics: [2017, 5, 2],
  semiconductors: [2021, 3, 2],
  cybersecurity: [2017, 6, 2],
  'digital-economy': [2021, 3, 4],
  'smart-city': [2016, 3, 3],
  'e-commerce': [2014, 3, 2],
  fintech: [2017, 2.5, 2],
  internet: [2016, 4, 2],
  quantum: [2022, 3, 1],
};

export const outlets: readonly string[] = [
  'Xinhua',
  'China Daily',
  'Global Times',
  'Shanghai Daily (SHINE)',
  'CGTN',
  "People's Daily Online",
  'South China Morning Post',
  'Caixin Global',
  '36Kr',
  'Reuters',
  'TechCrunch',
  '新华网',
  '人民网',
  '澎湃新闻',
];

export const nationalOrganisers: readonly string[] = [
  'Ministry of Industry and Information Technology',
  'Cyberspace Administration of China',
  'China Academy of Information and Communications Technology (CAICT)',
  '中国信息通信研究院',
  'Chinese Academy of Sciences',
  'China Association for Science and Technology',
  '中国电子学会',
  'Huawei',
  'Alibaba Cloud',
  'Tencent',
  'Baidu',
  'iFlytek',
  'SenseTime',
  'China Mobile',
  'China Telecom',
  'IEEE',
  'ACM',
  'GSMA',
  'Linux Foundation',
  'World Economic Forum',
  'NVIDIA',
  'Microsoft',
];

export const months = MONTH_NAMES;

/** Relative share of events per month: spring and autumn conference seasons. */
export const monthWeights: readonly number[] = [
  0.4, 0.3, 1.0, 1.3, 1.3, 1.2, 0.8, 0.7, 1.4, 1.1, 1.4, 0.9,
];

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
