/**
 * Names built of syllables, written in Latin letters, of peoples whose names have no family name in the English sense:
 * Burmese and Karen ("Saw Eh Htoo", "Ma Aye Aye Thin", "Naw Paw Htoo") and Hmong ("Mai See", "Tou Xiong", "Pa Nhia").
 * The other passes read such a name one word at a time and leave the syllables that are English words ("aye", "thin",
 * "eh", "saw", "see"). Each people is a table: syllables found almost only in its names, syllables that are also
 * everyday words, and the honorifics or prefixes that open a name.
 */
import { languages, latinLanguagesOfWords } from '../languages'
import { isEnglishWord } from '../lexicon'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import type { Word } from '../spoken'
import { spacedGap } from './phrases'
import { holdsAnyWord } from './word-presence'
import type { Span } from './types'

interface SyllableTable {
  /** Syllables found almost only in these names. */
  distinctive: ReadonlySet<string>
  /** Syllables that are also everyday words of English or Spanish: names only beside the others. */
  shared: ReadonlySet<string>
  /** Words that open a name (honorifics, a woman's prefix). */
  openers: ReadonlySet<string>
  /** Openers that are no everyday word of the tables' languages: a name after them needs no capitals. */
  plainOpeners: ReadonlySet<string>
  /** The three sets above in one: every word of a text is asked (one look-up instead of three). */
  syllables: ReadonlySet<string>
}

/** A table with its syllables gathered. */
function syllableTable(sets: Omit<SyllableTable, 'syllables'>): SyllableTable {
  return { ...sets, syllables: new Set([...sets.distinctive, ...sets.shared, ...sets.openers]) }
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean))

const TABLES: readonly SyllableTable[] = [
  // Burmese and Karen: Karen Saw (men) and Naw (women), Burmese U, Daw, Ma, Ko, Maung, Shan Sai and Nang. Tagalog "daw"
  // ("they say") and "mg" (milligrams) keep them out of the plain openers and syllables.
  syllableTable({
    distinctive: set(`aung hla hlaing hnin htay htet htike htoo htun htwe hser khaing khin khine kyaw kyi kyal kyin
      lwin maung mya myat myint myo naing nyein nyi nwe phyo phyu pyae pyi sein shwe soe swe thant thazin thein theingi
      thet thida thiri thura thwe tint tun wai wint yadanar yamin zaw zin zar zeya htee hsar moe nilar sandar naung
      paing saung ohn k'lu klu htar wutt thuzar ngwe thandar nandar`),
    shared:
      set(`aye thin win may san su say lay paw mu eh la lin min yin ye cho chit kaw wah gay moo ku poe blut dah doh
      law nay nee po ta tha thu kay bo mo sa mi nu ei oo yu hay ywa hta lah meh tin thaw mon`),
    openers: set('saw naw daw u ma ko maung sai nang nan nai'),
    plainOpeners: set('naw maung nang'),
  }),
  // Chin (Hakha, Falam, Tedim) and Mizo: given names of two or three syllables and no family name ("Par Tha Sung",
  // "Cing Sian Par", "Bawi Lian"); Pu and Pi are the honorifics of a man and a woman. "pi" (Haitian Creole "more")
  // and "tha" (written "the") open nothing alone.
  syllableTable({
    distinctive: set(`cing sian dawt bawi ngun hlei mawi ceu biak tial hniang thawng hmung thluai tluang hnem sui
      hrang tlem ngaih cer hlawn thla lalremsiama zuala mawia sanga hmangaihi`),
    shared: set(`tha par sung za van lian thang mang nu tin sang cin hu nei zing kip zo rin dim lal`),
    openers: set('pu pi'),
    plainOpeners: set('pu'),
  }),
  // Korean names written in Latin letters, syllable by syllable ("ha eun", "kim min jun", "seo yeon"): no opener.
  // Syllables that are English words ("son", "young", "won", "song", "moon") are left out: beside a found name they
  // would be read into it ("my son jae").
  syllableTable({
    distinctive: set(`eun hyun yeon hee kyung seung jae hwan hyuk joon hye sook hyung jeong myung chul byung gyu yeong
      wook sik hyo seok taek geun cheol yeol jung seo yoon kyu choi kwon hwang baek heo jeon`),
    shared: set('ha min ji jin soo ho mi ae ja yong nam dong su yu kim lee kang shin hong bae cho lim jang'),
    openers: set(''),
    plainOpeners: set(''),
  }),
  // Hmong: Mai (Maiv) opens a woman's name; clan names (Xiong, Moua, Vang, Thao …) follow the given name.
  syllableTable({
    distinctive:
      set(`xiong moua vue thao khang kue nhia youa shoua zoua choua xee yer blia houa toua yeng xeng chue koua
      boua doua foua xai pheng xyooj vaj maiv`),
    shared:
      set(`mai pa ka kou lee her lor vang yang hang cha chang lo yia fue fong long meng seng teng xia dia chia kia ia
      bee nou dao cheng chao chong tou pao neng see sheng vong tong`),
    openers: set('mai maiv'),
    plainOpeners: set('mai maiv'),
  }),
]

const LAUGHTER = new Set(['ha', 'he', 'hee', 'hi', 'ho', 'la', 'lol'])
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'who'])
// Words after which a person is named: a naming verb, or who the person is to the writer.
// biome-ignore format: packed list
const PERSON_BEFORE = new Set([
  'is', 'named', 'called', 'name', 'client', 'patient', 'son', 'daughter', 'wife', 'husband', 'father', 'mother', 'dad',
  'mom', 'brother', 'sister', 'uncle', 'aunt', 'friend', 'baby', 'child', 'grandson', 'granddaughter', 'grandma',
  'grandpa', 'nephew', 'niece', 'cousin',
])

/**
 * Runs of two or more syllables of one table: a name when one of them is found almost only in names ("eh htoo",
 * "tou xiong"), when an opener that is no everyday word opens it ("naw eh wah", "mai see"), when every word is
 * capitalised ("Ma Aye Aye Thin", "Paw Mu"), or, when no syllable is a word of another table, when it has three or
 * more different syllables ("eh ku paw") or follows a word that names a person ("his name is saw eh moo").
 */
export function syllableNames(list: readonly Word[], text: string, out: Span[]): void {
  const { languagesOfWord, weekdays } = languages()
  let textLanguages: ReadonlySet<string> | undefined
  for (const table of TABLES) {
    // Every run here is of the table's syllables: a text without one is not read word by word for this table.
    if (!holdsAnyWord(list, table.syllables)) continue
    const isSyllable = (w: string): boolean => table.syllables.has(w)
    for (let i = 0; i < list.length; i++) {
      if (!isSyllable(list[i]!.w)) continue
      let j = i + 1
      while (j < list.length && isSyllable(list[j]!.w) && spacedGap(text, list[j - 1]!, list[j]!)) j++
      let from = i
      const next = j
      i = j - 1
      // "i saw htoo at church": the verb after a subject is no honorific.
      if (
        !table.distinctive.has(list[from]!.w) &&
        SUBJECTS.has(list[from - 1]?.w ?? '') &&
        !isCapital(text, list[from]!)
      )
        from++
      const run = list.slice(from, next)
      if (run.length < 2) continue
      // "hee hee", "ha ha": laughter is one syllable said over.
      if (LAUGHTER.has(run[0]!.w) && run.every((w) => w.w === run[0]!.w)) continue
      const distinctive = run.some((w) => table.distinctive.has(w.w))
      // "Mon-Thu": weekdays written short, capitalised or joined to the next day, are syllables of no name unless a
      // syllable only names hold is beside them (a lower-case "mon" inside a run is still read).
      if (
        !distinctive &&
        run.some((w) => weekdays.has(w.w) && (isCapital(text, w) || /^[-/–]/u.test(text.slice(w.end))))
      )
        continue
      // Three or more syllables, not one said over ("la la la" is singing), or two after a word that names a person;
      // neither where a syllable is a word of another language the tables read (Tagalog "daw po sa", Haitian "nou pa
      // ka").
      // A word of a language the text is not written in is no evidence ("eh ku paw" in English: Kinyarwanda "ku").
      textLanguages ??= latinLanguagesOfWords(list)
      const read = textLanguages
      const plain = run.every((w) => (languagesOfWord.get(w.w) ?? []).every((code) => code === 'en' || !read.has(code)))
      const long = plain && run.length >= 3 && new Set(run.map((w) => w.w)).size >= 2
      const named = plain && PERSON_BEFORE.has(list[from - 1]?.w ?? '')
      // Three different syllables, one of them a word of no language, at most one a function word of some language
      // ("par tha sung"; not Tagalog "ko po sa", Haitian "nou pa ka").
      const three =
        new Set(run.map((w) => w.w)).size >= 3 &&
        run.some((w) => !isEnglishWord(w.w) && (languagesOfWord.get(w.w) ?? []).length === 0) &&
        run.filter((w) => isFunctionWordOfAnyLanguage(w.w)).length <= 1
      if (
        distinctive ||
        long ||
        named ||
        three ||
        table.plainOpeners.has(run[0]!.w) ||
        run.every((w) => isCapital(text, w))
      )
        out.push({ start: run[0]!.start, end: run[run.length - 1]!.end, type: 'NAME', source: 'names:syllables' })
    }
  }
}

function isCapital(text: string, w: Word): boolean {
  const c = text[w.start] ?? ''
  return c !== c.toLowerCase()
}
