// Well-known place names the extractor recognises without a suffix ("Shanghai", "Barcelona",
// "Zhejiang"). Only for reading text: coordinates come from the geocoder's gazetteer.
// Chinese cities are grouped by province ("Zhejiang:Hangzhou,…"); a trailing * marks a town.

import lexiconCitiesFile from '../../../data/lexicon-cities.json' with { type: 'json' };
import type { LexiconCitiesFile } from './lexicon-cities-build.ts';

export type PlaceLevel = 'venue' | 'zone' | 'town' | 'district' | 'city' | 'province' | 'country';

export interface LexiconPlace {
  name: string;
  level: PlaceLevel;
  country: string;
  parent: string | null;
}

const COUNTRIES =
  'China:CN,Japan:JP,South Korea:KR,Korea:KR,Republic of Korea:KR,Malaysia:MY,Thailand:TH,Vietnam:VN,Viet Nam:VN,' +
  'Indonesia:ID,Philippines:PH,the Philippines:PH,Cambodia:KH,Laos:LA,Myanmar:MM,India:IN,Pakistan:PK,Bangladesh:BD,Sri Lanka:LK,Nepal:NP,' +
  'Kazakhstan:KZ,Uzbekistan:UZ,Kyrgyzstan:KG,Tajikistan:TJ,Turkmenistan:TM,Mongolia:MN,Russia:RU,Iran:IR,Iraq:IQ,Turkey:TR,Türkiye:TR,' +
  'Saudi Arabia:SA,United Arab Emirates:AE,UAE:AE,the UAE:AE,Qatar:QA,Kuwait:KW,Bahrain:BH,Oman:OM,Israel:IL,Egypt:EG,Jordan:JO,' +
  'Morocco:MA,Algeria:DZ,Tunisia:TN,Nigeria:NG,Kenya:KE,Ethiopia:ET,Rwanda:RW,Ghana:GH,South Africa:ZA,Tanzania:TZ,' +
  'United States:US,the United States:US,US:US,the US:US,U.S.:US,USA:US,Canada:CA,Mexico:MX,Brazil:BR,Argentina:AR,Chile:CL,Peru:PE,Colombia:CO,' +
  'United Kingdom:GB,the United Kingdom:GB,UK:GB,the UK:GB,Britain:GB,England:GB,Scotland:GB,Ireland:IE,France:FR,Germany:DE,Spain:ES,Portugal:PT,Italy:IT,' +
  'Netherlands:NL,the Netherlands:NL,Belgium:BE,Luxembourg:LU,Switzerland:CH,Austria:AT,Sweden:SE,Norway:NO,Denmark:DK,Finland:FI,Iceland:IS,' +
  'Poland:PL,Czech Republic:CZ,Czechia:CZ,Hungary:HU,Greece:GR,Serbia:RS,Romania:RO,Bulgaria:BG,Croatia:HR,Slovenia:SI,Slovakia:SK,' +
  'Ukraine:UA,Belarus:BY,Estonia:EE,Latvia:LV,Lithuania:LT,Australia:AU,New Zealand:NZ,Malta:MT,Cyprus:CY';

const CN_PROVINCES =
  'Anhui,Fujian,Gansu,Guangdong,Guangxi,Guizhou,Hainan,Hebei,Heilongjiang,Henan,Hubei,Hunan,Inner Mongolia,Jiangsu,Jiangxi,' +
  'Jilin,Liaoning,Ningxia,Qinghai,Shaanxi,Shandong,Shanxi,Sichuan,Tibet,Xizang,Xinjiang,Yunnan,Zhejiang,Hong Kong,Macao,Macau,Taiwan';

const CN_MUNICIPALITIES = 'Beijing,Shanghai,Tianjin,Chongqing';

const CN_CITIES =
  'Zhejiang:Hangzhou,Ningbo,Wenzhou,Jiaxing,Huzhou,Shaoxing,Jinhua,Yiwu,Taizhou,Lishui,Zhoushan,Quzhou,Wuzhen*,Wuxing*;' +
  "Jiangsu:Nanjing,Suzhou,Wuxi,Changzhou,Nantong,Xuzhou,Yangzhou,Zhenjiang,Lianyungang,Yancheng,Kunshan,Huai'an;" +
  'Guangdong:Guangzhou,Shenzhen,Dongguan,Foshan,Zhuhai,Zhongshan,Shantou,Huizhou,Jiangmen,Zhanjiang,Nansha,Qianhai;' +
  'Fujian:Fuzhou,Xiamen,Quanzhou,Zhangzhou,Putian;Anhui:Hefei,Wuhu,Bengbu,Huangshan;Hubei:Wuhan,Yichang,Xiangyang;' +
  "Hunan:Changsha,Zhuzhou,Xiangtan,Yueyang;Sichuan:Chengdu,Mianyang,Yibin,Deyang;Shaanxi:Xi'an,Xian,Yangling,Baoji,Yan'an;" +
  'Henan:Zhengzhou,Luoyang,Kaifeng;Shandong:Jinan,Qingdao,Yantai,Weifang,Zibo,Linyi,Weihai,Rizhao,Dongying;' +
  'Liaoning:Shenyang,Dalian,Anshan;Jilin:Changchun;Heilongjiang:Harbin,Daqing;Yunnan:Kunming,Dali,Lijiang,Xishuangbanna;' +
  "Guangxi:Nanning,Guilin,Liuzhou,Beihai;Guizhou:Guiyang,Zunyi,Gui'an;Gansu:Lanzhou,Dunhuang,Tianshui;Qinghai:Xining;" +
  'Ningxia:Yinchuan,Zhongwei;Xinjiang:Urumqi,Kashgar,Karamay,Horgos;Tibet:Lhasa;Inner Mongolia:Hohhot,Baotou,Ordos;' +
  "Shanxi:Taiyuan,Datong;Hebei:Shijiazhuang,Tangshan,Baoding,Xiong'an,Xiongan,Langfang,Qinhuangdao,Zhangjiakou,Chengde;" +
  'Jiangxi:Nanchang,Ganzhou,Jiujiang,Jingdezhen;Hainan:Haikou,Sanya,Boao*,Qionghai;Taiwan:Taipei,Kaohsiung,Taichung,Hsinchu;' +
  'Shanghai:Pudong,Lingang,Jiading,Xuhui,Minhang,Yangpu,Putuo,Songjiang,Qingpu,Hongqiao,Zhangjiang;' +
  'Beijing:Haidian,Chaoyang,Zhongguancun,Yizhuang,Shunyi,Tongzhou,Daxing;Tianjin:Binhai';

const WORLD_CITIES =
  'ES:Barcelona,Madrid,Valencia,Malaga,Bilbao,Seville;US:Las Vegas,San Francisco,New York,Los Angeles,San Jose,Santa Clara,' +
  'Austin,Boston,Seattle,Chicago,Washington,Washington D.C.,Miami,Orlando,Atlanta,Denver,Anaheim,San Diego,Houston,Dallas,' +
  'Philadelphia,Silicon Valley,Palo Alto,Mountain View,Honolulu,Detroit,New Orleans;DE:Berlin,Munich,Hamburg,Frankfurt,' +
  'Cologne,Hanover,Hannover,Stuttgart,Dusseldorf,Düsseldorf,Nuremberg,Leipzig,Dresden;FR:Paris,Lyon,Marseille,Nice,Cannes,' +
  'Toulouse,Strasbourg;GB:London,Manchester,Birmingham,Edinburgh,Glasgow,Cambridge,Oxford,Liverpool;SG:Singapore;' +
  'JP:Tokyo,Osaka,Kyoto,Yokohama,Nagoya,Fukuoka,Sapporo,Chiba;KR:Seoul,Busan,Incheon,Daegu,Gwangju;AE:Dubai,Abu Dhabi,Sharjah;' +
  'SA:Riyadh,Jeddah;QA:Doha;TR:Istanbul,Ankara,Antalya;IL:Tel Aviv,Jerusalem;EG:Cairo;KE:Nairobi;NG:Lagos,Abuja;' +
  'ZA:Johannesburg,Cape Town,Durban;IN:Mumbai,New Delhi,Delhi,Bangalore,Bengaluru,Hyderabad,Chennai,Kolkata,Pune;' +
  'ID:Jakarta,Bali,Surabaya;TH:Bangkok,Pattaya,Phuket;MY:Kuala Lumpur,Penang;PH:Manila;VN:Hanoi,Ho Chi Minh City,Da Nang;' +
  'KH:Phnom Penh;LA:Vientiane;MM:Yangon;BD:Dhaka;PK:Karachi,Islamabad,Lahore;KZ:Astana,Almaty;UZ:Tashkent,Samarkand;' +
  'MN:Ulaanbaatar;RU:Moscow,St Petersburg,St. Petersburg,Saint Petersburg,Kazan,Vladivostok,Sochi;CH:Geneva,Zurich,Davos,' +
  'Lausanne,Basel;AT:Vienna,Salzburg;BE:Brussels,Antwerp;NL:Amsterdam,Rotterdam,The Hague,Eindhoven;IT:Rome,Milan,Turin,' +
  'Florence,Venice,Bologna;PT:Lisbon,Porto;IE:Dublin;SE:Stockholm,Gothenburg;NO:Oslo;DK:Copenhagen;FI:Helsinki;' +
  'PL:Warsaw,Krakow;CZ:Prague,Brno;HU:Budapest;GR:Athens,Thessaloniki;RS:Belgrade;RO:Bucharest;UA:Kyiv,Kiev;' +
  'AU:Sydney,Melbourne,Brisbane,Perth,Adelaide,Canberra;NZ:Auckland,Wellington;CA:Toronto,Montreal,Vancouver,Ottawa,Calgary;' +
  'MX:Mexico City,Guadalajara,Monterrey;BR:Sao Paulo,São Paulo,Rio de Janeiro,Brasilia;AR:Buenos Aires;CL:Santiago;' +
  'PE:Lima;CO:Bogota,Medellin;MA:Marrakech,Casablanca,Rabat;RW:Kigali;ET:Addis Ababa;IR:Tehran;LK:Colombo;NP:Kathmandu;' +
  'BH:Manama;OM:Muscat;KW:Kuwait City;MC:Monte Carlo';

const US_STATES =
  'Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Georgia,Hawaii,Idaho,Illinois,Indiana,' +
  'Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,' +
  'Nevada,New Hampshire,New Jersey,New Mexico,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,' +
  'South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,West Virginia,Wisconsin,Wyoming';

const WORLD_REGIONS =
  'DE:Bavaria,Saxony,Baden-Württemberg;ES:Catalonia,Andalusia;GB:Wales;CA:Ontario,Quebec,British Columbia,Alberta;' +
  'AU:New South Wales,Victoria,Queensland;IN:Karnataka,Maharashtra,Telangana;JP:Hokkaido,Okinawa;FR:Provence;IT:Lombardy';

/** "Medellín" and "Medellin" are one name. */
function keyOf(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function build(): Map<string, LexiconPlace> {
  const map = new Map<string, LexiconPlace>();
  const add = (name: string, level: PlaceLevel, country: string, parent: string | null): void => {
    const key = keyOf(name);
    if (!map.has(key)) map.set(key, { name, level, country, parent });
  };
  for (const pair of COUNTRIES.split(',')) {
    const [name = '', code = ''] = pair.split(':');
    add(name, 'country', code, null);
  }
  for (const name of CN_PROVINCES.split(',')) add(name, 'province', 'CN', null);
  for (const name of CN_MUNICIPALITIES.split(',')) add(name, 'city', 'CN', null);
  for (const group of CN_CITIES.split(';')) {
    const [parent = '', names = ''] = group.split(':');
    const level: PlaceLevel = parent === 'Shanghai' || parent === 'Beijing' ? 'district' : 'city';
    for (const name of names.split(',')) {
      if (name.endsWith('*')) add(name.slice(0, -1), 'town', 'CN', parent);
      else add(name, level, 'CN', parent);
    }
  }
  for (const [table, level] of [
    [WORLD_CITIES, 'city'],
    [WORLD_REGIONS, 'province'],
  ] as const) {
    for (const group of table.split(';')) {
      const [code = '', names = ''] = group.split(':');
      for (const name of names.split(',')) add(name, level, code, null);
    }
  }
  for (const name of US_STATES.split(',')) add(name, 'province', 'US', null);
  // Every big city of the world, after the lists above so that theirs win for shared names.
  for (const [name, code] of (lexiconCitiesFile as LexiconCitiesFile).cities)
    add(name, 'city', code, null);
  return map;
}

const LEXICON = build();

export function lookupPlace(name: string): LexiconPlace | null {
  return LEXICON.get(keyOf(name)) ?? null;
}
