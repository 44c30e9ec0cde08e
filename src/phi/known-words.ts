/**
 * The words of {@link WORD} (known-forms.ts) found by code unit tables instead of the pattern: a run of Han, of Hangul
 * or of kana, or a run of other letters with apostrophes inside. The pattern's script classes are slow on text beyond
 * ASCII (some 50 µs of a 1,600-character Vietnamese SMS, whose every word the memory of a detection reads for its
 * languages; a microsecond for "ahmed al-farsi", and every name value found is read so).
 */

// What each alternative of WORD opens on, one class per code point, in the pattern's order of alternatives.
const NONE = 0
const HAN = 1
const HANGUL = 2
const KANA = 3
const OTHER_LETTER = 4

const CLASSES: ReadonlyArray<readonly [number, RegExp]> = [
  [HAN, /^\p{Script=Han}$/u],
  [HANGUL, /^\p{Script=Hangul}$/u],
  [KANA, /^[\p{Script=Hiragana}\p{Script=Katakana}]$/u],
  // The marks an abugida writes on its letters (a fold keeps them: marks.ts) go on with the word.
  [OTHER_LETTER, /^(?:[^\P{L}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]|\p{M})$/u],
]

function classOf(codePoint: string): number {
  for (const [kind, pattern] of CLASSES) if (pattern.test(codePoint)) return kind
  return NONE
}

// Per BMP code unit: its class + 8 once known (a property of Unicode, kept for the isolate's life). Astral code points
// are remembered apart, bounded like the other class tables (see detectors/chars.ts).
const unitClasses = new Uint8Array(65536)
const astralClasses = new Map<number, number>()

/** The class of the code point at `i` times 4, plus its length in code units (1 or 2); 1 past the end (class NONE). */
function classAt(s: string, i: number): number {
  if (i >= s.length) return 1
  const c = s.charCodeAt(i)
  let known = unitClasses[c]!
  if (known === 0) known = learnUnit(c)
  // A high surrogate is learnt as class NONE: a pair is read whole below, a lone one is a code point of no class.
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return (known - 8) * 4 + 1
  const d = s.charCodeAt(i + 1)
  if (d < 0xdc00 || d > 0xdfff) return 1
  const cp = (c << 10) + d
  let kind = astralClasses.get(cp)
  if (kind === undefined) {
    kind = classOf(s.slice(i, i + 2))
    if (astralClasses.size >= 4096) astralClasses.clear()
    astralClasses.set(cp, kind)
  }
  return kind * 4 + 2
}

function learnUnit(c: number): number {
  // A lone surrogate is a code point of its own to the pattern, and of no class.
  const known = (c >= 0xd800 && c <= 0xdfff ? NONE : classOf(String.fromCharCode(c))) + 8
  unitClasses[c] = known
  return known
}

/** `s.match(WORD) ?? []`: every match of known-forms' WORD in `s`, in order. */
export function knownWordsOf(s: string): string[] {
  const out: string[] = []
  let p = 0
  while (p < s.length) {
    const at = classAt(s, p)
    const kind = at >> 2
    if (kind === NONE) {
      p += at & 3
      continue
    }
    let e = runEnd(s, p + (at & 3), kind)
    if (kind === OTHER_LETTER) {
      // (?:['’]X+)*: an apostrophe joins the run only when a letter of the run's class follows it.
      for (;;) {
        const c = s.charCodeAt(e)
        if (c !== 39 && c !== 0x2019) break
        const next = classAt(s, e + 1)
        if (next >> 2 !== OTHER_LETTER) break
        e = runEnd(s, e + 1 + (next & 3), OTHER_LETTER)
      }
    }
    out.push(s.slice(p, e))
    p = e
  }
  return out
}

/** Where the run of code points of class `kind` from `e` ends (one-unit code points read straight from the table). */
function runEnd(s: string, e: number, kind: number): number {
  const unitKnown = kind + 8
  for (;;) {
    if (e >= s.length) return e
    const c = s.charCodeAt(e)
    if (unitClasses[c] === unitKnown && (c < 0xd800 || c > 0xdfff)) {
      e++
      continue
    }
    const at = classAt(s, e)
    if (at >> 2 !== kind) return e
    e += at & 3
  }
}
