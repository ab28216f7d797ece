// English names that the GeoNames extracts and Intl.DisplayNames do not give, as written in news.

/** ISO 3166-1 alpha-2 → other names of the country. */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  AE: ['UAE', 'U.A.E.', 'the Emirates'],
  BN: ['Brunei Darussalam'],
  CD: ['DR Congo', 'Democratic Republic of the Congo'],
  CG: ['Republic of the Congo'],
  CI: ['Ivory Coast'],
  CN: [
    'PRC',
    'P.R. China',
    "People's Republic of China",
    'mainland China',
    'Chinese mainland',
    'the Chinese mainland',
  ],
  CZ: ['Czech Republic'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  HK: ['Hong Kong', 'Hong Kong SAR', 'HKSAR'],
  KP: ['North Korea', 'DPRK'],
  KR: ['South Korea', 'Korea', 'Republic of Korea', 'ROK'],
  LA: ['Laos'],
  MK: ['North Macedonia', 'Macedonia'],
  MM: ['Myanmar', 'Burma'],
  MO: ['Macao', 'Macau', 'Macao SAR', 'Macau SAR'],
  NL: ['Holland', 'the Netherlands'],
  PS: ['Palestine'],
  RU: ['Russian Federation'],
  SZ: ['Eswatini', 'Swaziland'],
  TR: ['Turkey', 'Türkiye'],
  TW: ['Taiwan'],
  US: ['USA', 'U.S.', 'U.S.A.', 'US', 'United States of America', 'America'],
  VA: ['Vatican', 'Vatican City'],
  VN: ['Viet Nam', 'Vietnam'],
};

/** "CC:admin1 name" → other names of the first-level division. */
export const ADMIN1_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'CN:Tibet': ['Xizang', 'Tibet Autonomous Region', 'Xizang Autonomous Region'],
  'CN:Xinjiang': ['Xinjiang Uygur', 'Xinjiang Uyghur', 'Xinjiang Uygur Autonomous Region'],
  'CN:Guangxi': ['Guangxi Zhuang', 'Guangxi Zhuang Autonomous Region'],
  'CN:Ningxia': ['Ningxia Hui', 'Ningxia Hui Autonomous Region'],
  'CN:Inner Mongolia': ['Nei Mongol', 'Inner Mongolia Autonomous Region'],
};

/** Geocoder id → names of a city as news writes them, when GeoNames spells it otherwise. */
export const CITY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'geonames:4140963': ['Washington DC', 'Washington D.C.'],
  'geonames:5128581': ['New York', 'NYC'],
};

/** Chinese province-level municipalities: their districts are districts of the city of the same name. */
export const CN_MUNICIPALITIES: ReadonlySet<string> = new Set([
  'Beijing',
  'Shanghai',
  'Tianjin',
  'Chongqing',
]);
