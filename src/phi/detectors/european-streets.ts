/**
 * Streets written the European way (type word before or after the name, compound endings, house number after the
 * name): the patterns streets.ts runs, kept apart from the US and Spanish forms of street-patterns.ts.
 */
import { isSpaceUnit } from './chars'
import { B } from './street-patterns'

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
export const INTL_PREFIX = new RegExp(
  String.raw`${B}${LEAD_NUMBER}(?:${PREFIX_ANY})\.?\s+${NAME_WORDS}${HOUSE_AFTER}` +
    String.raw`|${B}\d{1,6}[a-z]?\s+(?:\d{1,4}\s+)?(?:${PREFIX_ANY})\.?\s+(?:${PARTICLE}\s+){0,2}[\p{L}'’-]+(?:[ \t]+(?:${PARTICLE}[ \t]+){0,2}[\p{L}'’-]+){0,3}`,
  'giu',
)
// Case-sensitive: the name after an ambiguous type word must be capitalised.
export const INTL_PREFIX_CAPS = new RegExp(
  String.raw`${B}${LEAD_NUMBER}(?:${PREFIX_CAPS})\.?\s+${CAP_NAME_WORDS}${HOUSE_AFTER}`,
  'gu',
)
// The Hungarian "u." (utca) only with its full stop: a bare "u" before a number is the Bosnian, Croatian and Serbian
// "at" of a time ("termin je u 10 sati").
const TYPE_AFTER_ANY = String.raw`(?:u(?=\.)|utca|út|útja|tér|tere|krt|körút|rkp|rakpart|köz|sor|gatan|gata|vei|veien|vegen|vej|tänav|põik|straße|strasse|str|weg|gasse|platz|laan|plein|allee|kuja|katu|tie)`
export const INTL_AFTER = new RegExp(
  String.raw`${B}${LEAD_NUMBER}(?:[\p{L}'’-]+\.?\s+(?:${PARTICLE}\s+)?){1,3}?(?:${TYPE_AFTER_ANY})\.?\s+${HOUSE_AFTER}`,
  'giu',
)
export const INTL_AFTER_CAPS = new RegExp(
  String.raw`${B}${LEAD_NUMBER}(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}?(?:gate|tee|Gate|Tee)\s+${HOUSE_AFTER}`,
  'gu',
)
const COMPOUND_END =
  '(?:straße|strasse|str\\.|gasse|weg|platz|gade|vej|veien|vegen|vägen|vagen|gatan|gata|katu|tie|kuja|polku|laan|straat|plein|dreef|hove|allee|vegur|braut|stræde|torv|utca|ulice|stieg|damm|ufer|steig|pad|singel|kade|gracht)'
export const COMPOUND = new RegExp(String.raw`${B}${LEAD_NUMBER}[\p{L}'’-]{3,}${COMPOUND_END}\s+${HOUSE_AFTER}`, 'giu')

/** Cheap tests on the lower-case text for the anchor words of the patterns above (see streets.ts's GATES). */
export const INTL_PREFIX_GATE = new RegExp(String.raw`${B}${PREFIX_ANY}\.?\s`, 'u')
export const INTL_AFTER_GATE = new RegExp(String.raw`${B}${TYPE_AFTER_ANY}\.?\s+\d`, 'u')

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
