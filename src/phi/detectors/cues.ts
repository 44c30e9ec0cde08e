/** Context cues shared by the detectors: which identifier a nearby keyword announces. */
import type { PhiType } from '../types'

const CUE_SOURCES: Array<[RegExp, PhiType]> = [
  [/\b(?:fax|facsimile)\b/, 'FAX'],
  [/\b(?:ssn|s s n|ss#|social security|social|seguro social)\b/, 'SSN'],
  [
    /\b(?:mrn|m r n|medical record|record number|record no|chart|patient id|patient number|pt id|expediente|historia clinica)\b/,
    'MRN',
  ],
  [
    /\b(?:member|membership|subscriber|insurance|insurer|policy|group|medicaid|medicare|mbi|hicn|beneficiary|plan id|health plan|seguro|poliza|póliza|afiliado|medi-cal|medical id|miembro|membro|convenio|convênio|carteirinha|assurance|mutuelle|cigna|aetna|humana|kaiser|blue cross|bcbs|united ?healthcare|anthem)\b/,
    'HEALTHPLAN',
  ],
  [
    /\b(?:account|acct|a\/c|invoice|inv|bill|billing|statement|claim|order|receipt|case|ticket|reference|ref|confirmation|transaction|cuenta|factura|recibo)\b/,
    'ACCOUNT',
  ],
  [
    /\b(?:licen[cs]e|driver'?s|drivers|dl|dmv|permit|passport|certificate|cert|npi|dea|licencia|pasaporte)\b/,
    'LICENSE',
  ],
  [/\b(?:plate|plates|tag|vin|vehicle|car|truck|van|placa|carro|coche)\b/, 'VEHICLE'],
  [
    /\b(?:serial|s\/n|sn|device|pump|meter|monitor|concentrator|cpap|bipap|pacemaker|implant|hearing aid|imei|mac|udi|lot|model|serie)\b/,
    'DEVICE',
  ],
  [/\b(?:zip|zipcode|postal|código postal|codigo postal)\b/, 'ZIP'],
  [
    /\b(?:phone|call|calling|callback|call back|text|cell|mobile|tel|telephone|reach|contact|teléfono|telefono|celular|llamar|llame|marque|whatsapp|ext|extension)\b/,
    'PHONE',
  ],
  [
    /\b(?:username|user name|user id|userid|login|log in|handle|screen name|gamertag|password|pin|usuario|portal)\b/,
    'OTHER',
  ],
]
const CUES: Array<[RegExp, PhiType]> = CUE_SOURCES.map(([re, type]) => [new RegExp(re.source, 'g'), type])
/**
 * Every cue word in one pattern (each source is `\b(?:…)\b`: their alternatives joined under the same boundaries):
 * it matches a window exactly when one of the cues does, so a window without any cue, the common case, costs one
 * scan instead of eleven.
 */
const ANY_CUE = new RegExp(
  `\\b(?:${CUE_SOURCES.map(([re]) => {
    const inner = /^\\b\(\?:(.*)\)\\b$/.exec(re.source)
    if (!inner) throw new Error(`cue pattern not of the form \\b(?:…)\\b: ${re.source}`)
    return inner[1]
  }).join('|')})\\b`,
)

/** The alternatives of one cue source (`\b(?:a|b|…)\b`, no group inside), as written in the source. */
function alternativesOf(re: RegExp): string[] {
  const inner = /^\\b\(\?:(.*)\)\\b$/.exec(re.source)?.[1]
  if (inner === undefined || inner.includes('('))
    throw new Error(`cue pattern not of the form \\b(?:…)\\b: ${re.source}`)
  return inner.split('|')
}

/**
 * The first three characters an alternative always opens with (plain characters, an escaped one read as itself), or
 * its first two when the third is not certain (the alternative ends there, or a quantifier or class follows).
 */
function openingOf(alternative: string): string {
  let opening = ''
  for (let i = 0; opening.length < 3; i++) {
    let c = alternative[i]
    if (c === undefined || c === '[' || c === '(' || c === '.' || c === '^' || c === '$') break
    if (c === '\\') {
      c = alternative[++i]
      if (c === undefined || /[\p{L}\p{N}]/u.test(c)) break
    }
    const next = alternative[i + 1]
    if (next === '?' || next === '*' || next === '+' || next === '{') break
    opening += c
  }
  if (opening.length < 2 || !/^[a-z]/.test(opening))
    throw new Error(`cue alternative without two plain opening letters: ${alternative}`)
  return opening
}

// Keys of code units below U+0800 (every cue's opening is; a window's units beyond it open none): an ASCII first unit
// times UNIT_LIMIT² stays a small integer, which a Map hashes fastest.
const UNIT_LIMIT = 2048
/**
 * The cue types (bits by their place in CUES) an alternative may start at a word start of the window (its \b, ASCII
 * word characters as the patterns have no u flag): by its first three characters, or its first two when only those
 * are certain. A type none of whose openings starts a word of the window cannot match there, and is not run.
 */
const TYPES_BY_TWO = new Map<number, number>()
const TYPES_BY_THREE = new Map<number, number>()
for (const [k, [re]] of CUE_SOURCES.entries())
  for (const alternative of alternativesOf(re)) {
    const opening = openingOf(alternative)
    if ([...opening].some((c) => c.charCodeAt(0) >= UNIT_LIMIT))
      throw new Error(`cue opening beyond U+07FF: ${opening}`)
    const key = opening.charCodeAt(0) * UNIT_LIMIT + opening.charCodeAt(1)
    if (opening.length === 2) TYPES_BY_TWO.set(key, (TYPES_BY_TWO.get(key) ?? 0) | (1 << k))
    else {
      const key3 = key * UNIT_LIMIT + opening.charCodeAt(2)
      TYPES_BY_THREE.set(key3, (TYPES_BY_THREE.get(key3) ?? 0) | (1 << k))
    }
  }

/** A word character as \b reads it without the u flag. */
function isAsciiWordUnit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
}

/** The bits of the cue types whose opening starts a word of `before` (see TYPES_BY_TWO). */
function typesOpeningIn(before: string): number {
  let types = 0
  let previousWord = false
  for (let i = 0; i + 1 < before.length; i++) {
    const c = before.charCodeAt(i)
    const word = isAsciiWordUnit(c)
    const second = before.charCodeAt(i + 1)
    if (word && !previousWord && second < UNIT_LIMIT) {
      const key = c * UNIT_LIMIT + second
      types |= TYPES_BY_TWO.get(key) ?? 0
      const third = i + 2 < before.length ? before.charCodeAt(i + 2) : UNIT_LIMIT
      if (third < UNIT_LIMIT) types |= TYPES_BY_THREE.get(key * UNIT_LIMIT + third) ?? 0
    }
    previousWord = word
  }
  return types
}

// The text asked since the last forgetCueAnswers() and its answers by window (start and length): the phone patterns
// of contact.ts ask the same window of the same number again (a NANP number is also a digit group). Forgotten at the
// start of every detection, so no answer outlives the detection it was read for (and a text scrubbed again is read
// again, as a benchmark repeating one text must measure).
let answeredText: string | undefined
let answers = new Map<number, PhiType | null>()

/** Drops the answers {@link cueBefore} remembers (called as each detection starts). */
export function forgetCueAnswers(): void {
  answeredText = undefined
  answers = new Map()
}

/** The identifier type announced by the nearest cue in the `window` characters before `start`. */
export function cueBefore(lower: string, start: number, window = 40): PhiType | undefined {
  if (window < 0 || window > 63) return cueInWindow(lower, start, window)
  if (lower !== answeredText) {
    answeredText = lower
    answers = new Map()
  }
  const key = start * 64 + window
  const known = answers.get(key)
  if (known !== undefined) return known ?? undefined
  const cue = cueInWindow(lower, start, window)
  answers.set(key, cue ?? null)
  return cue
}

function cueInWindow(lower: string, start: number, window: number): PhiType | undefined {
  const before = lower.slice(Math.max(0, start - window), start)
  // Most windows hold no cue: one scan says so. In one that does, only the types whose openings start a word of it
  // are run (a window after "call" runs the phone cues alone, not all eleven patterns).
  if (!ANY_CUE.test(before)) return undefined
  const types = typesOpeningIn(before)
  let best: PhiType | undefined
  let bestAt = -1
  let bestEnd = -1
  for (let k = 0; k < CUES.length; k++) {
    if ((types & (1 << k)) === 0) continue
    const [g, type] = CUES[k]!
    // The plain exec loop: on a 40-character window it costs less than matchesOf's bookkeeping.
    g.lastIndex = 0
    for (let m = g.exec(before); m; m = g.exec(before)) {
      // The nearest cue wins; of two starting together the longer ("seguro social" over "seguro").
      const end = m.index + m[0].length
      if (m.index > bestAt || (m.index === bestAt && end > bestEnd)) {
        bestAt = m.index
        bestEnd = end
        best = type
      }
    }
  }
  return best
}

/** True when one of `words` appears in the `window` characters before `start`. */
export function hasCue(lower: string, start: number, re: RegExp, window = 30): boolean {
  return re.test(lower.slice(Math.max(0, start - window), start))
}

/** Offsets of a match, or of its `v` group when the pattern reads a cue before the value. */
export function valueRange(m: RegExpMatchArray): [number, number] {
  const v = (m as RegExpMatchArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }).indices
    ?.groups?.v
  if (v) return v
  const start = m.index ?? 0
  return [start, start + m[0].length]
}
