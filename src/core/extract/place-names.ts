// Is a capitalised phrase a place, and how specific? Known names from the lexicon, otherwise
// the suffix decides ("Anting Town", "Caohejing Development Zone", "Las Vegas Convention Center").
import { lookupPlace, type PlaceLevel } from './place-lexicon.ts';

const SUFFIX_LEVELS: [RegExp, PlaceLevel][] = [
  [
    /\b(?:Province|Autonomous Region|Special Administrative Region|SAR|State|Prefecture-level)$/i,
    'province',
  ],
  [/\b(?:City|Municipality|Prefecture)$/i, 'city'],
  [/\b(?:New Area|District|County|Borough|Banner)$/i, 'district'],
  [/\b(?:Town|Township|Village|Subdistrict|Sub-district)$/i, 'town'],
  [
    /\b(?:Zone|Park|Base|Valley|Port|Harbou?r|Island|Bay|Pier|Hub|Cluster|Corridor|Free Trade Area|Area|Parklands)$/i,
    'zone',
  ],
  [
    /\b(?:Cent(?:er|re)|Hall|Hotel|Stadium|Arena|Gymnasium|Museum|Pavilion|Plaza|Square|Building|Tower|Campus|University|College|School|Library|Theat(?:re|er)|Auditorium|Palace|Gardens?|Resort|Club|Institute|Academy|Complex|Venue|Sands|Dome|Grounds?|Fairgrounds?|Complex|Mansion|Villa|Lodge|Studio|Headquarters|HQ)$/i,
    'venue',
  ],
];

/** Venue names that do not end in a venue word ("Paris Expo Porte de Versailles", "Messe Berlin", "Fira Gran Via"). */
const VENUE_WORDS =
  /\b(?:Messe|Fira|Expo Cent(?:er|re)|Exhibition|Convention|Porte de|ExCeL|Olympia)\b/;

const ADMIN_LOWER = /^(?:district|county|town|township|village|city|province|prefecture|new area)$/;

export function lowerAdminSuffix(word: string): boolean {
  return ADMIN_LOWER.test(word);
}

const LEVEL_RANK: Record<PlaceLevel, number> = {
  venue: 6,
  zone: 5,
  town: 4,
  district: 3,
  city: 2,
  province: 1,
  country: 0,
};

export function levelRank(level: PlaceLevel | null): number {
  return level === null ? 5 : LEVEL_RANK[level];
}

/** The level of a place name, or null when nothing marks it as a place. */
/** "Singapore Expo", "Paris Expo": a city's exhibition grounds, not an event. */
function isCityExpo(name: string): boolean {
  const m = /^(.+) Expo$/.exec(name);
  return m !== null && lookupPlace(m[1] ?? '')?.level === 'city';
}

export function placeLevel(name: string): PlaceLevel | null {
  const known = lookupPlace(name);
  if (known !== null) return known.level;
  if (isCityExpo(name)) return 'venue';
  for (const [pattern, level] of SUFFIX_LEVELS) if (pattern.test(name)) return level;
  if (VENUE_WORDS.test(name)) return 'venue';
  const of = name.indexOf(' of ');
  if (of > 0 && placeLevel(name.slice(0, of)) === 'venue') return 'venue';
  return null;
}

const DIRECTION =
  /^(?:(?:North|South|East|West|Central|Northeast|Northwest|Southeast|Southwest|Northern|Southern|Eastern|Western|North-?east|North-?west|South-?east|South-?west)(?:ern)?\s+)+/;

/** "East China" → "China": compass qualifiers are not part of the name the gazetteer knows. */
export function stripDirection(name: string): string {
  const bare = name.replace(DIRECTION, '');
  return lookupPlace(bare) !== null ? bare : name;
}

/** Organisations and events whose names end like places are not places ("Caohejing Development Zone Development Corporation"). */
const NOT_A_PLACE =
  /\b(?:Committee|Association|Ministry|Government|Company|Group|Corporation|Corp|Co|Ltd|Inc|Alliance|Federation|Council|Bureau|Commission|Administration|Department|Agency|Office|Society|Foundation|Party|Conference|Forum|Expo|Summit|Congress|Fair|Festival|Exhibition|Week|Show|Symposium|Meeting|Convention|Competition|Challenge|Awards?|Times|Daily|News|Press|Post)$/;

export function looksLikeOrganisation(name: string): boolean {
  return NOT_A_PLACE.test(name) && !isCityExpo(name);
}
