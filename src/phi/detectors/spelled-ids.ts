/**
 * IDs spelled aloud in any language the tables read: letters said by their names and digits said as number words,
 * mixed ("cuatro efe ge siete te hache…", "dois t q nove r w três…", "칠 에이치 더블유 일 에프…", "اس سي سي ثلاثة…").
 * A member ID or a plate read out this way is an identifier whatever its cue; the English run of single letters and
 * digit words is spoken-ids.ts's, this one reads every language's letter names (the tables' `letterNames`).
 */
import { dominantLanguagesOfWords, isWordOfLanguages, languages, mainLatinLanguagesOfWords } from '../languages'
import { isCommonWord, isEnglishWord, isSpanishWord } from '../lexicon'
import { isLetterNameOf } from '../languages/words'
import { FILLERS } from '../lexicon/name-cues'
import { boundedMemo } from '../memo'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { joined, words, type Word } from '../spoken'
import { cueBefore } from './cues'
import { numberPhraseAt, numberTokensOf, type NumberToken } from './spoken-numbers'
import type { Detector, Span } from './types'

/** Hesitations a speaker puts between the characters of an ID ("cuatro efe eh ge", "칠 어 에이치"). */
const RUN_FILLERS: ReadonlySet<string> = new Set([...FILLERS, 'euh', 'ehh', '어', '음', 'э', 'ээ'])
/** Letter names that are everyday words the tables do not list ("زي" like, "دي" this, "ай", "эй" hey, "ха"). */
const WORD_LETTER_NAMES: ReadonlySet<string> = new Set(['زي', 'دي', 'كي', 'بي', 'ай', 'эй', 'ха', 'си', 'ти'])
/** Single letters that are everyday words in some language ("a", "e", "o", "y", "u", "i"): they join, never prove. */
const WORD_LETTERS: ReadonlySet<string> = new Set(['a', 'e', 'i', 'o', 'u', 'y'])
/** A run needs this many letters that cannot be words, and this many digits, to be an ID. */
const MIN_CLEAR_LETTERS = 2
const MIN_DIGITS = 2
const MIN_CHARACTERS = 4

type Piece =
  | { kind: 'letter'; letter: string; clear: boolean }
  | { kind: 'digits'; to: number; spelled: string; clear: boolean }

/**
 * What the word at i is to a spelled ID: a letter (clear or not), a number token that starts there, or a digit word
 * the tokens left alone because it is also an everyday word ("dois", "nove" next to a letter).
 */
function pieceAt(
  list: readonly Word[],
  i: number,
  text: string,
  tokenAt: readonly (NumberToken | undefined)[],
  cued: boolean,
): Piece | undefined {
  const token = tokenAt[i]
  // Digits typed as a number ("P 88 T 98.4" in vitals) are a value, not characters read out one by one, unless an
  // identifier's cue comes before the run ("código efe ge 12 34 56").
  if (token?.digits && token.spelled.length > 1 && !cued) return undefined
  if (token && !token.ordinal) return { kind: 'digits', to: token.to, spelled: token.spelled, clear: true }
  const w = list[i]!.w
  if (RUN_FILLERS.has(w)) return undefined
  // A digit word the tokens left alone ("dois", "nove" beside a letter); one that is also a common or function word
  // ("en", "un") joins a run like a letter name that is a word: never at its ends.
  const phrase = token ? undefined : numberPhraseAt(list, i, text)
  if (phrase && phrase[0] === 1 && phrase[1] <= 9)
    return {
      kind: 'digits',
      to: i,
      spelled: String(phrase[1]),
      clear: !isCommonWord(w) && !isFunctionWordOfAnyLanguage(w),
    }
  return letterPiece(w)
}

// A letter's piece depends on the word alone (the tables are fixed) and is only read: one object per word, not one
// per letter of every run (a run of 8,000 spelled letters made 8,000 of them). Bounded like the other word memos.
const letterPiece = boundedMemo(readLetterPiece, 4096)

function readLetterPiece(w: string): Piece | undefined {
  if (w.length === 1 && w >= 'a' && w <= 'z') return { kind: 'letter', letter: w, clear: !WORD_LETTERS.has(w) }
  const letter = languages().letterNames.get(w)
  if (letter === undefined) return undefined
  return { kind: 'letter', letter, clear: !isEveryday(w) }
}

/** The language other than English a text plainly leads with ({@link dominantLanguagesOfWords}), or none. */
function leadingLanguages(list: readonly Word[]): ReadonlySet<string> {
  const lead = dominantLanguagesOfWords(list)
  return lead.has('en') ? new Set() : lead
}

/** The piece, clear when `w` is a letter name of one of `codes` and no everyday word of theirs. */
function clearInLanguages(piece: Piece, w: string, codes: ReadonlySet<string>): Piece {
  if (piece.kind !== 'letter' || piece.clear || w.length < 2 || WORD_LETTER_NAMES.has(w)) return piece
  if (!isLetterNameOf(w, codes)) return piece
  if (isWordOfLanguages(w, codes) || (codes.has('es') && isSpanishWord(w))) return piece
  return { ...piece, clear: true }
}

/** A letter name that is also an everyday word of some language ("de", "te", "que", "이") proves nothing alone. */
function isEveryday(w: string): boolean {
  return languages().words.has(w) || isCommonWord(w) || WORD_LETTER_NAMES.has(w)
}

/**
 * Whether a piece at an end of a run is trimmed: one that may be a word; after an identifier's cue only one English
 * uses as a word ("… um i don't"), so "te", "ese" count.
 */
function trimmedAtEnd(piece: Piece, from: number, list: readonly Word[], cued: boolean): boolean {
  return !piece.clear && (!cued || isCommonWord(list[from]!.w))
}

/** Finds mixed runs of spelled letters and digit words in any language the tables read. */
export const detectSpelledIds: Detector = ({ text, lower }) => {
  const letterNames = languages().letterNames
  const list = words(lower)
  // Most texts spell nothing: without two letters said by name or alone, there is no run to read.
  // Counted only up to what the gate needs (a text of letters stops at its second word).
  let letterWords = 0
  for (let i = 0; i < list.length && letterWords < MIN_CLEAR_LETTERS; i++) {
    const w = list[i]!.w
    if ((w.length === 1 && w >= 'a' && w <= 'z') || letterNames.has(w)) letterWords++
  }
  if (letterWords < MIN_CLEAR_LETTERS) return []
  // The number token starting at each word, by the word's place (a map keyed by it cost a fifth of this detector in a
  // text of dates).
  const tokenAt = new Array<NumberToken | undefined>(list.length).fill(undefined)
  for (const token of numberTokensOf(lower, text)) tokenAt[token.from] = token
  const spans: Span[] = []
  // The text's language, read once: a spelled name is told by the letter names of that language.
  let main: ReadonlySet<string> | undefined
  let lead: ReadonlySet<string> | undefined
  let i = 0
  while (i < list.length) {
    if (!pieceAt(list, i, text, tokenAt, false)) {
      i++
      continue
    }
    // An identifier's cue right before the run ("número de miembro es …") makes every piece of it count.
    const cue = cueBefore(lower, list[i]!.start)
    // A phone cue ("call", "text") is too common to vouch for letters and typed numbers after it.
    const cued = cue !== undefined && cue !== 'PHONE'
    // Read the run: pieces joined by spaces, commas or hyphens, with hesitations between them. Each piece with the
    // words it covers, in three parallel lists: an object per piece was most of this detector's time on a text of
    // single letters (one long run).
    const pieces: Piece[] = []
    const froms: number[] = []
    const tos: number[] = []
    let j = i
    let last = -1
    while (j < list.length) {
      if (last >= 0 && !joined(lower, list[last]!, list[j]!)) break
      const piece = pieceAt(list, j, text, tokenAt, cued)
      if (piece) {
        const to = piece.kind === 'digits' ? piece.to : j
        pieces.push(piece)
        froms.push(j)
        tos.push(to)
        last = to
        j = to + 1
      } else if (RUN_FILLERS.has(list[j]!.w) && pieces.length > 0) {
        last = j
        j++
      } else break
    }
    // Without a cue, letters and digits that may be words prove nothing at either end ("de", "a"): the run is judged
    // without them (pieces lo to hi), then takes back those no English text uses ("te … ese", "… três"), as the ID's
    // own characters. Trimmed by moving the bounds: no shifted copy of a long run per piece trimmed.
    // In a text one language plainly leads, a letter name of that language that is no word of it is clear, whatever
    // it means elsewhere: Spanish "be" and "cu" (an English and a Vietnamese word) spell B and Q in a Spanish text.
    lead ??= leadingLanguages(list)
    if (lead.size > 0)
      for (let k = 0; k < pieces.length; k++) pieces[k] = clearInLanguages(pieces[k]!, list[froms[k]!]!.w, lead)
    let lo = 0
    let hi = pieces.length
    while (lo < hi && trimmedAtEnd(pieces[lo]!, froms[lo]!, list, cued)) lo++
    while (lo < hi && trimmedAtEnd(pieces[hi - 1]!, froms[hi - 1]!, list, cued)) hi--
    // "eleven forty p m": a trailing a.m./p.m. is a time of day.
    if (
      hi - lo >= 2 &&
      isLetter(pieces[hi - 1]!, 'm') &&
      (isLetter(pieces[hi - 2]!, 'p') || isLetter(pieces[hi - 2]!, 'a'))
    )
      hi -= 2
    let clear = 0
    let digits = 0
    let spelled = ''
    for (let k = lo; k < hi; k++) {
      const piece = pieces[k]!
      if (piece.kind === 'letter') {
        spelled += piece.letter
        if (piece.clear) clear++
      } else {
        // Inside the run (the ends are trimmed above) a digit word counts whatever else it means.
        spelled += piece.spelled
        digits += piece.spelled.length
      }
    }
    main ??= mainLatinLanguagesOfWords(list)
    if (digits === 0 && isSpelledName(pieces, froms, list, lower, main)) {
      const start = list[froms[0]!]!.start
      spans.push({ start, end: list[tos[tos.length - 1]!]!.end, type: 'NAME', source: 'spelled-names' })
    } else if (clear >= MIN_CLEAR_LETTERS && digits >= MIN_DIGITS && spelled.length >= MIN_CHARACTERS) {
      let first = lo
      let last = hi - 1
      while (first > 0 && !isEnglishWord(list[froms[first - 1]!]!.w)) first--
      while (last < pieces.length - 1 && !isEnglishWord(list[froms[last + 1]!]!.w)) last++
      const start = list[froms[first]!]!.start
      const end = list[tos[last]!]!.end
      // Letters make it no phone, fax or ZIP whatever the cue said; any other cue types it.
      const type = cue && cue !== 'PHONE' && cue !== 'FAX' && cue !== 'ZIP' ? cue : 'OTHER'
      spans.push({ start, end, type, source: 'spelled-ids', canonical: spelled })
    }
    i = Math.max(j, i + 1)
  }
  return spans
}

/**
 * A name spelled with the letter names of the text's own language ("jota o ese e", "ele u ene a"): one of the letters a
 * letter name that is no everyday word of that language ("jota", "ele", "erre"), the letters that are words ("o",
 * "ese", "e") belonging to the run they sit in. Three or four letters spell an abbreviation as often as a name
 * ("be y ce", "pe ese a", "e pe o ce"): those count only after a spelling or naming cue; five or more need none.
 */
function isSpelledName(
  run: readonly Piece[],
  froms: readonly number[],
  list: readonly Word[],
  lower: string,
  main: ReadonlySet<string>,
): boolean {
  if (run.length < 3 || run.some((piece) => piece.kind !== 'letter')) return false
  // A conjunction closing the run ("e pe o ce y le falta") is the sentence going on, not a letter.
  const letters = CONJUNCTION_LETTERS.has(list[froms[run.length - 1]!]!.w) ? run.length - 1 : run.length
  if (letters < 3) return false
  if (
    letters < 5 &&
    !SPELLING_CUE_BEFORE.test(lower.slice(Math.max(0, list[froms[0]!]!.start - 40), list[froms[0]!]!.start))
  )
    return false
  const lang = languages()
  for (const from of froms) {
    const w = list[from]!.w
    if (w.length < 2 || !lang.letterNames.has(w)) continue
    for (const code of main) if (lang.letterNamesOf.get(code)?.has(w) && !lang.byLanguage.get(code)?.has(w)) return true
  }
  return false
}

// Words that announce a name or its spelling: "se escribe", "mi apellido es", "c'est", "meu nome é", "spelled".
const SPELLING_CUE_BEFORE =
  /(?<![\p{L}])(?:escrib\p{L}*|deletre\p{L}*|apellido|nombre|llamo|llama|nome|sobrenome|soletr\p{L}*|chamo|s'écrit|s'ecrit|épel\p{L}*|nom|spell\p{L}*|name)(?![\p{L}])[^.!?]{0,30}$/u
const CONJUNCTION_LETTERS: ReadonlySet<string> = new Set(['y', 'e', 'o', 'u'])

function isLetter(piece: Piece, letter: string): boolean {
  return piece.kind === 'letter' && piece.letter === letter
}
