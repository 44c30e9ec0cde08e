/**
 * The second part of a theophoric name written as its own word ("ذبیح الله", "رحمت الله", "نور الدين", "عبد الرحمن"):
 * after a name found in Arabic script, "الله", "الدين", "الرحمن" and their spellings belong to it (a resolved pass).
 * Left beside a redacted first part they still say which name; elsewhere ("إن شاء الله", "الحمد لله") they are
 * everyday words, so they join only the name before them and are never propagated to the rest of the text.
 */
import type { Span } from './types'

// "الله" and its Urdu and vocalised spellings, "الدين", "الرحمن", "الرحيم" (Persian "الدین", "الرحمان"); not "الحق",
// which is "the truth" as often.
// biome-ignore format: packed list
export const THEOPHORIC_ENDS: ReadonlySet<string> = new Set([
  'الله', 'اللہ', 'اللّه', 'اللّٰه', 'الدين', 'الدین', 'الرحمن', 'الرحمان', 'الرحيم', 'الرحیم',
])

const ARABIC_LETTER_BEFORE_BLANK = /\p{Script=Arabic}$/u
const WORD_AFTER_BLANK = /^[ \t]+([\p{L}\p{M}]+)/u

/** NAME spans widened over the theophoric part right after them; only the widened spans are returned. */
export function theophoricNames(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const s of spans) {
    if (s.type !== 'NAME' || !ARABIC_LETTER_BEFORE_BLANK.test(text.slice(s.start, s.end))) continue
    const m = WORD_AFTER_BLANK.exec(text.slice(s.end, s.end + 24))
    if (!m || !THEOPHORIC_ENDS.has(m[1]!)) continue
    // "دكتور أحمد الله يعطيك العافية": before a verb in ي or ت, "الله" opens a blessing, not the name's end.
    const after = WORD_AFTER_BLANK.exec(text.slice(s.end + m[0].length, s.end + m[0].length + 24))
    if (!(after && /^[يت]\p{Script=Arabic}{2,}/u.test(after[1]!)))
      out.push({ start: s.start, end: s.end + m[0].length, type: 'NAME', source: 'name:theophoric' })
  }
  return out
}
