// Real places where technology events cluster, for synthetic datasets: cities with approximate
// coordinates (WGS84, to about a kilometre), some of their districts, zones, towns and venues.
// Weights are rough shares of events, China first, as in the news the ingest reads.

export type AreaKind = 'venue' | 'zone' | 'town' | 'district';

export interface SynthArea {
  kind: AreaKind;
  name: string;
  lon: number;
  lat: number;
  /** District the zone, town or venue lies in, when it has one. */
  district: string | null;
}

export interface SynthCity {
  city: string;
  /** Chinese name, for CJK place text. */
  zh: string | null;
  province: string | null;
  country: string;
  lon: number;
  lat: number;
  weight: number;
  areas: SynthArea[];
}

const district = (name: string, lon: number, lat: number): SynthArea => ({
  kind: 'district',
  name,
  lon,
  lat,
  district: name,
});

const inDistrict =
  (kind: AreaKind) =>
  (name: string, where: string | null, lon: number, lat: number): SynthArea => ({
    kind,
    name,
    lon,
    lat,
    district: where,
  });
const venue = inDistrict('venue');
const zone = inDistrict('zone');
const town = inDistrict('town');

const city = (
  name: string,
  zh: string | null,
  province: string | null,
  country: string,
  [lon, lat]: [number, number],
  weight: number,
  areas: SynthArea[] = [],
): SynthCity => ({ city: name, zh, province, country, lon, lat, weight, areas });

export const synthCities: readonly SynthCity[] = [
  city('Shanghai', '上海', 'Shanghai', 'CN', [121.473, 31.23], 14, [
    district('Pudong New Area', 121.544, 31.221),
    district('Xuhui District', 121.437, 31.188),
    district('Jiading District', 121.265, 31.375),
    district('Minhang District', 121.382, 31.113),
    district('Putuo District', 121.395, 31.249),
    district('Yangpu District', 121.526, 31.26),
    venue('Shanghai World Expo Center', 'Pudong New Area', 121.493, 31.186),
    venue('Shanghai New International Expo Centre', 'Pudong New Area', 121.573, 31.208),
    venue('National Exhibition and Convention Center', 'Qingpu District', 121.302, 31.19),
    zone('Zhangjiang Science City', 'Pudong New Area', 121.59, 31.2),
    zone('Caohejing Development Zone', 'Xuhui District', 121.4, 31.168),
    town('Anting Town', 'Jiading District', 121.165, 31.295),
  ]),
  city('Beijing', '北京', 'Beijing', 'CN', [116.407, 39.904], 14, [
    district('Haidian District', 116.298, 39.959),
    district('Chaoyang District', 116.443, 39.921),
    district('Dongcheng District', 116.416, 39.928),
    district('Shunyi District', 116.654, 40.13),
    district('Daxing District', 116.341, 39.727),
    venue('China National Convention Center', 'Chaoyang District', 116.389, 40.001),
    venue('Open University of China', 'Haidian District', 116.295, 39.966),
    zone('Zhongguancun', 'Haidian District', 116.31, 39.983),
    zone('Beijing Economic-Technological Development Area', 'Daxing District', 116.506, 39.795),
  ]),
  city('Shenzhen', '深圳', 'Guangdong', 'CN', [114.058, 22.543], 8, [
    district('Nanshan District', 113.93, 22.533),
    district('Futian District', 114.055, 22.541),
    district("Bao'an District", 113.884, 22.555),
    district('Longgang District', 114.247, 22.72),
    venue('Shenzhen Convention and Exhibition Center', 'Futian District', 114.059, 22.531),
    venue('Shenzhen World Exhibition and Convention Center', "Bao'an District", 113.77, 22.7),
    zone('Qianhai', 'Nanshan District', 113.9, 22.52),
  ]),
  city('Hangzhou', '杭州', 'Zhejiang', 'CN', [120.155, 30.274], 6, [
    district('Xihu District', 120.13, 30.259),
    district('Binjiang District', 120.211, 30.208),
    district('Yuhang District', 120.3, 30.419),
    venue('Hangzhou International Expo Center', 'Xiaoshan District', 120.225, 30.235),
    town('Yunqi Town', 'Xihu District', 120.1, 30.13),
    zone('Future Sci-Tech City', 'Yuhang District', 119.99, 30.28),
  ]),
  city('Tongxiang', '桐乡', 'Zhejiang', 'CN', [120.565, 30.63], 2, [
    town('Wuzhen', null, 120.486, 30.745),
    venue('Wuzhen Internet International Convention and Exhibition Center', null, 120.49, 30.74),
  ]),
  city('Guangzhou', '广州', 'Guangdong', 'CN', [113.264, 23.129], 5, [
    district('Tianhe District', 113.361, 23.125),
    district('Haizhu District', 113.317, 23.083),
    district('Huangpu District', 113.459, 23.106),
    venue('Canton Fair Complex', 'Haizhu District', 113.37, 23.1),
  ]),
  city('Chengdu', '成都', 'Sichuan', 'CN', [104.066, 30.573], 4, [
    district('Wuhou District', 104.043, 30.642),
    district('Jinjiang District', 104.083, 30.657),
    zone('Chengdu Hi-tech Zone', 'Wuhou District', 104.067, 30.58),
    venue('Century City New International Convention and Exhibition Center', null, 104.07, 30.56),
  ]),
  city('Chongqing', '重庆', 'Chongqing', 'CN', [106.551, 29.563], 3, [
    district('Yubei District', 106.631, 29.718),
    district('Yuzhong District', 106.569, 29.553),
    zone('Liangjiang New Area', 'Yubei District', 106.65, 29.7),
  ]),
  city('Wuhan', '武汉', 'Hubei', 'CN', [114.305, 30.593], 3, [
    district('Wuchang District', 114.316, 30.554),
    district('Hongshan District', 114.344, 30.5),
    zone('Optics Valley', 'Hongshan District', 114.41, 30.49),
  ]),
  city('Nanjing', '南京', 'Jiangsu', 'CN', [118.797, 32.06], 3, [
    district('Jianye District', 118.732, 32.004),
    district('Jiangning District', 118.84, 31.953),
    venue('Nanjing International Expo Center', 'Jianye District', 118.72, 32.01),
  ]),
  city('Suzhou', '苏州', 'Jiangsu', 'CN', [120.585, 31.299], 3, [
    zone('Suzhou Industrial Park', null, 120.72, 31.32),
    district('Gusu District', 120.617, 31.312),
  ]),
  city('Wuxi', '无锡', 'Jiangsu', 'CN', [120.312, 31.491], 2, [
    district('Binhu District', 120.283, 31.527),
    venue('Wuxi Taihu International Expo Center', 'Binhu District', 120.3, 31.54),
  ]),
  city("Xi'an", '西安', 'Shaanxi', 'CN', [108.94, 34.341], 2, [
    district('Yanta District', 108.949, 34.218),
    zone("Xi'an Hi-tech Zone", 'Yanta District', 108.88, 34.19),
  ]),
  city('Tianjin', '天津', 'Tianjin', 'CN', [117.2, 39.084], 2, [
    district('Binhai New Area', 117.71, 39.0),
    venue('National Convention and Exhibition Center (Tianjin)', 'Jinnan District', 117.45, 38.95),
  ]),
  city('Hefei', '合肥', 'Anhui', 'CN', [117.227, 31.82], 2, [
    district('Shushan District', 117.26, 31.85),
    district('Baohe District', 117.309, 31.793),
  ]),
  city('Guiyang', '贵阳', 'Guizhou', 'CN', [106.63, 26.647], 2, [
    district('Guanshanhu District', 106.625, 26.601),
    venue('Guiyang International Eco-Conference Center', 'Guanshanhu District', 106.65, 26.64),
  ]),
  city('Fuzhou', '福州', 'Fujian', 'CN', [119.296, 26.074], 2, [
    venue('Fuzhou Strait International Conference and Exhibition Center', null, 119.43, 26.02),
  ]),
  city('Xiamen', '厦门', 'Fujian', 'CN', [118.089, 24.48], 1, [
    district('Siming District', 118.082, 24.445),
  ]),
  city('Changsha', '长沙', 'Hunan', 'CN', [112.939, 28.228], 1),
  city('Zhengzhou', '郑州', 'Henan', 'CN', [113.625, 34.747], 1),
  city('Qingdao', '青岛', 'Shandong', 'CN', [120.383, 36.067], 1, [
    district('Laoshan District', 120.468, 36.107),
  ]),
  city('Jinan', '济南', 'Shandong', 'CN', [117.121, 36.651], 1),
  city('Shenyang', '沈阳', 'Liaoning', 'CN', [123.431, 41.806], 1),
  city('Dalian', '大连', 'Liaoning', 'CN', [121.615, 38.914], 1),
  city('Harbin', '哈尔滨', 'Heilongjiang', 'CN', [126.535, 45.803], 1),
  city('Kunming', '昆明', 'Yunnan', 'CN', [102.833, 24.88], 1),
  city('Haikou', '海口', 'Hainan', 'CN', [110.2, 20.044], 1),
  city('Ningbo', '宁波', 'Zhejiang', 'CN', [121.55, 29.875], 1),
  city('Urumqi', '乌鲁木齐', 'Xinjiang', 'CN', [87.617, 43.826], 0.5),
  city('Lhasa', '拉萨', 'Tibet', 'CN', [91.117, 29.65], 0.2),
  city('Hong Kong', '香港', null, 'HK', [114.17, 22.32], 2, [
    venue('Hong Kong Convention and Exhibition Centre', 'Wan Chai', 114.174, 22.283),
    zone('Hong Kong Science Park', 'Sha Tin', 114.21, 22.425),
  ]),
  city('Macao', '澳门', null, 'MO', [113.543, 22.199], 0.5),
  city('Taipei', '台北', null, 'TW', [121.565, 25.033], 1, [
    venue('Nangang Exhibition Center', 'Nangang District', 121.617, 25.056),
  ]),
  city('Las Vegas', null, 'Nevada', 'US', [-115.14, 36.17], 1.5, [
    venue('Las Vegas Convention Center', null, -115.152, 36.131),
  ]),
  city('San Francisco', null, 'California', 'US', [-122.419, 37.775], 1.5, [
    venue('Moscone Center', 'SoMa', -122.401, 37.784),
  ]),
  city('New York', null, 'New York', 'US', [-74.006, 40.713], 1, [
    venue('Javits Center', 'Manhattan', -74.002, 40.757),
  ]),
  city('Austin', null, 'Texas', 'US', [-97.743, 30.267], 0.7),
  city('Seattle', null, 'Washington', 'US', [-122.332, 47.606], 0.5),
  city('Toronto', null, 'Ontario', 'CA', [-79.383, 43.653], 0.5),
  city('São Paulo', null, 'São Paulo', 'BR', [-46.633, -23.55], 0.4),
  city('Barcelona', null, 'Catalonia', 'ES', [2.173, 41.385], 1, [
    venue('Fira Gran Via', "L'Hospitalet de Llobregat", 2.127, 41.354),
  ]),
  city('Berlin', null, 'Berlin', 'DE', [13.405, 52.52], 0.8, [
    venue('Messe Berlin', 'Charlottenburg', 13.27, 52.503),
  ]),
  city('Hannover', null, 'Lower Saxony', 'DE', [9.732, 52.376], 0.5, [
    venue('Hannover Exhibition Grounds', null, 9.806, 52.322),
  ]),
  city('London', null, 'England', 'GB', [-0.128, 51.507], 1, [
    venue('ExCeL London', 'Newham', 0.029, 51.508),
  ]),
  city('Paris', null, 'Île-de-France', 'FR', [2.352, 48.857], 0.8, [
    venue('Paris Expo Porte de Versailles', '15th arrondissement', 2.287, 48.832),
  ]),
  city('Amsterdam', null, 'North Holland', 'NL', [4.9, 52.373], 0.4),
  city('Lisbon', null, 'Lisbon', 'PT', [-9.139, 38.722], 0.5, [
    venue('Altice Arena', 'Parque das Nações', -9.094, 38.768),
  ]),
  city('Helsinki', null, 'Uusimaa', 'FI', [24.938, 60.17], 0.3),
  city('Singapore', null, null, 'SG', [103.82, 1.352], 1, [
    venue('Marina Bay Sands Expo and Convention Centre', 'Marina Bay', 103.86, 1.283),
  ]),
  city('Tokyo', '东京', 'Tokyo', 'JP', [139.692, 35.69], 1, [
    venue('Tokyo Big Sight', 'Koto', 139.795, 35.63),
  ]),
  city('Seoul', '首尔', 'Seoul', 'KR', [126.978, 37.567], 0.8, [
    venue('COEX', 'Gangnam District', 127.059, 37.512),
  ]),
  city('Bengaluru', null, 'Karnataka', 'IN', [77.594, 12.972], 0.5),
  city('Dubai', null, 'Dubai', 'AE', [55.296, 25.276], 0.6, [
    venue('Dubai World Trade Centre', null, 55.287, 25.225),
  ]),
  city('Riyadh', null, 'Riyadh', 'SA', [46.675, 24.713], 0.3),
  city('Sydney', null, 'New South Wales', 'AU', [151.209, -33.868], 0.4),
  city('Auckland', null, 'Auckland', 'NZ', [174.763, -36.848], 0.2),
  city('Suva', null, 'Central', 'FJ', [178.442, -18.142], 0.05),
  city('Nairobi', null, 'Nairobi', 'KE', [36.822, -1.292], 0.2),
  city('Cape Town', null, 'Western Cape', 'ZA', [18.424, -33.925], 0.2),
];

/** Rough country centroids for events placed only to the country. */
export const countryCentres: Readonly<Record<string, [number, number]>> = {
  CN: [103.8, 35.9],
  HK: [114.17, 22.32],
  MO: [113.543, 22.199],
  TW: [120.96, 23.7],
  US: [-98.6, 39.8],
  CA: [-106.3, 56.1],
  BR: [-51.9, -14.2],
  ES: [-3.7, 40.4],
  DE: [10.45, 51.17],
  GB: [-2.0, 54.0],
  FR: [2.2, 46.2],
  NL: [5.3, 52.1],
  PT: [-8.2, 39.4],
  FI: [25.7, 61.9],
  SG: [103.82, 1.352],
  JP: [138.25, 36.2],
  KR: [127.8, 35.9],
  IN: [78.96, 20.59],
  AE: [53.85, 23.42],
  SA: [45.08, 23.89],
  AU: [133.8, -25.3],
  NZ: [174.9, -40.9],
  FJ: [178.07, -17.71],
  KE: [37.9, -0.02],
  ZA: [22.94, -30.56],
};
