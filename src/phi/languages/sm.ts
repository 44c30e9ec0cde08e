import { SM_NUMBERS, SM_RUN_NUMBERS } from './sm-numbers'
import { P } from './to-numbers'
import type { LanguageTable } from './types'

/** Kin words after each possessive, and with the "o" that may come before the name ("loʻu tina o Malia"). */
const kin = (owners: string, kins: string): string[] =>
  P(owners).flatMap((o) => P(kins).flatMap((k) => [`${o} ${k}`, `${o} ${k} o`]))

/**
 * Samoan (gagana Samoa) as Samoans in the US write it: the glottal stop (koma liliu) written ʻ, ' or ’ or left out,
 * macrons often left out (every spelling made by `P`, to-numbers.ts). Written by hand: months, weekdays ("Aso Gafua"),
 * cardinals (sm-numbers.ts), "tausaga" (years) after the number, cues, titles, Samoan given names and family names
 * (often chiefly titles) from memory, no real person. Words that are also names (tina mother, alofa love, masina
 * moon, lagi sky, fetu star, mata eye, tui, sina, malu) are `everydayWords` only. "Me" (May) is read only after "o"
 * ("15 o Me"): alone it is the English "me".
 */
// biome-ignore format: packed table
export const sm: LanguageTable = {
  code: 'sm',
  name: 'Samoan',
  script: 'latin',
  months: [
    'ianuari ianuali', 'fepuari fepuali', 'mati', 'aperila apelila', '', 'iuni', 'iulai', 'aokuso', 'setema',
    'oketopa', 'novema', 'tesema',
  ]
    .map((m) => P(m))
    // May only with its glottal stop written ("15 ʻo Me"): "o me" without it is Spanish ("ahí o me mandan").
    .map((forms, i) => (i === 4 ? ["ʻo me", "'o me", '’o me', 'ʻo mē', "'o mē", '’o mē'] : forms)),
  weekdays: [
    'aso_gafua gafua', 'aso_lua', 'aso_lulu', 'aso_tofi', 'aso_faraile aso_falaile faraile',
    "aso_to'ona'i to'ona'i", 'aso_sā',
  ].map((d) => P(d)),
  numbers: SM_NUMBERS,
  numbersInRuns: SM_RUN_NUMBERS,
  ordinals: Object.fromEntries(P('muamua').map((w) => [w, 1])),
  yearsOld: P('tausaga ona_tausaga o_tausaga tausaga_le_matua'),
  ageBefore: P('lona_matua lo_na_matua age'),
  dateMarkers: {
    dayBefore: [],
    dayAfter: [],
    monthBefore: P('masina le_masina'),
    monthAfter: [],
    yearBefore: P('le_tausaga'),
    yearAfter: [],
  },
  // "mai" (from, hither) opens a range ("mai le aso 3"); listed here (a closed list) it is a word of Samoan texts, never
  // the given name Mai ("mai le": Mai Lê) nor May after "sau" (Vietnamese six).
  // "ʻo" joins a date only with its glottal stop written: a bare "o" is Spanish and Portuguese "or" ("el 3 o el 5").
  dateJoiners: ['ʻo', "'o", '’o', 'mai'],
  monthJoiners: ['o'],
  numericOrder: 'dmy',
  selfCues: P(
    "o_lo'u_igoa_o o_lo'u_igoa_'o lo'u_igoa_o o_lo'u_igoa lo'u_igoa o_a'u_o o_a'u_lenei_o o_a'u_lenei o_a'u my_name_is this_is i_am",
  ),
  relationCues: [
    ...kin(
      "lo'u la'u",
      "tina tinā tamā tama atali'i afafine to'alua tinamatua tamamatua uso tuafafine tuagane tamaitiiti tama_teine tama_tama uō faletua toalua aiga",
    ),
    ...P('my_mother my_father my_son my_daughter my_wife my_husband'),
  ],
  titlesBefore: P("foma'i fomai tausima'i faifeau susuga lau_susuga afioga lau_afioga tama'ita'i tiakono sister pastor dr"),
  titlesAfter: [],
  signOffs: P("fa'afetai fa'afetai_tele fa'afetai_lava ia_manuia manuia tōfā tōfā_soifua alofa_atu thank_you"),
  familyNames: P(
    "faleolo tuilagi leota fonoti tuiasosopo fa'amausili aumua sapolu tupua toleafoa soliai fuimaono leavasa sapele tuimavave lemalu faleafa tauiliili tuala aiono lealofi afamasagave'a tuatagaloa matagi pouono fa'alogo tanuvasa seiuli mulitalo",
  ),
  givenNames: P(
    "ioane tavita sione malia losa mele lupe sina falaniko iosefa mikaele peni pita sefo lagi fetu masina alofa siaosi mareko teuila malu ana losana sefa seini lusia tavale fa'amoana filipo",
  ),
  nameParticles: [],
  words: P(
    // Function words, pronouns and possessives.
    "o e le se i ia a ma ua na sa ai ae pe fo'i lava mai atu ane nei lena lea lenei ou te a'u 'oe matou tatou outou latou maua taua lo'u lou lana lona la'u lau lo si 'ā fea afea aisea leai ioe fia ni nisi uma tele isi talu mo o'u tatau fa'alua fa'atolu mulimuli muamua fou tuai " +
    // Verbs.
    "mana'o alu sau fai 'ai inu moe savali galue fesoasoani fa'amolemole iloa va'ai fa'alogo tautala talanoa tusi faitau tatali toe fo'i fa'atali fa'atulaga fa'amavae vala'au telefoni ave aumai tu'u amata uma nofo mafai lagona " +
    // More verbs, function words, body and care.
    "fa'atumu faigata pa'ū pau sauni ta'u_mai fesili iai ona ina ifo a'e na'o so'o to'atele laiti la'itiiti tama'i fiafia fa'anoanoa vave tuai aumai tago fufulu ta'ele ala tū tamo'e fa'atau totogi tupe faleoloa ta'avale pasi inisiua pepa fomu fa'aliliu gagana fa'apālagi matua toeaina lo'omatua pepe tuaoi lotu ekalesia mae'a aveina malamalama peretania igilisi suia lo'o le'i vili aoga 'a'ai " +
    " gutu tauau tamatamailima tulivae ivi pa'u māmā ate fatuga'o mimi mageso tuitui manu'a 'afu malulu vevela popole atuatuvale su'esu'ega su'ega_toto taotoga kalinika inisalini ma'itō " +
    // Greetings.
    "talofa malo manuia tofa fa'afetai lelei leaga " +
    // Time.
    "aso vaiaso tausaga itula minute taeao afiafi asō ananafi taimi nanei " +
    // People, home.
    "tinā tamā atali'i afafine to'alua tinamatua tamamatua uso tuafafine tuagane tamaitiiti tamaiti aiga fale galuega a'oga igoa numera tuatusi tala lotu falesa mea'ai teine tama fafine tamaloa " +
    // Clinic, body, symptoms, medicine.
    "foma'i tausima'i falema'i ma'i tiga ulu manava fatafata fatu toto suka fiva tale pua'i  vaivai niniva fulafula fualaau fuala'au vaila'au tui tui_puipui fanau ma'itaga gutu nifo taliga isu vae lima_tiga tua ua_ma'i ma'i_suka toto_maualuga tiga_ulu kanesa",
  ),
  clinicalWords: P("tiga fiva pua'i vaivai niniva fulafula fualaau vaila'au falema'i toto_maualuga"),
  unitsAfter: P("mg mcg ml kg taimi aso vaiaso masina itula minute tala kilo pauna tikeri fualaau fuala'au"),
  doseUnits: P("taimi fualaau fuala'au"),
  cuesBefore: P('toto toto_maualuga suka mamafa fiva itula i_le_itula potu tau'),
  streetWords: P('auala ala street st ave rd'),
  addressCues: P("lo'u_tuatusi o_lo'u_tuatusi tuatusi ou_te_nofo_i"),
  birthCues: P("na_fanau_a'u fanau_a'u aso_fanau le_aso_na_fanau_ai"),
  phoneCues: P("numera_telefoni lo'u_numera la'u_numera telefoni_mai vala'au_mai"),
  residenceCues: P('ou_te_nofo_i matou_te_nofo_i latou_te_nofo_i sa_ou_nofo_i'),
  numericDateBefore: P('aso'),
  holidays: P("kerisimasi tausaga_fou eseta aso_sā_o_tamaiti lotu_tamaiti aso_o_tinā aso_o_tamā"),
  weekdayRelatives: P("a_sau na_te'a nei"),
  periodCues: P('talu talu_mai'),
  everydayWords: P("mai tina alofa masina lagi fetu mata sina malu tasi"),
}
