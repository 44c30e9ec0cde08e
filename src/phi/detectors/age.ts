/** Ages of 90 and over (Safe Harbor collapses them to "90+"): "96", "age 92", "92 yo", "92-year-old", "noventa y dos años". */
import { valueRange } from './cues'
import type { Detector, Span } from './types'
import { matchesOf } from './matches'

const N = '(?:9\\d|1[0-2]\\d)'
const UNIT = 'one|two|three|four|five|six|seven|eight|nine'
const SPOKEN = `(?:ninety(?:[\\s-](?:${UNIT}))?|one hundred(?:\\s+and)?(?:\\s+(?:${UNIT}|ten|eleven|twelve|(?:twenty)(?:[\\s-](?:${UNIT}))?))?|a hundred(?:\\s+and\\s+(?:${UNIT}))?|noventa(?:\\s+y\\s+(?:uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|cien(?:to)?(?:\\s+(?:uno|una|un|dos|tres|cuatro|cinco))?)`
const ORD_UNIT = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth'
const SPOKEN_ORDINAL = `(?:ninetieth|ninety[\\s-](?:${ORD_UNIT})|(?:one|a) hundredth|hundredth|(?:one|a) hundred(?:\\s+and)?\\s+(?:${ORD_UNIT}|tenth))`
const B = '(?<![\\p{L}\\p{N}])'
const E = '(?![\\p{L}\\p{N}])'
// Who an age is said of, right before it ("my grandpa ninety two still drives", "la abuela noventa y uno").
const FAMILY =
  'mom|mother|mama|mamá|dad|father|papa|papá|grandma|grandpa|grandmother|grandfather|granny|husband|wife|abuela|abuelo|abuelita|abuelito|aunt|uncle|t[ií]a|t[ií]o|esposo|esposa|suegra|suegro|mother-in-law|father-in-law'
const KIN = `${FAMILY}|resident`
// A spoken number runs on ("ninety nine degrees" is one number): an age is never its first word alone.
const NO_MORE = `(?![\\s-]+(?:${UNIT}|y\\s+(?:uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)|and\\s+(?:${UNIT}))${E})`
const YEARS = `(?:\\s*-?\\s*(?:yo|y/o|y\\.o\\.?|yrs?|years?|año|años|anos)(?:[\\s-]*old)?(?:[\\s-]*(?:man|woman|male|female|pt|patient|gentleman|lady))?)`
const PATTERNS: RegExp[] = [
  // 92 yo, 92-year-old, 92 years old, noventa y dos años, ninety one years
  // The number only: "años", "year-old" stay as words (the labels leave them outside the value).
  new RegExp(`${B}(?<v>${N}|${SPOKEN})(?=${YEARS}(?![\\p{L}]))`, 'gud'),
  // age 92, aged 92, edad 92, tiene 92, turned 92, is 96, he's ninety one, would have been ninety one, 90+, in her 90s
  new RegExp(
    `(?:\\b(?:age:?|aged|edad:?|tiene|tengo|am|i'm|im|be|tenía|cumplió|cumple|cumplirá|turned|turns|turning|turn|is|was|he's|she's|hes|shes|who's|whos|now|will be|soon to be|would have been|would've been|wouldve been|almost|nearly|about|already|just|${KIN})\\s+(?:(?:now|already|just|about|almost|nearly|over|past|um|uh|umm|uhh|er|erm|like)\\s+){0,2})(?<v>(?:${N}${E}|${SPOKEN}${E}${NO_MORE})(?!\\s*(?:%|°|/\\s*\\d|\\.\\d|(?:percent|por ciento|degrees?|f|c|mg|mcg|ml|bpm|over|lbs?|kg|pounds|minutes|min|mins|seconds|days?|hours|times|units|beats|mmhg|on|out of|at|mm|pills?|tabs?|tablets?|caps?|capsules?|puffs?|doses?|refills?|fever|temp|dollars|bucks)${E})))`,
    'gud',
  ),
  // my mom, 92, fell / grandpa (94) / 92F with chest pain / 91 F, hx afib (not a temperature: "afebrile at 99 F, alert")
  new RegExp(
    `(?:\\b(?:${FAMILY}|patient|pt|he|she)\\s*[,(]\\s*)(?<v>${N})${E}(?=\\s*[,)])|${B}(?<!(?:temp|tmax|tmp|t|afebrile|febrile|fever|temperature|at|of|to|@)[ \\t:]*)${N}\\s?(?:yo|y/o)?\\s?[fm]${E}(?=\\s*[,;:]?\\s+(?:with|w/|pt|patient|presents|presenting|here|who|c/o|complaining|female|male|hx|h/o|pmh|s/p|admitted|brought|from|lives|alert|resident)${E})`,
    'gud',
  ),
  // "in her 90s", "nineties", a bare "noventa" (fail closed: an age unless a reading claims it, READING_BEFORE / READING_AFTER).
  new RegExp(
    `${B}${N}\\s*\\+|${B}(?:in\\s+(?:his|her|their|my|your|the)\\s+)?(?:9\\d'?s|nineties|noventas?)${E}|${B}(?:ninety|noventa|9\\d)(?:[\\s-]+(?:something|odd|plus|ish)|\\s+y\\s+(?:pico|tantos|algo))${E}`,
    'gu',
  ),
  // "her 100th birthday", "his ninety fifth birthday", "sus noventa y cinco años" is above: an ordinal birthday of 90+.
  new RegExp(
    `${B}(?<v>(?:${N})(?:st|nd|rd|th)|${SPOKEN_ORDINAL})(?=[\\s-]+(?:birthday|bday|b-day|cumpleaños)${E})`,
    'gud',
  ),
]
const VITALS_BEFORE =
  /\b(?:oxygen|o2|sats?|saturation|spo2|pulse|heart|hr|bp|pressure|temp|temperature|fever|sugar|glucose|bs|weight|weighs|lbs|rate|level|reading|score|number|a1c|count|ox|pulse ox|oximeter|blood)\b[^.;!?\n]{0,12}$/

// A bare "noventa" inside a reading: after hundreds or a vital cue ("ciento noventa", "la presión noventa"), as the
// second number of a pressure ("… sobre noventa") or before it ("noventa sobre sesenta", "noventa por ciento").
const READING_BEFORE =
  /(?:\b(?:cient[oa]s?|cien|doscient[oa]s|trescient[oa]s|cuatrocient[oa]s|quinient[oa]s|sobre|por|over)\s+|\b(?:presi[oó]n|press[aã]o|az[uú]car|glucosa|glicose|glicemia|saturaci[oó]n|satura[cç][aã]o|ox[ií]geno|oxig[eê]nio|ox[ií]metro|oximetro|pulso|temperatura|fiebre|febre|oxigenando|satura)\b(?:\s+\S+){0,4}\s+)$/
const READING_AFTER =
  /^\s+(?:y\s+\w+\s+)?(?:sobre|por|over|\/|punto|grados|mg|miligramos|d[ií]as|libras|kilos|unidades|minutos)\b/

// "the address is 99 Elm", "room is 92": a number in address position is not an age.
const ADDRESS_BEFORE =
  /\b(?:address|addr|direcci[oó]n|apt|apartment|suite|unit|room|rm|box|floor|house|building|bldg|gate|door|lot)\s*(?:is|was|#|:|number|no\.?)?\s*$/

// "given his age and weight he's ninety": a person and a verb of being right before the number say how old, even near
// a vital's word, unless a unit of a reading follows ("his weight, he's ninety pounds").
const PERSON_IS_BEFORE = /\b(?:he's|she's|hes|shes|he is|she is|i'm|im|i am)\s+$/
const UNIT_AFTER =
  /^\s*(?:pounds|lbs?|kilos?|kgs?|percent|%|over|\/|on|at|sitting|standing|resting|lying|fasting|after|now|and\s+(?:his|her)\s+(?:pressure|sugar|oxygen))/
// ... and something says it is an age: the word "age" just before, or "years", an end, or "and" after it.
const AGE_WORD_BEFORE = /\bage\b/
const AGE_AFTER = /^\s*(?:years|yrs|yo\b|y\/o|[.,;!?]|$|and\b)/
const personAged = (before: string, after: string): boolean =>
  PERSON_IS_BEFORE.test(before) && !UNIT_AFTER.test(after) && (AGE_WORD_BEFORE.test(before) || AGE_AFTER.test(after))

// What every spoken age above holds: "ninety", "ninetieth", "nineties", "(one|a) hundred(th)", "noventa", "cien(to)".
const SPOKEN_STEMS = ['ninet', 'hundred', 'noventa', 'cien']
// What every age in digits above is: 90 to 129 with no digit on either side (each pattern has a non-digit before N,
// by its look-back or a space, comma or bracket, and a non-digit after it). A text of dates, phone numbers and IDs
// holds none, and is not scanned by the five patterns.
const AGE_NUMBER = /(?<!\d)(?:9\d|1[0-2]\d)(?!\d)/

/** Finds ages of 90 and over. */
export const detectAges: Detector = ({ lower }) => {
  const spans: Span[] = []
  // The third pattern needs an age in digits in both alternatives (\d is [0-9] even with the u flag).
  const digitAge = /[0-9]/.test(lower) && AGE_NUMBER.test(lower)
  // Every age of every pattern is digits or a spoken number of 90+, which holds one of these (the patterns have no i
  // flag): a text with neither is not scanned for the cues.
  if (!digitAge && !SPOKEN_STEMS.some((stem) => lower.includes(stem))) return spans
  for (const [i, re] of PATTERNS.entries()) {
    if (i === 2 && !digitAge) continue
    re.lastIndex = 0
    for (const m of matchesOf(re, lower)) {
      const [start, end] = valueRange(m)
      const before = lower.slice(Math.max(0, start - 30), start)
      if (
        (i === 1 || i === 2) &&
        ((VITALS_BEFORE.test(before) && !personAged(before, lower.slice(end, end + 16))) || ADDRESS_BEFORE.test(before))
      )
        continue
      if (
        i === 3 &&
        lower.startsWith('noventa', start) &&
        lower[start + 7] !== 's' &&
        (READING_BEFORE.test(before) || VITALS_BEFORE.test(before) || READING_AFTER.test(lower.slice(end, end + 24)))
      )
        continue
      spans.push({ start, end, type: 'AGE', source: 'age', canonical: '>89' })
    }
  }
  return spans
}
