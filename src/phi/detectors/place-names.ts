/**
 * The vocabulary the city readers in location.ts consult: US states and their abbreviations, countries (never a
 * city), everyday words that are not towns, and the cues before a town. Kept apart so the detector file holds the
 * reading logic and this one the word lists it weighs.
 */
import { lowerCased } from './chars'
import { matchesOf } from './matches'
import { NUM_WORD } from './street-patterns'

const STATES =
  'al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc|pr|alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|puerto rico|calif'
/** A state (name or code) or a comma right before a five-digit number: the number is a ZIP. */
export const STATE_BEFORE = new RegExp(String.raw`(?:\b(?:${STATES})\.?|,)\s*$`, 'u')
/** A US state's full name anywhere in lower-case text ("ohio", "new mexico"), for the towns said before one. */
export const STATE_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${STATES.split('|')
    .filter((w) => w.length > 2)
    .join('|')})(?![\p{L}])`,
  'gu',
)
/** A US state, name or code, as a whole phrase (case-insensitive). */
export const STATE_WORD = new RegExp(`^(?:${STATES})$`, 'i')
const ABBR =
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR'.split(
    ' ',
  )
// Two-letter states that are also everyday words ("in", "me", "ok") count only in capitals.
const AMBIGUOUS = new Set([
  'AL',
  'CO',
  'DE',
  'HI',
  'ID',
  'IL',
  'IN',
  'LA',
  'MA',
  'ME',
  'MI',
  'NE',
  'OH',
  'OK',
  'OR',
  'PA',
  'WA',
  'MO',
  'MS',
  'GA',
])
const STATE_FORMS = [
  ...ABBR,
  ...ABBR.filter((a) => !AMBIGUOUS.has(a)).flatMap((a) => [a.toLowerCase(), a[0] + a[1]!.toLowerCase()]),
  ...STATES.split('|')
    .filter((w) => w.length > 2)
    .flatMap((w) => [w, w.replace(/\b\p{L}/gu, (c) => c.toUpperCase()), w.toUpperCase()]),
].join('|')
/** "Stockton, CA", "los angeles, ca 90026": up to three words before a comma and a state. */
export const STATE_AFTER_COMMA = new RegExp(String.raw`,\s*(?:${STATE_FORMS})\.?(?=\s*(?:\d{5}|[,.;!?)]|$|\s))`, 'gu')
/** The last one to three words of a window: the town before a ", CA". */
export const WORDS_BEFORE = /((?:[\p{L}'.-]+\s+){0,2}[\p{L}'.-]+)$/u
/** A living or origin phrase shortly before a position: the place after it is where someone lives. */
export const LIVING_BEFORE =
  /\b(?:live|lives|living|lived|moved|moving|move|staying|stay|located|based|reside|resides|vivo|vive|vivimos|originally|raised|born)\b[^.!?\n]{0,24}$/
/** Everyday words the city list also holds ("home", "bath", "camino"): a town only when capitalised. */
export const COMMON_PLACE = new Set([
  'oral',
  'iv',
  'insulin',
  'hospice',
  'comfort',
  'surgery',
  'recovery',
  'labor',
  'delivery',
  'triage',
  'casa',
  'ayer',
  'hoy',
  'noche',
  'tarde',
  'semana',
  'trabajo',
  'escuela',
  'cama',
  'camino',
  'familia',
  'cita',
  'home',
  'work',
  'bed',
  'bath',
  'town',
  'school',
  'church',
  'energy',
  'range',
  'white',
  'sun',
  'hope',
  'office',
  'hospital',
  'clinic',
  'pain',
  'care',
  'rehab',
])
/** A phrase of number words only ("eighty eight"): a reading, never the town of that name. */
export const ONLY_NUMBER_WORDS = new RegExp(String.raw`^${NUM_WORD}(?:[\s-]+${NUM_WORD})*$`, 'iu')
/** "from hope arkansas", "in normal illinois": a full state name after a town makes an everyday word the town. */
export const STATE_NAME_AFTER = new RegExp(
  String.raw`^,?[ \t]+(?:${STATES.split('|')
    .filter((w) => w.length > 2)
    .join('|')})(?![\p{L}])`,
  'u',
)
/** Places that are not towns even before a state ("at home texas time"). */
export const NOT_TOWN_BEFORE_STATE = new Set([
  'home',
  'work',
  'bed',
  'school',
  'church',
  'office',
  'hospital',
  'clinic',
  'town',
  'rehab',
  'hospice',
  'surgery',
  'triage',
  'labor',
  'delivery',
  'recovery',
  'care',
  'pain',
  'casa',
  'trabajo',
  'escuela',
  'cama',
  'familia',
  'cita',
  'oral',
  'iv',
  'insulin',
])
// Countries are not PHI (Safe Harbor removes geography below the state): never read as a city.
const COUNTRIES = new Set(
  'afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece greenland grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe usa america england scotland wales britain méxico españa perú panamá canadá brasil alemania francia italia inglaterra japón irlanda suecia noruega finlandia dinamarca polonia rusia grecia turquía marruecos egipto china colombia guatemala honduras nicaragua venezuela ecuador bolivia paraguay uruguay argentina chile cuba haití ayiti haïti mexique brésil colombie jamaïque pérou colômbia'
    .split(' ')
    .concat([
      'united states',
      'united kingdom',
      'south africa',
      'new zealand',
      'czech republic',
      'south korea',
      'north korea',
      'costa rica',
      'puerto rico',
      'el salvador',
      'dominican republic',
      'saudi arabia',
      'sri lanka',
      'united arab emirates',
      'the netherlands',
      'the philippines',
      'hong kong',
      'estados unidos',
      'república dominicana',
      'reino unido',
      'cabo verde',
      'cape verde',
      'sierra leone',
      'burkina faso',
      'ivory coast',
      'south sudan',
      'guinea bissau',
      'guiné bissau',
      'moçambique',
      'angola',
    ]),
)

/** A country's name (not a US state). */
export function isCountryName(phrase: string): boolean {
  return COUNTRIES.has(countryKey(phrase))
}

/** A country or a US state (name or two-letter code where the pattern takes it). */
export function isCountryOrState(phrase: string): boolean {
  const p = countryKey(phrase)
  return COUNTRIES.has(p) || STATE_WORD.test(p)
}

/**
 * `phrase.toLowerCase().replace(/[.,]+$/, '')`, without the lower-casing call for a phrase it leaves as it is nor the
 * pattern for one that ends on neither mark: the backstop asks this of every word it flags (each word of a Korean text).
 */
function countryKey(phrase: string): string {
  const lower = lowerCased(phrase)
  const last = lower.charCodeAt(lower.length - 1)
  return last === 46 || last === 44 ? lower.replace(/[.,]+$/, '') : lower
}

/** Spanish words before "de" that say where someone is from ("soy de") or calls from ("le llamo de"). */
export const SPANISH_FROM = 'soy|somos|vengo|venimos|hablo|llamo|llamando'
/** The same in Portuguese ("sou de", "ligo de"). */
export const PORTUGUESE_FROM = 'sou|falo|ligo|ligando'
/** "in Fresno", "from long beach", "vivo en Salinas": phrase checked against the city lexicon. */
export const CITY_CUE = new RegExp(
  // The words after the cue (and a hesitation) are looked at, not consumed: "at home in south gate" reads "in south
  // gate" too.
  String.raw`(?<![\p{L}\p{N}])(?:in|at|from|out of|near|to|outside|around|visiting|(?:(?:out|over|down|up) )?(?<!(?:go|goes|went|gone|going|stopped|stop|pass|passed|drive|drove|walk|walked|come|came)\s+)by|en|por(?![ \t]+(?:el|la|los|las|un|una|su|mi|tu)[ \t])|cerca de|desde|(?:${SPANISH_FROM}|${PORTUGUESE_FROM}) de|sa|em|à|ở|(?<!(?:my|your|his|her|our|their|the|with|and|to|for)\s+)nan|perto de|perto do|perto da|près de)\s+(?:(?:uh|um|umm|er|erm)\s+)?(?=((?:[\p{L}'.-]+)(?:\s+[\p{L}'.-]+){0,2}))`,
  'giu',
)
/** Words that never open a town's name: trimmed off the front of a candidate city phrase. */
export const STOP = new Set([
  'the',
  'my',
  'a',
  'an',
  'and',
  'or',
  'in',
  'at',
  'to',
  'from',
  'of',
  'is',
  'i',
  'im',
  "i'm",
  'we',
  'live',
  'lives',
  'moved',
  'move',
  'address',
  'city',
  'apt',
  'unit',
  'suite',
  'near',
  'de',
  'en',
  'la',
  'el',
  'y',
  'mi',
  'on',
  'me',
  'it',
  'its',
  "it's",
  'here',
  'there',
  'now',
  'home',
  'town',
  'downtown',
  'ok',
  'okay',
  'yes',
  'no',
  'new',
  'old',
])

/** Trims leading stop words off a candidate city phrase; returns the offset of the first kept word. */
export function cityStart(phrase: string): number {
  const re = /[\p{L}'.-]+/gu
  for (const m of matchesOf(re, phrase)) if (!STOP.has(m[0].toLowerCase())) return m.index
  return -1
}

/**
 * "grew up in SUND", "originally from PORT O' WARREN": a town in capitals after an origin or living phrase,
 * in a text that also uses lower case (clinical acronyms and countries excepted).
 */
export const TOWN_IN_CAPITALS =
  /\b(?:grew up|raised|born|live|lives|living|lived|moved|moving|relocated|originally|comes?|came)\s+(?:in|from|to|near)\s+(?<v>[\p{Lu}][\p{Lu}'’.-]+(?:\s+[\p{Lu}][\p{Lu}'’.-]*){0,3})(?![\p{L}\p{N}])/dgu
/** Capitalised words after a living phrase that name no town: wards, acronyms, country codes, everyday words. */
export const NOT_A_TOWN = new Set([
  'ICU',
  'NICU',
  'PICU',
  'CCU',
  'PACU',
  'ER',
  'ED',
  'OR',
  'OB',
  'ICU.',
  'SNF',
  'LTC',
  'ALF',
  'USA',
  'US',
  'UK',
  'EU',
  'UAE',
  'PT',
  'OT',
  'PAIN',
  'BED',
  'HOSPITAL',
  'REHAB',
  'HOSPICE',
  'TOWN',
  'HOME',
  'WORK',
  'SCHOOL',
  'THE',
  'A',
  'MY',
  'I',
  'AM',
  'PM',
  'LA',
  'NY',
  'DC',
])

/** The last word of a town named after its landscape ("white bear lake", "cottage grove"). */
export const PLACE_SUFFIXES =
  'heights|falls|springs|beach|hills?|city|village|junction|valley|grove|harbor|creek|township|lake|rapids|prairie|park|bluffs?|shores?|ridge|mills?|crossing|landing|neck|bay|point|square|island|plains'
export const PLACE_SUFFIX_WORD = new RegExp(`^(?:${PLACE_SUFFIXES})$`)
/** Words that do not open a town's name: "in the park", "in a trailer park", "in my city". */
export const NOT_PLACE_HEAD =
  /^(?:the|a|an|my|our|his|her|their|your|this|that|these|those|both|all|each|every|other|several|two|three|some|trailer|rv|mobile|senior|assisted|nursing|state|national|amusement|water|theme|dog|skate|ball|industrial|office|business|same|big|small|little|new|old|nice|quiet|and|or|of|at|in|on|by|to|near|for|with)$/
/** A place suffix after a town the lexicon knows alone: "columbia heights", "sioux falls". */
export const CITY_SUFFIX =
  /^[ \t]+(?:heights|park|falls|springs|beach|hills|city|village|junction|center|valley|grove|harbor|creek|gardens|township)(?![\p{L}\p{N}])/u

/**
 * English cues count only after a word that places someone or something ("the store in neon", "school in hazard",
// "we live in"), never after "allergic to", "in foster care", "mix it in mineral oil".
 */
// biome-ignore format: packed list
export const PLACED_BEFORE = new Set([
  'live', 'lives', 'living', 'lived', 'moved', 'move', 'moving', 'stay', 'staying', 'stayed', 'store', 'school',
  'clinic', 'office', 'hospital', 'pharmacy', 'walgreens', 'cvs', 'church', 'center', 'stop', 'home', 'house', 'work',
  'works', 'working', 'job', 'plant', 'mine', 'farm', 'ranch', 'site', 'shop', 'market', 'station', 'park', 'camp',
  'here', 'there', 'back', 'up', 'down', 'out', 'over', 'drive', 'driving', 'drove', 'headed', 'heading', 'coming',
  'came', 'went', 'going', 'born', 'raised', 'family', 'cousin', 'sister', 'brother', 'mom', 'dad', 'daughter', 'son',
])

/**
 * Words that make a phrase with "in" ("the office in advance", "the pharmacy in cash", "the hospital in shock"):
 * after a place of care they are that phrase, not a town of the same name.
 */
export const IN_PHRASES = new Set(
  'advance addition autumn back bed bulk care case cash charge check common crisis danger detail doubt early effect english error fact fall front full general hand house labor labour line network order pain part particular person pieces place price private process progress public question range recovery rehab remission reserve return season session shock short sight spanish spring stock summer supply surgery therapy time total touch transfer transit treatment trouble turn use view winter writing'.split(
    ' ',
  ),
)
