/**
 * Russian and Ukrainian names around a patronymic, in any case: "надежды петровны", "Ивана Сергеевича". A patronymic
 * says by its shape that a given name stands right before it (the name is given name + patronymic, the family name
 * before or after), so that word is taken whatever case it is in, and a family-name-shaped word on either side too.
 */
import { LANGUAGES, languages } from '../languages'
import type { LanguageTable } from '../languages/types'
import { isDeclinedFormOf } from '../languages/words'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { words, type Word } from '../spoken'
import { spacedGap } from './phrases'
import type { Detector, Span } from './types'

// A man's patronymic and its cases (Петрович, Петровича, Петровичем); adjectives never end so.
const MALE_PATRONYMIC = /^(\p{Script=Cyrillic}{3,}?)(?:ович|евич|івич)(?:а|у|ем|е)?$/u
// A woman's (Петровна, Петровны, Петровной). Adjectives do end so ("основной", "виновна"): the stem must be a man's
// given name of the tables.
const FEMALE_PATRONYMIC = /^(\p{Script=Cyrillic}{3,}?)(?:овн|евн|івн)(?:а|ы|е|у|ой|ою|и)$/u
// A family name's shape and its cases: Соколова, Соколовой, Иванову, Никитина, Горский, Горской.
const FAMILY_NAME_SHAPE =
  /^\p{Script=Cyrillic}{2,}(?:ов|ев|ёв|ин|ын|ск|цк|енк|ук|юк)(?:а|ой|ого|ому|ым|ом|у|е|ы|ую|ий|ая|ый|о)?$/u
const CYRILLIC_WORD = /^\p{Script=Cyrillic}{2,}$/u
// A verb's past tense ("позвонил Петровичу", "спросила Ивановну"): what calls on a person by patronymic alone.
const PAST_VERB = /\p{Script=Cyrillic}(?:[аяиеуыо]л|л[аио]|лся|лась|лись)$/u
// An imperative ("позвони Петровичу", "спросите Сергеевича", "напомните Ивановне").
const IMPERATIVE = /\p{Script=Cyrillic}(?:ите|йте|и|ай|яй|ь)$/u

interface CyrillicTables {
  lang: ReturnType<typeof languages>
  table: LanguageTable | undefined
  given: ReadonlySet<string>
  words: ReadonlySet<string>
}
let tables: CyrillicTables | undefined

/** The Russian table, its given names (Ukrainian forms among them) and its everyday words. */
function cyrillicTables(): CyrillicTables {
  const lang = languages()
  if (tables?.lang !== lang) {
    const ru = LANGUAGES.filter((t) => t.code === 'ru')
    tables = {
      lang,
      table: ru[0],
      given: new Set(ru.flatMap((t) => t.givenNames)),
      words: new Set(ru.flatMap((t) => [...t.words, ...(t.clinicalWords ?? [])].flatMap((w) => w.split(/\s+/)))),
    }
  }
  return tables
}

/** Whether a patronymic's stem is a man's given name: "петр" (Пётр), "серге" (Сергей), "юрь" (Юрий), "павл" (Павел). */
function stemOfGivenName(stem: string, given: ReadonlySet<string>): boolean {
  const unstressed = stem.replace(/ё/g, 'е')
  const forms = [stem, `${stem}й`, unstressed, `${unstressed}й`]
  if (stem.endsWith('ь')) forms.push(`${stem.slice(0, -1)}ий`)
  if (stem.endsWith('йл')) forms.push(`${stem.slice(0, -2)}ил`)
  if (stem.length >= 3) forms.push(`${stem.slice(0, -1)}е${stem.slice(-1)}`)
  return forms.some((f) => given.has(f))
}

/** Whether `w` is a patronymic in any case. */
function isPatronymic(w: string): boolean {
  if (MALE_PATRONYMIC.test(w)) return true
  const female = FEMALE_PATRONYMIC.exec(w)
  return female !== null && stemOfGivenName(female[1]!, cyrillicTables().given)
}

/** Whether `w` is a given name of the tables in any case ("надежды" of Надежда). */
function isDeclinedGivenName(w: string): boolean {
  const { given, table } = cyrillicTables()
  return given.has(w) || (table !== undefined && isDeclinedFormOf(w, table, given))
}

/** Whether the word before a patronymic is the given name: a name of the tables or a word the tables do not know. */
function isGivenBefore(w: Word): boolean {
  if (!CYRILLIC_WORD.test(w.w) || isFunctionWordOfAnyLanguage(w.w)) return false
  if (isDeclinedGivenName(w.w)) return true
  if (cyrillicTables().words.has(w.w) || PAST_VERB.test(w.w) || IMPERATIVE.test(w.w)) return false
  return !(languages().wordEndingsOf.get('ru') ?? []).some((e) => w.w.length > e.length + 2 && w.w.endsWith(e))
}

/**
 * Whether `w` is a family name by its shape, not a word of the tables, written with its capital ("Смирновой"; short
 * adjectives share the shape: "готова", "здоров").
 */
function isFamilyNameBeside(w: Word | undefined, text: string): w is Word {
  return (
    w !== undefined &&
    /^\p{Lu}/u.test(text.slice(w.start, w.end)) &&
    FAMILY_NAME_SHAPE.test(w.w) &&
    !isFunctionWordOfAnyLanguage(w.w) &&
    !cyrillicTables().words.has(w.w) &&
    !isPatronymic(w.w)
  )
}

/** Finds the given name before a patronymic, the patronymic, and a family name beside them. */
export const detectPatronymicNames: Detector = ({ text, lower }) => {
  const out: Span[] = []
  if (!/\p{Script=Cyrillic}/u.test(lower) || !/(?:вич|вн|івн)/u.test(lower)) return out
  const list = words(lower)
  for (let i = 0; i < list.length; i++) {
    const patronymic = list[i]!
    const given = list[i - 1]
    if (!isPatronymic(patronymic.w)) continue
    if (given === undefined || !spacedGap(text, given, patronymic) || !isGivenBefore(given)) {
      out.push({ start: patronymic.start, end: patronymic.end, type: 'NAME', source: 'patronymic-names' })
      continue
    }
    let start = given.start
    let end = patronymic.end
    const before = list[i - 2]
    if (isFamilyNameBeside(before, text) && spacedGap(text, before, given)) start = before.start
    const after = list[i + 1]
    if (isFamilyNameBeside(after, text) && spacedGap(text, patronymic, after)) end = after.end
    out.push({ start, end, type: 'NAME', source: 'patronymic-names' })
  }
  return out
}
