import { P, TO_NUMBERS } from './to-numbers'
import type { LanguageTable } from './types'

/** Kin words after each possessive, and with the "ko" that may come before the name ("ʻeku faʻē ko Mele"). */
const kin = (owners: string, kins: string): string[] =>
  P(owners).flatMap((o) => P(kins).flatMap((k) => [`${o} ${k}`, `${o} ${k} ko`]))

/**
 * Tongan (lea faka-Tonga) as Tongans in the US write it: the glottal stop (fakauʻa) written ʻ, ' or ’ or left out,
 * macrons often left out (every spelling is made by `P`). Written by hand: the Tongan months and weekdays,
 * cardinals (to-numbers.ts), "taʻu" (age, year) before the number, cues, titles, Tongan given and family names from
 * memory (no real person). Words that are also names (ʻofa love, lupe dove, manu bird, fonua land, mata eye, kai eat,
 * lea speak, sai good, hala road, lolo oil, pule rule) are kept out of `words`: `everydayWords` only.
 */
// biome-ignore format: packed table
export const to: LanguageTable = {
  code: 'to',
  name: 'Tongan',
  script: 'latin',
  months: [
    'sānuali janueli', 'fēpueli fepuali', "ma'asi masi", "'epeleli 'epelili", '', 'sune',
    'siulai', "'aokosi", 'sepitema', "'okatopa", 'nōvema', 'tīsema tisemu',
  ]
    .map((m) => P(m))
    // May only with its glottal stop written ("15 ʻo Mē"): "o me" without it is Spanish.
    .map((forms, i) => (i === 4 ? ["ʻo mē", "'o mē", '’o mē', 'ʻo me', "'o me", '’o me'] : forms)),
  weekdays: ['mōnite', 'tūsite', 'pulelulu', "tu'apulelulu", 'falaite', 'tokonaki', 'sāpate'].map((d) => P(d)),
  numbers: TO_NUMBERS,
  ordinals: Object.fromEntries(P("'uluaki").map((w) => [w, 1])),
  yearsOld: P("ta'u ta'u_motu'a"),
  ageBefore: P("ta'u 'oku_ta'u kuo_ta'u ko_e_ta'u hono_ta'u 'ene_ta'u age"),
  dateMarkers: {
    dayBefore: P("'aho he_'aho"),
    dayAfter: [],
    monthBefore: P('māhina'),
    monthAfter: [],
    yearBefore: P("he_ta'u"),
    yearAfter: [],
  },
  // "mai" (hither: "tā mai", call me) is no joiner: listed here (a closed list) it is a word of Tongan texts, never the
  // given name Mai, nor May after "ta" (Vietnamese twelve).
  // "ʻo" joins a date only with its glottal stop written: a bare "o" is Spanish and Portuguese "or" ("el 3 o el 5").
  dateJoiners: ['ʻo', "'o", '’o', 'mai'],
  monthJoiners: ['o'],
  numericOrder: 'dmy',
  selfCues: P(
    "ko_hoku_hingoa_ko ko_hoku_hingoa_'oku ko_hoku_hingoa hoku_hingoa_ko hoku_hingoa ko_au_ko ko_au_eni_ko ko_au_eni ko_au 'oku_ou_hingoa_ko my_name_is this_is i_am",
  ),
  relationCues: [
    ...kin(
      "'eku hoku",
      "fa'ē tamai foha 'ofefine uaifi husepāniti kui kui_fefine kui_tangata tokoua tuofefine tuonga'ane tama fānau mokopuna hoa kaungāme'a mehekitanga fa'ētangata 'anti 'ankolo",
    ),
    ...P('my_mother my_father my_son my_daughter my_wife my_husband'),
  ],
  titlesBefore: P("toketā tokitā dr nēsi faifekau fa'ifekau sister sista pastor tīkoni 'eiki misa mrs"),
  titlesAfter: [],
  signOffs: P("mālō mālō_'aupito mālō_pē 'ofa_atu 'ofa_lahi_atu fakafeta'i tulou nofo_ā thank_you"),
  familyNames: P(
    "tupou taufa fifita vaipulu latu havili fonua kata vake mafi moala kioa helu manu fusitu'a vea naufahu taumalolo funaki mahe tuipulotu hufanga pulu fakatava kaufusi lolohea vaka 'ahio taione tuakalau vainikolo tapueluelu piutau veikune folau halapua taumoepeau kupu vaihu fotu",
  ),
  givenNames: P(
    "sione mele siosaia tevita viliami sela losaline salote lavinia 'ana pita paula seini siaosi sitani tomasi semisi sifa kalolaine lupe mosese soane 'ofa 'amelia sioeli vika fekitoa feleti mafileo heilala losana 'asinate lesieli atelaite 'anaseini malakai taniela sioape penisimani kuli 'alisi",
  ),
  nameParticles: [],
  words: P(
    // Function words, pronouns and possessives.
    "'oku na'e te 'e ko ki 'i 'o mo pea ka kae he ha 'a ai ange mai atu pe foki kuo 'ikai 'io au ou koe ke ne ia kimautolu kitautolu kimoutolu kinautolu mau tau nau mou 'eku hoku 'ene hono ho'o 'ema 'emau homau 'etau hotau 'enau honau eni ena fēfē hā fē 'afē 'anefē hai ni kotoa 'aupito lahi si'i si'isi'i mo'oni kapau koe'uhi 'uhinga kei fie toe 'osi pē ē tu'o fo'ou fakafo'ou tokotaha na'a 'aki 'oua kole ki'i taki hili kimu'a talu " +
    // Verbs.
    "fiema'u ma'u 'alu ha'u inu mohe lue ngāue fai fakahoko tali talanoa tala 'ilo 'ilo'i sio vakai 'ave 'omi tuku kamata 'oatu fakamolemole kātaki tokoni tauhi nofo lava fakatatali tatali fakafoki liliu fetu'utaki tā telefoni tohi lau tui fanongo ongo'i mālōlō " +
    // More verbs, function words, body and care.
    "mateuteu fakatokanga fakamatala fakapapau faka'osi fakataha fakatau totongi falekoloa me'a ngaahi tokolahi vave tuai fiefia loto ongo hela hela'ia tu'u lele tō lahi_ange si'i_ange kovi_ange kimu'a 'amui 'apō 'anepō sekoni kakai fāmili 'api 'apiako pasi 'inisiua foomu fakahū fakatonulea manatu ngalo fe'unga 'iate kiate ma'aku ma'a 'a'aku ko'eni koia fiha fakataha'i faka-tonga fakatonga fakapālangi he'eku ninimo fakaongo " +
    "sino ngutu uma hui kili ma'ama 'ate mimi kafo fulu kulokula 'inisulini piliu famasi sivi_toto tafa tafa'i " +
    // Greetings and politeness.
    "mālō lelei kovi 'ofa fakafeta'i tulou " +
    // Time.
    "taimi 'aho uike māhina houa miniti pongipongi efiafi po'uli ho'atā 'apongipongi 'aneafi 'ahoni kaha'u kuo'osi mau_pē " +
    // People, home.
    "fale kāinga fānau tamaiki fa'ē tamai foha 'ofefine uaifi husepāniti tokoua tuofefine tuonga'ane fefine tangata tamasi'i ta'ahine motu'a kui mokopuna hingoa fika tu'asila pa'anga tola ngāue'anga lotu siasi me'akai " +
    // Clinic, body, symptoms, medicine.
    "puke mahaki mamahi langa fiva mofi tale 'ulu kete fatafata mafu toto suka huhu faito'o fo'i toketā nēsi falemahaki kiliniki 'apoinimeni mānava lua'i fakalele vaivai fufula lavea nifo telinga ihu va'e tu'a kia kanisā feitama fā'ele 'ahi'ahi sivi mahaki_suka toto_mā'olunga fale_faito'o langa_'ulu",
  ),
  clinicalWords: P("puke mahaki mamahi langa fiva faito'o falemahaki kiliniki lua'i fakalele fufula kanisā"),
  unitsAfter: P("mg mcg ml kg taimi 'aho uike māhina houa miniti tola pa'anga kilo pauni tikili fo'i"),
  doseUnits: P("taimi fo'i"),
  cuesBefore: P("toto toto_mā'olunga suka mamafa fiva houa he_houa loki totongi tola"),
  streetWords: P("hala 'auala street st ave rd"),
  addressCues: P("'eku_tu'asila hoku_tu'asila tu'asila 'oku_ou_nofo_'i"),
  birthCues: P("na'e_fā'ele'i_au fā'ele'i 'aho_fā'ele'i na'e_fanau'i_au fanau'i 'aho_fanau'i"),
  phoneCues: P("fika_telefoni fika_fetu'utaki 'eku_fika hoku_fika telefoni_mai tā_mai"),
  residenceCues: P("'oku_ou_nofo_'i 'oku_mau_nofo_'i 'oku_nau_nofo_'i"),
  numericDateBefore: P("'apoinimeni 'aho"),
  holidays: P("kilisimasi ta'u_fo'ou toetu'u 'aho_fa'ē 'aho_tamai"),
  weekdayRelatives: P("kaha'u kuo_'osi hoko"),
  periodCues: P('talu talu_mei'),
  everydayWords: P("ku mei 'ofa lupe manu fonua mata kai lea sai hala lolo pule vai"),
}
