import { SW_NUMBERS, SW_RUN_NUMBERS } from './sw-numbers'
import type { LanguageTable } from './types'

/**
 * Swahili (Kiswahili of East and Central Africa, Congolese Swahili included), by hand: months ("machi", "mwezi wa
 * tatu"; May only so, "mei" is a name), weekdays, numbers (sw-numbers.ts), cues with the possessive after the kin word
 * ("mama yangu", "mwanangu"), everyday and clinical words. Ages put the years first ("ana miaka tisini na mbili"):
 * "miaka" is in `ageBefore` and `yearsOld`. Names from memory, no real person. Names that are words (neema, baraka,
 * juma) and English or Spanish names (ana, nina, jana, leo) stay out of `words`.
 */
// biome-ignore format: packed table
export const sw: LanguageTable = {
  code: 'sw',
  name: 'Swahili',
  script: 'latin',
  months: [
    ['januari', 'janyuari', 'mwezi wa kwanza', 'mwezi wa moja'],
    ['februari', 'febuari', 'feburuari', 'mwezi wa pili', 'mwezi wa mbili'],
    ['machi', 'marchi', 'mwezi wa tatu'],
    ['aprili', 'april', 'mwezi wa nne', 'mwezi wa ine'],
    ['mwezi wa tano'],
    ['juni', 'mwezi wa sita'],
    ['julai', 'mwezi wa saba'],
    ['agosti', 'augosti', 'mwezi wa nane'],
    ['septemba', 'septembari', 'mwezi wa tisa', 'mwezi wa kenda'],
    ['oktoba', 'oktoboa', 'mwezi wa kumi'],
    ['novemba', 'mwezi wa kumi na moja'],
    ['desemba', 'disemba', 'decemba', 'mwezi wa kumi na mbili'],
  ],
  weekdays: [
    ['jumatatu', 'juma tatu'],
    ['jumanne', 'juma nne', 'jumaine'],
    ['jumatano', 'juma tano'],
    ['alhamisi', 'alhamis', 'alamisi'],
    ['ijumaa', 'ijuma'],
    ['jumamosi', 'juma mosi'],
    ['jumapili', 'juma pili'],
  ],
  numbers: SW_NUMBERS,
  numbersInRuns: SW_RUN_NUMBERS,
  ordinals: { mosi: 1, kwanza: 1, pili: 2 },
  yearsOld: ['miaka', 'mwaka', 'ya umri'],
  ageBefore: [
    'miaka', 'ana miaka', 'nina miaka', 'umri', 'umri wa miaka', 'umri wake ni', 'umri wangu ni', 'mwenye miaka',
    'mwenye umri wa miaka', 'ako na miaka', 'iko na miaka', 'niko na miaka',
  ],
  dateMarkers: {
    dayBefore: ['tarehe', 'terehe'],
    dayAfter: [],
    monthBefore: ['mwezi wa', 'mwezi'],
    monthAfter: [],
    yearBefore: ['mwaka', 'mwaka wa'],
    yearAfter: [],
  },
  dateJoiners: ['wa', 'ya'],
  numericOrder: 'dmy',
  selfCues: [
    'jina langu ni', 'jina langu', 'jina yangu ni', 'jina yangu', 'majina yangu ni', 'majina yangu', 'naitwa',
    'ninaitwa', 'mimi naitwa', 'mimi ninaitwa', 'mimi ni', 'ni mimi', 'huyu ni', 'hapa ni',
  ],
  relationCues: [
    'mama yangu', 'mamangu', 'baba yangu', 'babangu', 'mwanangu', 'mwana wangu', 'mwana yangu', 'mtoto wangu',
    'mutoto yangu', 'mtoto yangu', 'mume wangu', 'mume yangu', 'bwana yangu', 'mke wangu', 'bibi yangu', 'babu yangu',
    'kaka yangu', 'dada yangu', 'ndugu yangu', 'binti yangu', 'kijana wangu', 'mjukuu wangu', 'mjomba wangu',
    'shangazi yangu', 'shemeji yangu', 'rafiki yangu', 'mama yake', 'baba yake', 'mume wake', 'mumewe', 'mke wake',
    'mkewe', 'mtoto wake', 'mwanawe',
  ],
  titlesBefore: [
    'dr', 'daktari', 'dokta', 'muganga', 'muuguzi', 'nesi', 'bwana', 'bw', 'bi', 'mwalimu', 'mwl', 'sheikh', 'shehe',
    'mchungaji', 'padri', 'pasta', 'mheshimiwa', 'haji',
  ],
  titlesAfter: [],
  signOffs: [
    'asante', 'asanteni', 'asante sana', 'ahsante', 'shukrani', 'nashukuru', 'kwaheri', 'kwa heri', 'wako', 'salamu',
    'mungu akubariki', 'barikiwa',
  ],
  familyNames: [
    'juma', 'hamisi', 'bakari', 'rashidi', 'omari', 'hassani', 'mussa', 'ramadhani', 'shabani', 'athumani', 'massawe',
    'kimaro', 'mushi', 'lyimo', 'swai', 'mollel', 'mrema', 'msuya', 'minja', 'urassa', 'mwita', 'chacha', 'mapunda',
    'ngowi', 'kamau', 'otieno', 'odhiambo', 'ochieng', 'onyango', 'mwangi', 'kariuki', 'njoroge', 'mutua', 'wafula',
    'mukendi', 'mbuyi', 'kalala', 'ilunga', 'kasongo', 'ngoy', 'kabamba', 'kalonji', 'bisimwa', 'cirhuza', 'mugisho',
    'byamungu', 'kambale', 'kasereka', 'paluku', 'muhindo', 'hakizimana', 'habimana', 'ndikumana', 'uwimana',
  ],
  givenNames: [
    'neema', 'furaha', 'baraka', 'zawadi', 'rehema', 'imani', 'amani', 'upendo', 'tumaini', 'bahati', 'subira',
    'mapendo', 'riziki', 'nuru', 'salama', 'juma', 'hamisi', 'saidi', 'bakari', 'rashidi', 'omari', 'hassani', 'mussa',
    'ramadhani', 'shabani', 'athumani', 'zuberi', 'halima', 'mwanaisha', 'mwajuma', 'zuhura', 'fatuma', 'mariamu',
    'wanjiru', 'wanjiku', 'njeri', 'achieng', 'akinyi', 'wambui', 'chebet', 'mwende', 'makena', 'muthoni', 'kahindo',
    'kavira', 'masika', 'kahambu', 'kambale', 'kasereka', 'paluku', 'muhindo', 'mugisho', 'irakoze', 'ishimwe',
    'bienvenu', 'dieudonne', 'msafiri',
  ],
  nameParticles: ['bin', 'binti'],
  words: [
    // Pronouns, demonstratives and function words (the possessives are in the cues).
    'wewe', 'yeye', 'ninyi', 'nyinyi', 'wao', 'yule', 'wale', 'hii', 'hiyo', 'ile', 'hilo', 'hili', 'hizi', 'hapo',
    'pale', 'huko', 'kule', 'ndani', 'nje', 'juu', 'chini', 'mbali', 'yako', 'lako', 'chake', 'yetu', 'wetu',
    'yenu', 'yao', 'na', 'la', 'za', 'cha', 'vya', 'si', 'kwenye', 'katika', 'kutoka', 'mpaka', 'hadi', 'tangu',
    'baada', 'kabla', 'bila', 'pamoja', 'lakini', 'ila', 'au', 'kwamba', 'kuwa', 'ili', 'sababu', 'hivyo', 'hivi',
    'kila', 'yote', 'wote', 'kitu', 'mtu', 'muntu', 'watu', 'nini', 'gani', 'wapi', 'lini', 'vipi', 'ngapi', 'kwanini',
    'je', 'ndiyo', 'ndio', 'hapana', 'sio', 'siyo', 'tu', 'bado', 'tayari', 'sasa', 'kisha', 'halafu', 'kidogo',
    'zaidi', 'kabisa', 'labda', 'lazima', 'tafadhali', 'samahani', 'pole', 'karibu', 'sawa', 'yuko', 'tuko', 'mingi',
    // Verbs in their usual forms.
    'tuna', 'wana', 'naomba', 'ninaomba', 'nataka', 'ninataka', 'anataka', 'nahitaji', 'ninahitaji', 'anahitaji',
    'naweza', 'unaweza', 'siwezi', 'hawezi', 'sijui', 'najua', 'nilikuwa', 'alikuwa', 'amekuwa', 'kuja', 'nitakuja',
    'atakuja', 'nimekuja', 'nimefika', 'nimepata', 'amepata', 'imeanza', 'ameanza', 'anaumwa', 'naumwa', 'ninaumwa',
    'nimeumia', 'inauma', 'inaniuma', 'kunywa', 'nimekunywa', 'anakunywa', 'kula', 'anakula', 'kulala', 'nimelala',
    'sijalala', 'kupumua', 'kutapika', 'anatapika', 'kukohoa', 'anakohoa', 'nakohoa', 'anaharisha', 'nimechoka',
    'amechoka', 'piga', 'nitapiga', 'nimepiga', 'mpigie', 'nitumie', 'nimetuma', 'tumia', 'natumia', 'anatumia',
    'kumeza', 'nimemeza', 'imeisha', 'zimeisha', 'imekwisha', 'andika', 'sema', 'alisema', 'niambie', 'nisaidie',
    'msaada', 'kusaidia', 'kubadilisha', 'kuahirisha', 'kuthibitisha', 'kufuta', 'subiri', 'ngoja', 'kurudi',
    'nimerudi', 'kwenda', 'naenda', 'nimeenda', 'nenda', 'kupata', 'amepona', 'nimepona', 'nimesahau', 'nimeona',
    'nimepokea', 'inaendelea', 'anaendelea', 'imeongezeka', 'imepungua', 'kuongea',
    // Greetings, time, people and things of every day.
    'habari', 'hujambo', 'sijambo', 'hajambo', 'shikamoo', 'marahaba', 'mambo', 'poa', 'nzuri', 'safi', 'salaam',
    'asubuhi', 'mchana', 'jioni', 'usiku', 'mwema', 'njema', 'kesho', 'juzi', 'keshokutwa', 'mwezi', 'miezi', 'mapema',
    'baadaye', 'zamani', 'ujao', 'ijayo', 'iliyopita', 'nyingine', 'watoto', 'familia', 'mgonjwa', 'wagonjwa', 'mzee',
    'mwanamke', 'mwanaume', 'msichana', 'mvulana', 'ujumbe', 'barua', 'nyumbani', 'nyumba', 'kazi', 'kazini', 'shule',
    'gari', 'basi', 'pesa', 'chakula', 'maji', 'chai', 'maziwa', 'lugha', 'kiswahili', 'kiingereza', 'mkalimani',
    'ratiba', 'bima', 'fomu', 'kadi',
    // Clinic, body and symptoms.
    'hospitali', 'kliniki', 'zahanati', 'dawa', 'sindano', 'chanjo', 'famasia', 'duka', 'kipimo', 'vipimo', 'damu',
    'mkojo', 'choo', 'kichwa', 'tumbo', 'kifua', 'mgongo', 'mguu', 'miguu', 'mkono', 'mikono', 'jicho', 'macho',
    'sikio', 'pua', 'koo', 'meno', 'jino', 'moyo', 'mapafu', 'figo', 'ngozi', 'mwili', 'shingo', 'goti', 'bega',
    'maumivu', 'uchungu', 'kikohozi', 'mafua', 'kuhara', 'kichefuchefu', 'kizunguzungu', 'uchovu', 'upele', 'uvimbe',
    'kuvimba', 'jeraha', 'kidonda', 'mimba', 'ujauzito', 'mjamzito', 'kujifungua', 'hedhi', 'kisukari', 'shinikizo',
    'pumu', 'kifafa', 'saratani', 'malaria', 'kikuu', 'virusi', 'maambukizi', 'mzio', 'huzuni', 'wasiwasi',
    'usingizi', 'pumzi', 'baridi', 'matokeo', 'upasuaji', 'dharura', 'ugonjwa', 'magonjwa', 'afya', 'tiba',
    'matibabu', 'huduma', 'mzima', 'vizuri', 'vibaya', 'mbaya', 'kubwa', 'ndogo', 'mpya', 'haraka', 'polepole',
    'viwili', 'vitatu', 'mitatu', 'miwili',
  ],
  clinicalWords: ['kisukari', 'kichefuchefu', 'kizunguzungu', 'kikohozi', 'maumivu', 'upasuaji'],
  everydayWords: [
    'ana', 'nina', 'jana', 'leo', 'mimi', 'sisi', 'hawa', 'mara', 'sana', 'tena', 'kama', 'nani', 'pia', 'una',
  ],
  unitsAfter: ['mg', 'mcg', 'ml', 'kg', 'g', 'mmhg', '%', 'digrii'],
  cuesBefore: [
    'saa', 'mara', 'siku', 'wiki', 'vidonge', 'kidonge', 'dozi', 'sukari', 'presha', 'joto', 'homa', 'uzito', 'chumba',
    'shilingi', 'dola', 'bei', 'dakika',
  ],
  streetWords: ['mtaa', 'barabara', 'njia'],
  addressUnits: ['chumba'],
  addressCues: ['anwani yangu ni', 'anwani yangu', 'ninaishi', 'naishi', 'tunaishi', 'ninakaa'],
  birthCues: [
    'nilizaliwa', 'alizaliwa', 'amezaliwa', 'tarehe ya kuzaliwa', 'siku ya kuzaliwa', 'kuzaliwa', 'mzaliwa wa',
  ],
  phoneCues: [
    'namba yangu ni', 'namba yangu', 'namba ya simu', 'nambari yangu', 'nambari ya simu', 'simu yangu', 'nipigie',
    'unipigie', 'nipigie kwa', 'whatsapp',
  ],
  numericDateBefore: ['tarehe', 'miadi'],
  periodCues: ['tangu', 'toka', 'mpaka', 'hadi'],
  weekdayRelatives: ['ijayo', 'iliyopita', 'hii'],
  nicknameCues: ['anaitwa', 'wananiita', 'jina lake ni', 'jina lake'],
  kinTitles: ['mama', 'baba', 'bibi', 'babu', 'mzee', 'dada', 'kaka', 'shangazi', 'mjomba'],
}
