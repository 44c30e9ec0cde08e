/**
 * Addresses read from their layout rather than their words: the address after a cue ("my address is …", "vivo en"),
 * a corner ("corner of X and Y"), a multi-line address block, and the town on the line after a street. Split out of
 * location.ts, which runs them after the street and ZIP detectors.
 */
import { hasLowerCase } from './chars'
import { matchesOf } from './matches'
import { ORDINAL_STREET, SUFFIX } from './street-patterns'
import type { Span } from './types'

// After an address cue, the address runs to the end of the sentence or block: every number and
// capitalised word in it belongs to the address (house numbers after street names, postcodes, towns).
const ADDRESS_CUE =
  /\b(?:(?:home|mailing|billing|shipping|street|new|old|my|our|his|her|their|the)\s+address(?:\s+(?:is|was|of\s+(?:\S+\s+){1,4}?is))?|address\s*(?:is|:)|lives?\s+(?:at|on)|living\s+at|moved\s+to(?!\s+(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?|today|tomorrow|tonight|next|later|earlier|this|noon|morning|afternoon|evening|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|the\s+\d|\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m|p\.m)|\d{1,2}[/.-]\d)(?![\p{L}])|\s+(?:the\s+|a\s+|another\s+|a\s+different\s+)?(?:icu|nicu|picu|ccu|er|ed|or|pacu|room|floor|bed|unit|ward|rehab|hospice|nursing|hospital|step-?down|telemetry|tele|pre-?op|post-?op|recovery|surgery|l&d|labor|comfort|palliative|oral|iv|insulin|a\s+higher|a\s+lower)(?![\p{L}]))|(?:send|ship|mail|deliver)\s+(?:it\s+|them\s+|this\s+)?to|located\s+at|direcci[oó]n(?:\s+es)?|domicilio(?:\s+es)?|vivo\s+en|vive\s+en)\s*:?\s*/giu
// A word every alternative of ADDRESS_CUE holds (with its flags, so case folds alike): a text without one is not
// searched with the whole pattern, whose leading alternation is tried at every word.
const ADDRESS_CUE_WORD = /address|liv|moved|send|ship|mail|deliver|located|direcci|domicilio|viv/iu
const ADDRESS_END =
  /\n\s*\n|[.!?](?=\s+(?:[A-Z]|i\b)|\s*$)|[;]|\s(?:and|but|so|because|please|pls|can|could|would|thanks|thank|if|when|after|before|for|since|y|pero|por)\s+(?=[a-z]|I(?![\p{L}\p{N}]))/u
const ADDRESS_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu

/** The address after a cue, to the end of its sentence or block. */
export function addressAfterCues(text: string, spans: Span[]): void {
  if (!ADDRESS_CUE_WORD.test(text)) return
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

/** "corner of X and Y": the two streets of a corner. */
export function cornerOf(text: string, lower: string, spans: Span[]): void {
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

/** The town on the line or after the comma that follows a street. */
export function townsAfterStreets(text: string, anchors: Span[], spans: Span[]): void {
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

/** Adds a span when it is not empty. */
export function push(
  spans: Span[],
  start: number,
  end: number,
  type: Span['type'],
  source: string,
  canonical?: string,
): void {
  if (end > start) spans.push(canonical ? { start, end, type, source, canonical } : { start, end, type, source })
}
