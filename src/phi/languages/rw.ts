import { RW_NUMBERS, RW_RUN_NUMBERS, s } from './rw-numbers'
import type { LanguageTable } from './types'

// The month by its number ("ukwezi kwa gatatu", the third month; "z'ukwezi kwa" after a day).
const nth = s(
  'mbere kabiri gatatu kane gatanu gatandatu karindwi|indwi umunani|munani icyenda|cyenda|icenda icumi|cumi cumi_na_rimwe cumi_na_kabiri',
)
const month = (i: number, names: string): string[] => [
  ...s(names),
  ...nth[i]!.split('|').flatMap((o) => [`ukwezi kwa ${o}`, `z'ukwezi kwa ${o}`, `z’ukwezi kwa ${o}`]),
]
// Kin words with "my" after them (Kinyarwanda -anjye, Kirundi -anje) and "our" (wacu).
const my = (x: string): string[] =>
  s(x).flatMap((k) => {
    const [w, p] = k.split('/') as [string, string]
    // Also with "n'" (and, with) written onto the noun: "n'umugabo wanjye", "n'umwana wanjye".
    const forms = [`${w} ${p}anjye`, `${w} ${p}anje`, `${w} ${p}acu`]
    return /^[aeiou]/.test(w) ? [...forms, ...forms.map((f) => `n'${f}`)] : forms
  })
// Each form with the curly apostrophe phones type for '.
const ap = (forms: readonly string[]): string[] => [
  ...forms,
  ...forms.filter((f) => f.includes("'")).map((f) => f.replace(/'/g, '’')),
]

/**
 * Kinyarwanda with the Kirundi spellings and words (the two are mutually intelligible; Rwandan, Burundian and
 * Congolese refugee families), by hand: the months (Rwandan names, Kirundi names, "ukwezi kwa gatatu"; Nyakanga is
 * July in Rwanda and September in Burundi: read as July), weekdays ("ku wa mbere" … "ku cyumweru"), numbers in
 * rw-numbers.ts (noun before numeral: "imyaka mirongo icyenda n'ibiri", 92 years), dates ("itariki ya 14 z'ukwezi kwa
 * gatandatu"), kin words with the possessive after them ("umugore wanjye", "umukenyezi wanje"), titles, given names.
 * Given names that are words (Mugisha, Ishimwe, Ineza, Rukundo, Amahoro, Keza, Mahoro, Imanishimwe) stay out of
 * `words`; the nouns with their augment ("umugisha", "urukundo") are words.
 */
// biome-ignore format: packed table
export const rw: LanguageTable = {
  code: 'rw',
  name: 'Kinyarwanda',
  script: 'latin',
  months: [
    month(0, 'mutarama nzero'), month(1, 'gashyantare gashantare ruhuhuma'), month(2, 'werurwe weruwe ntwarante'),
    month(3, 'mata ndamukiza'), month(4, 'gicurasi rusama'), month(5, 'kamena ruheshi'), month(6, 'nyakanga mukakaro'),
    month(7, 'kanama myandagaro nyandagaro'), month(8, 'nzeri nzeli'), month(9, 'ukwakira gitugutu'),
    month(10, 'ugushyingo ugushingo munyonyo'), month(11, 'ukuboza kigarama'),
  ],
  weekdays: [
    ...s('mbere kabiri gatatu kane gatanu gatandatu').map((d) => [`ku wa ${d}`, `kuwa ${d}`, `kuwa${d}`]),
    ap(s("ku_cyumweru kucyumweru ku_cumweru ku_w'iyinga")),
  ],
  numbers: RW_NUMBERS,
  numbersInRuns: RW_RUN_NUMBERS,
  ordinals: {},
  yearsOld: ap(s("imyaka imyaka_y'amavuko y'amavuko")),
  ageBefore: ap(s("imyaka afite_imyaka mfite_imyaka ufite_imyaka afise_imyaka mfise_imyaka ufise_imyaka ageze_ku_myaka ku_myaka myaka y'imyaka ufite_imyaka_ingahe")),
  dateMarkers: {
    dayBefore: s('itariki tariki taliki italiki'),
    dayAfter: [],
    monthBefore: ap(s("ukwezi z'ukwezi")),
    monthAfter: [],
    yearBefore: ap(s("umwaka mwaka w'umwaka")),
    yearAfter: [],
  },
  markerJoiners: s('ya wa kwa mu'),
  dateJoiners: s('ya wa mu'),
  numericOrder: 'dmy',
  numericDateBefore: s('itariki tariki taliki gahunda randevu'),
  selfCues: ap(s(
    "nitwa nditwa izina_ryanjye_ni izina_ryanje_ni izina_ryanjye izina_ryanje amazina_yanjye_ni amazina_yanje_ni amazina_yanjye ndi jye_ndi njye_ndi jewe_ndi ni_jye ni_njye ni_jyewe ni_jewe uyu_ni muraho_ni mwaramutse_ni mwiriwe_ni bite_ni amakuru_ni allo_ni alo_ni hello_ni bonjour_ni",
  )),
  nicknameCues: s('bamwita banyita yitwa witwa'),
  relationCues: [
    ...my('umugore/w umugabo/w umukenyezi/w umwana/w umuhungu/w umukobwa/w mama/w papa/w umubyeyi/w mushiki/w musaza/w murumuna/w mukuru/w umwuzukuru/w inshuti/y muramu/w umukwe/w umukazana/w nyirarume/w'),
    ...s('abana_banjye abana_banje data mawe masenge nyogokuru sogokuru nyokuru sokuru mama papa data_wacu mama_wacu'),
  ],
  titlesBefore: s('muganga dogiteri dokiteri dr madamu bwana umuforomo umuforomokazi padiri pasiteri mwalimu nyakubahwa mama papa'),
  titlesOnlyBeforeNames: s('madamu'),
  titlesAfter: [],
  kinTitles: s('mama papa nyogokuru sogokuru'),
  signOffs: s('imana_ibahe_umugisha murakoze urakoze mwakoze murakoze_cyane urakoze_cyane murakoze_cane urakoze_cane murakoze_chane mugire_amahoro mugire_umunsi_mwiza murabeho urabeho mwirirwe mwiriwe'),
  familyNames: s(
    'habimana uwimana niyonsaba ndayisaba hakizimana ndikumana nkurunziza ndayishimiye bizimana niyonzima nsengiyumva nshimiyimana harerimana ntakirutimana hategekimana habyarimana bigirimana ndagijimana manirakiza niyongabo nahimana mutabazi munyaneza nsabimana nzeyimana murenzi rwigema gakwaya nkusi kamanzi mbabazi kalisa gasana mugabo kagame twagiramungu uwamahoro mukamana mukeshimana niyibizi nibizi sebagenzi rutayisire ngabo nizeyimana ndayizeye barankitse',
  ),
  givenNames: s(
    'mugisha ishimwe iradukunda uwase uwera mukamana uwimana habimana niyonsaba ndayisaba uwamahoro umutoni mutoni ingabire umuhoza uwineza keza kalisa gasana mugabo mutesi kayitesi nshimiyimana niyonzima nsengiyumva irakoze irakiza ineza igiraneza isimbi gatete mukeshimana nyiraneza murekatete uwamariya uwizeye tuyishime tuyisenge twizerimana niyigena nizeyimana rukundo mucyo munyaneza murenzi mbabazi ikirezi shema ihirwe impano amahoro mahoro imanishimwe uwizeyimana umuhire mukundwa ganza gakuba kwizera kanyana uwamwezi nyiramana niyokwizera iranzi butera kaneza umwari uwingabire akimana irakarama umulisa mulisa umurerwa uwitonze uwimbabazi mukantwari mukansanga nyirabagenzi manzi kamali kaliza kamaliza gisubizo habineza nsanzimana ntwari mugwaneza muhire mushimiyimana iriza ishema teta umutesi uwiringiyimana ngoga shyaka rugamba nshuti hirwa bwiza mbonyi gatera cyusa niyonsenga nduwimana ndayizeye niyonkuru nizigiyimana manirambona arakaza inamahoro ininahazwe irankunda nshimirimana gahungu minani nyandwi ndayiragije irambona',
  ),
  nameParticles: s('de'),
  // "Jean de Dieu", "Marie de Dieu": a given name of Rwanda and Burundi.
  compoundGivenNames: s('dieu'),
  words: ap([
    // Pronouns, possessives, function words, questions.
    "jye njye jyewe wowe weho twe twebwe mwebwe jewe wewe twebwe na nka kuko ariko cyangwa canke kandi ngo ko ku mu kwa muri kuri nyuma hanyuma ubu ubungubu none ejo ejobundi vuba cyane cane gato buhoro neza nabi yego oya ego ntabwo nta hano aho iki iyi uyu aba ibi aya iyo uwo icyo ibyo ayo izo ico ivyo bose byose byinshi bike gusa nanone he ryari gute nde kubera kugira kugeza kuva hamwe rwose koko ndetse naho nuko ubwo ahubwo birashoboka ngombwa byiza vyiza cyiza mwiza meza mubi kinini gito mwinshi gishya muzima nyabuneka nyamuneka mbabarira mumbabarire ihangane wanjye yanjye ryanjye cyanjye byanjye zanjye banjye rwanjye kwanjye bwanjye wawe yawe wacu yacu wabo yabo wanje yanje ryanje canje vyanje wiwe we munsi gitondo manywa buri nijoro nimugoroba igitondo igihe isaha amasaha umunsi iminsi icyumweru ibyumweru ukwezi amezi umwaka iminota saa gishize gitaha hashize ushize utaha",
    // Verbs in their usual forms (Kinyarwanda, then Kirundi).
    "ni ndi turi yari byari bimeze meze ameze umeze mumeze mfite afite ufite dufite bafite mufite mfise afise ufise dufise bafise ndwaye arwaye urwaye barwaye yarwaye narwaye ndarwaye ndababara arababara birababaza biraryana ndashaka nshaka ndifuza ndagusaba ndabasaba ndasaba ndabinginze sinshobora ndashobora ushobora murashobora mushobora nzaza ndaza naje yaje sinzaza ntazaza kuza gufata nafashe yafashe ndafata afata kunywa ndanywa aranywa nanyweye yanyweye kurya ndarya ntarya ntashobora gusinzira sinsinzira guhumeka ahumeka kuruka aruka yarutse ndaruka acibwamo akorora ndakorora gukorora kubabara guhamagara hamagara nzahamagara mumpamagare mumpamagara ohereza mwohereze kohereza nohereje nakiriye kubona nabonye ndabona kumva ndumva numva yumva kuvuga avuga yavuze mbwira mumbwire kumenya sinzi ndabizi gufasha mumfashe mumfasha guhindura gusubika kwemeza gutegereza tegereza gusubira nasubiye kujya ngiye agiye nagiye yagiye kugenda gukira nakize yakize gukomeza birakomeza byiyongereye byagabanutse byatangiye yatangiye natangiye byarangiye yarangiye yashize byashize nibagiwe kuba ndakeka ntekereza ndabyumva ndashimira gupima yapimwe gukingira atwite ndatwite gutwita kubyara yabyaye kubagwa yabazwe akeneye nkeneye dukeneye ndagowe arakorora ararwaye araruka arasinzira ntasinzira arahumeka yaguye yakomeretse yapfuye yabyimbye azaza tuzaza muzaza turaza ndaje ndahamagara nahamagaye mwampamagaye munyoherereze mwoherereze ndakeneye ndabaza nabajije kubaza anywa yariye yanyoye fata fate mufate mufata ufate ufata nywa unywe unywa mubwire ubwire bya rya cya za rwa twa bwa kuyisubika kuyihindura kwimura kuyimura turabasaba ndabashimira nifuza sawa birandya biramerera ntibikira ntibishira bikomeje byakomeje tubwire mumbwire ndabyuka ndaryama aryama ryama yo nibyo ntibyo ndemera sinemera ndabyemeye nzagaruka azagaruka nshobora ntibishoboka mwanyoherereza mwanyoherereze mwanyoherereje yambwiye yambwiye yatubwiye yavuze yanyandikiye kunyandikira kumpamagara kumfasha kumbwira akibona nkibona ntakibona akiri nkiri ndacyari aracyari ndakubaza niba aratwite ndatwite turashaka murashaka barashaka yasabye nasabye ndagerageza twagiye bagiye baje twaje mwaje ndagiye ntiyaje ntiyaryamye ararira arira yarize yababaye nababaye birababaje ndarembye arembye ararembye kubonana ibahe ibarinde ikurinde iguhe witwa yitwa bitwa ndagusavye ndabasavye umpamagare yavunitse navunitse kuvugana kuvugisha tuvugane ndayinywa ndayifata ishize ishije nabazwe yabazwe bitaro gifu mutwe mugongo gituza maso mazi biro",
    // Greetings, people, home and clinic.
    "muraho mwaramutse mwiriwe bite amakuru ndaho ndahari ntakibazo ikibazo ibibazo umurwayi abarwayi abaganga umuntu abantu umugore umugabo abagore abagabo umukecuru umusaza uruhinja umwana abana umuhungu umukobwa umubyeyi ababyeyi umuryango inzu urugo rugo akazi ishuri imodoka amafaranga ibiryo amazi icyayi ururimi ikinyarwanda ikirundi igifaransa icyongereza igiswahili umusemuzi ubutumwa telefone nimero gahunda randevu ubwishingizi mituweli ifishi ikarita ibitaro ivuriro kliniki farumasi famasi imiti umuti ikinini ibinini urushinge inshinge urukingo inkingo isuzuma ibizamini ibisubizo doze ibitonyanga ikiyiko umugisha urukundo imana mbiri tatu yine tanu kumi moya ebyiri make menshi bike gake kenshi nda ikindi indi undi abandi ibindi uburebure urupapuro inite unite",
    // The body, symptoms, conditions.
    "umutwe inda igifu umugongo ukuguru amaguru ukuboko amaboko ijisho amaso ugutwi amatwi izuru umunwa amenyo iryinyo umuhogo ijosi igituza umutima ibihaha impyiko umwijima uruhu umubiri ivi amavi urutugu amaraso inkari umuriro ububabare inkorora ibicurane impiswi guhitwa isesemi iseseme isereri umunaniro ibiheri kubyimba byabyimbye igisebe ibisebe igikomere imihango diyabete diyabeti isukari umuvuduko asima igicuri kanseri malariya igituntu virusi agakoko aleriji agahinda ihungabana kudasinzira ibitotsi umwuka ubukonje ubushyuhe ubushuhe umusonga indwara uburwayi ubuzima kwivuza kuvurwa",
  ].flatMap(s)),
  everydayWords: s('bo si ki wenda bibi ari uri bari nari arya amata saba ineza amahoro mahoro mugisha ishimwe keza kwizera navutse yavutse wavutse'),
  clinicalWords: s('insuline insiline parasetamoli ububabare inkorora ibicurane impiswi isesemi isereri diyabete umuvuduko igicuri kanseri malariya igituntu umusonga ibinini urushinge urukingo'),
  unitsAfter: ap(s("mg mcg ml kg g mmhg % dogere degere inite unite ku_munsi ku_cyumweru")),
  doseUnits: s('inshuro ibinini ikinini'),
  cuesBefore: ap([
    ...s("saa isaha inite unite dogere degere amasaha umunsi iminsi icyumweru ibyumweru amezi iminota inshuro ibinini ikinini ibitonyanga ibiyiko doze icyumba amafaranga idolari amadolari"),
    // A reading with its possessive and "is": "isukari yanjye ni 180", "ubushyuhe bwe ni 38".
    ...s("isukari/y ubushyuhe/bw ubushuhe/bw uburebure/bw ibiro/by umuvuduko/w umuvuduko_w'amaraso/w umuriro/w").flatMap((c) => {
      const [w, p] = c.split('/') as [string, string]
      return [w, `${w} ni`, ...['anjye', 'anje', 'e'].flatMap((m) => [`${w} ${p}${m}`, `${w} ${p}${m} ni`])]
    }),
  ]),
  streetWords: s('umuhanda inzira'),
  addressUnits: s('icyumba'),
  addressCues: ap(s("aderesi_yanjye aderesi_yanjye_ni ndatuye ntuye dutuye atuye")),
  birthCues: ap([
    ...s("itariki_y'amavuko itariki_navukiyeho italiki_y'amavuko amavuko igihe_navukiye"),
    ...s('navutse yavutse wavutse').flatMap((v) => [v, `${v} mu`, `${v} mu mwaka`, `${v} mu mwaka wa`, `${v} muri`]),
  ]),
  phoneCues: ap(s('nimero_yanjye nimero_yanjye_ni nimero_ya_telefone telefone_yanjye mumpamagare_kuri mpamagara_kuri mumpamagare whatsapp')),
  periodCues: s('kuva kugeza guhera'),
  weekdayRelatives: s('gishize gitaha utaha ushize'),
  wordEndings: s('aye utse itse etse otse atse iwe ewe jwe shwe zwe'),
  numberAlternatives: s('cyangwa canke'),
}
