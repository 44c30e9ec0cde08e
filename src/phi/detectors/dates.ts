/**
 * Dates in every common written and spoken form, English and Spanish: 3/14, 04/22/1961, 2024-03-14,
 * March 3rd, 3rd of March, Mar. 3, Tuesday March 3, 15 de marzo, lunes 4 de mayo, "the twenty second
 * of april", "june sixth nineteen eighty", "on the ninth", "born in 1931". Canonical = the year when known.
 */
import { SPANISH_NUMBER_WORD, spanishNumber, spokenYear } from '../spoken'
import { valueRange } from './cues'
import type { Detector, Span } from './types'
import { matchesOf } from './matches'
import { isSpaceUnit } from './chars'

const MONTH_EN =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec'
const MONTH_ES =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|ago|dic'
const MONTH = `(?:${MONTH_EN}|${MONTH_ES})`
const WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)'
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|º|°|ro|vo|er)?'
const UNIT = 'one|two|three|four|five|six|seven|eight|nine'
const ORD_UNIT = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth'
const ORD = `(?:(?:twenty|thirty)[\\s-](?:${ORD_UNIT})|${ORD_UNIT}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`
const ORD_TENTH_ON = `(?:(?:twenty|thirty)[\\s-](?:${ORD_UNIT})|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`
// Nouns after an ordinal that make it a rank, not a day ("the twelfth floor", "the tenth time").
const NOT_A_DAY_NOUN =
  'street|st|avenue|ave|road|rd|drive|floor|time|times|try|dose|shot|day|days|week|weeks|visit|round|one|ones|page|line|door|attempt|percentile|century|grade|place|birthday|anniversary|amendment|pill|tablet|month|year|child|baby|kid|son|daughter|grandchild|person|patient|caller|row|seat|bed|room|chapter|step|cycle|session|treatment|infusion|option|choice|disease|injection|vaccine|lesson|level|stage|trimester|of'
// Words that can follow a day but not a rank's noun: "the sixth and seventh at noon", "the ninth or tenth works".
const AFTER_A_DAY =
  'in|at|on|for|because|please|and|or|but|so|if|is|are|was|were|works?|would|will|we|i|she|he|they|it|then|too|also|this|next|last|morning|afternoon|evening|night|when|before|after|until|por|en|y'
// An ordinal said inside a date of number words ("ten twenty sixth fifty nine"), longest first.
const SPOKEN_ORDINAL =
  '(?:seventeenth|thirteenth|fourteenth|eighteenth|nineteenth|fifteenth|sixteenth|seventh|eleventh|twentieth|thirtieth|twelfth|second|fourth|eighth|third|first|fifth|sixth|ninth|tenth)'
const CARD_DAY = `(?:(?:twenty|thirty)[\\s-](?:${UNIT})|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|${UNIT})`
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen'
const SPOKEN_YEAR = `(?:(?:nineteen|eighteen|twenty)[\\s-](?:hundred|oh[\\s-](?:${UNIT})|(?:${TENS})(?:[\\s-](?:${UNIT}))?|${TEENS})|two thousand(?:\\s+and)?(?:\\s+(?:(?:twenty)(?:[\\s-](?:${UNIT}))?|${TEENS}|${UNIT}))?)`
const YEAR = "(?:(?:19|20|18)\\d{2}|'\\d{2})"
// A spoken two-digit year right after a month and day: "july fourth fifty two".
const SPOKEN_YY = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|oh[\\s-](?:one|two|three|four|five|six|seven|eight|nine))(?!\\s+(?:minutes?|mins?|pills?|tablets?|mg|units?|times|days?|hours?|percent|pounds|lbs))`
const NUM_WORD =
  'seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|seventy|twenty|eleven|twelve|thirty|eighty|ninety|three|seven|eight|forty|fifty|sixty|zero|four|five|nine|one|two|six|ten|oh'
// A hesitation after "the" stays inside the day: "on the uh fourth".
const THE = 'the\\s+(?:(?:uh|um|umm|er|erm|ah)[\\s,]+)?'
const WD = `(?:${WEEKDAY}\\.?,?\\s+(?:${THE}|el\\s+)?)?`
// A hesitation between the day and the year stays inside the date: "march third um nineteen fifty".
const SEP = '[\\s,]+(?:(?:uh|um|umm|er|erm|ah|eh)[\\s,]+)?'

const ES_UNIT = 'uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve'
const ES_DAY = `(?:primero|${ES_UNIT}|diez|once|doce|trece|catorce|quince|dieci(?:s[eé]is|siete|ocho|nueve)|veinte|veinti(?:uno|d[oó]s|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)|treinta(?:\\s+y\\s+uno)?)`
const ES_YEAR = `(?:mil\\s+novecientos(?:\\s+(?:diez|once|doce|trece|catorce|quince|dieci\\p{L}+|veinte|veinti\\p{L}+|(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)(?:\\s+y\\s+(?:${ES_UNIT}))?|${ES_UNIT}))?|dos\\s+mil(?:\\s+(?:diez|once|doce|trece|catorce|quince|dieci\\p{L}+|veinte|veinti\\p{L}+|${ES_UNIT}))?)`
const ES_MONTH_NUMBER = `(?:${ES_UNIT}|diez|once|doce)`
const B = '(?<![\\p{L}\\p{N}])'
const E = '(?![\\p{L}\\p{N}])'
// Patterns every alternative of which holds a mandatory \d ([0-9] even with the u flag) are wrapped in digitOnly():
// texts without a digit skip them. Marked where they are written, so inserting a pattern never shifts the set.
const NEEDS_DIGIT = new Set<RegExp>()
function digitOnly(re: RegExp): RegExp {
  NEEDS_DIGIT.add(re)
  return re
}
// Patterns that need a month or weekday word are wrapped in monthOrWeekday(): one scan decides for all of them.
const MONTH_GATED = new Set<RegExp>()
function monthOrWeekday(re: RegExp): RegExp {
  MONTH_GATED.add(re)
  return re
}
const PATTERNS: RegExp[] = [
  // March 3rd, Mar. 3, 2024, Tuesday March 3, june sixth nineteen eighty, march the third
  monthOrWeekday(
    new RegExp(
      `${B}${WD}${MONTH}\\.?\\s*(?:${THE})?(?:${DAY}|${ORD}|${CARD_DAY})${E}(?:${SEP}(?:of\\s+)?(?:${YEAR}|${SPOKEN_YEAR}|${SPOKEN_YY})${E}|,\\s*\\d{2}(?![\\p{N}:]|\\s*(?:am|pm|a\\.m|p\\.m)))?`,
      'gu',
    ),
  ),
  // 3rd of March, 3 March 2024, the twenty second of april
  monthOrWeekday(
    new RegExp(
      `${B}${WD}(?:${THE})?(?:${DAY}|${ORD})\\s+(?:of\\s+|de\\s+)?${MONTH}${E}\\.?(?:${SEP}(?:of\\s+|de\\s+|del\\s+)?(?:${YEAR}|${SPOKEN_YEAR})${E})?`,
      'gu',
    ),
  ),
  // el doce de enero de mil novecientos setenta
  monthOrWeekday(
    new RegExp(
      `${B}(?:${WEEKDAY},?\\s+)?(?:el\\s+)?${ES_DAY}\\s+de\\s+${MONTH}${E}(?:\\s+(?:de|del)\\s+(?:${YEAR}|${ES_YEAR})${E})?`,
      'gu',
    ),
  ),
  // viernes catorce, Friday the 14th, lunes 4
  monthOrWeekday(
    new RegExp(
      `${B}${WEEKDAY}\\.?,?\\s+(?:${THE}|el\\s+)?(?:${DAY}|${ORD}|${ES_DAY})${E}(?!\\s*(?:pm|am|p\\.m|a\\.m|o'clock|:|hours?|hrs?|days?|pills?|tabs?))`,
      'gu',
    ),
  ),
  // the 19th
  digitOnly(
    new RegExp(
      `${B}${THE}(?:[12]?\\d|3[01])(?:st|nd|rd|th)${E}(?!\\s+(?:street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|place|pl|way|court|ct|terrace|ter|parkway|pkwy|highway|hwy|floor|time|try|dose|shot|day|days|week|weeks|visit|round|one|page|line|door|attempt|percentile|century|grade|place|birthday))`,
      'gu',
    ),
  ),
  // "the fourth of the fourth thirty four", "the 3rd of the 11th": a day of a month said as its ordinal, maybe a year.
  new RegExp(
    `${B}(?:${THE})?(?:${ORD}|(?:[12]?\\d|3[01])(?:st|nd|rd|th))\\s+of\\s+the\\s+(?:${ORD_UNIT}|tenth|eleventh|twelfth|[1-9](?:st|nd|rd|th)|1[012]th)${E}(?!\\s+(?:${NOT_A_DAY_NOUN})s?${E})(?:${SEP}(?:${YEAR}|${SPOKEN_YEAR}|${SPOKEN_YY})${E})?`,
    'gu',
  ),
  // "tenemos el diecisiete a las nueve", "el 17 a la una": a day said with the hour of an appointment.
  new RegExp(`${B}el\\s+(?:d[ií]a\\s+)?(?<v>${ES_DAY}|[12]?\\d|3[01])\\s+(?=a\\s+las?\\s)`, 'gud'),
  // March 2024, marzo de 2024
  monthOrWeekday(
    new RegExp(
      `${B}${MONTH}\\.?,?\\s+(?:of\\s+|de\\s+|del\\s+)?(?:(?:19|20)\\d{2}|'\\d{2}|${SPOKEN_YEAR}|${ES_YEAR})${E}`,
      'gu',
    ),
  ),
  // 14-Mar-62, 3/Jan/2024
  digitOnly(new RegExp(`${B}(?:[12]\\d|3[01]|0?[1-9])[-/.](?:${MONTH})[-/.](?:\\d{4}|\\d{2})${E}`, 'gu')),
  // 04/22/1961, 3-14-82, 14.03.2024
  digitOnly(/(?<![\p{L}\p{N}/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\p{N}]|[/.-]\d)/gu),
  // 08/2027, 3-1961 (month and year)
  digitOnly(/(?<![\p{L}\p{N}/.-])(?:0?[1-9]|1[0-2])[/-](?:19|20)\d{2}(?![\p{N}]|[/.-]\d)/gu),
  // 2024-03-14, 2024/3/14
  digitOnly(/(?<![\p{L}\p{N}/.-])(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}(?![\p{N}]|[/.-]\d)/gu),
  // 04221961 right after a date-of-birth cue
  digitOnly(
    /(?:\b(?:dob|birth|born|nacimiento)\b[^\p{L}\p{N}]{0,12}(?:is\s+|es\s+)?)(?<v>\d{6}(?:\d{2})?(?![\p{N}]))/dgu,
  ),
  // on the ninth, since the 3rd, el 4
  new RegExp(
    `(?:\\b(?:on|by|since|until|till|before|after|from|starting|around|about|thru|through|for|this|next|last|dated|due|expires|expired|birthday's|bday's|el|del|hasta|desde|para)\\s)(?<v>(?:${THE})?(?:${ORD}|[12]?\\d(?:st|nd|rd|th)|3[01](?:st|nd|rd|th))${E}(?!\\s+(?:street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|place|pl|way|court|ct|terrace|ter|parkway|pkwy|highway|hwy|floor|time|try|dose|shot|day|days|week|weeks|visit|round|one|page|line|door|attempt|opinion|trimester|degree|grade|place|pill|tablet|month|year|child|baby|kid|son|daughter|options?|choices?|disease|injections?|vaccines?|levels?|stages?|thing|of\\s+(?:the|my|his|her|them|those|these|next|all|this))))`,
    'gud',
  ),
  // "date of birth is five seven eighty", "dob oh three fourteen sixty two": number words right after a birth cue.
  new RegExp(
    `(?:\\b(?:dob|d o b|date of birth|birth date|birthdate|birthday|born(?:\\s+(?:on|in))?|fecha de nacimiento)(?:\\s+(?:is|was|es|would be|'s))?\\s+(?:(?:uh|um|er|eh)\\s+)?)(?<v>(?:(?:${SPOKEN_ORDINAL}|${NUM_WORD})[\\s-]+(?:(?:slash|dash|uh|um|er|eh)\\s+)?){1,7}(?:${SPOKEN_ORDINAL}|${NUM_WORD})${E})`,
    'gud',
  ),
  // "dob 4 5 1930", "date of birth is 3 14 62": a birth date typed or transcribed as numbers with spaces between.
  digitOnly(
    /(?:\b(?:dob|d\.?o\.?b\.?|date of birth|birth date|birthdate|birthday|born(?:\s+on)?|nacimiento|fecha de nacimiento)(?:\s+(?:is|was|es|would be|'s))?[:\s]\s*)(?<v>(?:0?[1-9]|[12]\d|3[01])\s+(?:0?[1-9]|[12]\d|3[01])\s+(?:(?:19|20)\d{2}|\d{2}))(?![\p{N}]|\s*(?:mg|ml|units?|%|am|pm))/dgu,
  ),
  // Holidays name a day: "born on Christmas day 1948", "Thanksgiving 2019", "el día de navidad de 1950".
  new RegExp(
    `${B}(?:christmas|xmas|new year'?s|thanksgiving|halloween|easter|valentine'?s|independence|april fool'?s'?|navidad|nochebuena|a[nñ]o nuevo)(?:\\s+(?:day|eve))?(?:,?\\s+(?:of\\s+|de\\s+|del\\s+)?(?:(?:19|20)\\d{2}|${SPOKEN_YEAR}|${ES_YEAR}))${E}`,
    'gu',
  ),
  new RegExp(
    `(?:\\b(?:born|birthday|dob|nac[ií](?:do|da|ó|o)?)\\s+(?:on\\s+|el\\s+(?:d[ií]a\\s+de\\s+)?)?)(?<v>(?:christmas|xmas|new year'?s|thanksgiving|halloween|easter|valentine'?s|independence|april fool'?s'?|navidad|nochebuena|a[nñ]o nuevo)(?:\\s+(?:day|eve))?)${E}`,
    'gud',
  ),
  // "can we do the twelfth", "the twenty third works": a spoken day from the tenth on stands for a date anywhere (the first
  // to the ninth are too common as plain ordinals: "the second dose"), and any day after "do"/"how about"/"what about".
  new RegExp(
    `${B}${THE}${ORD_TENTH_ON}${E}(?!\\s+(?:${NOT_A_DAY_NOUN})s?${E}|\\s+(?:and|or|to|through|thru|-|&)\\s+(?:${THE})?${ORD}\\s+(?:${NOT_A_DAY_NOUN})s?${E})`,
    'gu',
  ),
  new RegExp(
    `(?:${B}(?:do|how about|what about)\\s+)(?<v>${THE}${ORD}${E}(?=\\s*(?:[.,!?;:)]|$)|\\s+(?:${AFTER_A_DAY})${E}))`,
    'gud',
  ),
  // "out sick the sixth and seventh": two spoken days, then a pause or a word that cannot be their noun ("the second and
  // third fingers" stays).
  new RegExp(
    `${B}${THE}${ORD}\\s+(?:and|or|to|through|thru|-|&)\\s+(?:${THE})?${ORD}(?=\\s*(?:[.,!?;:)]|$)|\\s+(?:${AFTER_A_DAY})${E})`,
    'gu',
  ),
  // "que regresara el quince", "la cita es para el veinte", "hasta el día doce": a Spanish day said alone after a
  // scheduling word (not "el uno": too often a count).
  new RegExp(
    `(?:\\b(?:cita|regres\\p{L}*|v(?:ue|o)lv\\p{L}*|venga|vengan|vengo|venir|vine|hasta|desde|para|antes del?|despu[eé]s del?|pasado|pr[oó]ximo)\\s+el\\s+|\\bcita\\s+del\\s+)(?<v>(?:d[ií]a\\s+)?(?:primero|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci(?:s[eé]is|siete|ocho|nueve)|veinte|veinti(?:uno|d[oó]s|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)|treinta(?:\\s+y\\s+uno)?))${E}(?!\\s+(?:de\\s+(?:la|los|las|mis|sus|tus)|d[ií]as|semanas|meses|a[nñ]os|horas|minutos|veces|pastillas|tabletas|unidades|mg|personas|pm|am|y\\s+media|de\\s+la\\s+(?:ma[nñ]ana|tarde|noche))${E})`,
    'gud',
  ),
  // "move my appointment to the fifth", "can we push it to the 12th": a day after "to" when an appointment is moved.
  new RegExp(
    `(?:\\b(?:appointment|appt|visit|surgery|procedure|it|move|moved|moving|reschedule|rescheduled|push|pushed|change|changed|switch|bump|bumped)\\b[^.!?\\n]{0,30}?\\bto\\s)(?<v>${THE}(?:${ORD}|[12]?\\d(?:st|nd|rd|th)|3[01](?:st|nd|rd|th))${E}(?!\\s+(?:street|st|avenue|ave|road|rd|floor|time|one|place|page|line|door|slot|spot|week|month|clinic|office|location|building|doctor|dr|option|available)))`,
    'gud',
  ),
  // "march of 62", "dob march 62", "born in march 62": a month and a two-digit year.
  digitOnly(
    new RegExp(
      `${B}${MONTH}\\.?\\s+of\\s+'?\\d{2}(?![\\p{N}:]|\\s*(?:am|pm|a\\.m|p\\.m|mg|ml|lbs?|kg|units|minutes|mins|hours|hrs|days|pills|tablets|percent|%))`,
      'gu',
    ),
  ),
  digitOnly(
    new RegExp(
      `(?:\\b(?:dob|born|birth|birthday|nac[ií](?:do|da|ó|o)?)\\b[^\\p{L}\\p{N}]{0,4}(?:(?:in|on|is|was|en|el|es)\\s+){0,2})(?<v>${MONTH}\\.?,?\\s+(?:of\\s+|de\\s+|del\\s+)?'?\\d{2}(?![\\p{N}:]))`,
      'gud',
    ),
  ),
  // "mi fecha de nacimiento es catorce del tres del sesenta y dos": Spanish number words after a birth cue.
  new RegExp(
    `(?:\\b(?:fecha de nacimiento|nac[ií](?:do|da|ó|o)?|cumpleaños)(?![\\p{L}])(?:\\s+(?:es|fue|el|en|era))*\\s+)(?<v>(?:${SPANISH_NUMBER_WORD}|${MONTH}|\\d{1,4})(?:\\s+(?:(?:de|del|y)\\s+)?(?:${SPANISH_NUMBER_WORD}|${MONTH}|\\d{1,4})){1,10})${E}`,
    'gud',
  ),
  // "es quince del cinco del cincuenta y dos", "el 15 del 5 del 52": a day, a month and a year joined by "del" (and
  // "de" before the year), with no cue needed: three numbers joined so name nothing else.
  new RegExp(
    `${B}(?<v>(?:${ES_DAY}|[12]?\\d|3[01])\\s+del\\s+(?:${ES_MONTH_NUMBER}|0?[1-9]|1[0-2])(?:\\s+del\\s+(?:${SPANISH_NUMBER_WORD}(?:\\s+(?:y\\s+)?${SPANISH_NUMBER_WORD}){0,4}|\\d{2}|\\d{4})|\\s+de\\s+(?:${ES_YEAR}|(?:19|20)\\d{2})))${E}`,
    'gud',
  ),
  // born in 1931, dob 1931, born in nineteen twenty eight
  new RegExp(
    `(?:\\b(?:dob|d\\.o\\.b\\.?|born|birth ?year|year of birth|date of birth|birthday|nac[ií](?:do|da|ó|o)?|nacimiento)(?![\\p{L}\\p{N}])[^\\p{L}\\p{N}]{0,4}(?:(?:in|is|was|en|el|es|:)\\s+){0,2}(?:(?:a[nñ]o|year)\\s+(?:de\\s+)?)?)(?<v>(?:(?:19|18|20)\\d{2}|${SPOKEN_YEAR}|${ES_YEAR})${E})`,
    'gud',
  ),
]
// The birth cues of four patterns (their alternatives read "dob", "d.o.b", "birth…", "born", "nac…"), by the start of
// their cue group; the cues all hold one of BIRTH_CUE's strings.
const BIRTH_CUED = [
  '(?:dob|birth|born|nacimiento)\\b',
  '(?:dob|d\\.?o\\.?b\\.?|date of birth',
  '(?:dob|born|birth|birthday|nac',
  '(?:dob|d\\.o\\.b\\.?|born|birth ?year',
]
const BIRTH_CUE = /dob|d\.?o\.?b|birth|born|nac/
// What every ordinal day of ORD or in digits holds ("twenty-first" its "first", "fifteenth" its "teenth").
const ORDINAL =
  /first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth|\d(?:st|nd|rd|th)/
// Anchor words of the rarer patterns: ordinary messages skip them.
const HOLIDAY_GATE =
  /christmas|xmas|new year|thanksgiving|halloween|easter|valentine|independence|april fool|navidad|nochebuena|a[nñ]o nuevo/
const MONTH_OR_WEEKDAY = new RegExp(`${B}(?:${MONTH}|${WEEKDAY})${E}`, 'u')
const GATES = new Map<RegExp, RegExp>([
  ...[...MONTH_GATED].map((re): [RegExp, RegExp] => [re, MONTH_OR_WEEKDAY]),
  [PATTERNS.find((re) => re.source.includes('d o b|date of birth'))!, /dob|d o b|birth|born|nacimiento/],
  ...PATTERNS.filter((re) => re.source.includes('nochebuena')).map((re): [RegExp, RegExp] => [re, HOLIDAY_GATE]),
  [PATTERNS.find((re) => re.source.includes('fecha de nacimiento|nac'))!, /nac[ií]|cumplea/],
  [PATTERNS.find((re) => re.source.includes('\\s+del\\s+(?:(?:uno|una'))!, /\sdel\s/],
  // What each of the patterns below cannot match without: a birth cue, "of the", "el" or "del", "to the", an ordinal.
  ...PATTERNS.filter((re) => BIRTH_CUED.some((cue) => re.source.includes(cue))).map((re): [RegExp, RegExp] => [
    re,
    BIRTH_CUE,
  ]),
  [PATTERNS.find((re) => re.source.includes(')\\s+of\\s+the\\s+(?:'))!, /of\s+the\s/],
  [PATTERNS.find((re) => re.source.includes('(?:cita|regres'))!, /\s(?:el|del)\s/],
  [PATTERNS.find((re) => re.source.includes('(?:appointment|appt|visit'))!, /to\sthe\s/],
  [PATTERNS.find((re) => re.source.includes('starting|around|about|thru'))!, ORDINAL],
])
// A spoken day after "the" ("the 19th", "can we do the twelfth", "the sixth and seventh"): every match holds "the" as
// written (these patterns have no i flag), so a text without it (most messages of another language, many short ones)
// skips them.
const THE_GATE = /the/
const OPENS_ON_THE = [`${B}${THE}`, `(?:${B}(?:do|how about|what about)\\s+)(?<v>${THE}`]
for (const re of PATTERNS)
  if (!GATES.has(re) && !re.ignoreCase && OPENS_ON_THE.some((opening) => re.source.startsWith(opening)))
    GATES.set(re, THE_GATE)

const ASCII_DIGIT = /[0-9]/
// m/d with no year: a date unless it reads as a pain score, a fraction of a dose or a ratio.
const MONTH_DAY = /(?<![\p{L}\p{N}/.:-])(\d{1,2})\/(\d{1,2})(?![\p{N}]|[/.:]\d)/gu
const NOT_A_DATE_AFTER =
  /^\s*(?:pain|scale|on the pain|out of|tabs?|tablets?|pills?|caps?|cups?|doses?|tsp|tbsp|teaspoons?|tablespoons?|strength|mg|ml|of (?:a|the|an|my)|hours?|hrs?|days?|weeks?|mins?|minutes?|inch|in\b|mile|miles|lbs?|kg|dose)/
const NOT_A_DATE_BEFORE =
  /(?:pain|level|score|rate|rated|scale|about|maybe|like|take|took|taking|half|bp|pressure|dose|ratio|split)\s*(?:is|was|at|of|a|an|:)?\s*$/

// Every spoken year yearOf reads holds one of these: "mil" (Spanish) or the English year's first word.
const SPOKEN_YEAR_WORD = /mil|nineteen|eighteen|twenty|two/

function yearOf(s: string): string | undefined {
  const four = s.match(/(?<!\d)(18|19|20)\d{2}(?!\d)/)
  if (four && !/^\d{4}[/.-]\d/.test(s.trim()) && /[/.-]\d{1,2}[/.-]\d{4}|[a-z]|\d{4}$/.test(s)) return four[0]
  const iso = s.match(/^\s*((?:19|20)\d{2})[/.-]\d/)
  if (iso) return iso[1]
  const two = s.match(/(?:^|[/.-]|')(\d{2})\s*$/)
  if (two && /\d[/.-]\d{1,2}[/.-]\d{2}\s*$|'\d{2}\s*$/.test(s)) {
    const yy = Number(two[1])
    const now = new Date().getUTCFullYear() % 100
    return String(yy > now ? 1900 + yy : 2000 + yy)
  }
  const lowered = s.toLowerCase()
  // The spoken years below start on one of these words: most dates hold none, and are not split into words for them.
  if (!SPOKEN_YEAR_WORD.test(lowered)) return undefined
  const words = lowered.split(/[\s,-]+/).filter(Boolean)
  // Spanish spoken years: "mil novecientos setenta y dos", "dos mil cinco".
  for (let i = 0; i < words.length; i += 1) {
    if (words[i] !== 'mil' && !(words[i] === 'dos' && words[i + 1] === 'mil')) continue
    const n = spanishNumber(words.slice(i))
    if (n && n.value >= 1800 && n.value <= 2099) return String(n.value)
  }
  for (let i = 0; i < words.length; i += 1) {
    const y = spokenYear(words.slice(i, i + 4))
    if (y !== undefined && /^(?:nineteen|eighteen|twenty|two)$/.test(words[i]!)) {
      // "twenty" alone is a day; a spoken year needs a second word that is part of it.
      if (
        words[i] === 'twenty' &&
        (words.length - i < 2 ||
          /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|four|five|six|seven|eight|nine)$/.test(
            words[i + 1] ?? '',
          ))
      )
        continue
      return String(y)
    }
  }
  return undefined
}

// A timestamp's time ("1992-11-12 07:04:41"); "at 3:14am" only after a birth ("Tue 12/9 at 10:15" keeps the appointment time).
const TIME_AFTER =
  /^(?:[\sT]|,\s|\s+at\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[ap]\.?m\.?)?(?:z|[+-]\d{2}:?\d{2})?(?![\p{N}])/u
const WEEKDAY_BEFORE = new RegExp(`${WEEKDAY}\\.?,?\\s+(?:${THE}|el\\s+)?$`, 'u')

function push(spans: Span[], text: string, start: number, end: number, source: string): void {
  if (end <= start) return
  // "Tues 11/18", "lunes 4 de mayo": the weekday is part of the date. Tried only where the pattern can end (white
  // space or a comma right before the date): it is tried at every position of the look-back otherwise.
  const c = start > 0 ? text.charCodeAt(start - 1) : -1
  const wd = c === 44 || isSpaceUnit(c) ? WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 16), start)) : null
  if (wd && (start - wd[0].length === 0 || !/[\p{L}\p{N}]/u.test(text[start - wd[0].length - 1]!)))
    start -= wd[0].length
  const year = yearOf(text.slice(start, end))
  // A time right after a full date is part of the timestamp: "1992-11-12 07:04:41".
  if (/\d$/.test(text.slice(start, end))) {
    const t = TIME_AFTER.exec(text.slice(end, end + 24))
    if (
      t &&
      (!/^\s+at\s/.test(t[0]) || /\b(?:born|birth|dob|nac[ií])/.test(text.slice(Math.max(0, start - 40), start)))
    )
      end += t[0].length
  }
  spans.push(year ? { start, end, type: 'DATE', source, canonical: year } : { start, end, type: 'DATE', source })
}

// The second day of a range: "Nov 20-21", "march 3 to 5", "the 11th through 13th" (not a time or a count).
const RANGE_END =
  /^[ \t]*(?:-|–|to|through|thru|and|&)[ \t]*(?:the[ \t]+)?(?:[12]?\d|3[01])(?:st|nd|rd|th)?(?![\p{L}\p{N}/:.]|[ \t]*(?:am|pm|a\.m|p\.m|o'clock|hours?|hrs?|days?|weeks?|times|pills?|tabs?|tablets?|mg|ml|units|percent|%|minutes?|mins?|years?))/u
// The same with spoken days: "the ninth and tenth", "march third or fourth", "the twenty first to twenty third".
const ORD_RANGE_END = new RegExp(
  `^[ \\t]*(?:-|–|to|through|thru|and|&|or)[ \\t]+(?:the[ \\t]+)?(?<v>${ORD})${E}(?![ \\t]+(?:${NOT_A_DAY_NOUN})s?${E})`,
  'du',
)
const ENDS_WITH_ORD = new RegExp(`(?:^|[^\\p{L}])(?<v>${ORD})$`, 'du')
// biome-ignore format: packed list
const ORD_VALUES = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth']

/** 1-31 for a spoken ordinal day ("ninth", "twenty first", "thirtieth"). */
function ordinalValue(words: string): number {
  const [a, b] = words.split(/[\s-]+/)
  if (b !== undefined) return (a === 'thirty' ? 30 : 20) + ORD_VALUES.indexOf(b) + 1
  return a === 'thirtieth' ? 30 : ORD_VALUES.indexOf(a!) + 1
}
const ENDS_WITH_DAY = /(?:^|[^\p{N}])(?:[12]?\d|3[01])(?:st|nd|rd|th)?$/u
// A birth date said again as bare numbers after a hesitation: "december first um twelve one seventy two".
const RESTATED = new RegExp(
  `^[\\s,]+(?:(?:uh|um|umm|er|erm|i mean|that's|thats|so|or|like|sorry)[\\s,]+){1,2}(?<v>(?:${NUM_WORD})(?:[\\s-]+(?:(?:slash|dash)[\\s]+)?(?:${NUM_WORD})){2,6})${E}`,
  'du',
)
const BIRTH_BEFORE = /\b(?:dob|d o b|birth|born|birthday|birthdate)\b[^.!?\n]{0,30}$/

/** Finds dates; canonical is the four-digit year when the date has one. */
export const detectDates: Detector = ({ lower }) => {
  const spans: Span[] = []
  const passed = new Map<RegExp, boolean>()
  const hasDigit = ASCII_DIGIT.test(lower)
  for (const re of PATTERNS) {
    if (!hasDigit && NEEDS_DIGIT.has(re)) continue
    const gate = GATES.get(re)
    if (gate) {
      let ok = passed.get(gate)
      if (ok === undefined) passed.set(gate, (ok = gate.test(lower)))
      if (!ok) continue
    }
    re.lastIndex = 0
    for (const m of matchesOf(re, lower)) {
      const [start, end] = valueRange(m)
      push(spans, lower, start, end, 'date')
    }
  }
  for (const m of hasDigit ? matchesOf(MONTH_DAY, lower) : []) {
    const a = Number(m[1])
    const b = Number(m[2])
    // Month/day or day/month ("22/10" in Spanish and most of the world).
    if (a < 1 || b < 1 || !((a <= 12 && b <= 31) || (a <= 31 && b <= 12))) continue
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 24)
    const before = lower.slice(Math.max(0, m.index - 24), m.index)
    if (
      b === 10 &&
      /\b(?:pain|scale|rate|rated|level|score|cramp|cramps|cramping|contractions?|hurts?|hurting|aches?|aching|headache|migraine|severity|intensity|sore|soreness|discomfort|dolor|duele)\b/.test(
        lower.slice(Math.max(0, m.index - 40), m.index + 40),
      )
    )
      continue
    if (NOT_A_DATE_AFTER.test(after) || NOT_A_DATE_BEFORE.test(before)) continue
    // "2 1/2", "18 1/2 Front Street": a fraction after a whole number (a mixed number), not a month and day.
    if (a < b && (b === 2 || b === 3 || b === 4 || b === 8) && /\d[ \t]$/.test(before)) continue
    push(spans, lower, m.index, m.index + m[0].length, 'month-day')
  }
  for (const s of spans.slice()) {
    if (ENDS_WITH_DAY.test(lower.slice(s.start, s.end)) && !/(?:19|20)\d{2}$/.test(lower.slice(s.start, s.end))) {
      const r = RANGE_END.exec(lower.slice(s.end, s.end + 20))
      // A range runs forward: "20-21", not "the 3rd - 2 of them".
      if (r && Number(/\d+(?=\D*$)/.exec(r[0])?.[0]) > Number(/(\d+)\D*$/.exec(lower.slice(s.start, s.end))?.[1]))
        s.end += r[0].length
    }
    const ord = ENDS_WITH_ORD.exec(lower.slice(Math.max(s.start, s.end - 16), s.end))
    if (ord?.groups?.v) {
      const r = ORD_RANGE_END.exec(lower.slice(s.end, s.end + 40))
      if (r?.groups?.v && ordinalValue(r.groups.v) > ordinalValue(ord.groups.v)) s.end += r[0].length
    }
    const again = BIRTH_BEFORE.test(lower.slice(Math.max(0, s.start - 40), s.start))
      ? RESTATED.exec(lower.slice(s.end, s.end + 90))
      : null
    if (again?.indices?.groups?.v) {
      const [a, b] = again.indices.groups.v
      push(spans, lower, s.end + a, s.end + b, 'date-restated')
    }
  }
  return spans
}
