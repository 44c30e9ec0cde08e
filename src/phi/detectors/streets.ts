/**
 * Street lines: written and spoken house numbers with a street type, Spanish and European street forms, intersections,
 * PO boxes, units, rural routes and military mail. Kept apart from location.ts, which adds the address context, ZIPs
 * and cities around the streets found here; each pattern is gated by a cheap test so ordinary messages skip it.
 */
import { isClinicalTerm, isFirstName, isSpanishWord, isSurname } from '../lexicon'
import { SPANISH_NUMBER_WORD, spanishNumber } from '../spoken'
import { isSpaceUnit } from './chars'
import { valueRange } from './cues'
import type { Span } from './types'
import { matchesOf } from './matches'

/** Street-type words and their abbreviations, as a regex alternation. */
export const SUFFIX =
  'street|st|avenue|ave|av|road|rd|drive|dr|lane|ln|boulevard|blvd|court|ct|way|place|pl|highway|hwy|parkway|pkwy|circle|cir|terrace|ter|trail|trl|square|sq|loop|alley|aly|row|path|pass|pike|plaza|plz|run|crescent|cres|close|expressway|expy|freeway|fwy|turnpike|tpke|route|rte|point|pt|heights|hts|park|crossing|xing|landing|ridge|view|commons|concourse|esplanade|promenade|causeway|walk|mall|center|ctr|grove|hill|hills|manor|meadows|estates'
/** Numbered streets said as words: "fifth and main". */
export const ORDINAL_STREET =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth)'
// A unit and its value, and a letter said after it.
/**
 * A letter said after a unit's value, which belongs to the unit ("unit two b"): not "a", "i", r/l/w (right, left,
 * with) or a letter that opens a clinical term ("g tube", "x ray", "s/p", "c-diff"). Shared with street-extents.ts.
 */
export const UNIT_LETTER = String.raw`[b-df-hj-kmnp-qstvxz](?![\p{L}\p{N}'’/-])(?![ \t]+(?:tube|ray|dimer|pylori|diff|cell|scan|section|peptide|reactive)\b)`
const UNIT = String.raw`(?:,?\s*(?:apt|apartment|unit|suite|ste|#|room|rm|bldg|building|floor|fl|space|spc|lot|depto|departamento|piso|interior|int)\.?\s*#?\s*[\p{L}\p{N}-]{1,6}(?![\p{L}\p{N}])(?:[ \t]${UNIT_LETTER})?)`
const DIR = String.raw`(?:(?:northeast|northwest|southeast|southwest|north|south|east|west|ne|nw|se|sw|n|s|e|w)\.?\s+)`
const WORD = String.raw`[\p{L}\p{N}'.-]+`
const B = String.raw`(?<![\p{L}\p{N}])`
const E = String.raw`(?![\p{L}\p{N}])`
// Function words never sit between a house number and its street type ("4 of the place" is a count).
// A measure, then a street type that is also a verb or a noun of going ("a 5 mile run", "10 minute drive", "let 2
// weeks pass"), is no street; "8 Mile Road" is.
const MEASURED_GOING = String.raw`(?!(?:minutes?|mins?|hours?|hrs?|secs?|seconds?|days?|weeks?|months?|years?|blocks?|miles?|km|times?|more)[\s-]+(?:run|walk|pass|view|drive|close|loop)${E})`
const NUMBERED = new RegExp(
  String.raw`${B}(?:[nsew]\d{3,5}|\d{1,6}[a-z]?(?:-\d{1,4})?(?:\s+1\/2|\s*½)?)\s+${DIR}?${MEASURED_GOING}(?:(?!(?:of|to|in|at|for|is|was|with|from|my|your|and|or|per|after|before|since|until|till|during|then|than|by)\s)${WORD}\s+){0,3}(?:${SUFFIX})\.?${E}(?:\s+${DIR.replace('\\s+', '')}${E})?${UNIT}?`,
  'giu',
)
// "1200 N Main": a house number and a compass abbreviation in capitals before a capitalised word.
const NUMBERED_DIRECTION = new RegExp(
  String.raw`${B}\d{1,6}\s+(?:N|S|E|W|NE|NW|SE|SW)\.?\s+[\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+)?${E}${UNIT}?`,
  'gu',
)
// "I'm at 4410 olympic", "pick me up from 1550 Alvarado": a 3+ digit number after at/on/from and a word that
// is not a unit, a time word or a function word reads as a house number and street.
const BARE_NUMBER =
  /\b(?:at|on|from|to|near)\s+(?<v>\d{3,6}[a-z]?\s+(?!(?:am|pm|a\.m|p\.m|mg|mcg|ml|cc|units?|cal|calories|kcal|hours?|hrs?|mins?|minutes?|seconds?|feet|ft|steps|miles?|mi|km|degrees?|times?|people|dollars?|bucks|pounds?|lbs?|kg|oz|tablets?|pills?|doses?|today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|o'?clock|sharp|ish|pst|est|cst|mst|pdt|edt|the|a|an|and|or|to|of|in|on|at|for|with|is|was|but|so|then|if|when|please|pls|thanks|ok|okay|after|before|since|until|till|during|this|that|last|next|every|per|each|now|again|already|still|right|yet|total|max|min|average|avg|fasting|before|level|reading|range|percent|dollars|usd|by|via|i|we|he|she|they|it|while|when|where|which|who|because|since|resting|rest|sitting|walking|lying|standing|sleeping|bpm|beats|mmhg|systolic|diastolic)(?![\p{L}\p{N}]))[\p{L}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+)?)/dgiu
// Spoken house numbers in transcripts: "eighteen twenty two maple drive".
const NOT_STREET_NAME =
  '(?:the|a|an|my|his|her|their|our|your|this|that|it|home|work|school|call|time|weekends?|weekdays?|days?|nights?|mornings?|evenings?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|am|pm|then|now|off|on|and|or|is|was|i|we|he|she|they|you|me|them|us|tylenol|motrin|advil|ibuprofen|meds|insulin|hold|duty|break|vacation|leave|top|both|either|holidays?)'
/** English number words as a regex group, longest first so "fourteen" is never read as "four" + "teen". */
export const NUM_WORD =
  '(?:seventeen|thirteen|fourteen|eighteen|nineteen|thousand|fifteen|sixteen|seventy|hundred|twenty|eleven|twelve|thirty|eighty|ninety|three|seven|eight|forty|fifty|sixty|zero|four|five|nine|one|two|six|ten|oh)'
const SPOKEN_UNIT = String.raw`(?:,?\s+(?:apartment|apt|unit|suite|number|space|lot)\s+(?:${NUM_WORD}[\s-]*){1,3}(?:[a-z](?![\p{L}\p{N}]))?)`
// After the street type: a second one when the name itself ends in a type word ("oak ridge drive", "forest park
// avenue") and a post-directional said in full ("cedar avenue south"; not "south of the river").
const STREET_TAIL = String.raw`(?:\s+(?:street|avenue|road|drive|lane|boulevard|court|place|circle|terrace|trail|parkway|highway)${E})?(?:\s+(?:north|south|east|west|northeast|northwest|southeast|southwest)${E}(?!\s+(?:of|side|end|wing|entrance|door|tower|building|campus)${E}))?`
// A measure after a number is no street's name: "five minutes drive", "two blocks way".
const NOT_MEASURE = String.raw`(?!(?:minutes?|mins?|hours?|hrs?|secs|days?|weeks?|months?|years?|blocks?|miles|times?|more|or)${E})`
// "ninety nine point eight" is a temperature: "point" is no street type after spoken numbers. "ninety four dash two
// twenty three …": a house number with a hyphen (Hawaii, Queens) said with "dash".
const SPOKEN_NUMBERED = new RegExp(
  String.raw`${B}(?:${NUM_WORD}[\s-]+){1,6}(?:(?:dash|hyphen)\s+(?:${NUM_WORD}[\s-]+){1,4})?(?:and\s+a\s+half\s+)?${DIR}?(?:${NUM_WORD}[\s-]+){0,4}(?:${NOT_MEASURE}${WORD}\s+){0,2}?(?!(?:point|pt)${E})(?:${SUFFIX})\.?${E}${STREET_TAIL}(?:${SPOKEN_UNIT}|${UNIT})?`,
  'giu',
)
const ORDINAL_DIGITS_GATE = /\d(?:st|nd|rd|th)\b/
// "4931 E 22nd", "12 W 3rd": a house number, a direction and a numbered street with no type after it.
const DIRECTION_ORDINAL = new RegExp(
  String.raw`${B}\d{1,6}\s+(?:[NSEW]|[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)\.?\s+\d{1,3}(?:st|nd|rd|th)${E}(?!\s+(?:floor|fl|degree|grade|trimester|dose|time|shift)\b)`,
  'gu',
)
// "mile four point two knik goose bay road", "Mile 12.5 Richardson Hwy": a rural address given by its mile marker
// (Alaska, the rural West). The words between are the road's name, never a distance or a time ("a mile five minutes
// drive").
const MILE_NUMBER = String.raw`(?:\d{1,3}(?:\.\d{1,2})?|(?:${NUM_WORD}[\s-]+){0,2}${NUM_WORD}(?:\s+point\s+${NUM_WORD}|\s+and\s+a\s+half)?)`
const NOT_ROAD_NAME = String.raw`(?!(?:minutes?|mins?|hours?|blocks?|miles?|more|away|from|down|up|to|the|a|of|or|and|on|off|past|by)${E})`
const MILE_MARKER = new RegExp(
  String.raw`${B}mile\s+${MILE_NUMBER}\s+(?:${NOT_ROAD_NAME}${WORD}[\s-]+){1,4}?(?:${SUFFIX})\.?${E}|${B}(?:mile[\s-]*(?:marker|post)|milepost)\s+${MILE_NUMBER}${E}`,
  'giu',
)
// "thirty two hundred west olive unit two fourteen": a spoken number, a compass word and a name.
// The street's name may be a numbered one said in words ("east twenty second") or Spanish with its article ("south la
// pasadita").
const TENS_WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)'
const SPOKEN_DIRECTION = new RegExp(
  String.raw`${B}(?:${NUM_WORD}[\s-]+){2,6}(?:north|south|east|west)\s+(?!(?:of|side|coast|end|wing|entrance|door|tower|building|campus|at|on|in|and|the)\b)(?:${TENS_WORD}[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:la|el|las|los|del)\s+[\p{L}'-]{3,}|[\p{L}'-]{3,})${E}(?:${SPOKEN_UNIT}|${UNIT})?`,
  'giu',
)
// The grid addresses of Utah, Idaho and other towns laid out from a meridian: a house number, a direction, the grid
// street's number and its direction ("3350 E 3700 N", "eight nine two one west thirty five hundred south").
const GRID_DIRECTION = String.raw`(?:north|south|east|west|n|s|e|w)\.?`
const GRID = new RegExp(
  String.raw`${B}(?:\d{1,6}|(?:${NUM_WORD}[\s-]+){0,5}${NUM_WORD})\s+${GRID_DIRECTION}\s+(?:\d{2,5}|(?:${NUM_WORD}[\s-]+){0,5}${NUM_WORD})\s+${GRID_DIRECTION}${E}(?:${SPOKEN_UNIT}|${UNIT})?`,
  'giu',
)
const DIRECTION_WORD = /\b(?:north|south|east|west|[nsew])\b/g

/** The text names a direction twice (one pass, stopping at the second: a text of single letters stays linear). */
function twoDirections(lower: string): boolean {
  DIRECTION_WORD.lastIndex = 0
  return DIRECTION_WORD.test(lower) && DIRECTION_WORD.test(lower)
}

// Spoken Spanish house numbers, before or after the street: "novecientos veinte calle roble",
// "la main street cuatrocientos diez", "calle olivo número mil cuatrocientos".
const ES_NUM_RUN = String.raw`${SPANISH_NUMBER_WORD}(?:[\s-]+(?:y\s+)?${SPANISH_NUMBER_WORD}){0,5}`
const ES_STREET_WORD =
  '(?:calle|avenida|avda|camino|paseo|carretera|calzada|privada|bulevar|boulevard|callejón|callejon)'
const ES_SPOKEN_UNIT = String.raw`(?:,?\s+(?:apartamento|departamento|depto|interior|unidad|piso|n[uú]mero)\s+(?:n[uú]mero\s+)?${ES_NUM_RUN}(?:\s+[a-z](?![\p{L}\p{N}]))?${E})?`
// A unit read out on its own: "apartment twelve b", "apartamento tres", "suite four ten".
const SPOKEN_UNIT_ALONE = new RegExp(
  String.raw`${B}(?:apartment|apt|suite|apartamento|departamento|depto)\s+(?:number\s+|n[uú]mero\s+)?(?:${NUM_WORD}|${SPANISH_NUMBER_WORD})(?:[\s-]+(?:${NUM_WORD}|${SPANISH_NUMBER_WORD})){0,3}(?:\s+[a-z](?![\p{L}\p{N}]))?${E}`,
  'giu',
)
const SPOKEN_ES_BEFORE = new RegExp(
  String.raw`${B}(?<n>${ES_NUM_RUN})\s+(?:de\s+la\s+|del\s+)?(?:${ES_STREET_WORD}\s+(?:de\s+(?:la\s+|los\s+|las\s+)?)?[\p{L}'-]+|(?!(?:la|el|en|de|y|the|on|at|in|and)\s)(?:${WORD}\s+){1,2}?(?:${SUFFIX})\.?)${E}${ES_SPOKEN_UNIT}`,
  'giud',
)
const SPOKEN_ES_AFTER = new RegExp(
  String.raw`${B}(?:${ES_STREET_WORD}\s+(?:de\s+(?:la\s+|los\s+|las\s+)?)?[\p{L}'-]+(?:\s+[\p{L}'-]+)?|(?!(?:la|el|en|de|y|the|on|at|in|and)\s)(?:${WORD}\s+){1,2}?(?:${SUFFIX})\.?)\s+(?:n[uú]mero\s+)?(?<n>${ES_NUM_RUN})${E}${ES_SPOKEN_UNIT}`,
  'giud',
)
// "el dos diecinueve east southcross": a Spanish house number before a street named in English with its direction.
const SPOKEN_ES_DIRECTION = new RegExp(
  String.raw`${B}(?<n>${ES_NUM_RUN})\s+(?:north|south|east|west)\s+(?!(?:of|side|coast|end|wing|entrance|door|tower|building|campus|at|on|in|and|the|de|del|la|el|y)${E})[\p{L}'-]{3,}${E}`,
  'giud',
)
// "p o box eleven forty two": a PO box read out.
const PO_BOX_SPOKEN = new RegExp(
  String.raw`${B}(?:p\.?\s*o\.?\s*box|post\s+office\s+box|apartado(?:\s+postal)?)\s+(?:number\s+)?(?:${NUM_WORD}[\s-]+){0,5}${NUM_WORD}${E}`,
  'giu',
)
// "i live at four forty four elm", "we're at nineteen oh one market": a spoken house number and a street word
// after a place cue, no street type needed (the written form is BARE_NUMBER). "near" places a house too, only after a
// word of living a few words before ("she lives in alief near twelve thousand four hundred beechnut"): "his fever was
// near one hundred two" is a reading.
const SPOKEN_BARE = new RegExp(
  String.raw`\b(?:live|lives|living|lived|staying|stay|located|i'm|im|we're|were|we are|i am|address is|moved to|move to|pick me up at|come to|(?:live|lives|living|lived|staying|stays|stay|located)\s(?:[^.!?\n\s]+\s){0,3}near)\s+(?:at|on|to|in|near)?\s*(?<v>(?:${NUM_WORD}[\s-]+){2,6}(?!(?:${NUM_WORD}|am|pm|a m|p m|o'?clock|minutes?|hours?|days?|weeks?|years?|months?|times?|pills?|tablets?|mg|milligrams?|grams?|micrograms?|mcg|ml|cc|units?|percent|pounds?|lbs?|kilos?|dollars?|bucks|miles?|meters?|feet|foot|steps|calories|people|patients|of|after|before|since|until|till|per|every|each|when|while|if|then|than|because|is|was|are|again|also|too|just|only|around|about|maybe|last|and|or|the|a|in|on|at|to|for|with|now|today|tonight|tomorrow|yesterday|this|that|please|so|but|i|we|it|my)\b)[\p{L}][\p{L}'-]+)${E}`,
  'giud',
)
// Rural routes and highway contract routes: "rural route one box four twelve", "RR 2 Box 14".
const RURAL_ROUTE = new RegExp(
  // "RR 18" alone is a respiratory rate: the short forms need their box.
  String.raw`${B}(?:(?:rural|star|highway\s+contract)\s+route\s*#?\s*(?:\d{1,4}|(?:${NUM_WORD}[\s-]+){0,2}${NUM_WORD})(?:,?\s+box\s*#?\s*(?:\d{1,5}|(?:${NUM_WORD}[\s-]+){0,3}${NUM_WORD}))?|(?:rr|r\.r\.|hcr?)\s*#?\s*\d{1,4},?\s+box\s*#?\s*\d{1,5})${E}`,
  'giu',
)
// "the 4200 block of Elm", "forty two hundred block of main": a block of a named street.
const BLOCK_OF = new RegExp(
  String.raw`${B}(?:\d{1,3}00|(?:${NUM_WORD}[\s-]+){1,2}hundred)\s+block\s+of\s+(?:(?:north|south|east|west|n|s|e|w)\.?\s+)?(?!(?:the|a|an|my|his|her|our|their|this|that|it|them|time|appointments?|slots?|visits?)${E})[\p{L}][\p{L}'-]+(?:\s+(?:${SUFFIX})\.?${E})?`,
  'giu',
)
// "vivo en la colonia las flores", "fraccionamiento San Miguel": a neighbourhood named after its Spanish type word.
const COLONIA = new RegExp(
  String.raw`${B}(?:colonia|col\.|fraccionamiento|fracc\.?|barrio|residencial|unidad habitacional)\s+(?!(?:y|o|a|e|que|en|con|por|para|de|del|mi|mis|tu|su|sus|este|esta|ese|esa|un|una|me|le|se|no|muy|es|está|esta)${E})(?:(?:de|del|la|las|los|el|san|santa|santo)\s+){0,2}[\p{L}][\p{L}'-]+(?:\s+(?!(?:calle|avenida|av|n[uú]mero|no|y|o|en|de|del|con|cerca|por|que|es|para)${E})[\p{L}][\p{L}'-]+)?`,
  'giu',
)
// "Lot 22 Shady Pines MHP", "space 9 at Rancho Verde Mobile Estates": a lot in a named park.
const PARK_LOT = new RegExp(
  String.raw`${B}(?:lot|space|spc|site|trailer)\s*#?\s*\d{1,4}[a-z]?,?\s+(?:(?:at|in|en)\s+)?(?:[\p{Lu}][\p{L}'-]+\s+){1,3}(?:mhp|mobile\s+home\s+park|mobile\s+estates|trailer\s+(?:park|court|ct)|rv\s+park|manufactured\s+home\s+community)${E}`,
  'giu',
)
// A road known by its number: "county road", "state route", "farm road", "highway" at the end of a street span, and
// Texas' business routes, farm-to-market roads, loops and spurs ("east business eighty three", "fm 495"), with the
// direction a county road's number may carry ("county road twelve south").
const NUMBERED_ROAD_END = /(?:^|[^\p{L}])(?:road|rd|route|rte|highway|hwy|business|bus|fm|loop|spur|interstate)\.?$/u
const ROAD_NUMBER_AFTER = new RegExp(
  String.raw`^[ \t]+(?:#[ \t]*)?(?:\d{1,4}[a-z]?|(?:${NUM_WORD}[ \t-]+){0,2}${NUM_WORD}|[a-z]{1,2}(?=[ \t]*(?:[,.;\n]|$)))(?:[ \t]+[b-hj-z](?![\p{L}\p{N}]))?(?:[ \t]+(?:north|south|east|west)(?![\p{L}\p{N}])(?![ \t]+of(?![\p{L}])))?${E}(?![ \t]+(?:${NUM_WORD}|am|pm|a m|p m|minutes?|mins?|miles?|hours?|days?|times?)${E})`,
  'iu',
)
// Short route forms read out: "h c sixty one box two oh four oh", "r r three box forty one", "route three box twelve"
// (the box is required).
const SPOKEN_ROUTE = new RegExp(
  String.raw`${B}(?:r\.?\s?r|h\.?\s?c|route|rte)\.?\s+(?:#\s*)?(?:\d{1,4}|(?:${NUM_WORD}[\s-]+){0,2}${NUM_WORD}),?\s+box\s*#?\s*(?:\d{1,5}[a-z]?|(?:${NUM_WORD}[\s-]+){0,3}${NUM_WORD})${E}`,
  'giu',
)
// Lower-case intersections in transcripts and texts: "at 2nd and main", "on main and 5th".
const LOWER_INTERSECTION = new RegExp(
  String.raw`\b(?:on|at|of|near|off)\s+(?<v>(?:\d{1,3}(?:st|nd|rd|th)|${ORDINAL_STREET})\s+(?:and|&)\s+(?!(?:the|a|an|my|his|her|last|final|next|only|second|third|fourth|fifth|sixth|\d)\b)[a-z][a-z'-]+(?:\s+(?:${SUFFIX}))?|(?!(?:the|a|an|my|his|her|home|work|night|noon|first|last|least|most|all|once|times?|day|week|days|weeks|both|either|between)\b)[a-z][a-z'-]+\s+(?:and|&)\s+(?:\d{1,3}(?:st|nd|rd|th)|${ORDINAL_STREET})(?!\s+(?:of|time|times|dose|doses|day|days|week|weeks|visit|floor|grade|place|try|round))(?:\s+(?:${SUFFIX}))?)${E}`,
  'gud',
)
// An intersection of two bare street names after a place of business: "the walgreens on university and snelling",
// "the cvs at fifth & pine", "the clinic off lake and hennepin". Neither name may be a function word or a common noun
// phrase a place is "on" ("on tylenol and motrin" has no place word before it).
const STORE_INTERSECTION = new RegExp(
  String.raw`\b(?:walgreens|cvs|rite\s+aid|pharmacy|drugstore|store|clinic|office|location|branch|station|walmart|target|costco|safeway|kroger|starbucks|mcdonald'?s|one|hospital|church|school|library|lab)\s+(?:on|at|off|near|by)\s+(?:the\s+corner\s+of\s+)?(?<v>(?!${NOT_STREET_NAME}${E})[\p{L}][\p{L}'-]+\s+(?:and|&)\s+(?!${NOT_STREET_NAME}${E})[\p{L}][\p{L}'-]+(?:\s+(?:${SUFFIX})\.?)?)${E}`,
  'giud',
)
// "on Main St", "off Birch Lane": no house number, so only full suffix words and a preposition before.
const BARE = new RegExp(
  String.raw`(?:\b(?:on|off|at|near|by|from|to|onto|down|up|along|corner of|and)\s+)(?<v>(?!(?:the|my|a|an|your|our|his|her|their|this|that|see|go|get|call|be|is|was|it|me|him|them|us)\s)(?:${WORD}\s+){1,2}?(?:street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|highway|hwy|parkway|pkwy|terrace|circle|court|ct|place|way|(?<!(?:bus|delivery|mail|paper|scenic|school|train|subway|shuttle)\s)(?:route|rte))\.?${E}(?:${SPOKEN_UNIT}|${UNIT})?)`,
  'giud',
)
// Type words of a street named in capitals: written as a title ("Main St") or in capitals ("MAIN ST").
const TYPE_WORDS = 'Street St Avenue Ave Road Rd Boulevard Blvd Parkway Pkwy Highway Hwy Lane Ln Terrace Drive Court'
const CAPITAL_TYPES = TYPE_WORDS.split(' ')
  .flatMap((w) => [w, w.toUpperCase()])
  .join('|')
// In capitals, ST, RD and LN are also speech therapy, a dietitian and a lymph node ("Continue ST", "Reactive LN",
// "PT OT ST", "BACK PAIN RD"): a street only when the words before them are in capitals too and none is clinical
// ("MAIN ST"). A drive or a court is also an event or an institution ("Blood Drive", "Family Court"): not a street
// after the word that says so. Any other match stays a street (failing closed).
const AMBIGUOUS_TYPE = /\s(?<type>ST|RD|LN|Drive|DRIVE|Court|COURT)$/u
const CLINICAL_CAPITALS = /^(?:PT|OT|SLP|RN|MD|NP|PA|ER|ED|ICU|IV|CT|MRI|HR|BP|RT|EKG|ECG|OB|GI|ENT)$/u
// biome-ignore format: packed list
const EVENT_BEFORE_DRIVE = new Set([
  'blood', 'food', 'toy', 'coat', 'book', 'flu', 'shot', 'vaccine', 'vaccination', 'fund', 'fundraising', 'donation',
  'supply', 'clothing', 'canned', 'hard', 'disk', 'test', 'sex', 'memory', 'school', 'diaper', 'sock',
])
// biome-ignore format: packed list
const INSTITUTION_BEFORE_COURT = new Set([
  'family', 'juvenile', 'traffic', 'drug', 'claims', 'superior', 'municipal', 'district', 'federal', 'housing',
  'divorce', 'custody', 'tennis', 'basketball', 'food', 'probate', 'supreme', 'county', 'small',
])
// Words that open a sentence or name a person, never the first word of a street.
const NOT_STREET_START =
  'The|A|An|My|Our|Your|On|At|In|Of|To|This|That|And|Or|I|We|He|She|It|You|They|Dr|Mr|Mrs|Ms|Miss|Mx|Pt|Nurse|Sr|Sra|Srta|Don|Doña'
// Inside Han or Hangul text a Latin street has no space around it ("药房在Main St上"): only Latin letters bound it.
// A street starts where its word does, never after a letter of a cased script, a hyphen or an apostrophe (one start
// per run of words; Han and Hangul, which have no case, may stand right before it).
const LATIN_B = String.raw`(?<![\p{Lu}\p{Ll}\p{Lt}\p{N}'’-])`
const LATIN_E = String.raw`(?![\p{Script=Latin}\p{N}])`
// A street named in capitals with its type word, in any language's sentence ("la farmacia de la Church Ave", "famasi
// Church Ave lan", "nhà thuốc CVS trên 86th St"): the capitals and the type word make it a street without the English
// preposition BARE needs. A numbered street ("86th st") in any case.
const NAMED_IN_CAPITALS = new RegExp(
  String.raw`${LATIN_B}(?<v>(?:\d{1,3}(?:st|nd|rd|th)\s+(?:[Ss]treet|[Ss]t|[Aa]venue|[Aa]ve|[Rr]oad|[Rr]d|[Bb]oulevard|[Bb]lvd|[Pp]arkway|[Pp]kwy|[Pp]lace|[Pp]l)|(?!(?:${NOT_STREET_START})\.?\s)[\p{Lu}][\p{L}'’-]{1,30}(?:\s+[\p{Lu}][\p{L}'’-]{1,30})?\s+(?:${CAPITAL_TYPES}))\.?)${LATIN_E}`,
  'gud',
)
const SPANISH = new RegExp(
  String.raw`${B}(?:\d{1,6}[a-z]?\s+)?(?:calle|avenida|avda|av|camino|paseo|carretera|callejón|callejon|calzada|privada|boulevard|bulevar|colonia|col)\.?\s+(?:${WORD}\s+){0,3}?(?:(?:n[uú]mero|no\.?|#)\s*)?\d{1,6}[a-z]?${E}${UNIT}?|${B}(?:\d{1,6}[a-z]?\s+)?(?:calle|avenida|avda|camino|paseo|carretera|calzada)\s+(?!(?:y|o|a|por|con|se|me|te|le|lo|en|al|cuando|mucho|poco|m[aá]s|bien|mal|hasta|todo|todos|todas|que|muy|un|una|sin|para|pero|porque|and|the|to)\s)(?:de\s+(?:la\s+|los\s+|las\s+)?)?[\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+){0,2}`,
  'giu',
)
// Intersections: "on Broadway and 5th", "at Main St & Elm", "corner of 3rd and Pine".
const STRONG_STREET = String.raw`(?:\d{1,3}(?:st|nd|rd|th)(?:\s+(?:${SUFFIX})\.?)?|[\p{L}'-]+\s+(?:${SUFFIX})\.?)`
const WEAK_STREET = String.raw`[\p{Lu}][\p{L}'-]+`
const INTERSECTION = new RegExp(
  String.raw`(?:\b(?:on|at|of|near|off)\s+)(?<v>(?:${STRONG_STREET}\s+(?:and|&|y|at)\s+(?:${STRONG_STREET}|${WEAK_STREET})|${WEAK_STREET}\s+(?:and|&|y)\s+${STRONG_STREET})${E})`,
  'gud',
)
// Streets written the European way: a street-type word before the name ("Via Roma 131", "ul. Narewska 94",
// "rue du centre 320", "36 rue de pologne"), a separate type word after it ("Erzsébet tér 19.", "Trenerys gate 232"),
// or a compound ending ("Tawastintie 72", "Kopfhölzistrasse 45"). Type words that are also English words
// ("via", "place", "gate") need a capitalised name; a bare number before the street joins it ("4880 Betburweg 74").
const LEAD_NUMBER = String.raw`(?:\d{1,6}[a-z]?\s+(?:\d{1,4}[a-z]?\s+)?)?`
const HOUSE_AFTER = String.raw`\d{1,5}[a-z]?(?:\.(?!\d))?(?![\p{L}\p{N}])`
const PARTICLE = String.raw`(?:de|del|della|delle|dei|degli|di|da|das|do|dos|du|des|la|le|les|el|van|von|der|den|z|na|u|a)`
const PREFIX_ANY = String.raw`(?:rue|rua|rúa|ul|ulica|ulitsa|piazza|piazzetta|viale|vicolo|corso|trg|strada|avda|carrer|praça|praca|chemin|allée|impasse|quai|travessa|calea|aleja|sokak|cesta|ulice)`
const PREFIX_CAPS = String.raw`(?:[Vv]ia|VIA|[Pp]lace|[Aa]venue|[Bb]oulevard|[Rr]oute|[Ll]argo|[Pp]laza|[Pp]aseo|[Aa]venida|[Cc]alle|[Cc]amino|Al|Bd)`
const NAME_WORDS = String.raw`(?:(?:${PARTICLE}\s+){0,2}[\p{L}'’-]+\.?\s+){1,4}?`
const CAP_NAME_WORDS = String.raw`(?:(?:de|del|della|delle|di|da|do|dos|du|des|la|le|el)\s+){0,2}[\p{Lu}][\p{L}'’-]*\.?\s+(?:(?:${PARTICLE}\s+){0,2}[\p{L}'’-]+\.?\s+){0,3}?`
const INTL_PREFIX = new RegExp(
  String.raw`${B}${LEAD_NUMBER}(?:${PREFIX_ANY})\.?\s+${NAME_WORDS}${HOUSE_AFTER}` +
    String.raw`|${B}\d{1,6}[a-z]?\s+(?:\d{1,4}\s+)?(?:${PREFIX_ANY})\.?\s+(?:${PARTICLE}\s+){0,2}[\p{L}'’-]+(?:[ \t]+(?:${PARTICLE}[ \t]+){0,2}[\p{L}'’-]+){0,3}`,
  'giu',
)
// Case-sensitive: the name after an ambiguous type word must be capitalised.
const INTL_PREFIX_CAPS = new RegExp(
  String.raw`${B}${LEAD_NUMBER}(?:${PREFIX_CAPS})\.?\s+${CAP_NAME_WORDS}${HOUSE_AFTER}`,
  'gu',
)
const TYPE_AFTER_ANY = String.raw`(?:u|utca|út|útja|tér|tere|krt|körút|rkp|rakpart|köz|sor|gatan|gata|vei|veien|vegen|vej|tänav|põik|straße|strasse|str|weg|gasse|platz|laan|plein|allee|kuja|katu|tie)`
const INTL_AFTER = new RegExp(
  String.raw`${B}${LEAD_NUMBER}(?:[\p{L}'’-]+\.?\s+(?:${PARTICLE}\s+)?){1,3}?(?:${TYPE_AFTER_ANY})\.?\s+${HOUSE_AFTER}`,
  'giu',
)
const INTL_AFTER_CAPS = new RegExp(
  String.raw`${B}${LEAD_NUMBER}(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}?(?:gate|tee|Gate|Tee)\s+${HOUSE_AFTER}`,
  'gu',
)
const COMPOUND_END =
  '(?:straße|strasse|str\\.|gasse|weg|platz|gade|vej|veien|vegen|vägen|vagen|gatan|gata|katu|tie|kuja|polku|laan|straat|plein|dreef|hove|allee|vegur|braut|stræde|torv|utca|ulice|stieg|damm|ufer|steig|pad|singel|kade|gracht)'
const COMPOUND = new RegExp(String.raw`${B}${LEAD_NUMBER}[\p{L}'’-]{3,}${COMPOUND_END}\s+${HOUSE_AFTER}`, 'giu')
// Military mail: "PSC 0413, Box 8144", "Unit 8524 Box 0979", "APO AA 42323", a ship line "USNS Bergman" before FPO.
const MILITARY =
  /(?<![\p{L}\p{N}])(?:(?:psc|cmr|unit)\s+\d{3,5},?\s+box\s+\d{1,5}|(?:apo|fpo|dpo)\s+(?:aa|ae|ap)(?:\s+\d{5}(?:-\d{4})?)?|(?:usns|uss|uscgc|usnv|usat)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?=\s*\n\s*(?:fpo|apo|dpo)\b))(?![\p{L}\p{N}])/giu
const PO_BOX =
  /(?<![\p{L}\p{N}])(?:\d{1,6}\s+)?(?:p\.?\s*o\.?\s*box|post\s+office\s+box|postbox|post\s+box|postfach|apartado(?:\s+postal)?|caixa\s+postal|box)\s*#?\s*\d{1,8}(?![\p{N}])/giu
const UNIT_ALONE = new RegExp(
  String.raw`${B}(?:apt|apartment|unit|suite|ste|depto|departamento)\.?\s*#?\s*\d[\p{L}\p{N}-]{0,5}${E}|${B}(?:apt|apartment|unit|suite|ste)(?:\.\s*|\s+|\s*#\s*)[a-z]\d{0,4}${E}`,
  'giu',
)

// Cheap tests on the lower-case text for the anchor word of the costlier patterns, so ordinary messages
// skip them (the full patterns try a street name at every word).
const NUMBER_WORD_GATE = new RegExp(`${B}${NUM_WORD}${E}`, 'u')

// The last text NUMBER_WORD_GATE was asked of, and its answer: findStreets asks three times per text, and a text
// without a number word is scanned to its end each time (with the look-behind tried at every position).
let lastNumberWordText: string | undefined
let lastNumberWord = false

/** NUMBER_WORD_GATE.test(lower), remembered for the last text. */
function holdsNumberWord(lower: string): boolean {
  if (lower !== lastNumberWordText) {
    lastNumberWord = NUMBER_WORD_GATE.test(lower)
    lastNumberWordText = lower
  }
  return lastNumberWord
}

const SPOKEN_TYPE_GATE = new RegExp(String.raw`[\s-](?:${SUFFIX})\.?${E}`, 'iu')

function testOf(re: RegExp): (lower: string) => boolean {
  return (l) => re.test(l)
}

/** The compound street endings ("-strasse", "-vej") as plain strings: the gate below and its test read them. */
export const COMPOUND_ENDINGS = COMPOUND_END.slice(3, -1).replace(/\\\./g, '.').split('|')

// The endings by their last code unit: at a digit only those ending on the character before the spaces can match.
const ENDINGS_BY_LAST = new Map<number, string[]>()
for (const ending of COMPOUND_ENDINGS) {
  const last = ending.charCodeAt(ending.length - 1)
  ENDINGS_BY_LAST.set(last, [...(ENDINGS_BY_LAST.get(last) ?? []), ending])
}

/**
 * Exactly `/${COMPOUND_END}\s+\d/u.test(lower)` without scanning every position for 30 endings: at each digit after
 * white space, the white-space run must follow one of the endings (they all end in a non-space character).
 */
export function endsBeforeSpacedDigit(lower: string): boolean {
  for (let k = 1; k < lower.length; k++) {
    const c = lower.charCodeAt(k)
    if (c < 48 || c > 57 || !isSpaceUnit(lower.charCodeAt(k - 1))) continue
    let e = k - 1
    while (e > 0 && isSpaceUnit(lower.charCodeAt(e - 1))) e -= 1
    for (const ending of ENDINGS_BY_LAST.get(lower.charCodeAt(e - 1)) ?? []) if (lower.endsWith(ending, e)) return true
  }
  return false
}

// Every alternative of these holds a mandatory \d: no ASCII digit in the text, no match.
const NEEDS_DIGIT = new Set<RegExp>([
  NUMBERED,
  NUMBERED_DIRECTION,
  BARE_NUMBER,
  INTL_PREFIX,
  INTL_PREFIX_CAPS,
  INTL_AFTER,
  INTL_AFTER_CAPS,
  COMPOUND,
  PO_BOX,
  DIRECTION_ORDINAL,
])
const GATES = new Map<RegExp, (lower: string) => boolean>([
  // Every match ends on a street type after white space (the number, a direction and the words before it each end
  // in \s), or holds a Spanish street word after no letter or number: what the patterns need, without their scans
  // of every number and its next words (a text full of dates).
  [NUMBERED, testOf(new RegExp(String.raw`\s(?:${SUFFIX})\.?${E}`, 'iu'))],
  [
    SPANISH,
    testOf(
      /(?<![\p{L}\p{N}])(?:calle|avenida|avda|av|camino|paseo|carretera|callejón|callejon|calzada|privada|boulevard|bulevar|colonia|col)\.?\s/iu,
    ),
  ],
  // Its street type follows a space or a hyphen (every part before it ends in one): a text of number words and no
  // street type is not scanned from every number word.
  [SPOKEN_NUMBERED, (l) => holdsNumberWord(l) && SPOKEN_TYPE_GATE.test(l)],
  [DIRECTION_ORDINAL, (l) => ORDINAL_DIGITS_GATE.test(l)],
  [
    MILE_MARKER,
    (l) => l.includes('mile') && (SPOKEN_TYPE_GATE.test(l) || /mile[\s-]*(?:marker|post)|milepost/.test(l)),
  ],
  // A street named in capitals ends on one of its type words after white space, in ASCII letters (read lower-cased
  // here): a text without one (any text of another script) is not scanned from every capital and digit.
  [
    NAMED_IN_CAPITALS,
    testOf(
      /\s(?:street|st|avenue|ave|road|rd|boulevard|blvd|parkway|pkwy|highway|hwy|lane|ln|terrace|drive|court|place|pl)/,
    ),
  ],
  [INTL_PREFIX, testOf(new RegExp(String.raw`${B}${PREFIX_ANY}\.?\s`, 'u'))],
  [
    INTL_PREFIX_CAPS,
    testOf(
      new RegExp(
        String.raw`${B}(?:via|place|avenue|boulevard|route|largo|plaza|paseo|avenida|calle|camino|al|bd)\.?\s[^\n]*\d`,
        'u',
      ),
    ),
  ],
  [INTL_AFTER, testOf(new RegExp(String.raw`${B}${TYPE_AFTER_ANY}\.?\s+\d`, 'u'))],
  // Each literal test below is implied by the pattern after it (every match holds one of the literals): the
  // substring searches only spare the pattern's scan, the answer is the pattern's.
  [INTL_AFTER_CAPS, (l) => (l.includes('gate') || l.includes('tee')) && /(?<![\p{L}\p{N}])(?:gate|tee)\s+\d/u.test(l)],
  [COMPOUND, endsBeforeSpacedDigit],
  [
    SPOKEN_DIRECTION,
    (l) =>
      (l.includes('north') || l.includes('south') || l.includes('east') || l.includes('west')) &&
      /\b(?:north|south|east|west)\b/.test(l),
  ],
  // Two directions after numbers: a compass word or letter appears at least twice.
  [GRID, twoDirections],
  [
    MILITARY,
    (l) =>
      (l.includes('psc') ||
        l.includes('cmr') ||
        l.includes('unit') ||
        l.includes('apo') ||
        l.includes('fpo') ||
        l.includes('dpo')) &&
      /\b(?:psc|cmr|unit|apo|fpo|dpo)\b/.test(l),
  ],
  [
    RURAL_ROUTE,
    (l) =>
      l.includes('route') ||
      l.includes('r.r.') ||
      ((l.includes('rr') || l.includes('hc')) && /\brr\b|\bhcr?\b/.test(l)),
  ],
  [PO_BOX_SPOKEN, (l) => l.includes('box') || l.includes('apartado')],
  [SPOKEN_ROUTE, (l) => l.includes('box')],
  [BLOCK_OF, (l) => l.includes('block')],
  [
    PARK_LOT,
    (l) =>
      l.includes('mhp') ||
      l.includes('mobile') ||
      l.includes('trailer') ||
      l.includes('rv park') ||
      l.includes('manufactured'),
  ],
  // Case-insensitive patterns: 'ſ' is the one character that folds onto an ASCII letter (s) without lower-casing to it.
  [
    PO_BOX,
    (l) =>
      l.includes('box') || l.includes('postfach') || l.includes('apartado') || l.includes('caixa') || l.includes('ſ'),
  ],
  // Every match opens on one of the unit words (the pattern, with no single leading look-behind, is otherwise tried at
  // every position of the text).
  [
    UNIT_ALONE,
    (l) =>
      l.includes('apt') ||
      l.includes('apartment') ||
      l.includes('unit') ||
      l.includes('suite') ||
      l.includes('ste') ||
      l.includes('depto') ||
      l.includes('departamento') ||
      l.includes('ſ'),
  ],
  [
    SPOKEN_UNIT_ALONE,
    (l) =>
      (l.includes('apart') ||
        l.includes('apt') ||
        l.includes('suite') ||
        l.includes('depart') ||
        l.includes('depto')) &&
      /\b(?:apartment|apt|suite|apartamento|departamento|depto)\b/.test(l),
  ],
])
// Every match of SPOKEN_ES_BEFORE and SPOKEN_ES_AFTER holds a Spanish street word after no letter or number, or a
// street type after white space: their scan of every number word runs only then.
const SPOKEN_ES_STREET = new RegExp(String.raw`${B}${ES_STREET_WORD}\s|\s(?:${SUFFIX})\.?${E}`, 'iu')
const SPANISH_NUMBER_GATE =
  /cient[oa]s|\b(?:mil|cien|ciento|diez|once|doce|trece|catorce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)\b|\bdieci|\bveinti/

// Two or more number words (then an article) right before a street: its house number, counted with the article.
const SPOKEN_NUMBER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${NUM_WORD}|${SPANISH_NUMBER_WORD})[\s-]+(?:(?:y|and)\s+)?){2,6}(?:(?:el|la|the)\s+)?$`,
  'u',
)

const PATIENT_PT =
  /(?:^|\s)(?:call|called|notify|notified|advise|advised|tell|told|inform|informed|update|updated|remind|reminded|ask|asked|educate|educated|instruct|instructed|teach|taught|discharge|discharged|see|saw|seen|per|to|with|for|and|by|the)\s+(?:pt|PT|Pt)\.?\s*$/u

function push(spans: Span[], start: number, end: number, type: Span['type'], source: string, canonical?: string): void {
  if (end > start) spans.push(canonical ? { start, end, type, source, canonical } : { start, end, type, source })
}

/** A match whose type word is also a clinical abbreviation, an event or an institution, and is one here. */
function notAStreet(value: string): boolean {
  const bare = value.replace(/\.$/, '')
  const m = AMBIGUOUS_TYPE.exec(bare)
  if (!m) return false
  const type = m.groups!.type!
  const words = bare.slice(0, m.index).trim().split(/\s+/)
  const last = (words[words.length - 1] ?? '').toLowerCase()
  if (/^drive$/i.test(type)) return EVENT_BEFORE_DRIVE.has(last)
  if (/^court$/i.test(type)) return INSTITUTION_BEFORE_COURT.has(last)
  return isClinicalTerm(last) || words.some((w) => !/^\p{Lu}[\p{Lu}'’-]*$/u.test(w) || CLINICAL_CAPITALS.test(w))
}

/** A span already found holds [start, end): the street named in capitals is part of a numbered one. */
function within(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && s.end >= end)
}

const WORD_AFTER_ST = /^\.?\s+(\p{L}[\p{L}'’-]*)/u
// "Anterior St elevation", "Nonspecific St-T changes": the ECG's ST segment, said with the words of an ECG reading.
// biome-ignore format: packed list
const ST_SEGMENT = new Set([
  'elevation', 'elevations', 'elevated', 'depression', 'depressions', 'depressed', 'segment', 'segments', 'changes',
  'abnormality', 'abnormalities', 'wave', 'waves', 't',
])

/**
 * "St" before a capitalised name is a saint's name ("Mary St. Clair", "St. Jude", "St. Louis"), whatever word comes
 * before it (a first name, a title, a verb: "Visited St. Jude"); before the words of an ECG reading it is the ST
 * segment. Neither makes the words before it a street.
 */
function saintName(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end).replace(/\.$/, '')
  if (!/\sS[Tt]$/.test(value)) return false
  const rest = text.slice(start + value.length)
  if (/^-[Tt](?![\p{L}])/u.test(rest)) return true
  const next = WORD_AFTER_ST.exec(rest)?.[1] ?? ''
  const lower = next.toLowerCase()
  if (ST_SEGMENT.has(lower)) return true
  return /^\p{Lu}/u.test(next) && (isFirstName(lower) || isSurname(lower))
}

/** The street spans of a text, numbered roads extended by their number (`hasDigit`: the text holds an ASCII digit). */
export function findStreets(text: string, lower: string, hasDigit: boolean): Span[] {
  const streets: Span[] = []
  for (const re of [
    NUMBERED,
    NUMBERED_DIRECTION,
    BARE_NUMBER,
    SPOKEN_NUMBERED,
    MILE_MARKER,
    DIRECTION_ORDINAL,
    BARE,
    NAMED_IN_CAPITALS,
    SPANISH,
    INTERSECTION,
    PO_BOX,
    UNIT_ALONE,
    INTL_PREFIX,
    INTL_PREFIX_CAPS,
    INTL_AFTER,
    INTL_AFTER_CAPS,
    COMPOUND,
    MILITARY,
    SPOKEN_DIRECTION,
    GRID,
    RURAL_ROUTE,
    PO_BOX_SPOKEN,
    SPOKEN_UNIT_ALONE,
    SPOKEN_ROUTE,
    BLOCK_OF,
    PARK_LOT,
  ]) {
    if (!hasDigit && NEEDS_DIGIT.has(re)) continue
    const gate = GATES.get(re)
    if (gate && !gate(lower)) continue
    re.lastIndex = 0
    for (const m of matchesOf(re, text)) {
      const [start, end] = valueRange(m)
      if (re === NAMED_IN_CAPITALS) {
        if (saintName(text, start, end) || within(streets, start, end)) continue
        if (notAStreet(text.slice(start, end))) continue
      }
      // "HR 110 call pt", "glucose 250 notify pt": "pt" after a verb or a function word is the patient, no Point.
      if (PATIENT_PT.test(text.slice(start, end))) continue
      push(streets, start, start + text.slice(start, end).replace(/[\s,.]+$/, '').length, 'STREET', 'street')
    }
  }
  const colonia =
    lower.includes('colonia') ||
    lower.includes('col.') ||
    lower.includes('fracc') ||
    lower.includes('barrio') ||
    lower.includes('residencial') ||
    lower.includes('unidad habitacional')
  for (const m of colonia ? matchesOf(COLONIA, text) : []) {
    // "en mi barrio hay gripe": the words after the type must name the place (a name, or capitals), not be everyday Spanish.
    const head = /(?:^\S+\s+)(?:(?:de|del|la|las|los|el|san|santa|santo)\s+)*(\S+)/iu.exec(m[0])?.[1] ?? ''
    if (!/^\p{Lu}/u.test(head) && isSpanishWord(head.toLowerCase()) && !/\s(?:san|santa|santo)\s/i.test(m[0])) continue
    push(streets, m.index, m.index + m[0].length, 'STREET', 'colonia')
  }
  const spokenEs = SPANISH_NUMBER_GATE.test(lower) && SPOKEN_ES_STREET.test(lower)
  const esDirection = SPANISH_NUMBER_GATE.test(lower) && /\b(?:north|south|east|west)\s/.test(lower)
  for (const re of [
    ...(spokenEs ? [SPOKEN_ES_BEFORE, SPOKEN_ES_AFTER] : []),
    ...(esDirection ? [SPOKEN_ES_DIRECTION] : []),
  ]) {
    for (const m of matchesOf(re, lower)) {
      // One small number word ("una calle", "dos avenidas") is not a house number; two or more are, read as one number
      // or digit by digit ("cuatro cuatro cinco", "tres cuarenta y dos").
      const said = (m.groups?.n ?? '').split(/[\s-]+/)
      const n = spanishNumber(said)
      if (said.filter((w) => w !== 'y').length < 2 && (!n || n.value < 10)) continue
      push(streets, m.index, m.index + m[0].length, 'STREET', 'street-es-spoken')
    }
  }
  for (const m of holdsNumberWord(lower) ? matchesOf(SPOKEN_BARE, lower) : []) {
    const [start, end] = valueRange(m)
    push(streets, start, end, 'STREET', 'street-spoken')
  }
  for (const m of lower.includes(' and ') || lower.includes('&') ? matchesOf(LOWER_INTERSECTION, lower) : []) {
    const [start, end] = valueRange(m)
    push(streets, start, end, 'STREET', 'intersection')
  }
  for (const m of / (?:and|&) /.test(lower) ? matchesOf(STORE_INTERSECTION, lower) : []) {
    const [start, end] = valueRange(m)
    push(streets, start, end, 'STREET', 'intersection')
  }
  // "twenty one hundred el camino real": a house number said before a street found by its words belongs to it.
  for (const st of holdsNumberWord(lower) || SPANISH_NUMBER_GATE.test(lower) ? streets : []) {
    const said = SPOKEN_NUMBER_BEFORE.exec(lower.slice(Math.max(0, st.start - 80), st.start))
    if (
      said &&
      said[0]
        .trim()
        .split(/[\s-]+/)
        .filter((w) => w !== 'y' && w !== 'and').length >= 3
    )
      st.start -= said[0].length
  }
  // "off county road twelve", "on State Route 20 B": a numbered road's number belongs to the street found before it.
  for (const st of streets) {
    if (!NUMBERED_ROAD_END.test(lower.slice(Math.max(st.start, st.end - 12), st.end))) continue
    const n = ROAD_NUMBER_AFTER.exec(lower.slice(st.end, st.end + 40))
    if (n) st.end += n[0].length
  }
  return streets
}
