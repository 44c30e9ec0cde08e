/**
 * The engine's speed work changes no output: the structures that replaced per-word scans (name-word trie, spoken-run
 * evidence bound) find exactly what the plain scans found, and the one-entry memo of number tokens answers the
 * same for the same text whatever was read in between. Timing itself is `npm run bench:engine`, never asserted here.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detect, wholeWordMatches } from '../../src/phi/detect'
import { scrubText } from '../../src/phi/deidentify'
import { SCRIPT, holdsScript } from '../../src/phi/detectors/chars'
import {
  arabicRunAtEnd,
  arabicWordAtEnd,
  arabicWordAtStart,
  gapWords,
  newbornBefore,
  twoWordsBefore,
} from '../../src/phi/detectors/look-backs'
import { spokenRuns, words } from '../../src/phi/spoken'

/** Up to eight of `units` joined, with or without a space at either end: the inputs a hand reader is checked on. */
const blankedJoins = (units: readonly string[]): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(fc.constantFrom(...units), { maxLength: 8 }), fc.boolean(), fc.boolean())
    .map(([parts, open, close]) => (open ? ' ' : '') + parts.join('') + (close ? ' ' : ''))

const escapeRegExp = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('engine speed structures give the same answers', () => {
  it('name propagation: the earliest listed word wins, in any list order and with duplicates, as in the alternation', () => {
    const units = ['an', 'a', 'n', 'ana', 'anna', '-', ' ', "'", 'é', '\u0301', '𝐀', '1', 'x']
    const wordArb = fc.array(fc.constantFrom('a', 'an', 'ana', 'anna', 'anna-', 'na', 'n a', '𝐀n', 'x1', 'é', "an'"), {
      minLength: 1,
      maxLength: 6,
    })
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 16 }), wordArb, (parts, list) => {
        const text = parts.join('')
        const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
        expect(wholeWordMatches(text, list)).toEqual(
          [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]),
        )
      }),
      { numRuns: 400, seed: 23 },
    )
  })

  it('spoken runs: a long stretch of words that cannot be evidence hides no run after it', () => {
    const text = `${'a '.repeat(60)}my member id is z g p four four nine two zero one`
    expect(spokenRuns(text, words(text)).map((r) => [r.spelled, text.slice(r.start, r.end)])).toEqual([
      ['zgp449201', 'z g p four four nine two zero one'],
    ])
    expect(scrubText(text, { channel: 'voice' }).text.endsWith('my member id is [HEALTHPLAN]')).toBe(true)
  })

  it('spoken runs: tens that swallow the next unit still let a later start qualify', () => {
    // From "twenty": 22, 3, 4 is too little evidence; from "two": 2, 3, 4 is a run.
    const text = 'twenty two three four'
    expect(spokenRuns(text, words(text)).map((r) => [r.spelled, text.slice(r.start, r.end)])).toEqual([
      ['234', 'two three four'],
    ])
  })

  it('script census: a text holds a script exactly when the Unicode pattern finds one (surrogate pairs read whole)', () => {
    const patterns: Array<[number, RegExp]> = [
      [SCRIPT.han, /\p{Script=Han}/u],
      [SCRIPT.hangul, /\p{Script=Hangul}/u],
      [SCRIPT.hiragana | SCRIPT.katakana, /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
      [SCRIPT.cyrillic, /\p{Script=Cyrillic}/u],
      [SCRIPT.arabic, /\p{Script=Arabic}/u],
    ]
    // Han, Hangul, kana, Cyrillic, Arabic, Latin-1, Han radicals (symbols), the iteration mark, a Han of plane 2,
    // lone and paired surrogates, and any code unit at all.
    const units = ['李', '김', 'あ', 'ア', 'ж', 'ب', 'é', 'a', ' ', '⺀', '々', '𠀀', '\ud840', '\udc00', '😀']
    const unit = fc.oneof(
      fc.constantFrom(...units),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    )
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (parts) => {
        const text = parts.join('')
        for (const [bits, re] of patterns) expect(holdsScript(text, bits)).toBe(re.test(text))
      }),
      { numRuns: 2000, seed: 31 },
    )
  })

  it('number tokens: the same text gives the same detection twice and after another text (one memo entry)', () => {
    const a = 'sugar was 310 this am, call 415 555 0123, the member number is 88 12 and she is ninety two'
    const b = 'tres cuatro cinco, seis siete ocho nueve, dos mil veinte'
    for (const channel of ['sms', 'voice'] as const) {
      const first = detect(a, { channel })
      expect(detect(a, { channel })).toEqual(first)
      detect(b, { channel })
      expect(detect(a, { channel })).toEqual(first)
      expect(scrubText(a, { channel }).text).toBe(scrubText(a, { channel }).text)
    }
  })

  it('look-backs read by hand give the groups of the end-anchored patterns they replace', () => {
    const two = /(?:^|([\p{L}\p{M}'’]+)[ \t]+|[^\p{L}\p{M}\p{N} \t]+[ \t]*)([\p{L}\p{M}]+)[ \t]+$/u
    const newborn = /(?:([\p{L}\p{M}'’]+)[ \t]+)?(?<![\p{L}\p{M}])(baby([ \t]+(?:boy|girl))?[ \t]+)$/iu
    // Letters, the label's words in both cases, blanks, apostrophes, digits, punctuation, a mark, other scripts,
    // astral and lone surrogates, and characters that case-fold oddly under /iu.
    // biome-ignore format: packed list
    const units = ['a', 'B', 'baby', 'BaBy', 'boy', 'GIRL', 'bab', ' ', '\t', '\n', "'", '’', '5', '٣', ',', '\u0301', 'é',
      'ж', '김', 'ب', '😀', '𝐀', '\ud835', '\udc00', 'Ⓐ', '\u0345', 'K', 'ſ', 'İ', '\u00a0']
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...units), { maxLength: 9 }),
        fc.constantFrom('', ' ', '\t', ' \t'),
        (parts, end) => {
          const s = parts.join('') + end
          const m = two.exec(s)
          expect(twoWordsBefore(s)).toEqual(m ? { before: m[1], word: m[2] } : null)
          const n = newborn.exec(s)
          expect(newbornBefore(s)).toEqual(n ? { before: n[1], label: n[2], sex: n[3] !== undefined } : null)
        },
      ),
      { numRuns: 5000, seed: 32 },
    )
  })

  it('the words between two names read by hand are the groups of the anchored pattern they replace', () => {
    const gap = /^[ \t]+([\p{L}\p{M}'’]+)\.?[ \t]+(?:([\p{L}\p{M}'’]+)\.?[ \t]+)?$/u
    // biome-ignore format: packed list
    const units = ['a', 'Bo', ' ', '\t', '.', '..', "'", '’', '5', ',', '\u0301', 'é', 'ж', '김', 'ب', '😀', '𝐀', '\ud835',
      '\udc00', '\n', '-', '\u00a0']
    fc.assert(
      fc.property(blankedJoins(units), (s) => {
        const m = gap.exec(s)
        expect(gapWords(s)).toEqual(m ? { first: m[1], second: m[2] } : null)
      }),
      { numRuns: 5000, seed: 32 },
    )
  })

  it('Arabic words read by hand beside a name are what the script patterns they replace find', () => {
    const before = /(?<![\p{L}\p{M}])(\p{Script=Arabic}{2,})[ \t]+$/u
    const after = /^[ \t]+(\p{Script=Arabic}{2,})(?![\p{L}\p{M}])/u
    const last = /\p{Script=Arabic}+$/u
    // Letters, an Arabic digit, marks of the script and inherited ones, signs, punctuation, tatweel, an astral Arabic
    // letter, Latin, blanks and lone surrogates.
    // biome-ignore format: packed list
    const units = ['ا', 'ل', 'محمد', '٣', '\u064b', '\u0610', '\u0600', '،', '\u06d4', '\u06de', '\u0640', '𞸀', 'a', 'é',
      ' ', '\t', '\n', '\ud83b', '\ude00', '5', 'ﷲ']
    fc.assert(
      fc.property(blankedJoins(units), (s) => {
        const b = before.exec(s)
        expect(arabicWordAtEnd(s)).toEqual(b ? [b[0], b[1]] : null)
        const a = after.exec(s)
        expect(arabicWordAtStart(s)).toEqual(a ? [a[0], a[1]] : null)
        expect(arabicRunAtEnd(s)).toBe(last.exec(s)?.[0])
      }),
      { numRuns: 5000, seed: 32 },
    )
  })
})
