import { SQ_NUMBERS } from './sq-numbers'
import type { LanguageTable } from './types'

/**
 * Albanian (shqip; Tosk and the Gheg of Kosovo: "nji", "nana", "emri jem"), by hand from knowledge of the language,
 * written with ë and ç (the engine adds the SMS forms without them). Names from memory, no real person. Drita and
 * Flutura are names here, not `words`; names that are everyday words (besa, shpresa, lule, vera, dora) are in neither.
 * Words that are names or words elsewhere are left out: May's "maji" (Swahili "water"), Tuesday's bare "martë" (the
 * surname Marte without its marks), "kanë" (Kane), "tha", "ku" and "ju" (Karen and Korean names), "baca" and "nana"
 * as kin titles (a surname, a Ghanaian title).
 */
// biome-ignore format: packed table
export const sq: LanguageTable = {
  code: 'sq',
  name: 'Albanian',
  script: 'latin',
  months: [
    ['janar', 'janari', 'janarit'], ['shkurt', 'shkurti', 'shkurtit'], ['mars', 'marsi', 'marsit'],
    ['prill', 'prilli', 'prillit'], ['maj', 'majit'], ['qershor', 'qershori', 'qershorit'],
    ['korrik', 'korriku', 'korrikut'], ['gusht', 'gushti', 'gushtit'], ['shtator', 'shtatori', 'shtatorit'],
    ['tetor', 'tetori', 'tetorit'], ['nëntor', 'nëntori', 'nëntorit', 'nandor'], ['dhjetor', 'dhjetori', 'dhjetorit'],
  ],
  weekdays: [
    ['hënë', 'hëna', 'hënën', 'hanë', 'hanën'], ['martën'], ['mërkurë', 'mërkura', 'mërkurën'],
    ['enjte', 'enjtja', 'enjten'], ['premte', 'premtja', 'premten'], ['shtunë', 'shtuna', 'shtunën'],
    ['diel', 'diela', 'dielën'],
  ],
  numbers: SQ_NUMBERS,
  ordinals: { parë: 1, dytë: 2, tretë: 3, katërt: 4, pestë: 5 },
  yearsOld: ['vjeç', 'vjeçe', 'vjeçare', 'vjet', 'vite', 'vjeç e gjysmë'],
  ageBefore: ['mosha', 'moshën', 'në moshën', 'ka mbushur', 'i ka mbushur', 'mbushi', 'i mbushi'],
  dateMarkers: {
    dayBefore: ['datën', 'data', 'ditën'],
    dayAfter: [],
    monthBefore: ['muaji', 'muajin', 'muajit'],
    monthAfter: [],
    yearBefore: ['viti', 'vitin', 'vitit', 'në vitin'],
    yearAfter: [],
  },
  dateJoiners: ['të'],
  numericOrder: 'dmy',
  selfCues: [
    'quhem', 'unë quhem', 'më quajnë', 'emri im është', 'emri im ësht', 'emri im', 'emri jem', 'emri jem është',
    'unë jam', 'un jam', 'jam', 'ky është', 'kjo është', 'këtu është', 
  ],
  relationCues: [
    'nëna ime', 'nana ime', 'mamaja ime', 'babai im', 'babi im', 'burri im', 'bashkëshorti im', 'gruaja ime',
    'bashkëshortja ime', 'djali im', 'vajza ime', 'çika ime', 'vëllai im', 'motra ime', 'gjyshja ime', 'gjyshi im',
    'nipi im', 'mbesa ime', 'xhaxhai im', 'daja im', 'halla ime', 'tezja ime', 'fëmija im', 'nusja ime', 'im shoq',
    'ime shoqe', 'im bir', 'ime bijë', 'im vëlla', 'ime motër', 'im atë', 'ime ëmë',
  ],
  titlesBefore: [
    'dr', 'doktor', 'doktori', 'doktorja', 'doktoresha', 'infermier', 'infermieri', 'infermierja', 'z', 'zoti',
    'zotëri', 'znj', 'zonja', 'zonjusha', 'prof', 'profesor', 'haxhi', 'bac', 'teta', 'teto',
  ],
  titlesAfter: [],
  signOffs: [
    'faleminderit', 'falemnderit', 'flm', 'shumë faleminderit', 'rrofsh', 'me respekt',
    'mirupafshim', 'përshëndetje', 'të fala',
  ],
  familyNames: [
    'hoxha', 'leka', 'krasniqi', 'berisha', 'gashi', 'shala', 'kelmendi', 'morina', 'dervishi', 'bytyqi', 'rama',
    'hasani', 'gjoka', 'marku', 'kastrati', 'hoti', 'lleshi', 'gjonaj', 'dedaj', 'ukaj', 'hyseni', 'ahmeti', 'sadiku',
    'halili', 'osmani', 'zeqiri', 'kryeziu', 'thaçi', 'bajrami', 'rexhepi', 'ismaili', 'jashari', 'shehu', 'selimi',
    'mehmeti', 'beqiri',
  ],
  givenNames: [
    'arben', 'ramadan', 'drita', 'blerina', 'fatmir', 'besnik', 'valbona', 'mirela', 'ardit', 'flutura', 'agim', 'alban',
    'altin', 'arta', 'ardian', 'armend', 'arlind', 'artan', 'astrit', 'bashkim', 'bekim', 'blerim', 'blerta', 'burim',
    'dardan', 'driton', 'dritan', 'edona', 'elira', 'enver', 'ermal', 'fatos', 'florim', 'genc', 'hysen', 'ilir',
    'jeton', 'lindita', 'liridon', 'lulzim', 'majlinda', 'naim', 'rexhep', 'skënder', 'valon', 'vjosa', 'xhevdet', 'zef',
    'gjergj', 'gjon', 'pjetër', 'donika', 'teuta', 'arbnor', 'besart', 'shaban', 'fatime', 'hajrije', 'mejreme', 'naser',
    'afrim', 'avni', 'fadil', 'hasan', 'qazim', 'selim', 'shefqet',
  ],
  nameParticles: [],
  words: [
    // Function words and pronouns.
    'ti', 'ai', 'ajo', 'ne', 'ata', 'ato', 'mua', 'atij', 'asaj', 'neve', 'juve', 'tyre', 'na', 'yt', 'jot', 'saj',
    'tij', 'jonë', 'ynë', 'juaj', 'tuaj', 'time', 'tënd', 'këto', 'këta', 'këtë', 'atje', 'pa', 'se', 'po', 'nuk',
    'mos', 'që', 'si', 'ia', 'dhe', 'edhe', 'ose', 'apo', 'por', 'sepse', 'nëse', 'nga', 'deri', 'për', 'tek', 'te',
    'pas', 'para', 'mbi', 'nën', 'afër', 'kur', 'çka', 'çfarë', 'kush', 'pse', 'sa', 'pak', 'vetëm', 'gjithë',
    'çdo', 'asgjë', 'diçka', 'dikush', 'tjetër', 'tjetrën', 'kështu', 'ashtu', 'akoma', 'ende', 'prapë', 'përsëri',
    'pastaj', 'atëherë', 'sapo', 'gjithmonë', 'kurrë', 'shpesh', 'ndonjëherë', 'ndoshta', 'vetë',
    // Verbs.
    'je', 'jemi', 'jeni', 'ishte', 'isha', 'ke', 'kemi', 'keni', 'kisha', 'kishte', 'do', 'dua', 'duam', 'doni',
    'mund', 'duhet', 'kërkoj', 'shkoj', 'shkova', 'shkoi', 'vij', 'vijë', 'vjen', 'erdhi', 'erdha', 'marr', 'marrë',
    'mori', 'merr', 'piva', 'hëngra', 'fle', 'fjeta', 'flas', 'foli', 'thashë', 'thirri', 'shkruaj', 'shkrova',
    'besoj', 'ndihem', 'ndjehem', 'dhemb', 'dhembin', 'kollitem', 'vjell', 'volla', 'jap', 'dha', 'jepni', 'ndihmoni',
    'prit', 'pritni', 'konfirmoj', 'anuloj', 'ndryshoj', 'ndryshoni', 'caktoj', 'caktoni', 'filloi', 'ndaloi', 'mbaroi',
    'kaloi', 'kaluar', 'ardhshme', 'harrova', 'dërgoni', 'dërgova', 'shoh', 'pashë', 'bëj', 'bëra',
    // Time, greetings, answers.
    'nesër', 'dje', 'pasnesër', 'tash', 'vonë', 'herët', 'mëngjes', 'drekë', 'pasdite', 'mbrëmje', 'mbrëmë', 'natën',
    'sonte', 'javën', 'java', 'mirëdita', 'mirëmëngjes', 'mirëmbrëma', 'tungjatjeta', 'çkemi', 'lutem', 'fal', 'falni',
    'mirë', 'keq', 'lartë', 'ulët', 'madh', 'madhe', 'vogël', 'nxehtë', 'ftohtë', 'fortë', 'dobët', 'rëndë', 'lehtë',
    'okej', 'rregull', 'gati',
    // People, home, papers.
    'problemi', 'pyetje', 'përgjigje', 'mesazh', 'mesazhi', 'numër', 'numrin', 'adresë', 'emër', 'mbiemri', 'datë',
    'sigurim', 'sigurimi', 'letër', 'formular', 'kartë', 'karta', 'pagesë', 'punë', 'puna', 'shtëpi', 'shtëpia',
    'shkollë', 'makinë', 'makina', 'rrugë', 'qytet', 'fëmijë', 'njeri', 'njerëz', 'burrë', 'grua', 'djalë', 'vajzë',
    'nënë', 'gjysh', 'gjyshe', 'familje', 'familja', 'shok', 'përkthyes', 'shqip', 'anglisht',
    // Clinic, body, symptoms, drugs.
    'takim', 'takimin', 'termin', 'terminin', 'vizitë', 'vizita', 'recetë', 'ilaç', 'ilaçe', 'ilaçin', 'barna',
    'shurup', 'injeksion', 'vaksinë', 'analiza', 'gjak', 'gjaku', 'diabet', 'kollë', 'ftohje', 'dhimbje', 'kokë',
    'koka', 'bark', 'barku', 'stomak', 'zemër', 'zemra', 'fyt', 'fyti', 'gjoks', 'gjoksi', 'shpinë', 'shpina', 'këmbë',
    'këmba', 'dorë', 'duart', 'sytë', 'syri', 'vesh', 'veshi', 'hundë', 'dhëmb', 'dhëmbi', 'lëkurë', 'mushkëri',
    'veshka', 'mëlçi', 'gju', 'gjuri', 'qafë', 'qafa', 'krah', 'krahu', 'gisht', 'mjek', 'mjeku', 'mjekja', 'mjekun',
    'infermiere', 'spital', 'spitali', 'spitalin', 'klinikë', 'farmaci', 'urgjencë', 'urgjenca', 'ambulancë', 'sëmurë',
    'sëmundje', 'infeksion', 'alergji', 'astmë', 'kancer', 'shtatzënë', 'lodhur', 'lodhje', 'marramendje', 'të vjella',
    'diarre', 'fryrje', 'ënjtje', 'plagë', 'rezultat', 'rezultatet', 'rëntgen', 'gjumë', 'ankth', 'shëndet', 'shëndeti',
    'antibiotik', 'insulinë', 'aspirinë',
  ],
  unitsAfter: [
    'mg', 'ml', 'kg', 'tableta', 'tabletë', 'pilula', 'kapsula', 'pika', 'lugë', 'njësi', 'herë', 'ditë', 'ditësh',
    'javë', 'javësh', 'muaj', 'orë', 'orësh', 'minuta', 'gradë', 'dollarë',
  ],
  doseUnits: ['herë', 'tableta', 'tabletë', 'pilula', 'kapsula', 'pika', 'lugë', 'njësi'],
  cuesBefore: [
    'tensioni', 'tension', 'presioni', 'sheqeri', 'sheqer', 'temperatura', 'ethe', 'pesha', 'doza', 'orën', 'në orën',
    'rreth', 'dhoma', 'çmimi', 'kushton', 'oksigjeni',
  ],
  streetWords: ['rruga', 'rr', 'rrugën', 'bulevardi', 'sheshi', 'lagjja', 'lagja', 'banesa', 'hyrja', 'nr'],
  addressUnits: ['apartamenti', 'banesa', 'hyrja'],
  addressCues: ['adresa ime është', 'adresa ime', 'adresa jeme', 'jetoj në', 'banoj në'],
  birthCues: [
    'kam lindur', 'ka lindur', 'u lind', 'datëlindja', 'datëlindjen', 'data e lindjes', 'datën e lindjes',
    'lindur më', 'ditëlindja',
  ],
  phoneCues: [
    'numri im', 'numri im është', 'numri jem', 'numri i telefonit', 'telefoni im', 'më telefononi', 'më merrni në',
    'më thirrni në', 'më thirrni', 'më thirr',
  ],
  numericDateBefore: ['takimi', 'termini', 'më', 'datën'],
  holidays: ['krishtlindje', 'krishtlindjet', 'pashkë', 'pashkët'],
  periodCues: ['që nga', 'që në', 'nga', 'në', 'deri në', 'gjatë'],
  weekdayRelatives: ['e kaluar', 'të kaluar', 'e ardhshme', 'të ardhshme', 'tjetër', 'që vjen'],
  residenceCues: ['jetoj në', 'banoj në', 'jetojmë në', 'banojmë në', 'jam nga', 'jemi nga'],
  genericPlaces: ['shtëpi', 'shtëpia', 'amerikë', 'amerika', 'spital', 'punë'],
  placeEnds: ['tani', 'tash', 'afër'],
  kinTitles: ['bac', 'teta', 'teto', 'xhaxhi', 'daja', 'haxhi'],
  wordEndings: ['ojmë', 'ojnë', 'ohem', 'ohet', 'uar', 'ueshëm', 'ueshme'],
  numberAlternatives: ['ose', 'apo'],
}
