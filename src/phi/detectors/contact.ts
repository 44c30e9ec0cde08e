/** Phones and faxes, emails, URLs and domains, IPv4/IPv6 — written or spoken. */
import { languages } from '../languages'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { cueBefore, hasCue, valueRange } from './cues'
import type { Detector, Span } from './types'
import { matchesOf } from './matches'
import { isTaper } from './chars'

// Only TLDs that are not everyday words: "fine.No pain" or "casa.de" typed without a space are not domains (any TLD
// counts after a website cue, below).
const TLD =
  '(?:com|net|org|edu|gov|mil|io|co|us|uk|ca|mx|es|info|biz|me|ly|app|health|care|clinic|org\\.uk|co\\.uk|com\\.mx|dev|ai|tv|xyz|online|site|photography|photos|store|blog|tech|studio|dental|salon|fitness|consulting|agency|website|fr|nl|br|au|eu|ch|fi|dk|pl|ie|nz|za|jp|cn|kr)'
const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu
// "jenny dot wu at gmail dot com", "jwu (at) gmail (dot) com", "jwu arroba gmail punto com".
// "dot" and "at" as patients say them: "ponto", "point", "chấm", "точка"; "arroba", "arobase", "a còng", "собака".
// "point" and "pwen" are everyday words too: a dot on the domain side of a mailbox only, never inside its local part.
const DOT_WORD = '(?:dot|punto|ponto|chấm|cham|точка|tuldok)'
const DOMAIN_DOT_WORD = '(?:dot|punto|ponto|point|pwen|chấm|cham|точка|tuldok)'
const AT_WORD = '(?:at|arroba|arobase|arobaz|a còng|còng|собака)'
// On the domain side "point" is a dot too ("sunshine at yahoo point com"); a domain word that is a function or number
// word ("at that point me") is no domain (plausibleDomain).
const SEP_DOT = String.raw`(?:\s*(?:\.|\(dot\)|\[dot\])\s*|\s+${DOMAIN_DOT_WORD}\s+)`
const SEP_IN_LOCAL = String.raw`(?:\s*[._+-]\s*|\s+(?:${DOT_WORD}|underscore|under score|dash|hyphen|guion|guión|tiret|plus)\s+)`
const SEP_AT = String.raw`(?:\s*(?:\(at\)|\[at\]|@)\s*|\s+${AT_WORD}\s+)`
const SPOKEN_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:${SEP_IN_LOCAL}[\p{L}\p{N}]+){0,4}${SEP_AT}[\p{L}\p{N}-]+(?:${SEP_DOT}[\p{L}\p{N}-]+){0,3}${SEP_DOT}${TLD}(?![\p{L}\p{N}])`,
  'gu',
)
// Both spoken-email patterns end in SEP_DOT + TLD + a word boundary: a text without such an ending skips them.
const SPOKEN_EMAIL_TAIL = new RegExp(
  String.raw`(?:\.|\(dot\)|\[dot\]|\s${DOMAIN_DOT_WORD})\s*${TLD}(?![\p{L}\p{N}])`,
  'u',
)
const SPOKEN_AT = new RegExp(String.raw`(?<![\p{L}\p{N}])${AT_WORD}(?![\p{L}\p{N}])|\(at\)|\[at\]|\s@|@\s`, 'u')
// After an e-mail cue, spoken local parts may be several plain words: "john underscore smith nineteen at hotmail dot com".
const SPOKEN_EMAIL_CUED = new RegExp(
  String.raw`\b(?:e-?mail|correo|courriel|mail|imèl|imel)(?:\s+(?:address|me|is|es|at|a|to|:|electr[oó]nico|it|them|this|that|those|us|him|her|over|back|c'est|est|é|e|se))*\s+(?<v>[\p{L}\p{N}]+(?:(?:${SEP_IN_LOCAL}|\s+)[\p{L}\p{N}]+){0,5}${SEP_AT}[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?(?:${SEP_DOT}[\p{L}\p{N}-]+){0,3}${SEP_DOT}${TLD})(?![\p{L}\p{N}])`,
  'gud',
)
// Spoken without the domain ending: "john smith at gmail", "m lopez eighty two at yahoo", or a mailbox named after
// its provider: "my gmail is marialopez eighty two".
const PROVIDER =
  '(?:gmail|yahoo|hotmail|outlook|aol|icloud|msn|protonmail|proton|comcast|att|verizon|sbcglobal|live|ymail|rocketmail)'
const PROVIDER_GATE = new RegExp(PROVIDER)
const MAIL_NUM =
  '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|\\d+)'
const SPOKEN_EMAIL_PROVIDER = new RegExp(
  String.raw`\b(?:e-?mail|correo)(?:\s+(?:address|me|is|es|at|a|to|:|electr[oó]nico))*\s+(?<v>[\p{L}\p{N}]+(?:(?:${SEP_IN_LOCAL}|\s+)[\p{L}\p{N}]+){0,5}${SEP_AT}${PROVIDER})(?![\p{L}\p{N}])` +
    String.raw`|\b${PROVIDER}(?:\s+(?:address|account))?\s+(?:is|es|:)\s+(?<w>[\p{L}\p{N}]+(?:(?:${SEP_IN_LOCAL}|\s+)(?:${MAIL_NUM}|[a-z]))*)(?![\p{L}\p{N}])`,
  'gud',
)
// "…same as my name then eighty nine at yahoo": spoken numbers right before "at" and a mail provider (not one that is
// also a place or a word: "at two at live oak") end a mailbox.
const NUMBERED_MAILBOX = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${MAIL_NUM}[\s-]+){0,3}${MAIL_NUM}\s+(?:at|arroba)\s+(?:gmail|yahoo|hotmail|outlook|aol|icloud|msn|protonmail|ymail|rocketmail|sbcglobal)(?:${SEP_DOT}${TLD})?(?![\p{L}\p{N}])`,
  'gu',
)
// Two dots at least: "meds.am/pm", "mg.kg/day", "dx.uti/pyelo" are shorthand, not hosts.
const HOST_WITH_PATH = /(?<![\p{L}\p{N}@.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+\.[a-z][a-z-]{0,22}[a-z]\/[^\s<>"'`]*/giu
const URL = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'`]+/gi
const DOMAIN = new RegExp(String.raw`\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.${TLD}\b(?:[/?#][^\s<>"'\`]*)?`, 'gi')
const SPOKEN_URL = new RegExp(
  String.raw`\b(?:(?:h t t p s?|https?)\s+(?:colon\s+)?(?:slash\s+slash|forward slash forward slash)\s+)?(?:w\s*w\s*w\s+dot\s+)?[a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+){0,3}\s+dot\s+${TLD}(?:\s+(?:slash|forward slash)\s+[a-z0-9-]+){0,4}\b`,
  'gi',
)
// "one ninety two dot one sixty eight dot one dot one": four spoken numbers joined by "dot"/"point".
const IP_NUM =
  '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|\\d{1,3})'
const IP_GROUP = `${IP_NUM}(?:[\\s-]+(?:and\\s+)?${IP_NUM}){0,4}`
const SPOKEN_IP = new RegExp(`\\b${IP_GROUP}(?:\\s+(?:dot|point)\\s+${IP_GROUP}){3}\\b`, 'g')
const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)/g
const IPV6 = /(?<![0-9a-f:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![0-9a-f:])/gi
// NANP: optional +1/1, area code (bare or in parentheses), any of space/dot/hyphen separators, optional extension.
const NANP =
  /(?<![\p{L}\p{N}+])(?:\+?\s?1[\s.-]{0,2})?(?:\(\s?\d{3}\s?\)|\d{3})[\s.\-/]{0,3}\d{3}[\s.-]{0,3}\d{4}(?:\s*(?:x|ext\.?|extension|#)\s*\d{1,6})?(?![\p{N}])/gu
const SEVEN = /(?<![\p{L}\p{N}/.:-])\d{3}[\s.-]\d{4}(?![\p{N}]|[/:.]\d)/gu
const INTERNATIONAL = /(?<![\p{L}\p{N}])(?:\+|00)\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,6}(?![\p{N}])/gu
// Digit groups the way the rest of the world writes phones: "0490 75 40 81", "(08) 8747 6301", "21 284 698 2548".
// Groups stay on one line (a postcode line above a phone line is not one number); a comma right before
// counts only after a digit ("1,234"), so "Office,07700 063 966" is still read.
const GROUPED =
  /(?<![\p{L}\p{N}./:])(?<!\d,)(?:\+\d{1,3}[ \t]?)?(?:\(\d{1,4}\)[ \t]?)?\d{2,5}(?:[ \t-](?:\(\d{1,4}\)[ \t]?)?\d{1,8}){1,5}(?![\p{N}]|[.,/:]\d)/gu
const DOTTED = /(?<![\p{L}\p{N}.])\d{2,5}(?:\.\d{2,5}){2,4}(?![\p{N}]|\.\d)/gu
// Social handles: "@mlopez", "@maria_l".
const HANDLE = /(?<=^|[\s(,;:"'])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\p{L}\p{N}@])/gu
const READINGS_BEFORE =
  /\b(?:sugars?|glucose|readings?|log|levels?|bp|pressures?|weights?|temps?|temperatures?|numbers were|pulse|heart rate|hr|sats?|o2|values?|results?|counts?)\b[^\p{N}]{0,20}$/u
const PHONE_CONTEXT =
  /\b(?:call|text|phone|cell|mobile|number|tel|reach|contact|fax|whatsapp|llame|llamar|celular|tel[eé]fono|n[uú]mero)\b/

const ASCII_DIGIT = /[0-9]/
// Every URL match holds one of these (same flags as URL).
const URL_GATE = /:\/\/|www\./i

function add(spans: Span[], start: number, end: number, type: Span['type'], source: string, canonical?: string): void {
  if (end > start) spans.push(canonical ? { start, end, type, source, canonical } : { start, end, type, source })
}

function trimUrlEnd(s: string): number {
  let end = s.length
  while (end > 0 && /[.,;:!?)\]}'"]/.test(s[end - 1]!)) end -= 1
  return end
}

function phoneType(lower: string, start: number): 'PHONE' | 'FAX' {
  return hasCue(lower, start, /\bfax\b|\bfacsimile\b/, 30) ? 'FAX' : 'PHONE'
}

// After "my site / website / blog / page / domain / link is", any dotted name is an address: "maria-lopez.photography".
const CUED_DOMAIN =
  /\b(?:site|website|web site|blog|page|domain|url|link|web|p[aá]gina|sitio)\s+(?:is\s+|es\s+|:\s*)?(?<v>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,24})(?![\p{L}\p{N}])/dgiu

/**
 * "my email changed to jw.1975@icloud.com": when a cued spoken-email match holds a written address (an @ with no space
 * on either side), the address starts at its own first character, not at the words the cue let in.
 */
function writtenStart(lower: string, start: number, end: number): number {
  const at = lower.indexOf('@', start)
  if (at <= start || at >= end - 1 || /\s/.test(lower[at - 1]!) || /\s/.test(lower[at + 1]!)) return start
  let s = at
  while (s > start && !/\s/.test(lower[s - 1]!)) s--
  return s
}

// Words a spoken mailbox never starts with: what a caller says before it ("my email is", "the results to").
// biome-ignore format: packed list
const NOT_MAILBOX_START = new Set([
  'my', 'email', 'e-mail', 'mail', 'is', 'es', 'the', 'me', 'to', 'it', 'them', 'us', 'a', 'an', 'and', 'please',
  'send', 'mi', 'correo', 'su', 'address', 'results', 'result', 'form', 'forms', 'records', 'report', 'copy', 'this',
  'that', 'at', 'electrónico', 'electronico',
])

/** Where a spoken mailbox starts once the caller's words before it are skipped; -1 when nothing is left of it. */
function spokenLocalStart(lower: string, start: number, end: number): number {
  const at = lower.slice(start, end).search(SPOKEN_AT_INSIDE)
  const stop = at < 0 ? end : start + at
  let s = start
  for (const m of lower.slice(start, stop).matchAll(/\S+/g)) {
    if (!NOT_MAILBOX_START.has(m[0])) return start + m.index
    s = start + m.index + m[0].length
  }
  return s >= stop ? -1 : s
}

// A word and a spoken separator before a mailbox's start: "gloria dot " + "pike fifty two at gmail".
const JOINED_BEFORE = new RegExp(
  String.raw`([\p{L}\p{N}]+)[ \t]+(?:${DOT_WORD}|underscore|under score|dash|hyphen|guion|guión|tiret)[ \t]+$`,
  'u',
)
const SPOKEN_AT_INSIDE = new RegExp(String.raw`\s${AT_WORD}\s|\(at\)|\[at\]|@`, 'u')
const WORD_BEFORE = /([\p{L}]+)[ \t]+$/u

/**
 * Where a numbered mailbox really starts: the words joined to it by a spoken separator ("gloria dot pike fifty two at
 * gmail"), the word before its numbers included when a separator joins that word to the one before it.
 */
function joinedLocalStart(lower: string, start: number): number {
  let s = start
  // Number words said inside the mailbox ("familia ochenta y dos arroba …"): part of it when a separator precedes them.
  let n = s
  // The word right before "at" may be a short number word ("… oitenta e um arroba …").
  const first = /^[\p{L}\p{N}]+/u.exec(lower.slice(s, s + 24))?.[0] ?? ''
  let numbered = isMailNumber(first) || languages().numbers.has(first)
  for (let k = 0; k < 6; k++) {
    const w = WORD_BEFORE.exec(lower.slice(Math.max(0, n - 24), n))
    if (!w || !(isMailNumber(w[1]!) || (numbered && /^(?:y|and|e|et)$/.test(w[1]!)))) break
    numbered = true
    n -= w[0].length
  }
  if (n < s && WORD_BEFORE.test(lower.slice(Math.max(0, n - 24), n))) {
    const w = WORD_BEFORE.exec(lower.slice(Math.max(0, n - 24), n))!
    if (JOINED_BEFORE.test(lower.slice(Math.max(0, n - w[0].length - 40), n - w[0].length))) s = n
  }
  const plain = WORD_BEFORE.exec(lower.slice(Math.max(0, s - 24), s))
  if (plain && JOINED_BEFORE.test(lower.slice(Math.max(0, s - plain[0].length - 40), s - plain[0].length)))
    s -= plain[0].length
  for (let k = 0; k < 4; k++) {
    const m = JOINED_BEFORE.exec(lower.slice(Math.max(0, s - 40), s))
    if (!m) break
    s -= m[0].length
  }
  return s
}

// The spoken numbers of a mailbox, in English (MAIL_NUM) and Spanish.
const MAIL_NUMBER_WORDS = new RegExp(
  `^(?:${MAIL_NUM}|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)$`,
)

/** A number said inside a mailbox: English, Spanish, or a number word of three letters or more of any table. */
function isMailNumber(word: string): boolean {
  return MAIL_NUMBER_WORDS.test(word) || ([...word].length >= 3 && languages().numbers.has(word))
}

const DOMAIN_AFTER_AT = new RegExp(String.raw`(?:\s${AT_WORD}\s|@|\(at\)|\[at\])\s*([\p{L}\p{N}-]+)`, 'u')

/** A spoken mailbox whose domain word is no function or number word ("fine at that point me" is none). */
function plausibleDomain(match: string): boolean {
  const domain = DOMAIN_AFTER_AT.exec(match)?.[1]
  return domain === undefined || !(isFunctionWordOfAnyLanguage(domain) || languages().numbers.has(domain))
}

// What the link patterns cannot match without, read by indexOf: most texts have full stops and slashes, but few a
// letter right after a full stop (DOMAIN's ".com", no u flag: ASCII letters only) or right before a slash
// (HOST_WITH_PATH's "….health-system/", with the i and u flags: ſ and K fold onto s and k). IPV6 needs two colons
// with at most four hex digits between them.

/** Whether some full stop of `text` has an ASCII letter right after it. */
function letterAfterDot(text: string): boolean {
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    const c = text.charCodeAt(i + 1) | 32
    if (c >= 97 && c <= 122) return true
  }
  return false
}

/**
 * Whether `text` holds three full stops with an ASCII digit on both sides: every IPv4 address does (each of its three
 * stops ends a group of digits and opens the next), and IPV4, tried at every digit, costs more than this scan.
 */
function threeDigitDots(text: string): boolean {
  let n = 0
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    const before = text.charCodeAt(i - 1)
    const after = text.charCodeAt(i + 1)
    if (before >= 48 && before <= 57 && after >= 48 && after <= 57 && ++n >= 3) return true
  }
  return false
}

/** Whether some slash of `text` has a letter of [a-z] (as /[a-z]/iu reads it) right before it. */
function letterBeforeSlash(text: string): boolean {
  for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
    const c = i > 0 ? text.charCodeAt(i - 1) : 0
    if (((c | 32) >= 97 && (c | 32) <= 122) || c === 0x17f || c === 0x212a) return true
  }
  return false
}

/** Whether two colons of `text` stand with at most four hex digits between them ("fe80::1", "2001:db8:"). */
function hexGroupBetweenColons(text: string): boolean {
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    for (let j = i + 1; j <= i + 5 && j < text.length; j++) {
      const c = text.charCodeAt(j)
      if (c === 58) return true
      if (!((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102))) break
    }
  }
  return false
}

/** Finds emails, URLs, IP addresses and phone/fax numbers. */
export const detectContact: Detector = ({ text, lower }) => {
  const spans: Span[] = []
  // Characters some patterns cannot match without (\d is [0-9] even with the u flag): texts without them skip those.
  const hasDigit = ASCII_DIGIT.test(text)
  const hasAt = text.includes('@')
  for (const m of hasAt ? matchesOf(EMAIL, text) : [])
    add(spans, m.index, m.index + m[0].length, 'EMAIL', 'email', m[0].toLowerCase())
  if (SPOKEN_AT.test(lower) && SPOKEN_EMAIL_TAIL.test(lower)) {
    for (const m of matchesOf(SPOKEN_EMAIL, lower)) {
      if (!plausibleDomain(m[0])) continue
      add(spans, joinedLocalStart(lower, m.index), m.index + m[0].length, 'EMAIL', 'email-spoken')
    }
    for (const m of matchesOf(SPOKEN_EMAIL_CUED, lower)) {
      const [start, end] = valueRange(m)
      const local = spokenLocalStart(lower, start, end)
      if (local >= 0) add(spans, writtenStart(lower, local, end), end, 'EMAIL', 'email-spoken')
    }
  }
  if (PROVIDER_GATE.test(lower)) {
    for (const m of matchesOf(SPOKEN_EMAIL_PROVIDER, lower)) {
      const g = (m as RegExpMatchArray & { indices?: { groups?: Record<string, [number, number] | undefined> } })
        .indices?.groups
      const r = g?.v ?? g?.w
      if (r) add(spans, writtenStart(lower, r[0], r[1]), r[1], 'EMAIL', 'email-provider')
    }
    for (const m of matchesOf(NUMBERED_MAILBOX, lower))
      add(spans, joinedLocalStart(lower, m.index), m.index + m[0].length, 'EMAIL', 'email-numbered')
  }
  for (const m of hasAt ? matchesOf(HANDLE, text) : []) add(spans, m.index, m.index + m[0].length, 'OTHER', 'handle')
  for (const m of URL_GATE.test(text) ? matchesOf(URL, text) : [])
    add(spans, m.index, m.index + trimUrlEnd(m[0]), 'URL', 'url')
  for (const m of letterAfterDot(text) ? matchesOf(DOMAIN, text) : [])
    add(spans, m.index, m.index + trimUrlEnd(m[0]), 'URL', 'domain')
  // A host whose ending no list holds, with a path: "portal.riverbend.health-system/activar" is a link all the same.
  for (const m of text.includes('.') && letterBeforeSlash(text) ? matchesOf(HOST_WITH_PATH, text) : [])
    add(spans, m.index, m.index + trimUrlEnd(m[0]), 'URL', 'domain')
  for (const m of /site|blog|page|domain|url|link|web|gina|sitio/.test(lower) ? matchesOf(CUED_DOMAIN, text) : []) {
    const [start, end] = valueRange(m)
    add(spans, start, end, 'URL', 'domain-cued')
  }
  if (/\bdot\b/.test(lower))
    for (const m of matchesOf(SPOKEN_URL, lower)) add(spans, m.index, m.index + m[0].length, 'URL', 'url-spoken')
  for (const m of hasDigit && threeDigitDots(text) ? matchesOf(IPV4, text) : [])
    add(spans, m.index, m.index + m[0].length, 'IP', 'ipv4')
  if (/\b(?:dot|point)\b[\s\S]*\b(?:dot|point)\b/.test(lower))
    for (const m of matchesOf(SPOKEN_IP, lower)) add(spans, m.index, m.index + m[0].length, 'IP', 'ip-spoken')
  for (const m of hexGroupBetweenColons(text) ? matchesOf(IPV6, text) : []) {
    const v = m[0]
    const colons = (v.match(/:/g) ?? []).length
    const hex = v.replace(/:/g, '').length
    const hasLetter = /[a-f]/i.test(v)
    if (hex >= 4 && (colons >= 3 || v.includes('::') || (hasLetter && colons >= 2)))
      add(spans, m.index, m.index + v.length, 'IP', 'ipv6')
  }
  for (const m of hasDigit ? matchesOf(NANP, text) : []) {
    const digits = m[0].replace(/\D/g, '')
    const cue = cueBefore(lower, m.index, 30)
    const type =
      cue && cue !== 'PHONE' && cue !== 'FAX' && cue !== 'ZIP' && cue !== 'OTHER' ? cue : phoneType(lower, m.index)
    add(spans, m.index, m.index + m[0].length, type, 'phone', digits)
  }
  for (const m of hasDigit ? matchesOf(INTERNATIONAL, text) : []) {
    const digits = m[0].replace(/\D/g, '')
    if (digits.length < 8 || digits.length > 15) continue
    const cue = cueBefore(lower, m.index, 30)
    // "00" as an international prefix only reads as a phone when nothing else is announced.
    if (m[0].startsWith('00') && cue !== undefined && cue !== 'PHONE' && cue !== 'FAX') {
      add(spans, m.index, m.index + m[0].length, cue === 'ZIP' ? 'OTHER' : cue, 'intl-cued', digits)
      continue
    }
    add(spans, m.index, m.index + m[0].length, phoneType(lower, m.index), 'phone-intl', digits)
  }
  for (const re of hasDigit ? [GROUPED, DOTTED] : []) {
    for (const m of matchesOf(re, text)) {
      const digits = m[0].replace(/\D/g, '')
      if (digits.length < 7 || digits.length > 15) continue
      // ISO dates and ZIP+4 have their own detectors.
      if (/^(?:\d{4}-\d{1,2}-\d{1,2}|\d{5}-\d{4}|\d{1,2}-\d{1,2}-\d{2,4})$/.test(m[0])) continue
      const cue = cueBefore(lower, m.index, 30)
      // "sugar log: 110 118 132 98 105": a list of readings, not a number to call.
      if (
        cue === undefined &&
        /^\d{2,3}(?:[ \t]+\d{2,3}){3,}$/.test(m[0]) &&
        READINGS_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index))
      )
        continue
      // "prednisone taper 40-30-20-10": falling doses in steps of five, not a number to call.
      if (cue === undefined && isTaper(m[0])) continue
      const type = cue && cue !== 'PHONE' && cue !== 'FAX' && cue !== 'ZIP' ? cue : phoneType(lower, m.index)
      add(spans, m.index, m.index + m[0].length, type, 'phone-groups', digits)
    }
  }
  for (const m of hasDigit ? matchesOf(SEVEN, text) : []) {
    const sep = m[0][3]
    // "555-0178" and "555.0178" read as phones anywhere; "555 0178" only near a phone cue.
    if (sep === ' ' && !hasCue(lower, m.index, PHONE_CONTEXT, 40)) continue
    const cue = cueBefore(lower, m.index)
    const type = cue === 'FAX' ? 'FAX' : cue === undefined || cue === 'PHONE' ? 'PHONE' : cue
    add(spans, m.index, m.index + m[0].length, type, 'phone7', m[0].replace(/\D/g, ''))
  }
  return spans
}
