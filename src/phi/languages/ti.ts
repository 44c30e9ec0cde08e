import { TI_NUMBERS, TI_ORDINALS, s } from './ti-numbers'
import type { LanguageTable } from './types'

// Tigrinya writes "in" and "to" onto the word (ብመስከረም, ንሰኑይ), and "from", "until" as often: listed with them.
const pre = (x: string): string[] => s(x).flatMap((f) => ['', 'ብ', 'ን', 'ካብ', 'ክሳብ'].map((p) => p + f))
// Kin words (possessed "my"), also with ን (to, of: "ንኣደይ").
const KIN = s('ሰብኣየይ ደቀይ ኣኮይ ኣሞይ ሓትነይ ኣባሓጎይ ዓባይ_ኣደይ ሓሙተይ ሓሙየይ ዓርከይ መሓዛይ መርዓተይ ወዲ_ሓወይ ጓል_ሓወይ ወዲ_ሓፍተይ ጓል_ሓፍተይ ቆልዓና')
const KIN_N = s('ኣደይ ኣቦይ ወደይ ጓለይ ሰበይተይ ሰብኣየይ ሓወይ ሓፍተይ ዓባየይ ደቀይ')

/**
 * Tigrinya, by hand, beside am.ts (which already reads the Ge'ez numerals, the commonest Tigrinya numbers, the
 * Ethiopian months in their Amharic spelling, the weekdays, ዕድመ and ዓመቱ, ኣደይ, ወደይ, ጓለይ, ሰበይተይ): the months as
 * Eritreans write the Gregorian ones (ጥሪ, ለካቲት … ታሕሳስ; in Ethiopia the same names are the Ethiopian months, with
 * ጳጉሜን), the other number spellings and ordinals (ti-numbers.ts), cues (ስመይ … እዩ, ኣነ … እየ), kin, titles, Eritrean
 * given names and fathers' names, everyday and clinical words. Names that are words (ወይኒ, ዓወት, ሉዋም, ምሕረት, ፍጹም,
 * ሓበን, ሕድሪ, ክብሪ, ለምለም) are in `givenNames`, never in `words`.
 */
// biome-ignore format: packed table
export const ti: LanguageTable = {
  code: 'ti',
  name: 'Tigrinya',
  script: 'ethiopic',
  months: [
    'ጥሪ', 'ለካቲት', 'መጋቢት', 'ሚያዝያ', 'ግንቦት', 'ሰነ', 'ሓምለ ሐምለ', 'ነሓሰ ነሐሰ', 'መስከረም ጳጉሜን', 'ጥቅምቲ', 'ሕዳር',
    'ታሕሳስ',
  ].map(pre),
  weekdays: ['ሰኑይ', 'ሰሉስ', 'ረቡዕ', 'ሓሙስ', 'ዓርቢ', 'ቀዳም', 'ሰንበት'].map(pre),
  numbers: TI_NUMBERS,
  ordinals: TI_ORDINALS,
  yearsOld: s('ዓመት_እዩ ዓመት_እያ ዓመተይ_እዩ ዓመቶም ዓመቶም_እዩ ዓመቱ_ኮይኑ ዓመታ_ኮይኑ ዓመት_ኮይኑ ዓመቱ_ገይሩ ዓመታ_ገይራ'),
  ageBefore: s('ዕድሚኦም ዕድመኡ ዕድመኣ ዕድሜኡ ዕድሜኣ ዕድመይ_እዩ ዕድሚኡ_እዩ ዕድሚኣ_እዩ'),
  dateMarkers: {
    dayBefore: s('ዕለት ብዕለት ዕለት_ቁጽሪ'),
    dayAfter: [],
    monthBefore: [],
    monthAfter: [],
    yearBefore: s('ዓመተ_ምሕረት'),
    yearAfter: [],
  },
  dateJoiners: [],
  numericOrder: 'dmy',
  numericDateBefore: s('ቆጸራ ቆጸራይ ካብ ክሳብ ተወሊደ ተወሊዱ ተወሊዳ'),
  selfCues: s('ስመይ ስመይ_ድማ ኣነ_ድማ ስሙ ስማ ስሞም ኣነ_እየ'),
  introductionEnds: s('እያ እዮም'),
  nicknameCuesAfter: s('ይብሃል እብሃል ትብሃል ይበሃሉ'),
  relationCues: [...KIN, ...KIN_N.map((k) => `ን${k}`), ...s('ወዳ ወዱ ጓላ ጓሉ ኣዲኡ ኣዲኣ ኣቦኡ ኣቦኣ ሰበይቱ ሰብኣያ')],
  personVerbs: s('በሉ በለ በለት ኢሉ ኢላ ደዊሉ ደዊላ'),
  titlesBefore: s('ዶክቶር ወ/ሪት ሓፍተይ ሓወይ ቀሺ ሓጂ ሼኽ'),
  titlesOnlyBeforeNames: s('ወ/ሪት'),
  kinTitles: s('ኣደ ኣቦ'),
  titlesAfter: [],
  signOffs: s('የቐንየልኩም ብጣዕሚ_የቐንየለይ የቐንዩ ምስ_ሰላምታ ደሓን_ኩኑ ደሓን_ኩን ደሓን_ኩኒ ሰላም_ኩኑ'),
  familyNames: s(
    'ተስፋይ ተኽለ ሃብተ ኪዳነ ዘርኣይ ኣብርሃ በየነ ሃይለ ኣፈወርቂ ሃብተማርያም ገረዝጊሄር ካሕሳይ ተኸስተ የማነ ዮውሃንስ ጸጋይ ኣርኣያ ገብረሂወት ገብረመስቀል ወልደገርግሽ ፍስሃየ ኣስመሮም ገብረእግዚኣብሄር',
  ),
  givenNames: s(
    'ኣብርሃም ኣማኑኤል ኣማኒኤል ኣብርሃ ተስፋይ ተኽለ ሃብቶም ዳኒኤል ሚኪኤል ፍሰሃየ ፍስሃየ ተኸስተ ሃይለ ዘርኣይ ሳምሶን ሕድሪ ኪዳነ ፍጹም ኣወት ዓወት ኣስመሮም ኣፈወርቂ በየነ ዮውሃንስ ኢሳያስ ጸጋይ ፀጋይ ኣርኣያ ሃብተ ምሕረትኣብ ኤፍረም ሰለሙን ሙሉብርሃን የማነ ካሕሳይ ኢሳቕ ኣሮን ብንያም ገብረሂወት ዘሚካኤል ፍሊሞን ሉቃስ ክብሪ ለተብርሃን ኣስመረት ፊዮሪ ፍዮሪ ዊንታ ሉላ ኣክበረት ትርሓስ ለታይ ወይኒ ሉዋም ሓበን ፍረወይኒ ምሕረት ኣብረኸት ኣብረሀት ሊድያ ጽገሬዳ ብርኽቲ ለተ ለተማርያም ኣስቴር ማሕሌት ሓረጉ ኣዜብ ኣበባ ሰላማዊት ትበርህ ሕርያ',
  ),
  nameParticles: [],
  words: [
    // Pronouns, function words, time words, greetings.
    'ብ ን ንስኹም ንሳቶም ንሳተን ንሶም ናተይ ናትካ ናትኪ ናቱ ናታ ናትና ናትኩም ናይ ኣብ ካብ ናብ ምስ ክሳብ ንምንታይ ስለዚ ግና ወይ ድማ እውን ውን ኩሉ ኩሎም ገለ እዚ እዚኣ እቲ እታ እቶም እዚኦም ኣብዚ ኣብቲ ኣብኡ ሎሚ ንግሆ ምሸት ቀትሪ ለይቲ ድሕሪ ቅድሚ ደሓር ቅድም ግዜ ደቒቕ መዓልታት ሰሙናት ኣዋርሕ ዓመታት ብዙሕ ቁሩብ ሒደት ኣዝዩ ጥራይ ከም ምናልባት ዳርጋ ካልእ ካልኦት ኣይኮነን ኣይኮንኩን ሓቂ ይኸውን ዘሎ ዘለኒ ዝኾነ ዝበለ ኣለኹም ሓዲርኩም ውዒልኩም ደሓን ብጣዕሚ ይቕረታ ሕራይ ሓንሳብ ዝሓለፈ ዝመጽእ',
    // Verbs.
    'እደሊ ደልየ ይደሊ ትደሊ ንደሊ ክመጽእ መጺአ ይመጽእ ትመጽእ ክኸይድ ከይደ ደዊለ ክትድውሉ ወሲደ እወስድ ይወስድ ትወስድ ውሰድ ወሲዳ ወሲዱ ይሰምዓኒ ተሰሚዑኒ ሓሚመ ሓሚማ ሓሚሙ ኣለኹ ኣላ ኣለዉ ኣለዎ ኣለዋ ኣለኒ የብለይን የብሉን የብላን ኣይክእልን ይኽእል ትኽእል ትኽእሉ ክትሕግዙኒ ሓግዙኒ ሓገዝ ንገሩኒ ንገረኒ ነጊሩኒ ነጊራትኒ ስደዱለይ ስደደለይ ክቕይር ቀይሩለይ ክሰርዝ ቆጸራ ቆጸራይ ተወዲኡ ተወዲኡኒ ኣይፈልጥን እፈልጥ ይፈልጥ ተረዲኡኒ ክሓትት ሕቶ መልሲ በሊዐ ክበልዕ ሰትየ ደቂሰ ድቃስ ጀሚሩ ጀሚሩኒ ጸኒሑ ኮይኑ ነይሩ ነይረ ነይራ የድልየኒ የድልዮ የድልያ ዘድሊ የሕምሞ የሕምማ ይቃጸለኒ ይሓክከኒ ይሓይሽ ሓይሹኒ ገይረ ገይሩ ክገብር ይገብር ተዛሪበ ክዛረብ ረኺበ ክረክብ ገዚአ ክኸፍል ከፊለ ሰሚዐ ርኢየ ምጻእ ሓቲተ በጃኹም ደዊላ ደዊሉ ደዊሎም በለ በለት ኢሉ ኢላ ነብሰ ጾር',
    // The body, symptoms, care, people.
    'ረስኒ ሰዓል ጉንፋዕ ቃንዛ ርእሲ ከብዲ ኣፍልቢ ሕቖ ሕቖይ ኢድ ኢደይ እግሪ እግረይ ኣእጋር ብርኪ ክሳድ ጎሮሮ ስኒ ኣስናን ዓይኒ ኣዒንተይ እዝኒ ኣፍ ቆርበት ልቢ ሳንቡእ ኮሊት ሽንቲ ዓጽሚ ነብሲ ጸቕጢ ሽኮር ጥንሲ ድኻም ድኺመ ምትፋእ ተፊአ ውጽኣት ሕበጥ ቁስሊ መንሽሮ ኣዝማ ዓሶ ጸገም ሕሙም ሕምምቲ ሕሙማት ሕክምና ከኒና ከኒናታት ፈውሲ ክታበት መርመራ ውጽኢት መልእኽቲ ገዛ ገዛይ ስራሕ ትምህርቲ ማይ ምግቢ ሻሂ ቡን ጸባ ባኒ ተርጓሚ ሰብ ሰበይቲ ሰብኣይ ቆልዑ ስድራ ስድራቤት ህጹጽ ሓደገኛ ሚዛን ሙቐት ዓቐን ክፍሊት ናቕፋ ቴሌፎን ስልኪ',
  ].flatMap(s),
  clinicalWords: s('ረስኒ ሰዓል ጉንፋዕ ቃንዛ ሕበጥ ቁስሊ መንሽሮ ዓሶ ከኒና ክታበት ሽኮር ጥንሲ ምትፋእ ውጽኣት'),
  // Verb endings: -ለይ (for me), -ኒ after a perfect (ተሰሚዑኒ, ጀሚሩኒ), the negative -ኩን, -ኹም (you), ኣለኹ.
  wordEndings: s('ለይ ዑኒ ሩኒ ትኒ ሹኒ የኒ ኩን ኹም ለኹ ኹን'),
  unitsAfter: s('ሳዕ ከኒና ከኒናታት መዓልታት ሰሙናት ኣዋርሕ ደቒቕ ደቓይቕ ማንካ ብመዓልቲ ኣብ_መዓልቲ'),
  doseUnits: s('ሳዕ ከኒና ከኒናታት ማንካ'),
  cuesBefore: s('ጸቕጢ_ደም ጸቕጢ_ደመይ ጸቕጢ ሽኮር ሽኮረይ ሙቐት ሚዛን ሚዛነይ ሰዓት ኣብ_ሰዓት ክፍሊ ዓቐን ናቕፋ'),
  streetWords: s('ጎደና ጽርግያ ቁሸት'),
  addressCues: s('ዝነብረሉ እነብረሉ ኣድራሻና'),
  birthCues: s('ዕለተ_ልደተይ ዕለተ_ልደት ዕለት_ልደት ተወሊደ ተወሊዱ ተወሊዳ ዝተወልደሉ ዝተወለደትሉ ልደተይ'),
  phoneCues: s('ቁጽሪ_ስልኪ ቁጽሪ_ቴሌፎን ቴሌፎነይ ስልከይ ቁጽሪ_ሞባይለይ ደውሉለይ ደውለለይ ደውልለይ'),
  periodCues: s('ካብ ክሳብ ኣብ ዝሓለፈ ዝመጽእ'),
  weekdayRelatives: s('ዝሓለፈ ዝመጽእ'),
  monthRelativesBefore: s('ዝሓለፈ_ወርሒ ዝመጽእ_ወርሒ ኣብዚ_ወርሒ'),
  holidays: s('በዓል_መስቀል በዓል_ጥምቀት በዓል_ልደት'),
}
