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
  if (!ANY_CUE.test(before)) return undefined
  let best: PhiType | undefined
  let bestAt = -1
  let bestEnd = -1
  for (const [g, type] of CUES) {
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
