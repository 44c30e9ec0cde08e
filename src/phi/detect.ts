/**
 * Runs every detector over normalized text, resolves overlaps and propagates names: a name found
 * once (or passed in as known, e.g. ProfileName) is removed at every whole-word occurrence.
 */
import type { Channel } from '../model/normalized'
import {
  compassNumberedStreets,
  gridAddresses,
  numberedRoads,
  spanishNumberedStreets,
  spokenNumberedRoads,
} from './numbered-streets'
import { addressBlocks } from './detectors/address-blocks'
import { weekdaysBeforeDates } from './detectors/weekday-dates'
import { findNames, type Tok, type TokenSource, tokenize } from './detectors/names'
import { hanGluedNumbers, unclaimedNumbers } from './detectors/numbers'
import { matchesOf } from './detectors/matches'
import { forgetCueAnswers } from './detectors/cues'
import { placesAfterCallers } from './detectors/residence'
import { cueGaps, nameGaps } from './detectors/extents'
import { namePartsBeside } from './detectors/name-parts-beside'
import { addressUnits, streetEndings } from './detectors/street-extents'
import { letterPrefixes, phoneAndPlateEnds } from './detectors/id-extents'
import {
  citiesAfterStreets,
  littlePlaces,
  compassPlaces,
  namedPlaces,
  placeSuffixes,
  repeatedTowns,
} from './detectors/place-extents'
import { namedStreets } from './detectors/named-streets'
import { facilityExtents } from './detectors/facility-extents'
import { organisationExtents } from './detectors/organisation-extents'
import { hanGivenNames } from './detectors/han-names'
import { nameNeighbours } from './detectors/name-neighbours'
import { givenNamesBefore, isNewbornLabel } from './detectors/given-before-names'
import { THEOPHORIC_ENDS, theophoricNames } from './detectors/theophoric-names'
import { storeStreets } from './detectors/store-streets'
import { intersections } from './detectors/intersections'
import { copulaFrameNames } from './detectors/copula-frames'
import { dayRanges, spokenYearTails } from './detectors/day-ranges'
import { addressedNames } from './detectors/addressed-names'
import { DETECTORS } from './detectors/registry'
import { type DetectInput, GUESSED_NAME, type Span } from './detectors/types'
import { normalizeText } from './normalize'
import { LABELS } from './transform'
import { declinedForms, nameWords, spelledForms } from './name-words'
import type { PhiType } from './types'
import {
  CASED_IN_CONTEXT,
  FILLER,
  PLACEHOLDER,
  PLACEHOLDER_ONLY,
  blank,
  clip,
  longRuns,
  lowerSameLength,
} from './blanking'

/** Lower-casing that keeps every offset (kept here for the callers that import it from the engine's entry). */
export { lowerSameLength }
import {
  extensions,
  arabicTensAfter,
  forts,
  houseNumbers,
  numbersBeforeNamedStreets,
  placePrefixes,
} from './resolved-passes'
import { ageUnitsAfter, agesAfterNames, agesBesideAges, agesPastHundred } from './resolved-ages'
import {
  compassStreets,
  houseNumbersByName,
  numberWordsBeforeStreets,
  numbersAfterPlaces,
  streetNamesBeforeUnits,
  streetsAfterNumbers,
} from './street-units'
import { hanTitlesAfter, joinTitles } from './titles'
import { wholeWordMatches } from './whole-words'
import { resolve, resolveAdding, resolveOrdered } from './resolve-spans'
import { byStart } from './span-keys'
import { labPanelRanges } from './detectors/lab-panels'

export { longRuns, PLACEHOLDER, wholeWordMatches }

/** Options for {@link detect}. */
export interface DetectOptions {
  channel?: Channel
  /** Names known from the event's metadata (ProfileName, CallerName, ...) or from sibling fields. */
  knownNames?: readonly string[]
  /** Memo shared by the detections of one event (see {@link createDetectCache}). */
  cache?: DetectCache
}

/** Detection result over the normalized text. `failed` means a detector threw: callers redact everything. */
export interface Detection {
  text: string
  spans: Span[]
  failed: boolean
}

/** Distinct name words (lower-case) in detected NAME spans, for propagation across fields. */
export function namesIn(detection: Detection): string[] {
  const out = new Set<string>()
  for (const s of detection.spans)
    if (s.type === 'NAME') for (const w of nameWords(detection.text.slice(s.start, s.end))) out.add(w)
  return [...out]
}

// The blanked placeholder of each type, made once rather than for every span of every text.
const blankedLabels = new Map<PhiType, string>()

function blankedLabel(type: PhiType): string {
  let label = blankedLabels.get(type)
  if (label === undefined) {
    label = FILLER.repeat(`[${LABELS[type] ?? 'OTHER'}]`.length)
    blankedLabels.set(type, label)
  }
  return label
}

/**
 * Runs the names detector over `text` (`lower` its lower case) with `spans` replaced by blanks; maps hits back to
 * `text` offsets. `words` are
 * the names detector's words of `text` and their first classes: the text between the blanks is read from them.
 */
function namesOnScrubbed(
  text: string,
  lower: string,
  spans: Span[],
  channel: Channel,
  words: Pick<TokenSource, 'toks' | 'classes'>,
): Span[] {
  if (spans.length === 0) return []
  // Segments: [outStart, outEnd, origStart, origEnd, isPlaceholder]
  const segs: Array<[number, number, number, number, boolean]> = []
  // The scrubbed reading and its lower case are joined from their pieces once, not grown by `+=`: a string grown so
  // is a rope, and every pass of the names detector then read it (and, its code shared, the first reading too) by
  // the slower path for ropes.
  const outPieces: string[] = []
  let outLength = 0
  // Its lower case, read from the text's piece by piece when lower-casing maps each code unit alone.
  const lowerPieces: string[] | undefined = CASED_IN_CONTEXT.test(text) ? undefined : []
  let at = 0
  for (const s of spans) {
    if (s.start > at) {
      segs.push([outLength, outLength + s.start - at, at, s.start, false])
      outPieces.push(text.slice(at, s.start))
      outLength += s.start - at
      lowerPieces?.push(lower.slice(at, s.start))
    }
    // Blanked, as a re-scrub sees placeholders (detect blanks them), so both passes read the same context.
    const label = blankedLabel(s.type)
    segs.push([outLength, outLength + label.length, s.start, s.end, true])
    outPieces.push(label)
    outLength += label.length
    lowerPieces?.push(label)
    at = s.end
  }
  if (at < text.length) {
    segs.push([outLength, outLength + text.length - at, at, text.length, false])
    outPieces.push(text.slice(at))
    outLength += text.length - at
    lowerPieces?.push(lower.slice(at))
  }
  const out = outPieces.join('')
  // The segments tile the scrubbed text in order, so the one holding a position is found by halving (a scan from the
  // first segment for every hit made long texts with many spans quadratic).
  const back = (pos: number, isEnd: boolean): number => {
    let lo = 0
    let hi = segs.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (isEnd ? segs[mid]![1] < pos : segs[mid]![1] <= pos) lo = mid + 1
      else hi = mid
    }
    const seg = segs[lo]
    if (seg !== undefined) {
      const [os, oe, gs, ge, placeholder] = seg
      if (isEnd ? pos > os && pos <= oe : pos >= os && pos < oe)
        return placeholder ? (isEnd ? ge : gs) : gs + (pos - os)
    }
    return isEnd ? text.length : 0
  }
  const pieces: Array<[number, number, number]> = []
  for (const [os, oe, gs, , placeholder] of segs) if (!placeholder) pieces.push([os, oe, gs])
  const lowerOut = lowerPieces !== undefined ? lowerPieces.join('') : lowerSameLength(out)
  const hits = findNames({ text: out, lower: lowerOut, channel }, {}, tokenize(out, lowerOut, { ...words, pieces }))
  const mapped: Span[] = []
  for (const h of Array.isArray(hits) ? hits : []) {
    const start = back(h.start, false)
    const end = back(h.end, true)
    if (end > start) mapped.push({ start, end, type: 'NAME', source: 'names-rescan' })
  }
  return mapped
}

/**
 * What every detection of one text shares whatever names are known: the detectors' spans (titles joined, the
 * names pass over the scrubbed reading added), before propagation. Pure function of (text, channel).
 */
interface Scanned {
  text: string
  /** `text` with placeholders and long runs blanked, as the detectors read it. */
  scan: string
  lower: string
  /** The detectors' spans, then the names found on the scrubbed reading. */
  found: Span[]
  /** The detectors' spans (the head of `found`) in resolution order: sorted once for both resolutions. */
  ordered: Span[]
  /** The names found on the scrubbed reading (the rest of `found`). */
  rescanned: Span[]
  protectedRanges: Array<[number, number]>
  /** Lab panels: kept whole, also against the spans of the passes over resolved spans. */
  kept?: Array<[number, number]>
}

type ScanResult = Scanned | { text: string; failed: true }

/**
 * A per-event memo of {@link detect}'s name-independent work, keyed by channel and text: deidentify detects each
 * field once without and once with the names found elsewhere, and attribute strings twice; only propagation differs.
 * Create one per event (never share across events: it holds the event's text).
 */
export type DetectCache = Map<string, ScanResult>

/** A fresh {@link DetectCache} for one event. */
export function createDetectCache(): DetectCache {
  return new Map()
}

function scanText(text: string, channel: Channel): ScanResult {
  try {
    // Unbroken runs of 80+ characters are identifiers whatever they hold (tokens, keys, long URLs):
    // removed whole (fail closed) and blanked for the detectors, which keeps every regex linear.
    const found: Span[] = []
    // Detectors read a copy where the engine's own placeholders are blanked (so a label such as
    // [ADDRESS] is never context for anything) and unbroken runs of 80+ characters are blanked too:
    // those are identifiers whatever they hold (tokens, keys, long URLs), removed whole, and blanking
    // them keeps every regex linear.
    const protectedRanges: Array<[number, number]> = []
    for (const m of text.includes('[') ? matchesOf(PLACEHOLDER, text) : [])
      protectedRanges.push([m.index, m.index + m[0].length])
    const blanks: Array<[number, number]> = [...protectedRanges]
    for (const [start, end] of longRuns(text)) {
      const run = text.slice(start, end)
      if (PLACEHOLDER_ONLY.test(run)) continue
      found.push({ start, end, type: /^(?:https?:\/\/|www\.)/i.test(run) ? 'URL' : 'OTHER', source: 'long-run' })
      blanks.push([start, end])
    }
    const scan = blank(text, blanks)
    const lower = lowerSameLength(scan)
    // A lab panel's words and values are kept: no span of any detector survives inside one (not blanked: its words
    // are context for what stands beside it).
    const panels = labPanelRanges(lower)
    const kept = panels.length > 0 ? panels : undefined
    const input: DetectInput = { text: scan, lower, channel }
    forgetCueAnswers()
    for (const [, detector] of DETECTORS) {
      const spans = detector(input)
      if (!Array.isArray(spans)) return { text, failed: true }
      for (const s of spans) if (s && typeof s.start === 'number' && typeof s.end === 'number') found.push(s)
    }
    const words: Tok[] = tokenize(scan, lower)
    // Taken before the names passes re-read classes for a foreign text.
    const classes = words.map((t) => t.cls)
    for (const s of findNames(input, {}, words)) found.push(s)
    const clipped = keptOut(clip(found, protectedRanges, text), kept, text)
    // Titles join the name they precede, with any particles between them ("doctor van der berg").
    joinTitles(scan, clipped)
    const ordered = byStart(clipped)
    // Second names pass over the text as it will read once scrubbed: context words change when
    // identifiers become placeholders, and a name seen only then would appear on a re-scrub.
    const rescanned = keptOut(
      clip(
        namesOnScrubbed(scan, lower, resolveOrdered(ordered, text), channel, { toks: words, classes }),
        protectedRanges,
        text,
      ),
      kept,
      text,
    )
    clipped.push(...rescanned)
    return { text, scan, lower, found: clipped, ordered, rescanned, protectedRanges, ...(kept ? { kept } : {}) }
  } catch {
    return { text, failed: true }
  }
}

/**
 * `spans` cut around the ranges kept whole (lab panels), each piece trimmed of the blanks and separators at its ends
 * and dropped when no letter or digit is left ("Cr 2.3 K 5.8": no placeholder for the space between two pairs).
 */
function keptOut(spans: Span[], kept: Array<[number, number]> | undefined, text: string): Span[] {
  if (!kept) return spans
  const out: Span[] = []
  for (const piece of clip(spans, kept, text)) {
    let { start, end } = piece
    while (start < end && SEPARATOR.test(text[start]!)) start++
    while (end > start && SEPARATOR.test(text[end - 1]!)) end--
    if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end)))
      out.push(start === piece.start && end === piece.end ? piece : { ...piece, start, end })
  }
  return out
}
const SEPARATOR = /[\s,;:|/()-]/u

/** Propagation and the passes over resolved spans: everything that depends on the known names. */
function finishDetection(scanned: Scanned, knownNames: readonly string[]): Detection {
  const { text, scan, lower, protectedRanges } = scanned
  try {
    // The spans after the detectors' (which are sorted already): merged into their order, as a stable sort of all
    // of them places them.
    const added = scanned.rescanned.slice()
    // Propagation: every whole-word occurrence of a detected or known name word.
    const known = new Set<string>()
    for (const v of knownNames) for (const w of nameWords(v)) known.add(w)
    for (const s of scanned.found)
      if (s.type === 'NAME' && s.source !== GUESSED_NAME)
        for (const w of nameWords(text.slice(s.start, s.end))) known.add(w)
    if (known.size > 0) {
      const words = [...known, ...spelledForms(known), ...declinedForms(known)].sort((a, b) => b.length - a.length)
      const extra: Span[] = []
      for (const [start, end] of wholeWordMatches(lower, words))
        extra.push({ start, end, type: 'NAME', source: 'propagated' })
      added.push(...clip(extra, protectedRanges, text))
    }
    let resolved = resolveAdding(scanned.ordered, added, text)
    // A street named by a found name ("улица [Ленина] 5") takes its unit like any other ("…, кв 7").
    const named = namedStreets(scan, resolved)
    const endings = streetEndings(scan, resolved)
    // Grid addresses ("nine hundred west") are read here, not by a detector: the street they cross is read beside them.
    const grid = [...compassNumberedStreets(lower), ...gridAddresses(lower)]
    const ages = [
      ...agesAfterNames(text, resolved),
      ...agesBesideAges(text, resolved),
      ...agesPastHundred(text, resolved),
    ]
    const extra = [
      ...houseNumbers(text, resolved),
      ...ages,
      ...ageUnitsAfter(text, ages.length > 0 ? [...resolved, ...ages] : resolved),
      ...weekdaysBeforeDates(scan, resolved),
      ...numbersBeforeNamedStreets(scan, resolved),
      ...streetNamesBeforeUnits(scan, resolved),
      ...extensions(scan, resolved),
      ...placePrefixes(scan, resolved),
      ...forts(scan, lower),
      ...arabicTensAfter(scan, resolved),
      ...houseNumbersByName(scan, lower),
      ...compassStreets(scan, lower),
      ...grid,
      ...spanishNumberedStreets(lower),
      ...spokenNumberedRoads(lower),
      ...nameGaps(scan, resolved),
      ...cueGaps(scan, resolved),
      ...namePartsBeside(scan, resolved),
      ...theophoricNames(scan, resolved),
      ...storeStreets(scan, resolved),
      ...intersections(scan, lower, grid.length > 0 ? [...resolved, ...grid] : resolved),
      ...copulaFrameNames(scan),
      ...dayRanges(scan, resolved),
      ...spokenYearTails(scan, lower, resolved),
      ...addressUnits(scan, named.length > 0 ? [...resolved, ...named] : resolved),
      ...endings,
      // "… king junior drive little rock": the town after a street its type or unit only now closed.
      ...citiesAfterStreets(scan, endings.length > 0 ? [...resolved, ...endings] : resolved),
      ...placeSuffixes(scan, resolved),
      ...littlePlaces(scan, resolved),
      ...compassPlaces(scan, resolved),
      ...namedPlaces(scan, resolved),
      ...letterPrefixes(scan, resolved),
      ...phoneAndPlateEnds(scan, resolved),
      ...nameNeighbours(scan, resolved),
      ...givenNamesBefore(scan, resolved),
      ...addressedNames(scan, resolved),
      ...facilityExtents(scan, resolved),
      ...organisationExtents(scan, resolved),
      ...named,
      ...hanGivenNames(scan, resolved),
      ...placesAfterCallers(scan, resolved),
    ]
    if (extra.length > 0) resolved = resolveAdding(resolved, extra, text)
    // A town these passes found ("[sioux clinic]" of facilityExtents) takes its compass word too ("south sioux").
    const compassed = extra.length > 0 ? compassPlaces(scan, extra) : []
    if (compassed.length > 0) resolved = resolveAdding(resolved, compassed, text)
    // A name widened over its neighbours ("pop pop eugene", "st. clair") holds words found only now: they are
    // propagated like every other name word, so no occurrence of a word the engine called a name is forwarded.
    const widened = new Set<string>()
    for (const s of extra) {
      if (s.type !== 'NAME' || s.source === GUESSED_NAME) continue
      // A newborn's label ("baby girl") goes with its name where it stands, not to every "baby" of the text.
      for (const w of nameWords(text.slice(s.start, s.end)))
        if (!known.has(w) && !isNewbornLabel(w) && !THEOPHORIC_ENDS.has(w)) widened.add(w)
    }
    if (widened.size > 0) {
      const words = [...widened].sort((a, b) => b.length - a.length)
      const more: Span[] = []
      for (const [start, end] of wholeWordMatches(lower, words))
        more.push({ start, end, type: 'NAME', source: 'propagated' })
      resolved = resolveAdding(resolved, clip(more, protectedRanges, text), text)
    }
    // A town found once is a town wherever the text names it again ("i live in [center] … the shed in center").
    const towns = repeatedTowns(lower, resolved)
    if (towns.length > 0) resolved = resolveAdding(resolved, clip(towns, protectedRanges, text), text)
    // Address blocks once more over the final streets: a street made of a name and a house number
    // ("Kaevu 94") is only known here.
    const block: Span[] = []
    addressBlocks(
      scan,
      resolved.filter((s) => s.type === 'STREET'),
      block,
    )
    const fresh = clip(block, protectedRanges, text).filter(
      (b) => !resolved.some((r) => r.start <= b.start && r.end >= b.end),
    )
    if (fresh.length > 0) resolved = resolveAdding(resolved, fresh, text)
    // Numbers fail closed: whatever no context claims as a quantity is redacted (never minted).
    const numbers = clip(
      [...unclaimedNumbers(scan, lower, resolved), ...hanGluedNumbers(scan, lower, resolved)],
      protectedRanges,
      text,
    )
    // Letters spelled before a number only now redacted ("F R huit huit deux") belong to it as well.
    if (numbers.length > 0) numbers.push(...letterPrefixes(scan, numbers), ...phoneAndPlateEnds(scan, numbers))
    // A number said in another language, only now redacted, opens the street named after it ("… main street").
    numbers.push(...streetsAfterNumbers(scan, numbers.length > 0 ? [...resolved, ...numbers] : resolved))
    if (numbers.length > 0) resolved = resolveAdding(resolved, numbers, text)
    {
      // A unit or house number said after a found street or town joins it, and a road named by a number its word.
      const joined = [
        ...numbersAfterPlaces(scan, resolved),
        ...numberWordsBeforeStreets(scan, resolved),
        ...numberedRoads(scan, resolved),
      ]
      if (joined.length > 0) resolved = resolveAdding(resolved, joined, text)
    }
    const titled = hanTitlesAfter(scan, resolved)
    const spans = titled === resolved ? resolved : resolve(titled, text)
    return { text, spans: keptOut(spans, scanned.kept, text), failed: false }
  } catch {
    return { text, spans: [], failed: true }
  }
}

/** Normalizes `raw`, runs all detectors and returns resolved spans over the normalized text. Never throws. */
export function detect(raw: unknown, options: DetectOptions = {}): Detection {
  const channel = options.channel ?? 'other'
  const cache = options.cache
  let scanned: ScanResult | undefined
  const key = cache && typeof raw === 'string' ? `${channel}\u0000${raw}` : undefined
  if (key !== undefined) scanned = cache!.get(key)
  if (!scanned) {
    const text = normalizeText(raw)
    if (text.length === 0) return { text, spans: [], failed: false }
    scanned = scanText(text, channel)
    if (key !== undefined) cache!.set(key, scanned)
  }
  if ('failed' in scanned) return { text: scanned.text, spans: [], failed: true }
  return finishDetection(scanned, options.knownNames ?? [])
}
