/**
 * Lists of people, built from the names the other passes found: "Jay & Maria", "maria, rose and june", "me and
 * destiny" (split from multiword.ts).
 */
import { CUES, NOUN_NAMES, PARTICLES } from '../../lexicon/name-cues'
import { isClinicalTerm } from '../../lexicon/index'
import { type Ctx, MODAL_NAMES, SPACE_ONLY, gap, isAux, isCap, isFunctionWord } from './tokens'

/** Words that join two people ("ana y rosa", "jay n maria"). */
export const CONJUNCTIONS = new Set(['and', 'or', 'y', 'e', 'o', 'n', 'an', 'nor'])

// /^[ \t]*[,&+/][ \t]*$/ and /^,?[ \t]+$/ as character checks: they run for every named token, several rounds.
/** Index of the first code unit at or after `k` in `s` that is not a space or tab. */
function skipBlanks(s: string, k: number): number {
  while (k < s.length && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k++
  return k
}

/** /^[ \t]*[,&+/][ \t]*$/.test(s): a list separator ("liam, ella & mason"). */
function isListGap(s: string): boolean {
  const k = skipBlanks(s, 0)
  if (k >= s.length) return false
  const c = s.charCodeAt(k)
  if (c !== 44 && c !== 38 && c !== 43 && c !== 47) return false
  return skipBlanks(s, k + 1) === s.length
}

/** /^,?[ \t]+$/.test(s): the gap before a conjunction. */
function isConjunctionGap(s: string): boolean {
  const k = s.charCodeAt(0) === 44 ? 1 : 0
  return k < s.length && skipBlanks(s, k) === s.length
}

/** The token joined to token i by a list separator or conjunction, on one side (-1 left, +1 right). */
function listNeighbour(ctx: Ctx, i: number, dir: -1 | 1): number {
  const { toks } = ctx
  const j = i + dir
  const t = toks[j]
  if (!t) return -1
  const between = textBetween(ctx, i, j)
  if (isListGap(between)) return j
  if (!CONJUNCTIONS.has(t.lower) || !isConjunctionGap(between)) return -1
  const k = j + dir
  return toks[k] && SPACE_ONLY.test(textBetween(ctx, j, k)) ? k : -1
}

// A function of the module rather than a closure per call: this runs for every token, several rounds. Neighbours
// read the gap cache (no slice per call).
function textBetween(ctx: Ctx, a: number, b: number): string {
  if (a - b === 1 || b - a === 1) return gap(ctx, Math.max(a, b))
  return ctx.text.slice(ctx.toks[Math.min(a, b)]!.end, ctx.toks[Math.max(a, b)]!.start)
}

const SPEAKER = new Set(['me', 'i', 'yo', 'mi'])
// Articles of the tables' Latin-script languages (besides English): what follows them is a noun phrase.
const ARTICLES = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'le', 'les', 'du', 'des', 'os', 'as'])

/** "me and destiny", "tyler and i", "yo y jimena": a first name joined to the writer is a person. */
function withSpeaker(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!
  const c = t.cls
  if (!c.first || c.clinical || t.glued || isAux(ctx, t.lower) || isFunctionWord(t.lower) || PARTICLES.has(t.lower))
    return false
  for (const dir of [-1, 1] as const) {
    const j = listNeighbour(ctx, i, dir)
    const w = ctx.toks[j]?.lower
    if (w === undefined || !SPEAKER.has(w) || (w === 'mi' && dir === -1)) continue
    // "me and my son", "i and …" read left to right: the conjunction must sit between the two words.
    if (Math.abs(j - i) === 2 || isListGap(textBetween(ctx, i, j))) return true
  }
  return false
}

/**
 * Whether token j ends its clause: last, before punctuation or before a conjunction. An auxiliary there has no verb
 * to help ("my grandsons jaylen and will and they…"): it is a word of the list, a name if the list is of people.
 */
function standsAlone(ctx: Ctx, j: number): boolean {
  const next = ctx.toks[j + 1]
  if (next === undefined) return /^[\s.,;:!?)]*$/.test(ctx.text.slice(ctx.toks[j]!.end))
  const between = gap(ctx, j + 1)
  return (SPACE_ONLY.test(between) && CONJUNCTIONS.has(next.lower)) || /^[ \t]*[.,;:!?]/.test(between)
}

/** Lists of people: "Jay & Maria", "maria, rose and june", "butler and ahmed". */
// Before a clinical abbreviation a determiner or a place preposition makes it the unit or the test ("the ED and",
// "went to ED and").
// biome-ignore format: packed list
const UNIT_BEFORE = new Set([
  'the', 'a', 'an', 'my', 'your', 'his', 'her', 'our', 'their', 'this', 'that', 'el', 'la', 'los', 'las', 'su', 'mi',
  'to', 'in', 'at', 'from', 'into', 'via', 'per', 'al', 'en',
])

export function coordinationPass(ctx: Ctx): void {
  const { toks, name } = ctx
  // A word is joined to the writer only within two words of "me", "i", "yo" or "mi" (its list neighbour): the words
  // near those are read, in order and once each, not every word of the text (withSpeaker reads no mark).
  let tried = -1
  for (let s = 0; s < toks.length; s++) {
    if (!SPEAKER.has(toks[s]!.lower)) continue
    const last = Math.min(s + 2, toks.length - 1)
    for (let i = Math.max(s - 2, tried + 1); i <= last; i++) if (!name[i] && withSpeaker(ctx, i)) name[i] = 2
    tried = last
  }
  let changed = true
  for (let round = 0; changed && round < 4; round++) {
    changed = false
    for (let i = 0; i < toks.length; i++) {
      if (!name[i]) continue
      for (const dir of [-1, 1] as const) {
        // A named neighbour that is no conjunction ends this side whatever the gap (listNeighbour returns it or none):
        // in a long run of names (spelled letters) nothing is read.
        const near = i + dir
        if (near >= 0 && near < toks.length && name[near] && !CONJUNCTIONS.has(toks[near]!.lower)) continue
        const j = listNeighbour(ctx, i, dir)
        const t = toks[j]
        if (!t || name[j] || t.glued) continue
        // The joined word must itself look like a name: "maria and her son" stays.
        const c = t.cls
        if ((isAux(ctx, t.lower) && !(MODAL_NAMES.has(t.lower) && standsAlone(ctx, j))) || t.lower.length < 2) continue
        // A capitalised word between two names in a list is one too ("Vin , Dwayne , Ty , Luda").
        const k = listNeighbour(ctx, j, dir)
        if (
          k >= 0 &&
          name[k] &&
          isCap(ctx, t) &&
          !isFunctionWord(t.lower) &&
          !isAux(ctx, t.lower) &&
          !isClinicalTerm(t.lower)
        ) {
          name[j] = 2
          changed = true
          continue
        }
        // "the neighbor of ed and [marge]": a first name that is also a clinical abbreviation (ED) said right before
        // "and" and a found name is a name too; otherwise a clinical word stays ("[maria] and urology", "the ED and").
        if (
          c.clinical &&
          !(
            c.first &&
            dir === -1 &&
            t.lower.length <= 3 &&
            !UNIT_BEFORE.has(toks[j - 1]?.lower ?? '') &&
            /^[ \t]+(?:and|&|y)[ \t]+$/.test(textBetween(ctx, j, i))
          )
        )
          continue
        // "habla Marisol, la enfermera": an article in lower case opens what the person is, not another person.
        if (ARTICLES.has(t.lower) && !isCap(ctx, t)) continue
        // "Best, Devon Okafor", "Love, Ana": sign-off words stay words.
        if (!c.strong && CUES.get(t.lower)?.some((cue) => cue.kind === 'greeting' && cue.words.length === 1)) continue
        // A capitalised first name opening the sentence counts when the name it is joined to is capitalised too
        // ("Faith and Sunny (the twins)").
        const capOpening = t.sentStart && t.cap && ctx.informative && toks[i]!.cap
        // Joined to a name a relation or an intro vouched for, any first name is one ("my kids hunter and chase").
        // In a written list ("liam, ella & mason") first names that are also words are names too.
        const listed =
          c.first &&
          !isFunctionWord(t.lower) &&
          isListGap(textBetween(ctx, i, j)) &&
          name[i] !== 3 &&
          (!NOUN_NAMES.has(t.lower) || isCap(ctx, t))
        const vouched = (ctx.firm[i] === 1 && c.first && !isFunctionWord(t.lower)) || listed
        if (
          c.strong ||
          c.wordSurname ||
          vouched ||
          (c.first && (!c.basic || isCap(ctx, t) || capOpening)) ||
          (isCap(ctx, t) && c.surname && !t.sentStart)
        ) {
          if (vouched) ctx.firm[j] = 1
          name[j] = 2
          changed = true
        }
      }
    }
  }
}
