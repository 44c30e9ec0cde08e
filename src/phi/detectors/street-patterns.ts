/**
 * The street patterns of English and Spanish (written and spoken house numbers with a street type, directions, units,
 * mile markers, grid addresses, rural routes, blocks, intersections and named streets): data for streets.ts, which
 * gates and runs them.
 */
import { SPANISH_NUMBER_WORD } from '../spoken'

/** Street-type words and their abbreviations, as a regex alternation. */
export const SUFFIX =
  'street|st|avenue|ave|av|road|rd|drive|dr|lane|ln|boulevard|blvd|court|ct|way|place|pl|highway|hwy|parkway|pkwy|circle|cir|terrace|ter|trail|trl|square|sq|loop|alley|aly|row|path|pass|pike|plaza|plz|run|crescent|cres|close|expressway|expy|freeway|fwy|turnpike|tpke|route|rte|point|pt|heights|hts|park|crossing|xing|landing|ridge|view|commons|concourse|esplanade|promenade|causeway|walk|mall|center|ctr|grove|hill|hills|manor|meadows|estates'
/** Numbered streets said as words: "fifth and main". */
export const ORDINAL_STREET =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\\s-]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth)'
// A unit and its value, and a letter said after it.
/**
 * A letter said after a unit's value, which belongs to the unit ("unit two b"): not "a", "i", r/l/w (right, left,
 * with) or a letter that opens a clinical term ("g tube", "x ray", "s/p", "c-diff"). Shared with street-extents.ts.
 */
export const UNIT_LETTER = String.raw`[b-df-hj-kmnp-qstvxz](?![\p{L}\p{N}'’/-])(?![ \t]+(?:tube|ray|dimer|pylori|diff|cell|scan|section|peptide|reactive)\b)`
// The floor of a two-family house said as a unit ("… catherine street upstairs") is one too.
const UNIT = String.raw`(?:,?\s*(?:apt|apartment|unit|suite|ste|#|room|rm|bldg|building|floor|fl|space|spc|lot|depto|departamento|piso|interior|int)\.?\s*#?\s*[\p{L}\p{N}-]{1,6}(?![\p{L}\p{N}])(?:[ \t]${UNIT_LETTER})?|[ \t]+(?:upstairs|downstairs)(?![\p{L}\p{N}]))`
const DIR = String.raw`(?:(?:northeast|northwest|southeast|southwest|north|south|east|west|ne|nw|se|sw|n|s|e|w)\.?\s+)`
const WORD = String.raw`[\p{L}\p{N}'.-]+`
/** No letter or digit before (a word starts here). */
export const B = String.raw`(?<![\p{L}\p{N}])`
/** No letter or digit after (a word ends here). */
export const E = String.raw`(?![\p{L}\p{N}])`
// Function words never sit between a house number and its street type ("4 of the place" is a count).
// A measure, then a street type that is also a verb or a noun of going ("a 5 mile run", "10 minute drive", "let 2
// weeks pass"), is no street; "8 Mile Road" is.
const MEASURED_GOING = String.raw`(?!(?:minutes?|mins?|hours?|hrs?|secs?|seconds?|days?|weeks?|months?|years?|blocks?|miles?|km|times?|more)[\s-]+(?:run|walk|pass|view|drive|close|loop)${E})`
/** A house number, up to three name words and a street type, a direction and a unit: "1200 N Main St Apt 4". */
export const NUMBERED = new RegExp(
  String.raw`${B}(?:[nsew]\d{3,5}|\d{1,6}[a-z]?(?:-\d{1,4})?(?:\s+1\/2|\s*½)?)\s+${DIR}?${MEASURED_GOING}(?:(?!(?:of|to|in|at|for|is|was|with|from|my|your|and|or|per|after|before|since|until|till|during|then|than|by)\s)${WORD}\s+){0,3}(?:${SUFFIX})\.?${E}(?:\s+${DIR.replace('\\s+', '')}${E})?${UNIT}?`,
  'giu',
)
/**
 * "1200 N Main": a house number and a compass abbreviation in capitals before a capitalised word.
 */
export const NUMBERED_DIRECTION = new RegExp(
  String.raw`${B}\d{1,6}\s+(?:N|S|E|W|NE|NW|SE|SW)\.?\s+[\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+)?${E}${UNIT}?`,
  'gu',
)
/**
 * "I'm at 4410 olympic", "pick me up from 1550 Alvarado": a 3+ digit number after at/on/from and a word that
 * is not a unit, a time word or a function word reads as a house number and street.
 */
export const BARE_NUMBER =
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
/**
 * "ninety nine point eight" is a temperature: "point" is no street type after spoken numbers. "ninety four dash two
 * twenty three …": a house number with a hyphen (Hawaii, Queens) said with "dash".
 */
export const SPOKEN_NUMBERED = new RegExp(
  String.raw`${B}(?:${NUM_WORD}[\s-]+){1,6}(?:(?:dash|hyphen)\s+(?:${NUM_WORD}[\s-]+){1,4})?(?:and\s+a\s+half\s+)?${DIR}?(?:${NUM_WORD}[\s-]+){0,4}(?:${NOT_MEASURE}${WORD}\s+){0,2}?(?!(?:point|pt)${E})(?:${SUFFIX})\.?${E}${STREET_TAIL}(?:${SPOKEN_UNIT}|${UNIT})?`,
  'giu',
)
/** A numbered street written with digits ("22nd"): the gate of DIRECTION_ORDINAL. */
export const ORDINAL_DIGITS_GATE = /\d(?:st|nd|rd|th)\b/
/**
 * "4931 E 22nd", "12 W 3rd": a house number, a direction and a numbered street with no type after it.
 */
export const DIRECTION_ORDINAL = new RegExp(
  String.raw`${B}\d{1,6}\s+(?:[NSEW]|[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)\.?\s+\d{1,3}(?:st|nd|rd|th)${E}(?!\s+(?:floor|fl|degree|grade|trimester|dose|time|shift)\b)`,
  'gu',
)
// "mile four point two knik goose bay road", "Mile 12.5 Richardson Hwy": a rural address given by its mile marker
// (Alaska, the rural West). The words between are the road's name, never a distance or a time ("a mile five minutes
// drive").
const MILE_NUMBER = String.raw`(?:\d{1,3}(?:\.\d{1,2})?|(?:${NUM_WORD}[\s-]+){0,2}${NUM_WORD}(?:\s+point\s+${NUM_WORD}|\s+and\s+a\s+half)?)`
const NOT_ROAD_NAME = String.raw`(?!(?:minutes?|mins?|hours?|blocks?|miles?|more|away|from|down|up|to|the|a|of|or|and|on|off|past|by)${E})`
/** A rural address given by its mile marker ("mile four point two knik goose bay road"), or a grid road of mile lines ("mile seventeen north"). */
export const MILE_MARKER = new RegExp(
  String.raw`${B}mile\s+${MILE_NUMBER}\s+(?:${NOT_ROAD_NAME}${WORD}[\s-]+){1,4}?(?:${SUFFIX})\.?${E}|${B}(?:mile[\s-]*(?:marker|post)|milepost)\s+${MILE_NUMBER}${E}|${B}mile\s+${MILE_NUMBER}\s+(?:north|south|east|west|n|s|e|w)${E}(?!\s+of${E})`,
  'giu',
)
// "thirty two hundred west olive unit two fourteen": a spoken number, a compass word and a name.
// The street's name may be a numbered one said in words ("east twenty second") or Spanish with its article ("south la
// pasadita").
const TENS_WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)'
/** A spoken house number, a compass word and a name ("thirty two hundred west olive"). */
export const SPOKEN_DIRECTION = new RegExp(
  String.raw`${B}(?:${NUM_WORD}[\s-]+){2,6}(?:north|south|east|west)\s+(?!(?:of|side|coast|end|wing|entrance|door|tower|building|campus|at|on|in|and|the)\b)(?:${TENS_WORD}[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:la|el|las|los|del)\s+[\p{L}'-]{3,}|[\p{L}'-]{3,})${E}(?:${SPOKEN_UNIT}|${UNIT})?`,
  'giu',
)
// The grid addresses of Utah, Idaho and other towns laid out from a meridian: a house number, a direction, the grid
// street's number and its direction ("3350 E 3700 N", "eight nine two one west thirty five hundred south").
const GRID_DIRECTION = String.raw`(?:north|south|east|west|n|s|e|w)\.?`
/** A grid address ("3350 E 3700 N", "eight nine two one west thirty five hundred south"). */
export const GRID = new RegExp(
  String.raw`${B}(?:\d{1,6}|(?:${NUM_WORD}[\s-]+){0,5}${NUM_WORD})\s+${GRID_DIRECTION}\s+(?:\d{2,5}|(?:${NUM_WORD}[\s-]+){0,5}${NUM_WORD})\s+${GRID_DIRECTION}${E}(?:${SPOKEN_UNIT}|${UNIT})?`,
  'giu',
)
const DIRECTION_WORD = /\b(?:north|south|east|west|[nsew])\b/g
// A direction as GRID reads one: after white space, before no letter or digit. \b alone lets a Vietnamese word pass
// ("sốt": no ASCII word character after the "s"), so every Vietnamese text ran GRID; GRID's flags, so "ſ" reads as "s".
const SPACED_DIRECTION = /\s(?:north|south|east|west|n|s|e|w)(?![\p{L}\p{N}])/giu

/**
 * The text names a direction twice (one pass, stopping at the second: a text of single letters stays linear), each
 * after white space and before no letter or digit, as GRID's two directions are.
 */
export function twoDirections(lower: string): boolean {
  DIRECTION_WORD.lastIndex = 0
  if (!DIRECTION_WORD.test(lower) || !DIRECTION_WORD.test(lower)) return false
  SPACED_DIRECTION.lastIndex = 0
  return SPACED_DIRECTION.test(lower) && SPACED_DIRECTION.test(lower)
}

// Spoken Spanish house numbers, before or after the street: "novecientos veinte calle roble",
// "la main street cuatrocientos diez", "calle olivo número mil cuatrocientos".
const ES_NUM_RUN = String.raw`${SPANISH_NUMBER_WORD}(?:[\s-]+(?:y\s+)?${SPANISH_NUMBER_WORD}){0,5}`
/** The Spanish street-type words ("calle", "avenida", "camino"), as a regex alternation. */
export const ES_STREET_WORD =
  '(?:calle|avenida|avda|camino|paseo|carretera|calzada|privada|bulevar|boulevard|callejón|callejon)'
const ES_SPOKEN_UNIT = String.raw`(?:,?\s+(?:apartamento|departamento|depto|interior|unidad|piso|n[uú]mero)\s+(?:n[uú]mero\s+)?${ES_NUM_RUN}(?:\s+[a-z](?![\p{L}\p{N}]))?${E})?`
/**
 * A unit read out on its own: "apartment twelve b", "apartamento tres", "suite four ten".
 */
export const SPOKEN_UNIT_ALONE = new RegExp(
  String.raw`${B}(?:apartment|apt|suite|apartamento|departamento|depto|traila|tráila|trailer|tráiler|lote)\s+(?:number\s+|n[uú]mero\s+)?(?:${NUM_WORD}|${SPANISH_NUMBER_WORD})(?:[\s-]+(?:${NUM_WORD}|${SPANISH_NUMBER_WORD})){0,3}(?:\s+[a-z](?![\p{L}\p{N}]))?${E}`,
  'giu',
)
/** A spoken Spanish house number before the street ("novecientos veinte calle roble"). */
export const SPOKEN_ES_BEFORE = new RegExp(
  String.raw`${B}(?<n>${ES_NUM_RUN})\s+(?:de\s+la\s+|del\s+)?(?:${ES_STREET_WORD}\s+(?:de\s+(?:la\s+|los\s+|las\s+)?)?[\p{L}'-]+|(?!(?:la|el|en|de|y|the|on|at|in|and)\s)(?:${WORD}\s+){1,2}?(?:${SUFFIX})\.?)${E}${ES_SPOKEN_UNIT}`,
  'giud',
)
/** A spoken Spanish house number after the street ("calle olivo número mil cuatrocientos"). */
export const SPOKEN_ES_AFTER = new RegExp(
  String.raw`${B}(?:${ES_STREET_WORD}\s+(?:de\s+(?:la\s+|los\s+|las\s+)?)?[\p{L}'-]+(?:\s+[\p{L}'-]+)?|(?!(?:la|el|en|de|y|the|on|at|in|and)\s)(?:${WORD}\s+){1,2}?(?:${SUFFIX})\.?)\s+(?:n[uú]mero\s+)?(?<n>${ES_NUM_RUN})${E}${ES_SPOKEN_UNIT}`,
  'giud',
)
/**
 * "el dos diecinueve east southcross": a Spanish house number before a street named in English with its direction.
 */
export const SPOKEN_ES_DIRECTION = new RegExp(
  String.raw`${B}(?<n>${ES_NUM_RUN})\s+(?:north|south|east|west)\s+(?!(?:of|side|coast|end|wing|entrance|door|tower|building|campus|at|on|in|and|the|de|del|la|el|y)${E})[\p{L}'-]{3,}${E}`,
  'giud',
)
/**
 * "p o box eleven forty two": a PO box read out.
 */
export const PO_BOX_SPOKEN = new RegExp(
  String.raw`${B}(?:p\.?\s*o\.?\s*box|post\s+office\s+box|apartado(?:\s+postal)?)\s+(?:number\s+)?(?:${NUM_WORD}[\s-]+){0,5}${NUM_WORD}${E}`,
  'giu',
)
/**
 * "i live at four forty four elm", "we're at nineteen oh one market": a spoken house number and a street word
 * after a place cue, no street type needed (the written form is BARE_NUMBER). "near" places a house too, only after a
 * word of living a few words before ("she lives in alief near twelve thousand four hundred beechnut"): "his fever was
 * near one hundred two" is a reading.
 */
export const SPOKEN_BARE = new RegExp(
  String.raw`\b(?:live|lives|living|lived|staying|stay|located|i'm|im|we're|were|we are|i am|address is|moved to|move to|pick me up at|come to|(?:live|lives|living|lived|staying|stays|stay|located)\s(?:[^.!?\n\s]+\s){0,3}near)\s+(?:at|on|to|in|near)?\s*(?<v>(?:${NUM_WORD}[\s-]+){2,6}(?!(?:${NUM_WORD}|am|pm|a m|p m|o'?clock|minutes?|hours?|days?|weeks?|years?|months?|times?|pills?|tablets?|mg|milligrams?|grams?|micrograms?|mcg|ml|cc|units?|percent|pounds?|lbs?|kilos?|dollars?|bucks|miles?|meters?|feet|foot|steps|calories|people|patients|of|after|before|since|until|till|per|every|each|when|while|if|then|than|because|is|was|are|again|also|too|just|only|around|about|maybe|last|and|or|the|a|in|on|at|to|for|with|now|today|tonight|tomorrow|yesterday|this|that|please|so|but|i|we|it|my)\b)[\p{L}][\p{L}'-]+)${E}`,
  'giud',
)
/**
 * Rural routes and highway contract routes: "rural route one box four twelve", "RR 2 Box 14".
 */
export const RURAL_ROUTE = new RegExp(
  // "RR 18" alone is a respiratory rate: the short forms need their box.
  String.raw`${B}(?:(?:rural|star|highway\s+contract)\s+route\s*#?\s*(?:\d{1,4}|(?:${NUM_WORD}[\s-]+){0,2}${NUM_WORD})(?:,?\s+box\s*#?\s*(?:\d{1,5}|(?:${NUM_WORD}[\s-]+){0,3}${NUM_WORD}))?|(?:rr|r\.r\.|hcr?)\s*#?\s*\d{1,4},?\s+box\s*#?\s*\d{1,5})${E}`,
  'giu',
)
/**
 * "the 4200 block of Elm", "forty two hundred block of main": a block of a named street.
 */
export const BLOCK_OF = new RegExp(
  String.raw`${B}(?:\d{1,3}00|(?:${NUM_WORD}[\s-]+){1,2}hundred)\s+block\s+of\s+(?:(?:north|south|east|west|n|s|e|w)\.?\s+)?(?!(?:the|a|an|my|his|her|our|their|this|that|it|them|time|appointments?|slots?|visits?)${E})[\p{L}][\p{L}'-]+(?:\s+(?:${SUFFIX})\.?${E})?`,
  'giu',
)
/**
 * "vivo en la colonia las flores", "fraccionamiento San Miguel": a neighbourhood named after its Spanish type word.
 */
export const COLONIA = new RegExp(
  String.raw`${B}(?:colonia|col\.|fraccionamiento|fracc\.?|barrio|residencial|unidad habitacional)\s+(?!(?:y|o|a|e|que|en|con|por|para|de|del|mi|mis|tu|su|sus|este|esta|ese|esa|un|una|me|le|se|no|muy|es|está|esta)${E})(?:(?:de|del|la|las|los|el|san|santa|santo)\s+){0,2}[\p{L}][\p{L}'-]+(?:\s+(?!(?:calle|avenida|av|n[uú]mero|no|y|o|en|de|del|con|cerca|por|que|es|para)${E})[\p{L}][\p{L}'-]+)?`,
  'giu',
)
/**
 * "Lot 22 Shady Pines MHP", "space 9 at Rancho Verde Mobile Estates": a lot in a named park.
 */
export const PARK_LOT = new RegExp(
  String.raw`${B}(?:lot|space|spc|site|trailer)\s*#?\s*\d{1,4}[a-z]?,?\s+(?:(?:at|in|en)\s+)?(?:[\p{Lu}][\p{L}'-]+\s+){1,3}(?:mhp|mobile\s+home\s+park|mobile\s+estates|trailer\s+(?:park|court|ct)|rv\s+park|manufactured\s+home\s+community)${E}`,
  'giu',
)
/**
 * A road known by its number: "county road", "state route", "farm road", "highway" at the end of a street span, and
 * Texas' business routes, farm-to-market roads, loops and spurs ("east business eighty three", "fm 495"), with the
 * direction a county road's number may carry ("county road twelve south").
 */
export const NUMBERED_ROAD_END =
  /(?:^|[^\p{L}])(?:road|rd|route|rte|highway|hwy|business|bus|fm|loop|spur|interstate)\.?$/u
/** A road named by its number after its type ("highway 287", "county road nine"). */
export const ROAD_NUMBER_AFTER = new RegExp(
  String.raw`^[ \t]+(?:#[ \t]*)?(?:\d{1,4}[a-z]?|(?:${NUM_WORD}[ \t-]+){0,2}${NUM_WORD}|[a-z]{1,2}(?=[ \t]*(?:[,.;\n]|$)))(?:[ \t]+[b-hj-z](?![\p{L}\p{N}]))?(?:[ \t]+(?:north|south|east|west)(?![\p{L}\p{N}])(?![ \t]+of(?![\p{L}])))?${E}(?![ \t]+(?:${NUM_WORD}|am|pm|a m|p m|minutes?|mins?|miles?|hours?|days?|times?)${E})`,
  'iu',
)
/**
 * Short route forms read out: "h c sixty one box two oh four oh", "r r three box forty one", "route three box twelve"
 * (the box is required).
 */
export const SPOKEN_ROUTE = new RegExp(
  String.raw`${B}(?:r\.?\s?r|h\.?\s?c|route|rte)\.?\s+(?:#\s*)?(?:\d{1,4}|(?:${NUM_WORD}[\s-]+){0,2}${NUM_WORD}),?\s+box\s*#?\s*(?:\d{1,5}[a-z]?|(?:${NUM_WORD}[\s-]+){0,3}${NUM_WORD})${E}`,
  'giu',
)
/**
 * Lower-case intersections in transcripts and texts: "at 2nd and main", "on main and 5th".
 */
export const LOWER_INTERSECTION = new RegExp(
  String.raw`\b(?:on|at|of|near|off)\s+(?<v>(?:\d{1,3}(?:st|nd|rd|th)|${ORDINAL_STREET})\s+(?:and|&)\s+(?!(?:the|a|an|my|his|her|last|final|next|only|second|third|fourth|fifth|sixth|\d)\b)[a-z][a-z'-]+(?:\s+(?:${SUFFIX}))?|(?!(?:the|a|an|my|his|her|home|work|night|noon|first|last|least|most|all|once|times?|day|week|days|weeks|both|either|between)\b)[a-z][a-z'-]+\s+(?:and|&)\s+(?:\d{1,3}(?:st|nd|rd|th)|${ORDINAL_STREET})(?!\s+(?:of|time|times|dose|doses|day|days|week|weeks|visit|floor|grade|place|try|round))(?:\s+(?:${SUFFIX}))?)${E}`,
  'gud',
)
/**
 * An intersection of two bare street names after a place of business: "the walgreens on university and snelling",
 * "the cvs at fifth & pine", "the clinic off lake and hennepin". Neither name may be a function word or a common noun
 * phrase a place is "on" ("on tylenol and motrin" has no place word before it).
 */
export const STORE_INTERSECTION = new RegExp(
  String.raw`\b(?:walgreens|cvs|rite\s+aid|pharmacy|drugstore|store|clinic|office|location|branch|station|walmart|target|costco|safeway|kroger|starbucks|mcdonald'?s|one|hospital|church|school|library|lab)\s+(?:on|at|off|near|by)\s+(?:the\s+corner\s+of\s+)?(?<v>(?!${NOT_STREET_NAME}${E})[\p{L}][\p{L}'-]+\s+(?:and|&)\s+(?!${NOT_STREET_NAME}${E})[\p{L}][\p{L}'-]+(?:\s+(?:${SUFFIX})\.?)?)${E}`,
  'giud',
)
// "drive" is a verb after "on" too ("on the way to drive"): a street's only where a home or a business is on it ("i
// live on olive drive", "the pharmacy on olive drive"), its name no weekday, month or word of time ("church on sunday
// drive home"). Not "dr", which is as often the doctor ("the office on monday dr smith said").
const MONTH_WORD = '(?:january|february|march|april|may|june|july|august|september|october|november|december)'
const PLACED_DRIVE = String.raw`(?<=\b(?:live|lives|living|lived|located|pharmacy|store|clinic|office|house|church|walgreens|cvs)\s+(?:on|off)\s+(?!(?:${NOT_STREET_NAME}|${MONTH_WORD}|oxygen)\s)[\p{L}'-]+(?:\s+(?!(?:${NOT_STREET_NAME})\s)[\p{L}'-]+)?\s+)drive`
/**
 * "on Main St", "off Birch Lane": no house number, so only full suffix words and a preposition before.
 */
export const BARE = new RegExp(
  String.raw`(?:\b(?:on|off|at|near|by|from|to|onto|down|up|along|corner of|and)\s+)(?<v>(?!(?:the|my|a|an|your|our|his|her|their|this|that|see|go|get|call|be|is|was|it|me|him|them|us)\s)(?:${WORD}\s+){1,2}?(?:street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|highway|hwy|parkway|pkwy|terrace|circle|court|ct|place|way|${PLACED_DRIVE}|(?<!(?:bus|delivery|mail|paper|scenic|school|train|subway|shuttle)\s)(?:route|rte))\.?${E}(?:${SPOKEN_UNIT}|${UNIT})?)`,
  'giud',
)
// Type words of a street named in capitals: written as a title ("Main St") or in capitals ("MAIN ST").
const TYPE_WORDS = 'Street St Avenue Ave Road Rd Boulevard Blvd Parkway Pkwy Highway Hwy Lane Ln Terrace Drive Court'
const CAPITAL_TYPES = TYPE_WORDS.split(' ')
  .flatMap((w) => [w, w.toUpperCase()])
  .join('|')
/**
 * In capitals, ST, RD and LN are also speech therapy, a dietitian and a lymph node ("Continue ST", "Reactive LN",
 * "PT OT ST", "BACK PAIN RD"): a street only when the words before them are in capitals too and none is clinical
 * ("MAIN ST"). A drive or a court is also an event or an institution ("Blood Drive", "Family Court"): not a street
 * after the word that says so. Any other match stays a street (failing closed).
 */
export const AMBIGUOUS_TYPE = /\s(?<type>ST|RD|LN|Drive|DRIVE|Court|COURT)$/u
/** Clinical abbreviations in capitals that are no street name before "ST", "RD", "Drive". */
export const CLINICAL_CAPITALS = /^(?:PT|OT|SLP|RN|MD|NP|PA|ER|ED|ICU|IV|CT|MRI|HR|BP|RT|EKG|ECG|OB|GI|ENT)$/u
// biome-ignore format: packed list
export const EVENT_BEFORE_DRIVE = new Set([
  'blood', 'food', 'toy', 'coat', 'book', 'flu', 'shot', 'vaccine', 'vaccination', 'fund', 'fundraising', 'donation',
  'supply', 'clothing', 'canned', 'hard', 'disk', 'test', 'sex', 'memory', 'school', 'diaper', 'sock',
])
// biome-ignore format: packed list
export const INSTITUTION_BEFORE_COURT = new Set([
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
/**
 * A street named in capitals with its type word, in any language's sentence ("la farmacia de la Church Ave", "famasi
 * Church Ave lan", "nhà thuốc CVS trên 86th St"): the capitals and the type word make it a street without the English
 * preposition BARE needs. A numbered street ("86th st") in any case.
 */
export const NAMED_IN_CAPITALS = new RegExp(
  String.raw`${LATIN_B}(?<v>(?:\d{1,3}(?:st|nd|rd|th)\s+(?:[Ss]treet|[Ss]t|[Aa]venue|[Aa]ve|[Rr]oad|[Rr]d|[Bb]oulevard|[Bb]lvd|[Pp]arkway|[Pp]kwy|[Pp]lace|[Pp]l)|(?!(?:${NOT_STREET_START})\.?\s)[\p{Lu}][\p{L}'’-]{1,30}(?:\s+[\p{Lu}][\p{L}'’-]{1,30})?\s+(?:${CAPITAL_TYPES}))\.?)${LATIN_E}`,
  'gud',
)
/**
 * "at Target on Memorial Dr", "off Ponce Dr near the park", "rete nan Shamrock Dr": "Dr" after a name in capitals is
 * the street's type where a preposition of place (English or another language's) stands before the name and no name in capitals follows it, as one follows the doctor's title
 * ("Dr Smith"). Anywhere else it is the doctor addressed ("Hi Dr, can I…", "my Family Dr").
 */
export const DR_AFTER_PLACE = new RegExp(
  String.raw`(?<![\p{L}])(?:on|off|near|onto|along|at|by|nan|sou|en|na|no|em|sa|ở|в|на)\s+(?<v>(?!(?:${NOT_STREET_START})\s)[\p{Lu}][\p{L}'’-]{1,30}(?:\s+[\p{Lu}][\p{L}'’-]{1,30})?\s+(?:Dr|DR))(?!\.?[ \t]+\p{Lu})${LATIN_E}`,
  'gud',
)
/** "7845 Cordova Club Dr": after a house number, "Dr" after a name in capitals is the street's type in any language. */
export const DR_AFTER_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<v>\d{1,6}\s+[\p{Lu}][\p{L}'’-]{1,30}(?:\s+[\p{Lu}][\p{L}'’-]{1,30}){0,2}\s+(?:Dr|DR))(?!\.?[ \t]+\p{Lu})${LATIN_E}`,
  'gud',
)
/** A written Spanish street ("Calle 5 de Mayo 214", "Av. Juárez 88"). */
export const SPANISH = new RegExp(
  String.raw`${B}(?:\d{1,6}[a-z]?\s+)?(?:calle|avenida|avda|av|camino|paseo|carretera|callejón|callejon|calzada|privada|boulevard|bulevar|colonia|col)\.?\s+(?:${WORD}\s+){0,3}?(?:(?:n[uú]mero|no\.?|#)\s*)?\d{1,6}[a-z]?${E}${UNIT}?|${B}(?:\d{1,6}[a-z]?\s+)?(?:calle|avenida|avda|camino|paseo|carretera|calzada)\s+(?!(?:y|o|a|por|con|se|me|te|le|lo|en|al|cuando|mucho|poco|m[aá]s|bien|mal|hasta|todo|todos|todas|que|muy|un|una|sin|para|pero|porque|and|the|to)\s)(?:de\s+(?:la\s+|los\s+|las\s+)?)?[\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+){0,2}`,
  'giu',
)
// Intersections: "on Broadway and 5th", "at Main St & Elm", "corner of 3rd and Pine".
const STRONG_STREET = String.raw`(?:\d{1,3}(?:st|nd|rd|th)(?:\s+(?:${SUFFIX})\.?)?|[\p{L}'-]+\s+(?:${SUFFIX})\.?)`
const WEAK_STREET = String.raw`[\p{Lu}][\p{L}'-]+`
/** An intersection after "on", "at", "near" ("on 5th and main", "at Elm & Oak St"). */
export const INTERSECTION = new RegExp(
  String.raw`(?:\b(?:on|at|of|near|off)\s+)(?<v>(?:${STRONG_STREET}\s+(?:and|&|y|at)\s+(?:${STRONG_STREET}|${WEAK_STREET})|${WEAK_STREET}\s+(?:and|&|y)\s+${STRONG_STREET})${E})`,
  'gud',
)
