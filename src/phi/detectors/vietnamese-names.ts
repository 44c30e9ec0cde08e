/**
 * How a Vietnamese name goes on after its family name: middle names, one given name, and a second one where the name
 * has four words ("nguyễn thị hồng nhung"). Read by the cue reader of multilingual.ts.
 */
import { LANGUAGES, fold, languages } from '../languages'
import { isFunctionWordOfAnyLanguage } from '../remembered'

// What a Vietnamese sentence goes on with after a name: never its given name.
// biome-ignore format: packed list
const AFTER_VIETNAMESE_NAME = new Set([
  'là', 'ở', 'bị', 'đã', 'đang', 'có', 'không', 'và', 'thì', 'nó', 'sẽ', 'cũng', 'mới', 'rồi', 'với', 'của', 'cho',
  'từ', 'bà', 'ông', 'anh', 'chị', 'em', 'con', 'cháu', 'tuổi', 'năm', 'sinh', 'ngày', 'đi', 'đến', 'tới', 'về',
  'tôi', 'ba', 'mẹ', 'má', 'bố', 'họ', 'mình', 'gọi', 'hỏi', 'nói', 'muốn', 'cần', 'xin', 'bệnh', 'nhà', 'số',
])
// Letters only Vietnamese writes ("phạm", "nguyễn", "đỗ"; not French "lefèvre").
/** Letters only Vietnamese writes. */
export const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u
/**
 * What a word after a Vietnamese family name is to the name: a middle name of the tables ("gia", "thị"), a given name
 * (right after the family name one that is no word or function word of the tables, "từ" and "giùm" are; after a middle
 * name even one that is, "lê thị an", or any Vietnamese syllable the tables do not list as a word), or nothing: never a
 * word a sentence goes on with ("tôi", "ba", "gọi").
 */
export function vietnameseNamePart(w: string, afterMiddle: boolean): 'middle' | 'given' | undefined {
  if (AFTER_VIETNAMESE_NAME.has(w)) return undefined
  const lang = languages()
  const functionWord = isFunctionWordOfAnyLanguage(w)
  if (lang.nameParticles.has(w) && !functionWord) return 'middle'
  if (!afterMiddle && functionWord) return undefined
  if (lang.givenNames.has(w) && (afterMiddle || !lang.words.has(w))) return 'given'
  return afterMiddle && VIETNAMESE_LETTER.test(w) && !lang.words.has(w) ? 'given' : undefined
}

let vietnameseWordsAsWritten: { lang: ReturnType<typeof languages>; words: ReadonlySet<string> } | undefined

/**
 * A Vietnamese given name of the tables that no everyday word of the Vietnamese table is written as, marks and all:
 * "nhung" (the name), not "nhưng" (but). A name the table does not list as a word goes ("an mai" reads "mai",
 * tomorrow, as a name: the cost of reading the fourth word of a name).
 */
export function isSecondGivenName(w: string): boolean {
  if (!languages().givenNames.has(w)) return false
  const lang = languages()
  if (vietnameseWordsAsWritten?.lang !== lang) {
    const words = new Set(
      LANGUAGES.filter((t) => t.code === 'vi').flatMap((t) =>
        [...t.words, ...(t.clinicalWords ?? [])].flatMap((x) => x.toLowerCase().split(/[\s-]+/)),
      ),
    )
    vietnameseWordsAsWritten = { lang, words }
  }
  return !vietnameseWordsAsWritten.words.has(w) && !isFunctionWordOfAnyLanguage(w)
}

let vietnameseFamilies: { lang: ReturnType<typeof languages>; names: ReadonlySet<string> } | undefined

/**
 * Whether `given` and `family` (lower case, without marks) are a Vietnamese given name and family name of the
 * Vietnamese table, as a name written in the Western order reads ("hung pham", "lan nguyen").
 */
export function isWesternOrderVietnamese(given: string, family: string): boolean {
  const lang = languages()
  if (vietnameseFamilies?.lang !== lang) {
    const names = new Set<string>()
    for (const t of LANGUAGES) if (t.code === 'vi') for (const n of t.familyNames) names.add(fold(n.toLowerCase()))
    vietnameseFamilies = { lang, names }
  }
  return (lang.givenNamesOf.get('vi')?.has(given) ?? false) && vietnameseFamilies.names.has(family)
}
