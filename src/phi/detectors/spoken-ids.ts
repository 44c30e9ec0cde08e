/**
 * Identifiers read out in voice transcripts: runs of spoken digits and spelled letters
 * ("three one zero five five five zero one four two", "z g p four four nine", "p a r k").
 * The span covers the words; canonical is what they spell. The type comes from the nearest cue
 * or the shape (10/11 digits → phone), spelled letters alone read as a name.
 */
import { DIGIT_VALUES, type Word, spokenRuns, words } from '../spoken'
import { cueBefore } from './cues'
import type { Detector, Span } from './types'
import type { PhiType } from '../types'

function typeOf(lower: string, start: number, spelled: string, digits: number, letters: number): PhiType {
  const cue = cueBefore(lower, start, 50)
  if (cue === 'ZIP') return digits === 5 || digits === 9 ? 'ZIP' : 'OTHER'
  if (cue === 'FAX') return 'FAX'
  if (cue === 'SSN') return 'SSN'
  if (cue && cue !== 'PHONE') return cue
  if (letters === 0 && (digits === 7 || digits === 10 || digits === 11)) return 'PHONE'
  if (cue === 'PHONE' && letters === 0) return 'PHONE'
  if (digits === 0 && spelled.length >= 2) return 'NAME'
  return 'OTHER'
}

// Clinical and form acronyms spelled out in transcripts ("my s s n is", "the m r i") are words, not values.
const ACRONYMS = new Set([
  'ssn',
  'mrn',
  'dob',
  'icu',
  'ekg',
  'ecg',
  'mri',
  'uti',
  'std',
  'sti',
  'copd',
  'adhd',
  'bmi',
  'hiv',
  'ent',
  'gyn',
  'obgyn',
  'ptsd',
  'ocd',
  'cpr',
  'cpap',
  'bipap',
  'iud',
  'ivf',
  'hpv',
  'rsv',
  'tb',
  'ct',
  'pt',
  'ot',
  'er',
  'bp',
  'ok',
  'asap',
  'fyi',
  'np',
  'pa',
  'md',
  'rn',
  'lvn',
  'cna',
  'dme',
  'ppo',
  'hmo',
  'epo',
  'pcp',
  'abc',
  'usa',
  'ups',
  'atm',
  'cvs',
  'tsh',
  'cbc',
  'bmp',
  'cmp',
  'psa',
  'gerd',
  'ibs',
  'ckd',
  'chf',
  'cad',
  'dvt',
  'ssi',
  'ssdi',
  'snap',
  'wic',
])
// Letters spelled before a run with an example word ("z as in zebra k four four…", "b de burro …").
const PHONETIC_BEFORE = /(?:(?<![\p{L}\p{N}])[a-zñ][ \t]+(?:as[ \t]+in|like|for|de|como)[ \t]+\p{L}{2,}[ \t,]+){1,3}$/u
// Spanish letter names before a run ("eme a cuatro cuatro…" = M A 4 4…); only names that are not everyday words.
// biome-ignore format: packed list
const ES_LETTER: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  ce: 'c', efe: 'f', ge: 'g', hache: 'h', jota: 'j', ka: 'k', ele: 'l', eme: 'm', ene: 'n', eñe: 'ñ', pe: 'p', cu: 'q',
  erre: 'r', equis: 'x', zeta: 'z', uve: 'v', 'doble ve': 'w', 'doble u': 'w', 'i griega': 'y',
  // Letter names that are also everyday words: only inside a run that has one of the names above.
  be: 'b', de: 'd', te: 't', ve: 'v', ese: 's',
})
const ES_LETTER_BEFORE =
  /(?:(?<![\p{L}\p{N}])(?:ce|efe|ge|hache|jota|ka|ele|eme|ene|eñe|pe|cu|erre|equis|zeta|uve|doble[ \t]+(?:ve|u)|i[ \t]+griega)[ \t]+){1,3}$/u
// "ene ele be tres dos uno": everyday-word letter names (be, de, te, ve, ese) count next to a clear one.
const ES_LETTER_MIXED_BEFORE =
  /(?:(?<![\p{L}\p{N}])(?:ce|efe|ge|hache|jota|ka|ele|eme|ene|eñe|pe|cu|erre|equis|zeta|uve|doble[ \t]+(?:ve|u)|i[ \t]+griega|be|de|te|ve|ese)[ \t]+){2,4}$/u
// Up to three letter names after a run: the clear names and "be" (the others are words after a number: "cinco de mayo").
const ES_LETTER_AFTER =
  /^(?:[ \t]+(?:ce|efe|ge|hache|jota|ka|ele|eme|ene|eñe|pe|cu|erre|equis|zeta|uve|be)(?![\p{L}\p{N}])){1,3}/u
const ES_DIGIT_AT_END = /(?<![\p{L}])(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)$/u
const ES_LETTER_CLEAR =
  /(?<![\p{L}])(?:ce|efe|ge|hache|jota|ka|ele|eme|ene|eñe|pe|cu|erre|equis|zeta|uve|doble|griega)(?![\p{L}])/u

/** Where a run really starts: spelled letters said before it belong to it. Returns the start and the letters. */
function spelledBefore(lower: string, start: number): [number, string] {
  const before = lower.slice(Math.max(0, start - 80), start)
  const phonetic = PHONETIC_BEFORE.exec(before)
  if (phonetic) {
    const letters = [...phonetic[0].matchAll(/(?<![\p{L}\p{N}])([a-zñ])[ \t]+(?:as[ \t]+in|like|for|de|como)[ \t]/gu)]
      .map((m) => m[1])
      .join('')
    return [start - phonetic[0].length, letters]
  }
  const mixed = ES_LETTER_MIXED_BEFORE.exec(before)
  const es = mixed && ES_LETTER_CLEAR.test(mixed[0]) ? mixed : ES_LETTER_BEFORE.exec(before)
  if (es) {
    const names = es[0]
      .trim()
      .split(
        /(?<!doble)[ \t]+(?=(?:ce|efe|ge|hache|jota|ka|ele|eme|ene|eñe|pe|cu|erre|equis|zeta|uve|doble|i|be|de|te|ve|ese)(?![\p{L}]))/u,
      )
    return [start - es[0].length, names.map((n) => ES_LETTER[n.replace(/[ \t]+/g, ' ')] ?? '').join('')]
  }
  return [start, '']
}

const DASH_BEFORE = /(?:^|[ \t])(?:dash|hyphen|guion|guión)[ \t]+$/u

/** Where a spoken identifier starts once one to four digit words said before a dash join it. */
function groupBeforeDash(lower: string, start: number, list: readonly Word[]): number {
  const dash = DASH_BEFORE.exec(lower.slice(Math.max(0, start - 10), start))
  if (!dash) return start
  const dashAt = start - dash[0].length + (dash[0].length - dash[0].trimStart().length)
  let k = list.findIndex((w) => w.end > dashAt) - 1
  let from = dashAt
  for (let n = 0; n < 4 && k >= 0; n++, k--) {
    const w = list[k]!
    if (!DIGIT_VALUES.has(w.w) || !/^[ \t]+$/.test(lower.slice(w.end, from))) break
    from = w.start
  }
  return from === dashAt ? start : from
}

/**
 * "will price that's p r i c e i had an appointment": a spelled run that ends on "i" or "a" when the letters before
 * them spell a word said just before the run (the name it spells), the pronoun or article opening the next clause.
 * Returns where the spelling ends.
 */
function pronounAfterSpelling(list: readonly Word[], start: number, end: number, spelled: string): number {
  if (spelled.length < 4 || !/[ia]$/.test(spelled)) return end
  const word = spelled.slice(0, -1)
  // The first word at or after the run's start, by halving (the words are in text order; a text of many spelled runs
  // would otherwise scan its words once per run).
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (list[mid]!.start < start) lo = mid + 1
    else hi = mid
  }
  const first = lo < list.length ? lo : -1
  if (first < 0) return end
  for (let k = Math.max(0, first - 4); k < first; k++) {
    if (list[k]!.w !== word) continue
    const last = list.findIndex((w) => w.end === end)
    return last > 0 ? list[last - 1]!.end : end
  }
  return end
}

/** Finds spoken digit runs and spelled-out strings. */
export const detectSpoken: Detector = ({ lower }) => {
  const spans: Span[] = []
  const list = words(lower)
  for (const run of spokenRuns(lower, list)) {
    if (run.digits === 0 && ACRONYMS.has(run.spelled)) continue
    // "call nine one one": the emergency number is nobody's.
    if (run.spelled === '911' || run.spelled === '411') continue
    // A letter said before an ID ("z as in zebra", "eme") belongs to it; spelled names are the names detector's.
    const [spelledStart, letters] = run.digits > 0 ? spelledBefore(lower, run.start) : [run.start, '']
    // "two four dash c r dash zero zero …": the digits said before a dash open the same identifier.
    const start = groupBeforeDash(lower, spelledStart, list)
    const type = typeOf(lower, start, run.spelled, run.digits, run.letters)
    const end = run.digits === 0 ? pronounAfterSpelling(list, run.start, run.end, run.spelled) : run.end
    const spelled = end < run.end ? run.spelled.slice(0, -1) : run.spelled
    // "… cero tres seis be", "… cuatro pe eme": up to three Spanish letter names said after a long run of digits close
    // the same id.
    const spanish =
      run.digits >= 6 && end === run.end && ES_DIGIT_AT_END.test(lower.slice(Math.max(start, end - 8), end))
    const after = spanish ? ES_LETTER_AFTER.exec(lower.slice(end, end + 32)) : null
    const letter = after
      ? after[0]
          .trim()
          .split(/[ \t]+/u)
          .map((n) => ES_LETTER[n] ?? '')
          .join('')
      : ''
    spans.push({
      start,
      end: end + (after?.[0].length ?? 0),
      type,
      source: 'spoken',
      canonical: letters + spelled + letter,
    })
  }
  return spans
}
