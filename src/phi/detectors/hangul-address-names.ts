/**
 * Korean names in the places Korean speakers put them when they introduce themselves or address someone:
 * - a self-introduction right after a greeting: "안녕하세요 (레이크사이드) [김민수]입니다", "… [서연]이에요";
 * - a parent called by the child's name at the start of a message: "[하늘] 어머님 안녕하세요".
 * Most Korean words are two syllables like most given names, so only a word none of the tables' lists holds (or a
 * family name and two syllables) is read there: "예약 문의입니다", "금요일입니다", "혹시 어머님 계세요" stay.
 */
import { languages } from '../languages'
import { isClinicalTerm } from '../lexicon'
import { isFunctionWordOfAnyLanguage, withoutParticles } from '../remembered'
import type { Word } from '../spoken'
import type { Span } from './types'

const GREETINGS = new Set(['안녕하세요', '안녕하십니까', '여보세요'])
const COPULAS = ['입니다', '이에요', '이예요', '예요', '입니당', '인데요']
// "… 인데요" also says what a call is about ("안녕하세요 예약인데요"): only an unlisted word before it is read as a name.
const TOPIC_COPULA = '인데요'
// The honorific parent words a clinic's staff address a parent with, by the child's name.
const PARENTS = new Set(['어머님', '아버님'])
// Places, organisations and times a greeting introduces instead of a person ("… 약국입니다", "… 금요일입니다").
const NOT_A_PERSON_END =
  /(?:병원|클리닉|의원|약국|센터|보험|회사|사무실|학교|은행|교회|팀|과|처|실|소|요일|일|월|문의|안내|확인)$/u
const HANGUL_NAME = /^\p{Script=Hangul}{2,3}$/u
// A name written by the sounds of another language ("그레이스", Grace): four syllables no list holds.
const SOUNDED_NAME = /^\p{Script=Hangul}{4}$/u
// Words a self-introduction may put between the greeting and the name: the place, the listener with a title
// ("민지 님"), the speaker's role.
const MAX_WORDS_BETWEEN = 3

// Who else a greeting introduces: the caller's role or relation ("… 보호자입니다", "… 딸이에요", "… 목사입니다").
// Or what the message is ("안녕하세요 처음입니다", "… 예약입니다").
// biome-ignore format: packed list
const ROLES = new Set([
  '보호자', '목사', '신부', '수녀', '전도사', '권사', '집사', '장로', '기사', '직원', '담당자', '본인', '처음', '예약', '상담',
  '접수', '질문', '부탁', '연락', '변경', '취소', '통역사', '통역', '약사', '상담사', '사회복지사', '코디네이터', '매니저',
])
// Given names that are also everyday words or verb stems ("지나", Gina, also "pass"; "하늘", sky): read only where
// nothing but a name stands, the greeting's copula, never elsewhere ("24시간 지나고" stays).
// biome-ignore format: packed list
const WORD_NAMES = new Set([
  '지나', '하늘', '나라', '누리', '다솜', '보람', '가을', '여름', '한별', '슬기', '기쁨', '은비', '나래', '아름', '한결',
  '초롱', '새롬', '다운', '미소', '이슬', '노을', '구름', '바다', '단비', '샛별', '한빛', '가람', '해님', '봄',
])
// The places a clinic's staff introduce themselves from ("가정의원 지나입니다").
const PLACE_END = /(?:병원|클리닉|의원|약국|센터|보건소)$/u

/**
 * A Hangul word that may be a name where a name is expected: no list holds it, or a family name opens three syllables.
 * Where only a name can stand (`introduced`: the copula right after the greeting, the listener, a role or the place),
 * a given name of the table is a name even where it is also a word ("안녕하세요 사랑입니다", 사랑 also "love"), and so
 * are four syllables no list holds ("통역사 그레이스예요"); a role, a relation or a title is not.
 */
function mayBeName(stem: string, introduced = false): boolean {
  const lang = languages()
  if (introduced && SOUNDED_NAME.test(stem) && !NOT_A_PERSON_END.test(stem) && !isRoleOrRelation(stem))
    return !lang.words.has(stem) && !lang.plainWords.has(stem)
  if (!HANGUL_NAME.test(stem) || NOT_A_PERSON_END.test(stem) || isFunctionWordOfAnyLanguage(stem)) return false
  if (lang.weekdays.has(stem) || lang.months.has(stem) || PARENTS.has(stem)) return false
  if (introduced && (lang.givenNames.has(stem) || WORD_NAMES.has(stem)) && !isRoleOrRelation(stem)) return true
  const listed = lang.words.has(stem) || lang.plainWords.has(stem)
  return !listed || (stem.length === 3 && lang.familyNames.has(stem[0]!) && lang.givenNames.has(stem.slice(1)))
}

/** A word that names a role or a relation, not a person: the tables' titles, relations and self words, and ROLES. */
function isRoleOrRelation(stem: string): boolean {
  const lang = languages()
  return (
    ROLES.has(stem) ||
    lang.titlesBefore.phrases.has(stem) ||
    lang.titlesAfter.phrases.has(stem) ||
    lang.relationCues.phrases.has(stem) ||
    lang.selfCues.phrases.has(stem) ||
    isClinicalTerm(stem)
  )
}

/**
 * Whether the words between a greeting and the word with the copula leave room only for a name: none, the listener
 * ("아버님"), the speaker's role ("통역사"), a place ("가정의원") or a bare word no list holds (the clinic's own name).
 * "안녕하세요 결과 정상입니다" has a listed word between, "안녕하세요 결과가 …" a word with its particle: the copula's
 * word is what the result is.
 */
function onlyNameFits(between: readonly Word[]): boolean {
  const lang = languages()
  return between.every(
    (w) =>
      PARENTS.has(w.w) ||
      PLACE_END.test(w.w) ||
      isRoleOrRelation(w.w) ||
      (!lang.words.has(w.w) && !lang.plainWords.has(w.w) && withoutParticles(w.w) === w.w),
  )
}

/** Whether only blanks and at most a comma lie between two words (no sentence ends between them). */
function sameClause(text: string, from: number, to: number): boolean {
  return /^[ \t,]*$/.test(text.slice(from, to))
}

/** Korean names found by how they are introduced or addressed (see the module comment). */
export function hangulAddressNames(list: readonly Word[], text: string, out: Span[]): void {
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!.w
    if (GREETINGS.has(w)) {
      for (let k = i + 1; k <= i + 1 + MAX_WORDS_BETWEEN && k < list.length; k++) {
        if (!sameClause(text, list[k - 1]!.end, list[k]!.start)) break
        const copula = COPULAS.find((c) => list[k]!.w.length > c.length && list[k]!.w.endsWith(c))
        if (!copula) continue
        const stem = list[k]!.w.slice(0, -copula.length)
        // A question after it asks what something is ("안녕하세요 누구예요?"), no one introduces themselves so.
        const asked = /^[ \t]*\?/u.test(text.slice(list[k]!.end, list[k]!.end + 3))
        if (mayBeName(stem, copula !== TOPIC_COPULA && !asked && onlyNameFits(list.slice(i + 1, k))))
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
    // "하늘 어머님 안녕하세요", "하늘 어머님, …": the message's first word, a parent's honorific, then a greeting or a pause.
    const next = list[i + 1]
    const after = list[i + 2]
    if (
      i === 0 &&
      next &&
      PARENTS.has(next.w) &&
      sameClause(text, list[i]!.end, next.start) &&
      /^[\s"'“‘(]*$/.test(text.slice(0, list[i]!.start)) &&
      (after === undefined || GREETINGS.has(after.w) || /^[ \t]*[,!.]/.test(text.slice(next.end, next.end + 2))) &&
      mayBeName(w)
    )
      out.push({ start: list[i]!.start, end: list[i]!.end, type: 'NAME', source: 'names:hangul-teknonym' })
  }
}
