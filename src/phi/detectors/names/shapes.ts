/**
 * Names recognised by their written shape: letters spelled one by one ("w i s n i e w s k i"), spelled with
 * example words ("n as in nancy"), initials ("J.R. here") and a first name, an initial and a word ("Ella H. Snider").
 */
import { CUES, PARTICLES } from '../../lexicon/name-cues'
import { classify } from '../../lexicon/word-class'
import { type Ctx, SPACE_ONLY, type Tok, gap, isAux, isFunctionWord } from './tokens'

/** "Ella H. Snider", "Sari J. Paavolainen", "ken n. fukuda": first name, initial with a full stop, a word. */
export function initialNamePass(ctx: Ctx): void {
  const { toks, text } = ctx
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i]!
    const initial = toks[i + 1]!
    const last = toks[i + 2]!
    const c = t.cls
    if (!c.first || c.clinical || t.glued || isAux(ctx, t.lower) || isFunctionWord(t.lower) || PARTICLES.has(t.lower))
      continue
    if (initial.end - initial.start !== 1 || !/\p{L}/u.test(initial.lower) || text[initial.end] !== '.') continue
    if (!SPACE_ONLY.test(gap(ctx, i + 1))) continue
    if (!/^\.[ \t]+$/.test(gap(ctx, i + 2)) || last.glued || last.cls.clinical || isFunctionWord(last.lower)) continue
    // Same casing on all three, the initial capitalised in capitalised text ("Ella H. Snider", "ella h. snider").
    if (t.cap !== last.cap || (t.cap && text[initial.start] !== text[initial.start]!.toUpperCase())) continue
    for (let k = i; k <= i + 2; k++) if (!ctx.name[k] || ctx.name[k] === 3) ctx.name[k] = 2
  }
}

/**
 * "Summer L 11:15 appt", "Grace M. called", "this is Ana B, running late": a capitalised first name and a capital initial
 * after it, then no word in capitals (the initial would open a name of its own) — how staff and patients shorten a
 * surname. Not "A" or "I" (words), nor after clinical words ("Vitamin D", "Hep B" are no first names).
 */
export function surnameInitialPass(ctx: Ctx): void {
  const { toks, text } = ctx
  if (!ctx.informative) return
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!
    const initial = toks[i + 1]!
    if (!t.cap || !t.cls.first || t.cls.clinical || t.glued || isAux(ctx, t.lower) || isFunctionWord(t.lower)) continue
    if (initial.end - initial.start !== 1 || initial.glued || !/^[B-HJ-Z]$/.test(text[initial.start]!)) continue
    if (!SPACE_ONLY.test(gap(ctx, i + 1))) continue
    // What follows: the end, a full stop or comma, a digit, or a word in lower case.
    if (!/^(?:\.?[ \t]*(?:$|[,;:!?)\n]|[0-9]|\p{Ll})|\.[ \t]*$)/u.test(text.slice(initial.end, initial.end + 3)))
      continue
    for (let k = i; k <= i + 1; k++) if (!ctx.name[k] || ctx.name[k] === 3) ctx.name[k] = 2
  }
}

/** Two-letter abbreviations that are not a person's initials ("am", "dr", "ok"). */
export const NOT_INITIALS = new Set([
  'am',
  'pm',
  'us',
  'eg',
  'ie',
  'dc',
  'uk',
  'er',
  'bp',
  'dr',
  'st',
  'vs',
  'po',
  'pa',
  'ok',
])

/** Initials used as a name: "J.R. here", "this is A.J.", "T.J. Smith". */
export function initialsPass(ctx: Ctx): void {
  const { toks } = ctx
  for (let i = 0; i < toks.length; i++) {
    let j = i
    while (
      j < toks.length &&
      toks[j]!.end - toks[j]!.start === 1 &&
      ctx.text[toks[j]!.end] === '.' &&
      (j === i || gap(ctx, j) === '.')
    )
      j++
    if (j - i < 2) continue
    const letters = toks
      .slice(i, j)
      .map((t) => t.lower)
      .join('')
    const next = toks[j]
    const prev = toks[i - 1]
    const cueBefore = prev !== undefined && (CUES.get(prev.lower)?.some((c) => c.kind !== 'weak') ?? false)
    const nameNext =
      next !== undefined &&
      /^\.?[ \t]+$/.test(gap(ctx, j)) &&
      (next.lower === 'here' || next.cls.strong || next.cls.wordSurname)
    if (!NOT_INITIALS.has(letters) && (cueBefore || nameNext)) for (let k = i; k < j; k++) ctx.name[k] = 1
    i = j - 1
  }
}

const PHONETIC_LINK = /^[ \t]+(?:as[ \t]+in|like|for|de)[ \t]+$/
const LINK_WORDS = new Set(['as', 'in', 'like', 'for', 'de'])

/**
 * Letters spelled with example words, as callers do: "n as in nancy o as in oscar", "b like boy r like robert",
 * "k de kilo". Two in a row, or one next to a run of spelled letters, make the letters and words part of the name.
 */
export function phoneticPass(ctx: Ctx): void {
  const { toks, text } = ctx
  let i = 0
  while (i < toks.length) {
    const w = spelledAt(toks, text, i)
    if (w < 0) {
      i++
      continue
    }
    // Collect the run: spelled pairs and bare letters, each separated by spaces (or commas, dashes).
    const pairs: Array<[number, number]> = [[i, w]]
    let k = w + 1
    let bare = 0
    for (;;) {
      if (k >= toks.length || !/^[ \t,.-]{1,3}$/.test(gap(ctx, k))) break
      const w2 = spelledAt(toks, text, k)
      if (w2 >= 0) {
        pairs.push([k, w2])
        k = w2 + 1
      } else if (isLetter(toks, k)) {
        bare++
        pairs.push([k, k])
        k++
      } else break
    }
    const spelledPairs = pairs.filter(([a, b]) => a !== b).length
    if (spelledPairs >= 2 || (spelledPairs === 1 && bare >= 2)) {
      for (const [a, b] of pairs) for (let m = a; m <= b; m++) ctx.name[m] = 2
    }
    i = k
  }
}

// Module functions, not closures made per call: where names are kept (esbuild's keepNames, as tsx and wrangler build)
// every closure is named as it is made, a runtime call each.
function isLetter(toks: readonly Tok[], k: number): boolean {
  return k >= 0 && k < toks.length && toks[k]!.end - toks[k]!.start === 1 && /\p{L}/u.test(toks[k]!.lower)
}

/** A letter at k spelled with a word ("b as in boy"): the index of the word, or -1. */
function spelledAt(toks: readonly Tok[], text: string, k: number): number {
  // A link word right after the letter first: the cheap refusal for nearly every token.
  if (!LINK_WORDS.has(toks[k + 1]?.lower ?? '') || !isLetter(toks, k)) return -1
  let w = k + 1
  while (w < toks.length && w - k <= 2 && LINK_WORDS.has(toks[w]!.lower)) w++
  if (w >= toks.length || toks[w]!.end - toks[w]!.start < 2) return -1
  return PHONETIC_LINK.test(text.slice(toks[k]!.end, toks[w]!.start)) ? w : -1
}

/** Marks a caller spells out between letters of a name. */
const SPELLED_MARKS = new Set(['apostrophe', 'dash', 'hyphen', 'guion', 'guión', 'space', 'tiret', 'apóstrofo'])

/** Letters spelled out one by one in a transcript or message ("w i s n i e w s k i", "K-O-W-A-L"). */
export function spelledPass(ctx: Ctx): void {
  const { toks } = ctx
  let i = 0
  while (i < toks.length) {
    let j = i
    while (j < toks.length && toks[j]!.end - toks[j]!.start === 1 && (j === i || isSpelledGap(gap(ctx, j)))) j++
    // "ch u n", "s h a ng": a digraph said as one sound beside the letters belongs to the spelling.
    if (j - i >= 2) {
      if (i > 0 && DIGRAPHS.has(toks[i - 1]!.lower) && isSpelledGap(gap(ctx, i))) i--
      if (j < toks.length && DIGRAPHS.has(toks[j]!.lower) && isSpelledGap(gap(ctx, j))) j++
    }
    // Spelled acronyms and cue words are not names ("s s n", "m r n", "d o b", "e k g"); spelled names are.
    const letters =
      j - i >= 3
        ? toks
            .slice(i, j)
            .map((t) => t.lower)
            .join('')
        : ''
    if (
      j - i >= 3 &&
      !isSpelledTerm(letters) &&
      !(j - i === 3 && isTextingShorthand(letters) && !SPELLING_CUES.has(toks[i - 1]?.lower ?? ''))
    ) {
      for (let k = i; k < j; k++) ctx.name[k] = 2
      // "o apostrophe d o n n e l l", "s t dash j o h n": letters joined to the run by a spelled-out mark.
      let b = i
      while (b >= 2 && SPELLED_MARKS.has(toks[b - 1]!.lower) && toks[b - 2]!.end - toks[b - 2]!.start === 1) {
        ctx.name[b - 1] = 2
        b -= 1
        // The letters before the mark ("d e dash l a c r u z").
        while (b >= 1 && toks[b - 1]!.end - toks[b - 1]!.start === 1 && (b === i - 1 || isSpelledGap(gap(ctx, b)))) {
          ctx.name[b - 1] = 2
          b--
        }
      }
    }
    i = Math.max(j, i + 1)
  }
}

/**
 * Two or three letters opening on a texting pair ("u r a lifesaver", "r u a patient", "c u at 3"): you are, are you, see
 * you, then a word. A spelled name of three letters seldom opens so.
 */
export function isTextingShorthand(letters: string): boolean {
  return letters.length <= 3 && /^(?:ur|ru|cu)/.test(letters)
}

/** Words after which letters are spelled whatever they spell ("it's spelled c u i", "the name is r u"). */
export const SPELLING_CUES: ReadonlySet<string> = new Set(['spelled', 'spell', 'spelling', 'is', 'initials', 'letters'])

// Two letters a speller says as one sound.
const DIGRAPHS = new Set(['ch', 'sh', 'th', 'ph', 'kh', 'gh', 'zh', 'ng', 'll', 'rr'])

/** /^[ \t.-]{1,2}$/.test(g) as a character check: it runs for every letter of a spelled run. */
function isSpelledGap(g: string): boolean {
  if (g.length === 0 || g.length > 2) return false
  for (let k = 0; k < g.length; k++) {
    const c = g.charCodeAt(k)
    if (c !== 32 && c !== 9 && c !== 46 && c !== 45) return false
  }
  return true
}

/** Letters that spell a clinical or cue acronym ("ssn", "mrn", "dob", "ekg"), not a name. */
export function isSpelledTerm(letters: string): boolean {
  const c = classify(letters)
  return c.clinical && !c.first
}

// Two initials said as a nickname ("DJ", "jj", "TJ"): a letter and "j", the shape such names take.
const INITIAL_NICKNAME = /^[a-z]j$/
// What only a person does or is right after the nickname ("dj has it too", "jj says thank y'all").
// biome-ignore format: packed list
const NICKNAME_VERBS: ReadonlySet<string> = new Set([
  'has', 'had', 'is', 'was', 'says', 'said', 'wants', 'needs', 'got', 'gets', 'feels', 'keeps', 'cries', 'coughs',
  'threw', 'fell', 'woke', 'slept', 'ate', 'went', 'came', "isn't", "hasn't", "can't", "won't", "doesn't", "didn't",
  'still', 'also',
])
// Before the nickname an article or a possessive makes it a thing or a job ("the DJ is late", "my pj has a hole").
const NOT_BEFORE_NICKNAME = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'our', 'their', 'this', 'that'])
// Two letters that are a thing, a state or a drink (orange juice, New Jersey, pajamas).
const NOT_NICKNAMES = new Set(['oj', 'nj', 'pj', 'bj'])

/** "now dj has it too", "jj says thank y'all": two initials as a nickname, then what a person does. */
export function isInitialNickname(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!
  const next = ctx.toks[i + 1]
  if (
    !INITIAL_NICKNAME.test(t.lower) ||
    NOT_NICKNAMES.has(t.lower) ||
    t.glued ||
    !next ||
    !NICKNAME_VERBS.has(next.lower)
  )
    return false
  if (!SPACE_ONLY.test(gap(ctx, i + 1)) || NOT_BEFORE_NICKNAME.has(ctx.toks[i - 1]?.lower ?? '')) return false
  return !t.cls.clinical
}
