/**
 * Korean names in the places Korean speakers put them when they introduce themselves or address someone, whatever
 * the name means as a word (most Korean given names are two syllables, like most words: "하늘" is also "sky", "지나"
 * also "passing"):
 * - a self-introduction right after a greeting: "안녕하세요 (레이크사이드) [지나]입니다", "… [지나]예요";
 * - the affectionate 이 a given name ending in a consonant takes before a particle: "[하늘]이가", "[서연]이는";
 * - a parent called by the child's name at the start of a message: "[하늘] 어머님 안녕하세요".
 * Fail closed: the word goes unless the table's hand-written vocabulary (roles, places, clinical words) holds it.
 */
import { LANGUAGES, languages } from '../languages'
import { KO_HAND_WRITTEN_WORDS } from '../languages/ko'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import type { Word } from '../spoken'
import type { Span } from './types'

const GREETINGS = new Set(['안녕하세요', '안녕하십니까', '여보세요', '안녕'])
const COPULAS = ['입니다', '이에요', '이예요', '예요', '입니당']
// Particles after the affectionate 이 of a name: a noun ending in a consonant takes 이, 은, 을, 한테 without it ("이랑"
// is its own particle there: "지난번이랑").
const AFFECTIONATE_PARTICLES = ['이한테', '이에게', '이가', '이는', '이를']
const PARENTS = new Set(['어머님', '아버님', '어머니', '아버지', '엄마', '아빠'])
// Places and organisations a greeting introduces instead of a person ("… 약국입니다", "… 클리닉이에요").
const ORGANISATION_END = /(?:병원|클리닉|의원|약국|센터|보험|회사|사무실|학교|은행|교회|팀|과)$/u
// A given name is two syllables, a full name three: one syllable alone is a word ("전이가", "집이는").
const HANGUL_ONLY = /^\p{Script=Hangul}{2,3}$/u
// Words a self-introduction may put between the greeting and the name: the place, the listener ("아버님").
const MAX_WORDS_BETWEEN = 2

let curated: { lang: ReturnType<typeof languages>; words: ReadonlySet<string> } | undefined

/** The Korean table's hand-written words (roles, relations, places, clinical words), without the frequency list. */
function curatedKorean(): ReadonlySet<string> {
  const lang = languages()
  if (curated?.lang !== lang) {
    const words = new Set<string>()
    for (const t of LANGUAGES) {
      if (t.code !== 'ko') continue
      for (const list of [
        KO_HAND_WRITTEN_WORDS,
        t.clinicalWords ?? [],
        t.relationCues,
        t.titlesBefore,
        t.titlesAfter,
        t.selfCues,
      ])
        for (const phrase of list) for (const w of phrase.split(/\s+/)) words.add(w)
    }
    curated = { lang, words }
  }
  return curated.words
}

/** Whether a syllable block ends in a consonant (a final jamo): the affectionate 이 follows only those. */
function endsInConsonant(word: string): boolean {
  const code = word.charCodeAt(word.length - 1) - 0xac00
  return code >= 0 && code < 11172 && code % 28 !== 0
}

function mayBeName(stem: string): boolean {
  return (
    HANGUL_ONLY.test(stem) &&
    !curatedKorean().has(stem) &&
    !isFunctionWordOfAnyLanguage(stem) &&
    !ORGANISATION_END.test(stem) &&
    !PARENTS.has(stem)
  )
}

/** Whether only blanks and at most a comma lie between two words (no sentence ends between them). */
function sameClause(text: string, from: number, to: number): boolean {
  return /^[ \t,]*$/.test(text.slice(from, to))
}

/** Korean names found by how they are introduced or addressed (see the module comment). */
export function hangulAddressNames(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!
    const w = word.w
    if (GREETINGS.has(w)) {
      for (let k = i + 1; k <= i + 1 + MAX_WORDS_BETWEEN && k < list.length; k++) {
        if (!sameClause(text, list[k - 1]!.end, list[k]!.start)) break
        const copula = COPULAS.find((c) => list[k]!.w.length > c.length && list[k]!.w.endsWith(c))
        if (!copula) continue
        const stem = list[k]!.w.slice(0, -copula.length)
        if (mayBeName(stem))
          out.push({
            start: list[k]!.start,
            end: list[k]!.start + stem.length,
            type: 'NAME',
            source: 'names:hangul-self',
          })
        break
      }
      continue
    }
    const particle = AFFECTIONATE_PARTICLES.find((p) => w.length > p.length && w.endsWith(p))
    if (particle) {
      const stem = w.slice(0, -particle.length)
      if (endsInConsonant(stem) && mayBeName(stem) && !lang.words.has(`${stem}이`) && !lang.plainWords.has(`${stem}이`))
        out.push({
          start: word.start,
          end: word.start + stem.length,
          type: 'NAME',
          source: 'names:hangul-affectionate',
        })
      continue
    }
    // "하늘 어머님 안녕하세요": the first word of the message, then a parent's word.
    const next = list[i + 1]
    if (
      i === 0 &&
      next &&
      PARENTS.has(next.w) &&
      sameClause(text, word.end, next.start) &&
      /^[\s"'“‘(]*$/.test(text.slice(0, word.start)) &&
      w.length >= 2 &&
      mayBeName(w)
    )
      out.push({ start: word.start, end: word.end, type: 'NAME', source: 'names:hangul-teknonym' })
  }
}
