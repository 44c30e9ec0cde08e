import { OM_NUMBERS, OM_ORDINALS, s } from './om-numbers'
import type { LanguageTable } from './types'

// Each form with the curly apostrophe phones type for ' ("sa’aatii", "daa’ima").
const ap = (forms: readonly string[]): string[] => [
  ...forms,
  ...forms.filter((f) => f.includes("'")).map((f) => f.replace(/'/g, '’')),
]

// Kin words (object and subject forms) with the possessive Oromo writes after them ("haadha koo", my mother).
const KIN = s(
  "ilma ilmi intala intalli haadha haati abbaa abbaan haadha_manaa haati_manaa abbaa_manaa abbaan_manaa niitii niitiin dhirsa dhirsi obboleessa obboleessi obboleettii obboleettiin mucaa mucaan daa'ima daa'imni akaakayyuu akaakayyuun akkoo akkoon adaadaa eessuma abbeeraa hiriyaa hiriyaan",
).flatMap((k) => s('koo kiyya keenya isaa ishee').map((p) => `${k} ${p}`))
// A month or weekday with "-tti" (in, on): "Fulbaanatti", "Wiixatatti".
const tti = (x: string): string[] => {
  const f = s(x)
  return [...f, `${f[0]}tti`, ...(f[0]!.endsWith('a') ? [`${f[0]}atti`] : [])]
}

/**
 * Afaan Oromo in Qubee, by hand: the Gregorian months by their Oromo names (Fulbaana is also Meskerem when the
 * Ethiopian calendar is meant; Qaammee, its 13th month, is under September), weekdays, numbers (om-numbers.ts, noun
 * before numeral: "waggaa sagaltamii sadii", 93 years), kin words with "koo", titles (Obbo, Aadde), given names (Qubee
 * and US spellings). Names that are words (nagaa, tolaa, hawwii, iftuu, abdii, gammachuu, caalaa, boruu, roobaa,
 * ayyaanaa) stay out of `words`; nagaa and tolaa are everydayWords.
 */
// biome-ignore format: packed table
export const om: LanguageTable = {
  code: 'om',
  name: 'Afaan Oromo',
  script: 'latin',
  months: [
    'amajjii amajji amaajjii amaajii', 'guraandhala guraandhalaa guraandala gurraandhala', 'bitootessa bitooteessa bitootessaa bitotessa',
    'ebla eebla eebila ebila', 'caamsaa caamsa camsaa', 'waxabajjii waxabajji waxabaajjii', 'adooleessa adoolessa adooleessaa adolessa',
    'hagayya hagaya hagayyaa', 'fulbaana fulbaanaa fulbana qaammee', 'onkoloolessa onkololeessa onkoloolessaa onkololessa',
    'sadaasa sadaasaa sadasa', 'muddee mudde',
  ].map(tti),
  weekdays: [
    'wiixata wiixataa wixata', 'kibxata kibxataa', 'roobii robii', 'kamiisa kamisa', 'jimaata jimaataa jimata',
    'sanbata sanbataa sambata sanbata_xiqqaa', 'dilbata dilbataa sanbata_guddaa',
  ].map(tti),
  numbers: OM_NUMBERS,
  ordinals: OM_ORDINALS,
  yearsOld: s('waggaa wagga ganna waggaa_dha waggaa_ti'),
  ageBefore: s(
    'waggaa wagga ganna umurii umuriin umuriin_koo umuriin_isaa umuriin_ishee umuriin_isaanii umurii_koo umurii_isaa umurii_ishee umuriin_koo_waggaa umuriin_isaa_waggaa umuriin_ishee_waggaa',
  ),
  dateMarkers: {
    dayBefore: [],
    dayAfter: [],
    monthBefore: ap(s("ji'a")),
    monthAfter: [],
    yearBefore: s('bara barri bara_kana'),
    yearAfter: s('a.l.i a.l.a'),
  },
  dateJoiners: s('bara'),
  numericOrder: 'dmy',
  numericDateBefore: s("beellama beellamni irraa hanga dhaladhe"),
  selfCues: s('maqaan_koo maqaan_kiyya maqaa_koo maqaan_isaa maqaan_ishee maqaan_isaanii ani ani_kan_bilbilu'),
  introductionEnds: s('jedhama jedhamti jedhamu dha ti'),
  nicknameCuesAfter: s('nan_jedhama naan_jedhu jedhamti'),
  relationCues: ap(KIN),
  titlesBefore: s('doktor doktora dr obbo aadde adde durbee narsii nersii barsiisaa qeesii sheek hajii'),
  titlesOnlyBeforeNames: s('obbo aadde adde durbee'),
  titlesAfter: [],
  signOffs: ap(s("galatoomi galatoomaa galatoomaa_baay'ee baay'ee_galatoomi baay'ee_galatoomaa nagaatti nagaan_turaa nagaan_turi")),
  familyNames: s('tolasaa gammachuu dirribaa fayyisaa gudataa abdiisaa toleeraa addunyaa magarsaa laggasaa nagaasaa badhaasaa gaaddisaa kumsaa dabalaa olaanaa tarrafaa'),
  givenNames: s(
    "caalaa tolasaa gammachuu lensaa caaltuu hawwii dinqee obsaa abdiisaa abdii dirribaa fayyisaa gudataa bontuu boruu biqilaa lammii tufaa jaarsoo ayyaanaa fiixee meetii sooriyaa toleeraa addunyaa galaanaa guutamaa eebbisee marartuu sanyii bilisummaa darajjee dabalaa ayyaantuu sooretii kumsaa olaanaa tasfaayee fiqaaduu margaa magarsaa baacaa jawaar gobanaa laggasaa mulugeetaa taaddasaa baqqalaa nagaasaa hundee dureessaa badhaasaa iftuu bayisaa tarrafaa lataa dassaalee raagaa roobaa gaaddisaa qananiisaa hirphaa mootii leellisee lalisee dammee tolaa nagaa iftu kadiir mohaammad ahimad ibraahim faaxumaa zahaaraa kadiijaa amiinaa haliimaa jamaal nuuraa chala tolosa gemechu lensa chaltu hawi obsa abdisa diriba fayisa gudeta bontu bikila ayana tolera adugna galana gutema ebise sanyi bilisuma dereje debela ayantu soreti kumsa olana fikadu merga megersa jawar gobena legesse negasa hunde badhasa bayisa terefe gadisa kenenisa hirpha",
  ),
  nameParticles: [],
  words: ap([
    // Pronouns, function words, questions, greetings.
    "ani an nan ati isaan nuti nuyi isin inni isheen isii kiyya koo kee keessan keenya isaanii kun sun kana kanaaf kanaan kanneen fi ykn yookaan yookiin garuu akka akkam akkamitti maal maaliif eessa eessatti yoom yeroo eenyu meeqa hangam kam eeyyee eeyye lakki miti dha jira jirti jiru jiraa hin hinjiru qaba qabda qabna qabu qabdi hinqabu keessa keessatti irra irratti gara bira biratti waliin wajjin booda dura duraa ammas har'a kaleessa boru borii ganama galgala halkan torbee torban waggaa sa'aatii daqiiqaa hunda hundi baay'ee baayyee xiqqoo muraasa homaa waan wanti namni nama hamma hanga osoo yoo erga sababni sababa sababiin akkasumas illee qofa biroo kaan tole dhiifama maaloo mee naaf nuuf isaaf isheef itti natti irraa keessaa fayyaa fayyaadha nagaadha jirtu bulte oolte",
    // Verbs.
    "barbaada barbaadda barbaadu barbaadna barbaachisa dhufe dhufa dhufuu dhufna dhufti deeme deema deemuu bilbile bilbiladhe bilbilaa bilbiluu fudhadhe fudhadha fudhachuu fudhate fudhatte fudhataa nyaadhe nyaachuu nyaata dhuge dhuguu rafuu hirriba danda'a danda'u dandeessu beeka beeku beekuu godhe godhu godhaa gochuu jedhe jette jedha jedhu jechuu dubbadhe dubbachuu gaafachuu gaaffii deebii deebisaa ergaa ergi jijjiiruu jijjiiruun jijjiiraa haquu jalqabe jalqabeera jalqabuu dhume dhumeera fooyya'e hammaate hammaateera dhukkubsadhe dhukkubsateera dhukkubsate dhukkubsattee qabate qabatee qabe qabeera gargaaruu gargaarsa gargaaraa eegaa eeguu argachuu argadhe arganne bitadhe bituu kaffaluu barreessi barreessuu dhaga'e dhaga'a dhaga'ama ture turte turan tureera ta'e ta'a ta'uu ta'eera deebi'e deebi'uu ba'e ba'uu galuu jiraadha jedhama jedhamti jedhamu dhukkubsatteetti dhukkubsateera bilbilee bilbileera guyyaatti ganamaan galgalaan halkaniin hardha erguu ergite fudhachaa nyaachaa dhugaa jira jirtii beellamni kaasaa dhalate dhalatte dhaladhe insuliinii insulinii yuunitii dandeenye dhufne dandeessa dhukkubsadheera dhufeera deemeera fudhadheera bilbileera ijoolleen lamaan miilli harki dugdi gurri lafeen onneen cimaa ajaje ajajee ajajeera",
    // The body, symptoms, care.
    "dhukkuba dhukkubni dhukkubbii mataa mataan garaa garaan hoqqisuu diddiguu qufaa qufaan qorra ho'a dhiita'e dhiitaa madaa dhiiga dhiigni dhiigaa dhiibbaa sukkaara sukkaaraa onnee sombaa tiruu harka miila jilba dugda lafee gurra ija ijji funyaan afaan ilkaan qoonqoo morma laphee qaama gogaa fincaan ulfaa dadhabbii dadhabeera naanna'a kansarii aazmaa qoricha qorichi qorichaa kiniinii kiniina lilmoo talaallii farmaasii hospitaala hospitaalaa buufata kilinika kilinikii ogeessa beellama qorannoo qorannaa bu'aa bu'aan yaalii kaffaltii inshuraansii bilbila lakkoofsa lakkoofsi teessoo mana manni hojii barumsaa bishaan buna shaayii aannan daabboo soomana oromoo ingiliffaa turjumaana mucaa ijoollee maatii dubartii dhiira namoota guyyoota",
  ].flatMap(s)),
  everydayWords: s('nagaa tolaa kan ana isa sana amma jala'),
  clinicalWords: s('dhukkubbii dhukkuba qufaa hoqqisuu diddiguu dhiitaa madaa sukkaara qoricha kiniinii lilmoo talaallii kansarii aazmaa'),
  wordEndings: s('eera eerti eetti iiru adhe adha ameera siise uuf anne eenye'),
  unitsAfter: ap(s("mg yuunitii kiniinii kiniina guyyaa guyyoota torbee torban ji'a ji'oota sa'aatii daqiiqaa si'a yeroo kiilo kg giraama ml liitira qarshii doolaara digrii copha")),
  doseUnits: ap(s("kiniinii kiniina si'a yeroo lilmoo copha")),
  cuesBefore: ap(s(
    "dhiibbaa_dhiigaa dhiibbaan_dhiigaa dhiibbaa sukkaara sukkaarri sukkaara_dhiigaa ho'a_qaamaa ho'i_qaamaa yuunitii guyyaa ulfaatina ulfaatinni dheerina sa'aatii kutaa gatii qarshii doolaara guyyoota torbanoota ji'oota si'a yeroo kiniinii kiniina dozii",
  )),
  streetWords: s('daandii karaa ganda gandaa aanaa magaalaa lakkoofsa_manaa'),
  addressCues: s('teessoon_koo teessoo_koo kan_jiraadhu'),
  birthCues: s("guyyaa_dhalootaa guyyaa_dhalootaa_koo guyyaan_dhalootaa_koo kan_dhaladhe dhaladhe dhalate dhalatte bara_dhalootaa"),
  phoneCues: s('lakkoofsa_bilbilaa lakkoofsi_bilbila_koo lakkoofsa_bilbila_koo bilbila_koo lakkoofsa_koo lakkoofsi_koo naaf_bilbilaa moobaayilii'),
  weekdayRelatives: s('darbe dhufu itti_aanu'),
  numberAlternatives: s('ykn yookaan'),
}
