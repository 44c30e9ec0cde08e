/**
 * Street addresses (English and Spanish), PO boxes, units, ZIP and ZIP+4, and cities — cities only
 * with context: "in/at/from/near X" (via the lexicon), "X, CA", or between a street and a ZIP.
 */
import { isCity, isEnglishWord, isSpanishWord } from '../lexicon'
import { SPANISH_NUMBER_WORD, spanishNumber } from '../spoken'
import { hasLowerCase, isSpaceUnit } from './chars'
import { cueBefore, valueRange } from './cues'
import type { Detector, Span } from './types'
import { matchesOf } from './matches'

const SUFFIX =
  'street|st|avenue|ave|av|road|rd|drive|dr|lane|ln|boulevard|blvd|court|ct|way|place|pl|highway|hwy|parkway|pkwy|circle|cir|terrace|ter|trail|trl|square|sq|loop|alley|aly|row|path|pike|plaza|plz|run|crescent|cres|close|expressway|expy|freeway|fwy|turnpike|tpke|route|rte|point|pt|heights|hts|park|crossing|xing|landing|ridge|view|commons|walk|mall|center|ctr|grove|hill|hills|manor|meadows|estates'
// Numbered streets said as words: "fifth and main".
const ORDINAL_STREET =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth)'
const UNIT = String.raw`(?:,?\s*(?:apt|apartment|unit|suite|ste|#|room|rm|bldg|building|floor|fl|space|spc|lot|depto|departamento|piso|interior|int)\.?\s*#?\s*[\p{L}\p{N}-]{1,6}(?![\p{L}\p{N}]))`
const DIR = String.raw`(?:(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\.?\s+)`
const WORD = String.raw`[\p{L}\p{N}'.-]+`
const B = String.raw`(?<![\p{L}\p{N}])`
const E = String.raw`(?![\p{L}\p{N}])`
// Function words never sit between a house number and its street type ("4 of the place" is a count).
const NUMBERED = new RegExp(
  String.raw`${B}(?:[nsew]\d{3,5}|\d{1,6}[a-z]?(?:-\d{1,4})?(?:\s+1\/2|\s*½)?)\s+${DIR}?(?:(?!(?:of|to|in|at|for|is|was|with|from|my|your|and|or|per|after|before|since|until|till|during|then|than|by)\s)${WORD}\s+){0,3}(?:${SUFFIX})\.?${E}(?:\s+${DIR.replace('\\s+', '')}${E})?${UNIT}?`,
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
// Longest first, so "fourteen" is never read as "four" + "teen".
const NOT_STREET_NAME =
  '(?:the|a|an|my|his|her|their|our|your|this|that|it|home|work|school|call|time|weekends?|weekdays?|days?|nights?|mornings?|evenings?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|am|pm|then|now|off|on|and|or|is|was|i|we|he|she|they|you|me|them|us|tylenol|motrin|advil|ibuprofen|meds|insulin|hold|duty|break|vacation|leave|top|both|either|holidays?)'
const NUM_WORD =
  '(?:seventeen|thirteen|fourteen|eighteen|nineteen|thousand|fifteen|sixteen|seventy|hundred|twenty|eleven|twelve|thirty|eighty|ninety|three|seven|eight|forty|fifty|sixty|zero|four|five|nine|one|two|six|ten|oh)'
const SPOKEN_UNIT = String.raw`(?:,?\s+(?:apartment|apt|unit|suite|number|space|lot)\s+(?:${NUM_WORD}[\s-]*){1,3}(?:[a-z](?![\p{L}\p{N}]))?)`
// After the street type: a second one when the name itself ends in a type word ("oak ridge drive", "forest park
// avenue") and a post-directional said in full ("cedar avenue south"; not "south of the river").
const STREET_TAIL = String.raw`(?:\s+(?:street|avenue|road|drive|lane|boulevard|court|place|circle|terrace|trail|parkway|highway)${E})?(?:\s+(?:north|south|east|west|northeast|northwest|southeast|southwest)${E}(?!\s+(?:of|side|end|wing|entrance|door|tower|building|campus)${E}))?`
// "ninety nine point eight" is a temperature: "point" is no street type after spoken numbers.
const SPOKEN_NUMBERED = new RegExp(
  String.raw`${B}(?:${NUM_WORD}[\s-]+){1,6}(?:and\s+a\s+half\s+)?${DIR}?(?:${WORD}\s+){0,2}?(?!(?:point|pt)${E})(?:${SUFFIX})\.?${E}${STREET_TAIL}(?:${SPOKEN_UNIT}|${UNIT})?`,
  'giu',
)
// "thirty two hundred west olive unit two fourteen": a spoken number, a compass word and a name.
const SPOKEN_DIRECTION = new RegExp(
  String.raw`${B}(?:${NUM_WORD}[\s-]+){2,6}(?:north|south|east|west)\s+(?!(?:of|side|coast|end|wing|entrance|door|tower|building|campus|at|on|in|and|the)\b)[\p{L}'-]{3,}${E}(?:${SPOKEN_UNIT}|${UNIT})?`,
  'giu',
)
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
// "p o box eleven forty two": a PO box read out.
const PO_BOX_SPOKEN = new RegExp(
  String.raw`${B}(?:p\.?\s*o\.?\s*box|post\s+office\s+box|apartado(?:\s+postal)?)\s+(?:number\s+)?(?:${NUM_WORD}[\s-]+){0,5}${NUM_WORD}${E}`,
  'giu',
)
// "i live at four forty four elm", "we're at nineteen oh one market": a spoken house number and a street word
// after a place cue, no street type needed (the written form is BARE_NUMBER).
const SPOKEN_BARE = new RegExp(
  String.raw`\b(?:live|lives|living|lived|staying|stay|located|i'm|im|we're|were|we are|i am|address is|moved to|move to|pick me up at|come to)\s+(?:at|on|to|in)?\s*(?<v>(?:${NUM_WORD}[\s-]+){2,6}(?!(?:${NUM_WORD}|am|pm|a m|p m|o'?clock|minutes?|hours?|days?|weeks?|years?|months?|times?|pills?|tablets?|mg|units?|percent|pounds?|and|or|the|a|in|on|at|to|for|with|now|today|tonight|tomorrow|yesterday|this|that|please|so|but|i|we|it|my)\b)[\p{L}][\p{L}'-]+)${E}`,
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
// A road known by its number: "county road", "state route", "farm road", "highway" at the end of a street span.
const NUMBERED_ROAD_END = /(?:^|[^\p{L}])(?:road|rd|route|rte|highway|hwy)\.?$/u
const ROAD_NUMBER_AFTER = new RegExp(
  String.raw`^[ \t]+(?:#[ \t]*)?(?:\d{1,4}[a-z]?|(?:${NUM_WORD}[ \t-]+){0,2}${NUM_WORD}|[a-z]{1,2}(?=[ \t]*(?:[,.;\n]|$)))(?:[ \t]+[b-hj-z](?![\p{L}\p{N}]))?${E}(?![ \t]+(?:${NUM_WORD}|am|pm|a m|p m|minutes?|mins?|miles?|hours?|days?|times?)${E})`,
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
// Where someone works names them as well as an address: "I work nights at the Costco", "works for Acme Foods".
const EMPLOYER =
  /\b(?:[Ii]|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[Mm]y \w+)\s+(?:work|works|worked|working)(?:\s+(?:nights|days|weekends|mornings|evenings|part[- ]time|full[- ]time|there|now))?\s+(?:at|for)\s+(?:the\s+)?(?<v>(?!(?:The|My|A|An|Home|Night|Nights|Work|Noon|School|Church|Walmart|Target)\b)[\p{Lu}][\p{L}&'’.-]*(?:\s+[\p{Lu}][\p{L}&'’.-]*){0,2})/dgu

// "on Main St", "off Birch Lane": no house number, so only full suffix words and a preposition before.
const BARE = new RegExp(
  String.raw`(?:\b(?:on|off|at|near|by|from|to|onto|down|up|along|corner of|and)\s+)(?<v>(?!(?:the|my|a|an|your|our|his|her|their|this|that|see|go|get|call|be|is|was|it|me|him|them|us)\s)(?:${WORD}\s+){1,2}?(?:street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|highway|hwy|parkway|pkwy|terrace|circle|court|ct|place|way|(?<!(?:bus|delivery|mail|paper|scenic|school|train|subway|shuttle)\s)(?:route|rte))\.?${E}(?:${SPOKEN_UNIT}|${UNIT})?)`,
  'giud',
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
const ZIP = /(?<![\p{L}\p{N}.,$/-])\d{5}(?:-\d{4})?(?![\p{N}]|[.,]\d|\s*(?:mg|ml|steps|dollars|usd|calories|cal)\b)/gu
// Whatever follows a ZIP / postcode cue is the code, US or not: "ZIP: 3520", "postcode B0J 2H0".
const ZIP_CUED =
  /\b(?:zip(?:\s*code)?|postal\s*code|post\s*code|postcode|c[oó]digo\s+postal)\s*(?:is|es|was|:|#|=|-)?\s*(?<v>(?=[A-Za-z]{0,3}\d)[A-Za-z0-9]{3,6}(?:[\s-](?=[A-Za-z]{0,2}\d)[A-Za-z0-9]{2,4})?)(?![\p{L}\p{N}])/dgiu
// Canadian and UK postcodes have a shape of their own: "M5H 1A1", "SW1A 1AA", "B33 8TH".
const FOREIGN_POSTCODE =
  /(?<![\p{L}\p{N}])(?:[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/gu
const ZIP4 = /(?<![\p{L}\p{N}])\d{5}-\d{4}(?![\p{N}])/gu
const STATES =
  'al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc|pr|alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|puerto rico|calif'
const STATE_BEFORE = new RegExp(String.raw`(?:\b(?:${STATES})\.?|,)\s*$`, 'u')
const STATE_WORD = new RegExp(`^(?:${STATES})$`, 'i')
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
// "Stockton, CA", "los angeles, ca 90026": up to three words before a comma and a state.
const STATE_AFTER_COMMA = new RegExp(String.raw`,\s*(?:${STATE_FORMS})\.?(?=\s*(?:\d{5}|[,.;!?)]|$|\s))`, 'gu')
const WORDS_BEFORE = /((?:[\p{L}'.-]+\s+){0,2}[\p{L}'.-]+)$/u
const LIVING_BEFORE =
  /\b(?:live|lives|living|lived|moved|moving|move|staying|stay|located|based|reside|resides|vivo|vive|vivimos|originally|raised|born)\b[^.!?\n]{0,24}$/
const COMMON_PLACE = new Set([
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
const ONLY_NUMBER_WORDS = new RegExp(String.raw`^${NUM_WORD}(?:[\s-]+${NUM_WORD})*$`, 'iu')
// "from hope arkansas", "in normal illinois": a full state name after a town makes an everyday word the town.
const STATE_NAME_AFTER = new RegExp(
  String.raw`^,?[ \t]+(?:${STATES.split('|')
    .filter((w) => w.length > 2)
    .join('|')})(?![\p{L}])`,
  'u',
)
// Places that are not towns even before a state ("at home texas time").
const NOT_TOWN_BEFORE_STATE = new Set([
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
  'afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece greenland grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe usa america england scotland wales britain méxico españa perú panamá canadá brasil alemania francia italia inglaterra japón irlanda suecia noruega finlandia dinamarca polonia rusia grecia turquía marruecos egipto china colombia guatemala honduras nicaragua venezuela ecuador bolivia paraguay uruguay argentina chile cuba haití'
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
    ]),
)

/** True for a country or a US state: not a city. */
function isCountryOrState(phrase: string): boolean {
  const p = phrase.toLowerCase().replace(/[.,]+$/, '')
  return COUNTRIES.has(p) || STATE_WORD.test(p)
}

// "in Fresno", "from long beach", "vivo en Salinas": phrase checked against the city lexicon.
const CITY_CUE =
  /\b(?:in|at|from|near|to|outside|around|visiting|en|cerca de|desde)\s+((?:[\p{L}'.-]+)(?:\s+[\p{L}'.-]+){0,2})/giu
const STOP = new Set([
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

// After an address cue, the address runs to the end of the sentence or block: every number and
// capitalised word in it belongs to the address (house numbers after street names, postcodes, towns).
const ADDRESS_CUE =
  /\b(?:(?:home|mailing|billing|shipping|street|new|old|my|our|his|her|their|the)\s+address(?:\s+(?:is|was|of\s+(?:\S+\s+){1,4}?is))?|address\s*(?:is|:)|lives?\s+(?:at|on)|living\s+at|moved\s+to(?!\s+(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?|today|tomorrow|tonight|next|later|earlier|this|noon|morning|afternoon|evening|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|the\s+\d|\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m|p\.m)|\d{1,2}[/.-]\d)(?![\p{L}])|\s+(?:the\s+|a\s+|another\s+|a\s+different\s+)?(?:icu|nicu|picu|ccu|er|ed|or|pacu|room|floor|bed|unit|ward|rehab|hospice|nursing|hospital|step-?down|telemetry|tele|pre-?op|post-?op|recovery|surgery|l&d|labor|comfort|palliative|oral|iv|insulin|a\s+higher|a\s+lower)(?![\p{L}]))|(?:send|ship|mail|deliver)\s+(?:it\s+|them\s+|this\s+)?to|located\s+at|direcci[oó]n(?:\s+es)?|domicilio(?:\s+es)?|vivo\s+en|vive\s+en)\s*:?\s*/giu
const ADDRESS_END =
  /\n\s*\n|[.!?](?=\s+(?:[A-Z]|i\b)|\s*$)|[;]|\s(?:and|but|so|because|please|pls|can|could|would|thanks|thank|if|when|after|before|for|since|y|pero|por)\s+(?=[a-z]|I(?![\p{L}\p{N}]))/u
const ADDRESS_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu

function addressAfterCues(text: string, spans: Span[]): void {
  for (const c of matchesOf(ADDRESS_CUE, text)) {
    let from = c.index + c[0].length
    // "Shipping address for the CGM sensors: PO Box 4471": the address starts after the colon.
    const what = /^(?:for|of)\s[^:\n]{0,40}:\s*/.exec(text.slice(from, from + 50))
    if (what) from += what[0].length
    let seg = text.slice(from, from + 160)
    const stop = ADDRESS_END.exec(seg)
    if (stop) seg = seg.slice(0, stop.index)
    let first = -1
    let last = -1
    let digits = 0
    let caps = 0
    for (const t of matchesOf(ADDRESS_TOKEN, seg)) {
      const w = t[0]
      const isDigit = /\d/.test(w)
      const isCap = /^\p{Lu}/u.test(w) && !/^(?:I|The|My|A|An)$/.test(w)
      if (!isDigit && !isCap) continue
      if (isDigit) digits += 1
      else caps += 1
      if (first < 0) first = t.index
      last = t.index + w.replace(/[.'-]+$/, '').length
    }
    // A number, or two capitalised words, make it an address rather than "the same as before".
    if (first >= 0 && (digits > 0 || caps >= 2)) push(spans, from + first, from + last, 'STREET', 'address-context')
  }
}

// "the corner of Dalbraut 99 and Frederikke Coves": the whole intersection, "corner of" included (an intersection
// names a place as precisely as a house number). Runs to the end of the clause; "and" belongs to it here.
const CORNER = /\bcorner\s+of\s+/giu
const CORNER_END =
  /\n|[.!?](?=\s+(?:[A-Z]|i\b)|\s*$)|[;,:()]|\s(?:but|so|because|please|pls|can|could|would|thanks|thank|if|when|after|before|for|since|is|was|pero|por|in|at|on|to|with)\s/gu
const CORNER_STREET = new RegExp(String.raw`(?:^|\s)(?:${SUFFIX}|${ORDINAL_STREET})\.?(?:\s|$)`, 'iu')

function cornerOf(text: string, lower: string, spans: Span[]): void {
  if (!lower.includes('corner')) return
  for (const c of matchesOf(CORNER, text)) {
    const from = c.index + c[0].length
    let seg = text.slice(from, from + 120)
    for (const stop of matchesOf(CORNER_END, seg)) {
      // "ul. Jesionowa", "Pentelis Str. and": a period after an abbreviation does not end the clause.
      if (stop[0] === '.' && /(?:^|[\s.])\p{L}{1,4}$/u.test(seg.slice(0, stop.index))) continue
      seg = seg.slice(0, stop.index)
      break
    }
    seg = seg.replace(/[^\p{L}\p{N}]+$/u, '')
    if (!seg || !/\s(?:and|&|y)\s/i.test(seg)) continue
    if (!/\d|\p{Lu}/u.test(seg) && !CORNER_STREET.test(seg)) continue
    push(spans, c.index, from + seg.length, 'STREET', 'corner')
  }
}

// Multi-line address blocks: after a street line, up to three short lines ending in a line with a postcode
// ("KNIVSTA, nan 18237", "Porto Alegre\n, RS\n Brazil 95828") are the rest of the address, codes included.
const BLOCK_STOP =
  /[:@]|https?|www\.|\b(?:mobile|desk|fax|phone|tel|cell|office|email|e-mail|web|website|thanks|thank|regards|hi|hello|dear)\b/iu
const POSTCODE_LINE =
  /(?<![\p{L}\p{N}])(?:\d{3,6}(?:[ -]\d{2,4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{4} ?[A-Z]{2})(?![\p{L}\p{N}])/u
const LINE_LEAD = /^[\s>?*•·|-]*/u

/** Adds the lines of a multi-line address block after each anchor street that ends its line. */
export function addressBlocks(text: string, anchors: readonly Span[], spans: Span[]): void {
  for (const a of anchors) {
    // The street must end its line (trailing punctuation, or a house number joined later, allowed).
    const rest = /^(?:[ \t]+\d{1,5}[a-z]?)?[ \t,.;]*\n/.exec(text.slice(a.end, a.end + 14))
    if (!rest) continue
    let at = a.end + rest[0].length
    const lines: Array<[number, number]> = []
    for (let k = 0; k < 4 && at < text.length; k += 1) {
      const nl = text.indexOf('\n', at)
      const lineEnd = nl < 0 ? text.length : nl
      const raw = text.slice(at, lineEnd)
      const lead = LINE_LEAD.exec(raw)?.[0].length ?? 0
      let body = raw.slice(lead).replace(/\s+$/u, '')
      // The postcode line may run on into a sentence: "KNIVSTA, nan 18237 after the concert".
      const code = POSTCODE_LINE.exec(body)
      if (code) body = body.slice(0, code.index + code[0].length)
      const wordCount = body.split(/\s+/).filter(Boolean).length
      if (!body || body.length > 60 || wordCount > 5 || BLOCK_STOP.test(body)) break
      lines.push([at + lead, at + lead + body.length])
      if (code) {
        for (const [s0, e0] of lines) push(spans, s0, e0, 'STREET', 'address-block')
        break
      }
      if (nl < 0) break
      at = nl + 1
    }
  }
}

// Right after a street that ends in a number, a town in capitals and/or a region code on the same line:
// "Lyngveien 46 Apt. 085 BODØ", "Markt 84 Apt. 597 MÜLLNERN KA", "Rákóczi út 13. Suite 104 Veszprém VE".
const TOWN_AFTER =
  /^[ \t]*,?[ \t]*(?:(?:[\p{Lu}][\p{Lu}'’-]+[ \t]+){0,2}[\p{Lu}][\p{Lu}'’-]+(?:[ \t]+[\p{Lu}]{1,3})?|(?:[\p{Lu}][\p{Ll}'’-]+[ \t]+){1,2}[\p{Lu}]{2,3})(?=[\s,.;!?)]|$)/u
const NOT_TOWN =
  /^(?:OK|OKAY|ASAP|AM|PM|ER|ICU|PLS|PLZ|THX|LOL|FYI|ETA|BTW|USA|US|UK|EU|TY|NO|YES|IM|ID|MD|DR|RN|NP|PA|PT|BP|HR)$/

function townsAfterStreets(text: string, anchors: Span[], spans: Span[]): void {
  // In an all-capitals text every word looks like a town.
  if (!hasLowerCase(text)) return
  for (const a of anchors) {
    if (!/\d\.?$/.test(text.slice(a.start, a.end))) continue
    const m = TOWN_AFTER.exec(text.slice(a.end, a.end + 60))
    if (!m) continue
    const first = m[0].trim().split(/[\s,]+/)[0] ?? ''
    if (NOT_TOWN.test(first)) continue
    const lead = m[0].search(/\p{Lu}/u)
    push(spans, a.end + lead, a.end + m[0].length, 'CITY', 'town-after-street')
  }
}

function push(spans: Span[], start: number, end: number, type: Span['type'], source: string, canonical?: string): void {
  if (end > start) spans.push(canonical ? { start, end, type, source, canonical } : { start, end, type, source })
}

/** Trims leading stop words off a candidate city phrase; returns the offset of the first kept word. */
function cityStart(phrase: string): number {
  const re = /[\p{L}'.-]+/gu
  for (const m of matchesOf(re, phrase)) if (!STOP.has(m[0].toLowerCase())) return m.index
  return -1
}

// Cheap tests on the lower-case text for the anchor word of the costlier patterns, so ordinary messages
// skip them (the full patterns try a street name at every word).
const NUMBER_WORD_GATE = new RegExp(`${B}${NUM_WORD}${E}`, 'u')
const ASCII_DIGIT = /[0-9]/

function testOf(re: RegExp): (lower: string) => boolean {
  return (l) => re.test(l)
}

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
])
const GATES = new Map<RegExp, (lower: string) => boolean>([
  [SPOKEN_NUMBERED, (l) => NUMBER_WORD_GATE.test(l)],
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
/** Every ZIP_CUED match holds zip or post (case-insensitively; see the PO_BOX gate for 'ſ'). */
const ZIP_CUE_WORD = (l: string): boolean => l.includes('zip') || l.includes('post') || l.includes('ſ')
const SPANISH_NUMBER_GATE =
  /cient[oa]s|\b(?:mil|cien|ciento|diez|once|doce|trece|catorce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)\b|\bdieci|\bveinti/

// "grew up in SUND", "originally from PORT O' WARREN": a town in capitals after an origin or living phrase,
// in a text that also uses lower case (clinical acronyms and countries excepted).
const TOWN_IN_CAPITALS =
  /\b(?:grew up|raised|born|live|lives|living|lived|moved|moving|relocated|originally|comes?|came)\s+(?:in|from|to|near)\s+(?<v>[\p{Lu}][\p{Lu}'’.-]+(?:\s+[\p{Lu}][\p{Lu}'’.-]*){0,3})(?![\p{L}\p{N}])/dgu
const NOT_A_TOWN = new Set([
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

const PLACE_SUFFIX_WORD =
  /^(?:heights|falls|springs|beach|hills|city|village|junction|valley|grove|harbor|creek|township|lake|rapids|prairie|park|bluffs?|shores?|ridge)$/
// Words that do not open a town's name: "in the park", "in a trailer park", "in my city".
const NOT_PLACE_HEAD =
  /^(?:the|a|an|my|our|his|her|their|your|this|that|some|trailer|rv|mobile|senior|assisted|nursing|state|national|amusement|water|theme|dog|skate|ball|industrial|office|business|same|big|small|little|new|old|nice|quiet|and|or|of|at|in|on|by|to|near|for|with)$/
const CITY_SUFFIX =
  /^[ \t]+(?:heights|park|falls|springs|beach|hills|city|village|junction|center|valley|grove|harbor|creek|gardens|township)(?![\p{L}\p{N}])/u

/** Finds streets, PO boxes, units, ZIPs and cities in context. */
export const detectLocations: Detector = ({ text, lower }) => {
  const spans: Span[] = []
  const streets: Span[] = []
  // Patterns that cannot match without an ASCII digit (\d is [0-9] even with the u flag) are skipped in texts
  // without one, such as spoken transcripts.
  const hasDigit = ASCII_DIGIT.test(text)
  for (const re of [
    NUMBERED,
    NUMBERED_DIRECTION,
    BARE_NUMBER,
    SPOKEN_NUMBERED,
    BARE,
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
  for (const re of SPANISH_NUMBER_GATE.test(lower) ? [SPOKEN_ES_BEFORE, SPOKEN_ES_AFTER] : []) {
    for (const m of matchesOf(re, lower)) {
      // One small number word ("una calle", "dos avenidas") is not a house number.
      const n = spanishNumber((m.groups?.n ?? '').split(/[\s-]+/))
      if (!n || (n.used < 2 && n.value < 10)) continue
      push(streets, m.index, m.index + m[0].length, 'STREET', 'street-es-spoken')
    }
  }
  for (const m of NUMBER_WORD_GATE.test(lower) ? matchesOf(SPOKEN_BARE, lower) : []) {
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
  for (const m of lower.includes('work') ? matchesOf(EMPLOYER, text) : []) {
    const [start, end] = valueRange(m)
    push(spans, start, end, 'OTHER', 'employer')
  }
  // "off county road twelve", "on State Route 20 B": a numbered road's number belongs to the street found before it.
  for (const st of streets) {
    if (!NUMBERED_ROAD_END.test(lower.slice(Math.max(st.start, st.end - 12), st.end))) continue
    const n = ROAD_NUMBER_AFTER.exec(lower.slice(st.end, st.end + 40))
    if (n) st.end += n[0].length
  }
  const contextual: Span[] = []
  addressAfterCues(text, contextual)
  cornerOf(text, lower, contextual)
  addressBlocks(text, [...streets, ...contextual], contextual)
  townsAfterStreets(text, [...streets, ...contextual], spans)
  spans.push(...streets)
  const zips: Span[] = []
  for (const m of hasDigit ? matchesOf(ZIP4, text) : [])
    push(zips, m.index, m.index + m[0].length, 'ZIP', 'zip4', m[0].slice(0, 5))
  for (const m of hasDigit ? matchesOf(ZIP, text) : []) {
    const before = lower.slice(Math.max(0, m.index - 40), m.index)
    const cue = cueBefore(lower, m.index, 25)
    const afterStreet = streets.some((s) => s.end <= m.index && m.index - s.end <= 40)
    const afterState = STATE_BEFORE.test(before)
    if (cue === 'ZIP' || afterStreet || afterState)
      push(zips, m.index, m.index + m[0].length, 'ZIP', 'zip', m[0].slice(0, 5))
  }
  for (const m of hasDigit ? matchesOf(FOREIGN_POSTCODE, text) : [])
    push(zips, m.index, m.index + m[0].length, 'ZIP', 'postcode')
  for (const m of hasDigit && ZIP_CUE_WORD(lower) ? matchesOf(ZIP_CUED, text) : []) {
    const [start, value] = valueRange(m)
    // Dutch postcodes end in two capitals: "7412 SL".
    const end =
      value +
      (/^\d{4}$/.test(text.slice(start, value))
        ? (/^ [A-Z]{2}(?![\p{L}\p{N}])/u.exec(text.slice(value, value + 4))?.[0].length ?? 0)
        : 0)
    if (!zips.some((z) => z.start <= start && z.end >= end)) push(zips, start, end, 'ZIP', 'zip-cued')
  }
  spans.push(...zips)
  for (const c of matchesOf(STATE_AFTER_COMMA, text)) {
    const windowStart = Math.max(0, c.index - 60)
    const m = WORDS_BEFORE.exec(text.slice(windowStart, c.index))
    if (!m) continue
    m.index += windowStart
    const phrase = m[1] ?? ''
    const words = matchesOf(/[\p{L}'.-]+/gu, phrase)
    // Prefer the longest tail of the phrase the lexicon knows; else capitalised words; else the last word.
    let from = -1
    for (let k = 0; k < words.length; k += 1) {
      if (isCity(phrase.slice(words[k]!.index).toLowerCase())) {
        from = words[k]!.index
        break
      }
    }
    if (from < 0) {
      from = words[words.length - 1]?.index ?? 0
      for (let k = words.length - 2; k >= 0; k -= 1) {
        const w = words[k]![0]
        if (/^\p{Lu}/u.test(w) && !STOP.has(w.toLowerCase())) from = words[k]!.index
        else break
      }
      const skip = cityStart(phrase.slice(from))
      if (skip < 0) continue
      from += skip
    }
    push(spans, m.index + from, m.index + phrase.length, 'CITY', 'city-state')
  }
  for (const m of matchesOf(CITY_CUE, lower)) {
    const phrase = m[1] ?? ''
    const base = m.index + m[0].length - phrase.length
    const words = matchesOf(/[\p{L}'.-]+/gu, phrase)
    for (let k = Math.min(3, words.length); k >= 1; k -= 1) {
      const last = words[k - 1]!
      const candidate = phrase.slice(0, last.index + last[0].length)
      if (isCity(candidate)) {
        if (isCountryOrState(candidate)) break
        // "dropped to eighty eight percent": number words are a reading, not the town of that name.
        if (ONLY_NUMBER_WORDS.test(candidate)) break
        // A one-word city that is also an everyday word ("home", "bath", "energy") only when capitalised.
        if (
          k === 1 &&
          (isEnglishWord(candidate) || COMMON_PLACE.has(candidate)) &&
          !/^\p{Lu}/u.test(text.slice(base, base + 1))
        ) {
          // ... or right after an address or a "live in / moved to" phrase (lower-case transcripts).
          const near =
            streets.some((st) => st.end <= base && base - st.end <= 40) ||
            LIVING_BEFORE.test(lower.slice(Math.max(0, base - 40), base))
          const stateNext =
            STATE_NAME_AFTER.test(lower.slice(base + candidate.length, base + candidate.length + 20)) &&
            !NOT_TOWN_BEFORE_STATE.has(candidate.toLowerCase())
          if (!stateNext && (!near || COMMON_PLACE.has(candidate))) continue
        }
        // "columbia heights", "sioux falls", "palm springs": a town word the list knows alone, then a place suffix.
        const suffix = CITY_SUFFIX.exec(lower.slice(base + candidate.length, base + candidate.length + 14))
        push(spans, base, base + candidate.length + (suffix ? suffix[0].length : 0), 'CITY', 'city-cue')
        break
      }
    }
    // "we live in white bear lake", "moved to cottage grove": after a living cue, words ending in a place suffix.
    if (words.length >= 2 && LIVING_BEFORE.test(lower.slice(Math.max(0, base - 40), base))) {
      for (let k = Math.min(3, words.length); k >= 2; k -= 1) {
        const head = words.slice(0, k - 1).map((w) => w[0])
        if (!PLACE_SUFFIX_WORD.test(words[k - 1]![0]) || head.some((w) => NOT_PLACE_HEAD.test(w))) continue
        push(spans, base, base + words[k - 1]!.index + words[k - 1]![0].length, 'CITY', 'city-suffix')
        break
      }
    }
    // "east palo alto", "north hollywood": a compass word before a town the lexicon knows without it.
    if (words.length >= 2 && /^(?:east|west|north|south|upper|lower)$/.test(words[0]![0])) {
      for (let k = Math.min(3, words.length); k >= 2; k -= 1) {
        const last = words[k - 1]!
        const candidate = phrase.slice(words[1]!.index, last.index + last[0].length)
        if (isCity(candidate) && !isCountryOrState(candidate) && !(k === 2 && isEnglishWord(candidate))) {
          push(spans, base, base + last.index + last[0].length, 'CITY', 'city-cue')
          break
        }
      }
    }
  }
  if (hasLowerCase(text) && /grew|raised|born|liv|moved|moving|relocated|originally|came|come/.test(lower)) {
    for (const m of matchesOf(TOWN_IN_CAPITALS, text)) {
      const [start, rawEnd] = valueRange(m)
      const end = start + text.slice(start, rawEnd).replace(/[.'’-]+$/u, '').length
      const town = text.slice(start, end)
      const first = town.split(/\s+/)[0] ?? ''
      if (town.length < 3 || NOT_A_TOWN.has(first) || NOT_A_TOWN.has(town) || isCountryOrState(town)) continue
      push(spans, start, end, 'CITY', 'town-capitals')
    }
  }
  // Words between a street and a ZIP: "318 Birch Lane Stockton 95207".
  for (const z of zips) {
    const street = streets.find((s) => s.end <= z.start && z.start - s.end <= 40)
    if (!street) continue
    const between = text.slice(street.end, z.start)
    const inner = between.match(/^[\s,]*((?:[\p{L}'.-]+\s*){1,3}?)(?:,?\s*(?:[A-Za-z]{2}|[\p{L}]+)?\s*)$/u)
    if (!inner || !inner[1]) continue
    const words = matchesOf(/[\p{L}'.-]+/gu, between).filter((w) => !STATE_WORD.test(w[0]))
    if (words.length === 0 || words.length > 3) continue
    const first = words[0]!
    const last = words[words.length - 1]!
    push(spans, street.end + first.index, street.end + last.index + last[0].length, 'CITY', 'city-between')
  }
  // The address-context spans fill only the gaps between the typed pieces (ZIPs keep their ZIP3).
  for (const c of contextual) {
    let pieces: Array<[number, number]> = [[c.start, c.end]]
    for (const o of spans) {
      pieces = pieces.flatMap(
        ([a, b]): Array<[number, number]> =>
          o.end <= a || o.start >= b
            ? [[a, b]]
            : [
                [a, Math.max(a, o.start)],
                [Math.min(b, o.end), b],
              ],
      )
    }
    for (const [a, b] of pieces) {
      const piece = text.slice(a, b)
      const lead = piece.search(/[\p{L}\p{N}]/u)
      if (lead < 0) continue
      const trimmed = piece.replace(/[^\p{L}\p{N}]+$/u, '')
      // A state or a country left between the typed pieces is not PHI ("Portland, OR 97209").
      const word = trimmed.slice(lead)
      if (isCountryOrState(word) && (word.length > 2 || word === word.toUpperCase())) continue
      // "77 Oak Hollow Ln in Boise": a function word between typed pieces stays.
      if (/^(?:in|at|on|of|and|the|to|y|en|de|del|la|el)$/i.test(word)) continue
      push(spans, a + lead, a + trimmed.length, 'STREET', 'address-context')
    }
  }
  return spans
}
