/**
 * Names framed by "I" and "am" in the languages that put the verb last (Dari "من فرشته احمدزی هستم", Pashto "زه ګل آغا
 * یم", Urdu "میں فرزانہ بی بی ہوں"): between the pronoun and the copula stands what the writer is, and words no table
 * lists there are their name, a guess (a resolved pass, since neither word is a cue on its own: "من" is also Arabic
 * "from", "زه" ends many sentences).
 * "من خوب هستم", "من مریض هستم" stay: the tables list those words.
 */
import { languages } from '../languages'
import { unlistedArabicWord } from './cued-names'
import { GUESSED_NAME, type Span } from './types'

/** Pronoun and copulas of each frame, in Arabic script. */
const FRAMES: ReadonlyArray<{ pronoun: string; copulas: ReadonlySet<string> }> = [
  { pronoun: 'من', copulas: new Set(['هستم', 'استم', 'هستیم']) },
  { pronoun: 'زه', copulas: new Set(['یم', 'يم', 'یمه']) },
  // Urdu "میں فرزانہ بی بی ہوں", "میں محمد اسلم بات کر رہا ہوں".
  { pronoun: 'میں', copulas: new Set(['ہوں', 'ہو', 'بات']) },
]
const MAX_WORDS = 3
const WORD_RUN = /[\p{L}\p{M}\u200c]+/gu

/** NAME spans for the unlisted words between a pronoun and its copula. */
export function copulaFrameNames(text: string): Span[] {
  if (!/[\u0600-\u06ff]/u.test(text)) return []
  const list = [...text.matchAll(WORD_RUN)].map((m) => ({ w: m[0], start: m.index!, end: m.index! + m[0].length }))
  const out: Span[] = []
  for (let i = 0; i < list.length; i++) {
    const frame = FRAMES.find((f) => f.pronoun === list[i]!.w)
    if (!frame) continue
    let k = i + 1
    while (k < list.length && k - i <= MAX_WORDS && !frame.copulas.has(list[k]!.w)) k++
    if (k === i + 1 || k >= list.length || !frame.copulas.has(list[k]!.w)) continue
    // Only blanks and words between: "من، ... هستم" or a sentence's end is no frame.
    if (/[.!?؟،۔,;:\n]/u.test(text.slice(list[i]!.end, list[k]!.start))) continue
    const inner = list.slice(i + 1, k)
    // A title after the name stays in it ("فرزانہ بی بی").
    const titles = languages().titlesAfter.phrases
    const titleAt = inner.findIndex(
      (_, n) =>
        n > 0 &&
        titles.has(
          inner
            .slice(n)
            .map((x) => x.w)
            .join(' '),
        ),
    )
    const named = titleAt > 0 ? inner.slice(0, titleAt) : inner
    if (named.every((x) => unlistedArabicWord(x.w)))
      out.push({
        start: inner[0]!.start,
        end: inner[inner.length - 1]!.end,
        type: 'NAME',
        source: GUESSED_NAME,
      })
  }
  return out
}
