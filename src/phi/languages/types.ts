/**
 * One language as data: what the engine needs to read dates, ages, numbers and names written in it. Each
 * language is one file under src/phi/languages/ exporting a {@link LanguageTable}; the engine compiles them once
 * (languages/index.ts). Every string is lower case (the engine lower-cases text before looking words up) and is
 * listed in every spelling writers use: with and without diacritics, abbreviations without their dot, declined forms.
 */
export interface LanguageTable {
  /** ISO 639-1 code (ht for Haitian Creole, tl for Tagalog, zh for Chinese). */
  code: string
  /** English name of the language. */
  name: string
  /** The script its patients write in ('latin' for Vietnamese, Tagalog, Haitian Creole, French, Portuguese, Somali). */
  script:
    | 'latin'
    | 'han'
    | 'hangul'
    | 'cyrillic'
    | 'arabic'
    | 'devanagari'
    | 'ethiopic'
    | 'gurmukhi'
    | 'bengali'
    | 'gujarati'
  /** 12 entries, January first; each entry every form of that month (full, short, genitive/declined, no diacritics). */
  months: ReadonlyArray<readonly string[]>
  /** 7 entries, Monday first; each entry every form of that weekday. */
  weekdays: ReadonlyArray<readonly string[]>
  /**
   * Cardinal number words with their value: every number 0-100 (each spelling: hyphenated and spaced forms,
   * without diacritics), the hundreds, thousand(s) and the words for 1000-2000 used in years. Multi-word forms
   * are written with single spaces. For Chinese and Korean also the native characters (一 二 … 九十九, 일 이 … 구십구,
   * 하나 둘 … 아흔아홉) as whole strings.
   */
  numbers: Readonly<Record<string, number>>
  /** Ordinal words for days 1-31 with their value ("premier", "1er" is digits, not here; "primeiro", "первого", "mồng một"). */
  ordinals: Readonly<Record<string, number>>
  /** Words right after a number meaning "years old" ("ans", "anos", "tuổi", "岁", "歲", "살", "세", "лет", "года", "год", "سنة", "عاما", "taong gulang", "taon"). */
  yearsOld: readonly string[]
  /** Words right before a number meaning "age" or "aged" ("âgé de", "idade", "edad", "возраст", "tuổi" if it precedes, "العمر"). */
  ageBefore: readonly string[]
  /** Words or characters that mark a number as a day, month or year in a written date ("ngày", "tháng", "năm", "日", "号", "月", "年", "일", "월", "년", "г"). */
  dateMarkers: {
    dayBefore: readonly string[]
    /** Plural day words before a list of days ("dias" in "dias dez e onze", "los días"): a date only with two days. */
    daysBefore?: readonly string[]
    dayAfter: readonly string[]
    monthBefore: readonly string[]
    monthAfter: readonly string[]
    yearBefore: readonly string[]
    yearAfter: readonly string[]
  }
  /**
   * Small words said between a date marker and its number ("itariki ya 14", "ukwezi kwa 6", "umwaka wa 1958" in
   * Kinyarwanda): the number after one is the marker's. Optional.
   */
  markerJoiners?: readonly string[]
  /** Small words that join the parts of a written date ("de" in "14 de março de 1958", "of", "ng"). */
  dateJoiners: readonly string[]
  /**
   * Joiners that join a day to this table's own months only ("3 o Aokuso" in Samoan without its glottal stop), as
   * they are everyday words elsewhere (Spanish "o", or: "el 3 o el 5"). Optional.
   */
  monthJoiners?: readonly string[]
  /** How this language's writers order a numeric date like 3/4/1990. */
  numericOrder: 'dmy' | 'mdy' | 'ymd'
  /** Phrases right before the writer's own name ("je m'appelle", "mon nom est", "c'est", "ici", "mwen rele", "ako si", "我叫", "제 이름은", "меня зовут", "اسمي"). */
  selfCues: readonly string[]
  /** Relation words (with their possessive when it comes first) right before a relative's name ("ma mère", "mon fils", "manman m", "anak ko", "我妈妈", "우리 엄마", "моя мама", "ابني"). */
  relationCues: readonly string[]
  /** Titles and politeness or kinship words written right before a name ("m", "mme", "dr", "docteur", "anh", "chị", "bà", "ông", "gng", "sr", "dra"). */
  titlesBefore: readonly string[]
  /** Honorifics and titles written right after a name (씨, 님, 선생님, 先生, 女士, 小姐, 医生, 醫生, 护士, "-san" style suffixes). */
  titlesAfter: readonly string[]
  /** Closing words after which a bare name may sign the message ("merci", "cordialement", "obrigado", "salamat", "cảm ơn", "谢谢", "감사합니다", "спасибо", "شكرا"). */
  signOffs: readonly string[]
  /** Common family names (most frequent 50-150), for languages where the family name comes first or is otherwise a cue: zh, ko, vi; optional elsewhere. */
  familyNames: readonly string[]
  /** Common given names (100-300) of the language's speakers, in the script they are written in (optional for latin-script languages already covered by English lists). */
  givenNames: readonly string[]
  /** Name particles (bin, ibn, al, abu, umm, bint, de, da, dos, das). */
  nameParticles: readonly string[]
  /**
   * Everyday words of the language that are never names on their own (function words, pronouns, frequent verbs and
   * their common forms, greetings, and clinical vocabulary: symptoms, body parts, drugs as spelled in the language,
   * appointment and pharmacy words). 300-800 words; the engine also loads a general frequency list, so favour the
   * clinical and conversational words a patient writes to a clinic.
   */
  words: readonly string[]
  /**
   * Clinical words of the language checked against every name and place list of the engine (clinical-words.ts):
   * conditions and their adjectives, symptoms, drugs as the language spells them, tests. Everyday words like `words`,
   * and trusted even in a text too short to lead with a language ("tengo neumonía"), since none is a name. Optional.
   */
  clinicalWords?: readonly string[]
  /** Words right after a number that make it a safe clinical quantity: units, doses, durations, counts, vitals ("mg", "comprimés", "jours", "heures", "fois", "viên", "ngày", "片", "天", "次", "알", "번", "раза", "дней", "مرات", "أيام"). */
  unitsAfter: readonly string[]
  /** Words right before a number that make it safe: vitals and lab cues, dose, times of day, prices, room ("tension", "température", "glycémie", "à", "vers", "nhiệt độ", "huyết áp", "体温", "血压", "혈압", "температура", "давление", "الضغط"). */
  cuesBefore: readonly string[]
  /** Street words (before or after the street name) and address cues ("rue", "avenue", "j'habite", "rua", "moro na", "đường", "phố", "路", "街", "号", "동", "로", "길", "улица", "ул", "شارع"). */
  streetWords: readonly string[]
  /** Phrases that announce an address ("j'habite au", "mon adresse est", "moro na", "địa chỉ", "我住在", "주소", "адрес", "عنواني"). */
  addressCues: readonly string[]
  /** Phrases that announce a date of birth ("né le", "date de naissance", "nasci em", "ngày sinh", "出生", "생년월일", "дата рождения", "تاريخ الميلاد"). */
  birthCues: readonly string[]
  /** Phrases that announce a phone number ("mon numéro", "téléphone", "số điện thoại", "电话", "전화번호", "номер телефона", "رقمي"). */
  phoneCues: readonly string[]
  /**
   * Words right before a day and a month written as digits with a full stop and no year ("с 22.10", "le 22.10",
   * "el 22.10", "dia 22.10", "приём 22.10", "cita 22.10"): after them the two numbers are a date, not a reading.
   * Optional.
   */
  numericDateBefore?: readonly string[]
  /**
   * Holidays and named days that fix a day of the year ("christmas", "halloween", "valentine's day", "tết", "추석",
   * "春节"): a visit, birth or discharge "on halloween" is a date. Optional.
   */
  holidays?: readonly string[]
  /**
   * Words that always join two parts of one name, so the word after one is a name part whatever it means
   * (Vietnamese middle names thị, văn; Arabic عبد, أبو, بن). Optional.
   */
  nameLinks?: readonly string[]
  /**
   * Titles written only right before a person's name ("aling", "mang", "doña", "sra"): the word after one is a name
   * whatever it means ("aling remedios"). Optional; titles that also stand alone ("doctor", "lola") stay in titlesBefore.
   */
  titlesOnlyBeforeNames?: readonly string[]
  /**
   * Words that call the person addressed (Arabic "يا"): read as titles, but only a given name of the tables after one
   * is a name ("شكرا يا سارة"); an unknown word after one is an exclamation's ("يا رب", "يا ريت"). Optional.
   */
  vocatives?: readonly string[]
  /**
   * Particles said right after the person called (Vietnamese "ơi": "hạnh ơi"): a given name of the tables right before
   * one is a name; any other word is not ("trời ơi", "chị ơi"). Optional.
   */
  vocativesAfter?: readonly string[]
  /**
   * Birth-order words a person is called by after a title (Southern Vietnamese "bà bảy", "chị hai", "cô út"): after a
   * title of this language one is a name, unless a number, a unit or one of `birthOrderNotBefore` follows it ("bà bảy
   * mươi tuổi", "bà năm nay"). Optional.
   */
  birthOrderNames?: readonly string[]
  /**
   * Endings of verb forms and participles that no given or family name of the language has (Russian "-ться",
   * "-ются", "-ились"): in a text led by the language, an unknown word ending so is an everyday word, as the Spanish
   * inflections are. Optional.
   */
  wordEndings?: readonly string[]
  /** Words after which a birth-order word is a number or part of a word ("nay" of "năm nay", "vấn" of "tư vấn"). */
  birthOrderNotBefore?: readonly string[]
  /**
   * Subject pronouns that are also given names elsewhere ("elle", "ela", "ella", "li"): right after a relation word
   * in a text of this language the pronoun takes the relative's place ("ma mère elle a mal"). Optional.
   */
  subjectPronouns?: readonly string[]
  /**
   * Articles written only before a person's name ("si", "ni", "kay" in Tagalog): in a text of this language the word
   * after one (or after a title that follows it: "si lola remedios") is a name whatever it means. Optional.
   */
  personArticles?: readonly string[]
  /**
   * Letters written onto the first word of a cue without a space (Arabic و "and", ف "so": "واسمي", "والدكتورة"):
   * every self and title cue of four letters or more is also read with each of them in front.
   */
  cliticPrefixes?: readonly string[]
  /**
   * Words for a unit inside a building, written after the street ("apt", "suite", "кв", "apto", "appt", "phòng"):
   * the unit after one belongs to the address. Optional.
   */
  addressUnits?: readonly string[]
  /**
   * Syllables of given names written in Latin letters (Korean "min", "jun", "ok", "soon"): a hyphenated pair of them
   * beside a name is a given name ("park ok-soon"). Optional.
   */
  romanizedSyllables?: readonly string[]
  /**
   * Particles and endings written attached to a word (Korean 은/는/이/가/을/를/에/에서/의/도/씨/님/입니다): stripped
   * before a word is looked up, longest first. Optional: only for languages that attach them.
   */
  attachedSuffixes?: readonly string[]
  /**
   * Endings of conjugated verbs and adjectives written attached to the stem (Korean -어요, -습니다, -는데, -려고): a
   * word with one is a predicate, never a name. Copula endings a name can carry (입니다, 이에요, 라고) stay out of
   * this list. Optional: only for languages that conjugate by attached endings.
   */
  predicateEndings?: readonly string[]
  /**
   * Case and number endings of nouns and adjectives (Russian -ов, -ами, -у): a word is an everyday word when the
   * stem left without one (or with one of `inflectionBases` added) is. Optional.
   */
  inflections?: readonly string[]
  /** Endings put back on a stem to find its dictionary form (Russian "", "а", "я", "ь", "й"). Optional. */
  inflectionBases?: readonly string[]
  /**
   * Endings of international drug names as this language writes them (Russian -прил, -сартан; Arabic بريل, سارتان):
   * a word with one is a medicine, never a name. Optional.
   */
  drugSuffixes?: readonly string[]
  /**
   * Phrases that give the name a person goes by ("people call me", "goes by", "me dicen", "todo mundo me chama"): the
   * word after one is a name whatever it means ("people call me shy"). Optional.
   */
  nicknameCues?: readonly string[]
  /**
   * Kinship words a family says right before a name as a title ("maman Thérèse", "grann Lamèsi", "ti Jan"): joined to
   * a name found right after them, never a cue by themselves, and not after a possessive or an article ("ma maman",
   * "yon ti"). Optional.
   */
  kinTitles?: readonly string[]
  /**
   * Units of a dose or of how often it is taken ("lần", "viên": times, tablets), which a number before them counts
   * even after a day's marker ("uống ngày hai lần", twice a day). Not time units, which a date may be followed by.
   * Optional.
   */
  doseUnits?: readonly string[]
  /**
   * Words of the language written by their sounds that are no person or town: states, countries, stores, diseases
   * ("密西西比", "乌克兰", "沃尔玛", "帕金森"). Everyday words like `words`, but short ones sit inside longer sound-written
   * names ("马里" in "马里奥"), so they never tell a run of sound-writing characters is the language's own. Optional.
   */
  soundWrittenWords?: readonly string[]
  /**
   * Phrases said right after the name a person goes by ("tin po tawag sa akin", "is what everyone calls me"): the word
   * before one is a name whatever it means. Optional.
   */
  nicknameCuesAfter?: readonly string[]
  /**
   * Words that close a self-introduction ("calling", "here", "speaking", "hablando"): what stands between a self cue
   * and one of them is the speaker's name ("it's drew young calling back"). Optional.
   */
  introductionEnds?: readonly string[]
  /**
   * What a person does right after being named ("يقول", "قال", "طلبت"): in a script without capitals, an unknown word
   * between a title and one of these, or a title and the sentence's end, is the name ("الدكتور سميث يقول"). Optional.
   */
  personVerbs?: readonly string[]
  /**
   * Phrases a speaker uses to correct what they just said ("i mean", "no sorry", "quiero decir", "quer dizer"): right
   * after a self-introduction, what they correct and what they say instead is their name. Optional.
   */
  corrections?: readonly string[]
  /**
   * Phrases that spell a word by a better-known one ("park as in parking lot", "como en"): the word before one is
   * being spelled, so it is a name. Optional.
   */
  spellingAnalogies?: readonly string[]
  /**
   * Words right before a month said alone that make it the time of something ("in", "since", "last", "desde", "em",
   * "depuis", "noong", "в", "منذ"): "back in march", "desde enero" are date elements. Optional.
   */
  periodCues?: readonly string[]
  /**
   * Phrases after a day that place it in a month ("of last month", "de este mes", "do mês passado"): "the seventeenth
   * of last month" is a date. Optional.
   */
  monthRelatives?: readonly string[]
  /**
   * Phrases before a day that place it in a month ("다음 달", "이번 달", "下个月" written apart): "다음 달 삼 일" is a
   * date, where "삼 일" alone may be three days. Optional.
   */
  monthRelativesBefore?: readonly string[]
  /**
   * Characters a script uses to write foreign names by their sounds (沃, 森, 维, 尔…): after an address cue, a run of
   * three or more of them is a town the tables do not list ("住在沃森维尔"). Optional.
   */
  transliterationChars?: string
  /**
   * Words that place a weekday before or after it ("last", "next", "pasado", "dernier", "지난", "прошлую", "tuần trước"):
   * "el martes pasado el día tres", "지난 금요일 13일" are one date with the day. Optional.
   */
  weekdayRelatives?: readonly string[]
  /**
   * US towns, boroughs and neighbourhoods as the language writes them in its own script (纽约, 法拉盛, 플러싱,
   * Бруклин, ديربورن): the gazetteer holds them only in Latin letters. Optional.
   */
  places?: readonly string[]
  /**
   * Phrases after which the next words say where someone lives, is from or calls from ("we live in", "moved out to",
   * "calling from", "vivo en", "moro em", "j'habite à", "живу в", "sống ở", "nakatira sa", "نسكن في", "住在"). What
   * follows is a town or neighbourhood unless every word of it is a generic place or no place word at all. Optional.
   */
  residenceCues?: readonly string[]
  /**
   * Cues after which only a town of the gazetteer, or a capitalised word no list knows, is a town: where someone works
   * ("the plant in", "la planta de", "на заводе в"; not what the place makes: "la planta de pollo") and the side of a
   * town someone lives on ("south of", "outside of"; not "south of the incision"). Optional.
   */
  townOnlyCues?: readonly string[]
  /**
   * Everyday words read only to tell a text's language and to keep a word the word backstop would call a name, never
   * where a name cue, a title or a person article stands before them ("meu nome é dores", "madame basse", "si mali"):
   * words that are also names in some family ("leite", "voisin", "trà") stay catchable there. Optional.
   */
  everydayWords?: readonly string[]
  /**
   * Cues read like {@link townOnlyCues}, where a town that is also an everyday word must be written as a name: a verb
   * of living without its preposition ("we live newport news"; not "they live far") and where a town lies from the
   * speaker ("he's out in boone"; not "came out in english"). Optional.
   */
  plainTownCues?: readonly string[]
  /**
   * Short names of lab analytes a clinician writes before a value ("na", "k", "cr", "hgb", "alk phos"): two or more
   * such pairs in a row are a lab panel, whose words and values are clinical content. Optional.
   */
  labAnalytes?: readonly string[]
  /**
   * Number words that are also an everyday word or a given name ("sita", Swahili six and the name Sita; romanised
   * Nepali "sat", "das"): kept out of `numbers`, they are read only inside a run of this language's number words (a
   * phone said digit by digit), never alone. Optional.
   */
  numbersInRuns?: Readonly<Record<string, number>>
  /**
   * Month names that are everyday words too (the Afghan solar months حمل "pregnancy", سرطان "cancer", میزان "amount"),
   * with their month (1-12, as in `months`): a month only in a whole date, after a day and before a year, or after a
   * day and a birth cue ("تاریخ تولدش پانزدهم حمل"; not "أول حمل", a first pregnancy). Optional.
   */
  monthsInDatesOnly?: Readonly<Record<string, number>>
  /**
   * The residence cues that also say where a call comes from ("calling from", "i'm from"): after them "the …" or a
   * phrase ending in a word of a service ("supply", "home care") is an organisation, not a town. Optional.
   */
  originCues?: readonly string[]
  /**
   * The word a caller says after giving their name to say where they are from ("le habla rosa de central falls"): read
   * like an origin cue when a self cue opens the name, and only a phrase holding a word the language does not use
   * counts ("soy ana de recepción" stays). Optional.
   */
  originAfterName?: readonly string[]
  /**
   * The same said after the place, for languages that put the verb last (Korean "…에 살아요"): the first letters of
   * the verb's forms ("살아", "사는", "삽니"). The place is the word before, with its particle. Optional.
   */
  residenceVerbsAfter?: readonly string[]
  /**
   * What may follow a residence cue and names no town: home, work, places and settings of care, payers, the country,
   * and the states a person "lives in" ("home", "the hospital", "inpatient", "pain", "casa", "家", "집", "больнице",
   * "البيت"). After a residence cue a phrase made only of these is kept. Optional.
   */
  genericPlaces?: readonly string[]
  /**
   * Words that end a place phrase after a residence cue: when, not where ("now", "ahora", "сейчас"), what stands
   * beside the place ("near", "cerca", "gần", "около"), and a caller's next verb ("calling"). Optional.
   */
  placeEnds?: readonly string[]
  /**
   * The definite articles a place may carry after a residence cue ("the highlands", "el barrio", "o centro"); any
   * other determiner or possessive ("my house", "mi casa") says the place is no town. Optional.
   */
  placeArticles?: readonly string[]
  /**
   * The last word of an organisation's name ("… medical supply", "… home care"): after an origin cue, in the phrase or
   * right after it, it names who calls, not a town. Optional.
   */
  serviceWords?: readonly string[]
  /**
   * Names of the Latin letters as speakers of the language say them when they spell an ID or a plate ("efe", "hache",
   * "quê", "эф", "에이치", "دبليو"), each with its letter. Names that are also everyday words ("de", "te", "이") join a
   * spelled run but never start or prove one. Optional.
   */
  letterNames?: Readonly<Record<string, string>>
  /**
   * Family names whose spelling without its mark is an everyday or clinical word ("colón", "román"): written with the
   * mark right after a name, the word is that name's surname. Matched as written only. Optional.
   */
  markedSurnames?: readonly string[]
  /**
   * Words a particle brings into a compound given name ("del Carmen", "das Graças", "do Céu"): Marian and devotional
   * titles that are everyday words elsewhere. Between two names, after a particle, they join the names. Optional.
   */
  compoundGivenNames?: readonly string[]
  /** Words that offer a second guess at a number ("ninety or ninety one", "noventa o", "ou", "или"). Optional. */
  numberAlternatives?: readonly string[]
  /**
   * The word for "little" that names an immigrant neighbourhood after a country or town ("little haiti", "la pequeña
   * habana", "ti ayiti"). Optional.
   */
  littlePlaceWords?: readonly string[]
}
