/**
 * Words that announce a person's name in patient messages (English and Spanish). Hand-written for this project.
 * Phrases are lower-case words as the names tokenizer splits them ("it's" is one word).
 */

/** How much a cue vouches for the word after it. */
export type CueKind =
  /** "my name is", "last name", "me llamo": a label; any word but a function word is the name. */
  | 'label'
  /** "this is", "de parte de": first names, surnames and unknown words, not other words ("this is *urgent*"). */
  | 'intro'
  /** "it's", "i'm", "soy": stop-words and adjectives excluded ("i'm feeling", "its ok"). */
  | 'intro-weak'
  /** "my son", "mi hija", "grandma": relations. */
  | 'relation'
  /** "dr", "nurse", "mrs", "sra": titles (surnames that are words allowed: "dr brown"). */
  | 'title'
  /** "hi", "hola", "thanks", "gracias", "dear": greetings and sign-offs. */
  | 'greeting'
  /** "text", "call", "ask for", "pt": verbs and labels that take a person. */
  | 'verb'
  /** "for", "with", "from": only names or capitalised words. */
  | 'weak'

// biome-ignore format: packed list
const LABELS = [
  'my name is', 'my name', 'name is', 'name', 'names', "name's", 'first name', 'last name', 'first name is',
  'last name is', 'surname', 'surname is', 'full name', 'full name is', 'named', 'is called', "patient's name",
  'patient name', 'pt name', 'nickname', 'nickname is', 'nicknamed', 'aka', "child's name", 'me llamo', 'mi nombre es', 'mi nombre', 'nombre', 'se llama', 'apellido',
  'mi apellido es', 'su nombre es', 'his name is', 'her name is', 'their name is', 'name was', 'goes by', 'spelled',
  ...nicknamePhrases(),
]
// biome-ignore format: packed list
const INTRO = [
  'this is', 'this be', 'message for', 'message is for', 'messages for', 'msg for', 'note for', 'its me', "it's me",
  'it is me', 'its me again', "it's me again", 'it is me again', 'called', 'le habla', 'habla con', 'le saluda',
  'les saluda', 'lo saluda', 'la saluda', 'aqui', 'aquí', 'de parte de', 'on behalf of', 'signed', 'sincerely', 'regards', 'best regards', 'kind regards', 'atentamente', 'atte', 'yours', 'yours truly', 'love you',
]
const INTRO_WEAK = ["it's", 'its', 'it is', "i'm", 'im', 'i am', 'soy', 'habla', 'am', 'yes this is', 'is this']

// Relations: the word after is the relative's name ("my son diego", "grandma lou", "mi hija sofía").
// biome-ignore format: packed list
const RELATIONS = [
  'son', 'sons', 'daughter', 'daughters', 'kid', 'child', 'baby', 'boy', 'girl', 'wife', 'husband', 'spouse', 'partner',
  'mom', 'mother', 'mum', 'mommy', 'mama', 'momma', 'dad', 'father', 'daddy', 'papa', 'parent', 'brother', 'sister',
  'bro', 'sis', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'granny', 'nana', 'gramma', 'grampa', 'grandson',
  'granddaughter', 'grandchild', 'grandkid', 'grandbaby', 'grandbabies', 'preemie', 'kids', 'children', 'boys', 'girls', 'grandkids', 'grandsons',
  'granddaughters', 'babies', 'aunt', 'auntie', 'aunty', 'uncle', 'niece', 'nephew', 'cousin', 'friend',
  'boyfriend', 'girlfriend', 'bf', 'gf', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'stepson', 'stepdaughter',
  'stepmom', 'stepdad', 'caregiver', 'roommate', 'neighbor', 'neighbour', 'hubby', 'wifey', 'twin', 'twins',
  'newborn', 'infant', 'toddler', 'teen', 'grandparent', 'godmother', 'godfather', 'in-law', 'mother-in-law',
  'father-in-law', 'sister-in-law', 'brother-in-law', 'son-in-law', 'daughter-in-law', 'coworker', 'boss', 'client',
  'hijo', 'hija', 'hijos', 'hijas', 'niño', 'niña', 'bebé', 'bebe', 'esposo', 'esposa', 'marido', 'mujer', 'novio',
  'novia', 'madre', 'padre', 'mamá', 'papá', 'hermano', 'hermana', 'abuela', 'abuelo', 'abuelita', 'abuelito',
  'nieto', 'nieta', 'tío', 'tía', 'tio', 'tia', 'primo', 'prima', 'suegra', 'suegro', 'amigo', 'amiga', 'cuñado',
  'cuñada', 'sobrino', 'sobrina', 'compañero', 'compañera', 'vecino', 'vecina', 'father in law', 'mother in law',
  'son in law', 'daughter in law', 'brother in law', 'sister in law', 'aide', 'caseworker', 'case worker',
  'caretaker', 'sponsor', 'interpreter', 'translator', 'driver', 'landlord', 'babysitter', 'nanny', 'sitter', 'tutor',
  'doula', 'receptionist', 'scheduler', 'assistant', 'secretary', 'manager', 'supervisor', 'classmate', 'teammate',
  'bestie', 'bff', 'buddy', 'pal', 'homie', 'housemate', 'fiancé', 'ex', 'ex-wife', 'ex-husband', 'stepbrother', 'stepsister', 'half-brother', 'half-sister',
  'madrina', 'padrino', 'comadre', 'compadre', 'nuera', 'yerno', 'bisabuela', 'bisabuelo', 'cuidadora', 'cuidador',
  'intérprete', 'trabajadora social',
]

// biome-ignore format: packed list
const TITLES = [
  'dr', 'doctor', 'doc', 'dra', 'doctora', 'nurse', 'mr', 'mrs', 'ms', 'miss', 'mx', 'mister', 'missus', 'sr', 'sra',
  'srta', 'señor', 'señora', 'señorita', 'don', 'doña', 'np', 'pa', 'rn', 'lpn', 'md', 'prof', 'professor', 'pastor',
  'rev', 'reverend', 'deacon', 'deaconess', 'chaplain', 'bishop', 'imam', 'rabbi', 'father', 'sister', 'coach', 'officer', 'enfermera', 'enfermero', 'therapist', 'counselor',
  'dentist', 'midwife', 'pharmacist', 'provider', 'physician', 'surgeon', 'dietitian', 'nutritionist', 'sgt', 'capt',
  'lt', 'judge', 'attorney', 'lic', 'licenciado', 'licenciada', 'ing', 'maestra', 'maestro', 'teacher', 'case manager',
  'social worker', 'nurse practitioner', 'physician assistant', 'medical assistant', 'care coordinator',
  // Military ranks, said and abbreviated (base families write "this is staff sergeant …", "SSgt …").
  'sergeant', 'staff sergeant', 'master sergeant', 'first sergeant', 'sergeant first class', 'sergeant major',
  'tech sergeant', 'technical sergeant', 'gunnery sergeant', 'corporal', 'lance corporal', 'private first class',
  'airman', 'senior airman', 'airman first class', 'lieutenant', 'first lieutenant', 'second lieutenant',
  'lieutenant colonel', 'captain', 'colonel', 'petty officer', 'chief petty officer', 'ensign', 'ssgt', 'tsgt',
  'msgt', 'sfc', 'ssg', 'cpl', 'lcpl', 'spc', 'pfc', 'pvt', 'ltc', 'col', 'cpo', 'amn', 'cmsgt', 'smsgt',
]

// biome-ignore format: packed list
const GREETINGS = [
  'hi', 'hii', 'hey', 'heyy', 'hello', 'helo', 'hola', 'dear', 'yo', 'morning', 'good morning', 'good afternoon',
  'good evening', 'good night', 'gm', 'buenos dias', 'buenos días', 'buenas tardes', 'buenas noches', 'buen dia',
  'buen día', 'buenas', 'querida', 'querido', 'estimada', 'estimado', 'thanks', 'thank you', 'thank u', 'thx', 'thnx',
  'thanx', 'ty', 'tysm', 'tks', 'gracias', 'muchas gracias', 'bye', 'goodbye', 'adios', 'adiós', 'love', 'cheers',
  'best', 'xoxo', 'welcome', 'bienvenido', 'bienvenida', 'congrats', 'congratulations', 'felicidades', 'sorry', 'ok',
  'okay', 'sure', 'yes', 'no', 'si', 'sí', 'bless', 'god bless', 'attn', 'attention', 'cc', 'fyi',
]

/** Nouns that name a person by their place in a group the writer runs or belongs to ("regular" is as often an adjective). */
// biome-ignore format: packed list
export const ROLE_NOUNS: readonly string[] = [
  'inmate', 'inmates', 'student', 'students', 'player', 'players', 'deckhand', 'deckhands', 'tenant', 'tenants',
  'employee', 'employees', 'worker', 'workers', 'coworkers', 'regulars', 'parishioner', 'parishioners',
  'camper', 'campers', 'pupil', 'alumno', 'alumna', 'estudiante', 'trabajador', 'trabajadora', 'empleado', 'empleada',
  'inquilino', 'inquilina', 'aluno', 'aluna', 'élève',
]

// biome-ignore format: packed list
const VERBS = [
  'text', 'txt', 'texted', 'texting', 'call', 'called', 'calling', 'ask', 'asked', 'asking', 'ask for', 'asking for',
  'tell', 'told', 'telling', 'page', 'paged', 'email', 'emailed', 'message', 'messaged', 'msg', 'speak to', 'speak with',
  'spoke to', 'spoke with', 'speaking to', 'speaking with', 'talk to', 'talk with', 'talked to', 'talked with',
  'talking to', 'talking with', 'transfer to', 'see', 'saw', 'seen', 'seeing', 'visit', 'visiting', 'meet', 'met',
  'remind', 'let', 'pick up', 'picked up', 'pick', 'bring', 'bringing', 'brought', 'help', 'helped', 'thank', 'thanked',
  'pt', 'patient', 'paciente', 'resident', 'member', 'client', 'caller', 'llamar a', 'llame a', 'hablar con',
  // People known by their place in a group ("inmate julio ramos", "one of my deckhands quang got hooked"): read as
  // names only as roleNounNamed reads them (a surname or the person's verb after), since the noun as often modifies
  // the next ("student grant", "camper van").
  ...ROLE_NOUNS,
  'pregunte por', 'preguntar por', 'cc:', 'per', 'via', 'signed by', 'ordered by', 'referred by', 'seen by',
  'treated by', 'dictated by', 'attending', 'pcp', 'provider', 'care of', 'c/o', 'attn:', 'contact', 'send', 'sent',
  'sending', 'give', 'gave', 'giving', 'drop off', 'dropped off', 'dropping off', 'drive', 'drove', 'driving', 'take',
  'took', 'taking', 'watch', 'watching', 'babysit', 'babysitting', 'notify', 'inform', 'update', 'check on',
  'checked on', 'checking on', 'forward to', 'worried about', 'calling about', 'call about',
]

const WEAK = ['for', 'with', 'from', 'and', 'or', 'by', 'about', 'to', 'para', 'con', 'y', 'of', 'like', 'as', 'than']

/**
 * "everybody call him deacon", "the kids calls her nana", "folks call me bear": who gives a nickname, the verb in
 * either form (transcripts drop the -s), and whom. "i call her", "y'all call me" stay out: a caller asks for a phone
 * call so.
 */
function nicknamePhrases(): string[] {
  // biome-ignore format: packed list
  const givers = [
    'we', 'they', 'everyone', 'everybody', 'people', 'folks', 'kids', 'the kids', 'grandkids', 'friends', 'family',
    'most people', 'his friends', 'her friends', 'my friends', 'the family', 'the church',
  ]
  return givers.flatMap((g) => ['call', 'calls'].flatMap((v) => ['him', 'her', 'me'].map((o) => `${g} ${v} ${o}`)))
}

/** Where a call reaches someone ("we call her cell", "call me at home"): no nickname after "call her". */
export const CALL_PLACES: readonly string[] = ['cell', 'phone', 'number', 'house', 'home', 'work', 'mobile', 'landline']

/** Cue phrases by first word, longest first. */
export const CUES: ReadonlyMap<string, ReadonlyArray<{ words: string[]; kind: CueKind }>> = (() => {
  const map = new Map<string, Array<{ words: string[]; kind: CueKind }>>()
  const add = (phrases: string[], kind: CueKind) => {
    for (const phrase of phrases) {
      const words = phrase.split(' ')
      const first = words[0]!
      const list = map.get(first) ?? []
      if (!list.some((c) => c.words.join(' ') === phrase)) list.push({ words, kind })
      map.set(first, list)
    }
  }
  // Order matters only for equal-length phrases: the first added kind wins.
  add(LABELS, 'label')
  add(INTRO, 'intro')
  add(INTRO_WEAK, 'intro-weak')
  add(TITLES, 'title')
  add(RELATIONS, 'relation')
  add(GREETINGS, 'greeting')
  add(VERBS, 'verb')
  add(WEAK, 'weak')
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length)
  return map
})()

/** Name particles that join the words around them ("de la cruz", "van der berg", "bin laden"). */
// biome-ignore format: packed list
export const PARTICLES = new Set([
  'de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'bin', 'ibn', 'al', 'el', 'ben',
  'dos', 'das', 'do', 'y', 'st', 'mac', 'mc', 'ter', 'ten', 'op',
])

/** After "its"/"im" these are states, not names ("i'm fine", "its ok", "im sunny"?). */
// biome-ignore format: packed list
export const NOT_AFTER_WEAK_INTRO = new Set([
  'fine', 'good', 'ok', 'okay', 'well', 'better', 'worse', 'sick', 'sorry', 'sure', 'glad', 'happy', 'lucky', 'free',
  'early', 'late', 'fair', 'ready', 'done', 'here', 'there', 'home', 'back', 'out', 'in', 'up', 'down', 'not', 'so',
  'still', 'just', 'also', 'really', 'very', 'too', 'feeling', 'going', 'getting', 'having', 'trying', 'calling',
  'texting', 'writing', 'asking', 'wondering', 'worried', 'concerned', 'pregnant', 'allergic', 'diabetic', 'tired',
  'hungry', 'dizzy', 'hurting', 'bleeding', 'frank', 'honest', 'grateful', 'sunny', 'cold', 'hot', 'warm', 'cool',
  'grand', 'real', 'true', 'new', 'over', 'gonna', 'about', 'my', 'his', 'her', 'the', 'a', 'an', 'your', 'our',
  'been', 'gone', 'time', 'urgent', 'important', 'bad', 'great', 'alright', 'all', 'able', 'unable', 'away', 'almost',
  'right', 'wrong', 'afraid', 'scared', 'nervous', 'anxious', 'confused', 'stuck', 'unsure', 'positive', 'negative',
  'mad', 'upset', 'joy', 'hope', 'will', 'may', 'june', 'april', 'august', 'christian', 'major',
  // Colours describe a rash or a wound ("it's red and bumpy"), not a caller.
  'red', 'pink', 'rosy', 'gray', 'grey', 'green', 'blue', 'white', 'black', 'brown', 'purple', 'violet', 'scarlet',
])

/** Verbs and function words that are also first names: after a cue they stay words unless capitalised. */
// biome-ignore format: packed list
export const AUX_NAMES = new Set([
  'will', 'may', 'can', 'an', 'are', 'said', 'did', 'does', 'just', 'also', 'still', 'ever', 'even', 'else', 'say',
  'see', 'saw', 'had', 'way', 'my', 'guy', 'man', 'son', 'job', 'far', 'wait', 'read', 'lay', 'any', 'deny', 'dot',
  'em', 'con', 'nil', 'rip', 'tab', 'wake', 'win', 'care', 'case', 'chance', 'free', 'early', 'lock', 'ring', 'link',
  'row', 'bear', 'base', 'car', 'dare', 'worth', 'wash', 'glad', 'happy', 'lucky', 'fair', 'far', 'keen', 'boy',
  'pet', 'deck', 'fee', 'sky', 'yard', 'ban', 'bat', 'bay', 'bent', 'bone', 'cam', 'cliff', 'law',
])

/**
 * Spanish function words and verbs that the first-name lists hold (Ella, Dan, Sean, Les are names in English text):
 * in Spanish text they stay words unless capitalised ("mi esposo está enfermo", "mi hija toma", "mi hijo van").
 */
// biome-ignore format: packed list
export const SPANISH_AUX_NAMES = new Set([
  'esta', 'está', 'ella', 'una', 'van', 'dan', 'doy', 'toma', 'nada', 'manda', 'casi', 'tan', 'mira', 'sean', 'hagan',
  'den', 'mal', 'mala', 'les', 'del', 'dar', 'vale', 'si', 'sí', 'al', 'vi', 'di', 'bebe', 'alta', 'mayor', 'gran',
  'con', 'de', 'la', 'el', 'él', 'fin', 'chico', 'tiene', 'es', 'se', 'no', 'ya', 'que', 'y',
])

/** Hesitations skipped between a cue and the name ("this is uh tanisha"). */
export const FILLERS = new Set([
  'uh',
  'um',
  'umm',
  'uhm',
  'er',
  'erm',
  'ah',
  'eh',
  'mm',
  'hmm',
  'like',
  'este',
  'pues',
  'eh',
])

/** Label words that still are not a name ("my name is *not* on the list", "name is *spelled*"). */
// biome-ignore format: packed list
export const NOT_AFTER_LABEL = new Set([
  'is', 'was', 'the', 'a', 'an', 'my', 'his', 'her', 'your', 'our', 'their', 'not', 'on', 'in', 'of', 'for', 'and',
  'or', 'but', 'to', 'at', 'as', 'spelled', 'spelt', 'please', 'still', 'also', 'correct', 'wrong', 'incorrect',
  'misspelled', 'changed', 'different', 'same', 'missing', 'listed', 'under', 'change', 'es', 'el', 'la', 'de', 'que',
  'con', 'no', 'yes', 'it', 'this', 'that', 'there', 'here', 'should', 'would', 'has', 'have', 'had', 'be',
  'been', 'so', 'if', 'when', 'with', 'from', 'by', 'i', 'me', 'we', 'you', 'he', 'she', 'they', 'them', 'us', 'if',
  'back', 'tomorrow', 'today', 'tonight', 'later', 'asap', 'again', 'now', 'soon', 'at', 'about', 'him', 'it', 'after',
  'its', "it's", 'correctly', 'wrong', 'right', 'then', 'plus', 'followed', 'before', 'without', 'too',
])

/** Verbs that make a sentence-initial first name its subject ("Grace fell asleep", "Will is sick"). */
// biome-ignore format: packed list
export const SUBJECT_VERBS = new Set([
  'is', 'was', 'has', 'had', "isn't", "wasn't", "hasn't", 'isnt', 'wasnt', 'hasnt', 'fell', 'needs', 'needed', 'wants',
  'wanted', 'said', 'says', 'called', 'texted', 'went', 'woke', 'fainted', 'vomited', 'threw', 'ate', 'took', 'hit',
  'broke', 'cut', 'bumped', 'started', 'got', 'gets', 'feels', 'felt', "can't", 'cant', "won't", 'wont', "didn't",
  'didnt', "doesn't", 'doesnt', 'will', 'would', 'should', 'could', 'might', 'must', 'keeps', 'kept', 'still',
  'also', 'just', 'tested', 'missed', 'passed', 'seems', 'looks', 'sounds', 'complains', 'complained', 'refuses',
  'refused', 'slept', 'hurt', 'hurts', 'coughs', 'coughed', 'runs', 'ran', 'tiene', 'está', 'esta', 'se', 'from',
  'calling', 'speaking', 'texting', 'here', 'again', 'de', 'del',
])

/** Months and weekdays that are also names: not names next to a number or after "in"/"on". */
export const CALENDAR_NAMES = new Set(['april', 'may', 'june', 'august', 'july', 'january', 'tuesday', 'monday'])

/** Function words (the noisy name list holds many): never a name from capitalisation alone. */
// biome-ignore format: packed list
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'so', 'yet', 'for', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'with',
  'as', 'into', 'onto', 'over', 'under', 'about', 'after', 'before', 'than', 'then', 'that', 'this', 'these', 'those',
  'there', 'here', 'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'is', 'are', 'was', 'were',
  'be', 'been', 'being', 'am', 'do', 'does', 'did', 'has', 'have', 'had', 'would', 'shall', 'should', 'can',
  'could', 'might', 'must', 'not', 'no', 'yes', 'i', 'me', 'my', 'mine', 'you', 'your', 'yours', 'he', 'him',
  'his', 'she', 'her', 'hers', 'it', 'its', 'we', 'us', 'our', 'ours', 'they', 'them', 'their', 'theirs', 'all', 'any',
  'some', 'each', 'every', 'if', 'because', 'while', 'until', 'also', 'just', 'very', 'too', 'up', 'down', 'out',
  'off', 'again', 'now', 'new', 'good', 'great', 'best', 'more', 'most', 'one', 'two', 'first', 'last', 'next',
  'please', 'thanks', 'thank', 'ok', 'okay', 'hi', 'hello', 'hey', 'dear', 'mr', 'mrs', 'ms', 'dr', 'st', 'day', 'time',
])

/** After a name at the start of a message, these make it a vocative ("tanner why do you", "Maria can you"). */
// biome-ignore format: packed list
export const VOCATIVE_NEXT = new Set([
  'you', 'u', 'ur', 'your', "you're", 'youre', 'why', 'what', 'where', 'how', 'when', 'do', 'did', 'can', 'could',
  'would', 'are', 'pls', 'please', 'plz', 'i', 'im', "i'm", 'we', 'thanks', 'thank', 'lol', 'omg', 'its', "it's",
])

/** First names that open everyday phrases before a pronoun ("Hope you are well", "Mark your calendar"). */
// biome-ignore format: packed list
export const VOCATIVE_STOP = new Set([
  'hope', 'mark', 'trust', 'pray', 'bless', 'thank', 'love', 'miss', 'sue', 'pat', 'rob', 'chase', 'bill', 'grace',
  'joy', 'faith', 'june', 'april', 'august', 'summer', 'dawn', 'sunny', 'happy', 'lucky', 'glad', 'merry', 'will',
  'may', 'can', 'gene', 'ray', 'jack', 'frank', 'don', 'guy', 'art', 'page', 'penny', 'rose', 'ruby', 'amber', 'ivy',
  'holly', 'hazel', 'olive', 'iris', 'violet', 'daisy', 'jade', 'pearl', 'crystal', 'honey', 'candy', 'cookie',
])

/** Nouns a first name owns in "Autumn's address", "hope's inhaler" (relations count too: "jake's mom"). */
// biome-ignore format: packed list
export const POSSESSED = new Set([
  'address', 'phone', 'number', 'cell', 'email', 'birthday', 'dob', 'appointment', 'appt', 'appts', 'meds', 'med',
  'medication', 'medications', 'medicine', 'prescription', 'prescriptions', 'rx', 'refill', 'refills', 'inhaler',
  'shots', 'shot', 'vaccines', 'vaccine', 'labs', 'lab', 'results', 'temp', 'temperature', 'fever', 'cough', 'rash',
  'school', 'teacher', 'doctor', 'dr', 'pediatrician', 'insurance', 'card', 'chart', 'records', 'surgery', 'visit',
  'physical', 'therapy', 'therapist', 'nurse', 'ear', 'ears', 'eye', 'eyes', 'arm', 'leg', 'knee', 'ankle', 'wrist',
  'foot', 'hand', 'throat', 'tummy', 'stomach', 'head', 'skin', 'sugar', 'sugars', 'bp', 'weight', 'allergies',
  'feet', 'legs', 'hands', 'knees', 'ankles', 'headache', 'chest', 'heart', 'blood', 'pressure', 'hip',
  'shoulder', 'neck', 'toe', 'toes', 'finger', 'fingers', 'mouth', 'teeth', 'tooth', 'nose', 'lungs', 'belly',
  'allergy', 'asthma', 'diabetes', 'symptoms', 'daycare', 'room', 'bed', 'car', 'ride', 'paperwork', 'forms', 'form',
  'file', 'account', 'bill', 'portal', 'login', 'name', 'info', 'information', 'condition', 'pain', 'stitches',
  'cast', 'wound', 'incision', 'x-ray', 'xray', 'scan', 'mri', 'test', 'tests', 'swab', 'culture', 'checkup',
  'call', 'voicemail', 'vm', 'message', 'msg', 'text', 'callback',
])

/** After "Name has/is …", these make the name a patient ("georgia has a 101 fever", "tom is vomiting"). */
// biome-ignore format: packed list
export const SICK_WORDS = new Set([
  'sick', 'ill', 'feverish', 'vomiting', 'throwing', 'coughing', 'wheezing', 'sneezing', 'bleeding', 'dizzy',
  'congested', 'lethargic', 'fussy', 'teething', 'allergic', 'pregnant', 'diabetic', 'asthmatic', 'hurt', 'injured',
  'hurting', 'sore', 'swollen', 'covid', 'positive', 'nauseous', 'constipated', 'dehydrated', 'limping', 'enfermo',
  'enferma', 'fiebre', 'tos', 'gripa', 'gripe', 'diarrea', 'vómito', 'vomito', 'calentura', 'mocos', 'dolor',
])

/** Fillers between "has"/"is" and the symptom: "has a 101 fever", "is really sick", "has had a bad cough". */
// biome-ignore format: packed list
export const SICK_FILLERS = new Set([
  'a', 'an', 'the', 'her', 'his', 'their', 'really', 'very', 'so', 'high', 'bad', 'little', 'slight', 'bit', 'been',
  'had', 'some', 'another', 'new', 'still', 'now', 'also', 'got', 'getting', 'pretty', 'super', 'kinda', 'mild',
  'low', 'grade', 'terrible', 'awful', 'horrible', 'nasty', 'weird', 'tested', 'una', 'mucha', 'mucho', 'de', 'un',
  'poco', 'muy', 'otra', 'vez',
])

/** First names that are mostly nouns: a question or request around them is not enough ("did bill get paid"). */
// biome-ignore format: packed list
export const NOUN_NAMES = new Set([
  'bill', 'mark', 'chase', 'page', 'penny', 'art', 'guy', 'jack', 'pat', 'sue', 'grant', 'sky', 'major', 'king',
  'rich', 'sunny', 'dawn', 'joy', 'hope', 'faith', 'grace', 'honey', 'candy', 'cookie', 'baby', 'buddy', 'sonny',
])

/** Verbs after "have …" and "did/can … " that take a person as subject ("have jay call me", "did april get"). */
// biome-ignore format: packed list
export const PERSON_VERBS = new Set([
  'call', 'text', 'email', 'contact', 'reach', 'send', 'sign', 'check', 'look', 'give', 'come', 'bring', 'pick', 'get',
  'need', 'take', 'go', 'see', 'start', 'stop', 'keep', 'use', 'eat', 'drink', 'sleep', 'feel', 'make', 'still',
  'come', 'stay', 'wait', 'try', 'finish', 'ever', 'already', 'also', 'have', 'talk', 'speak', 'schedule', 'book',
  'drop', 'fill', 'swing', 'help',
])

/** Relations also used as a title before a name ("Grandma Lou", "tía Rosa"): kept inside the span. */
// biome-ignore format: packed list
export const TITLE_RELATIONS = new Set([
  'grandma', 'grandpa', 'granny', 'nana', 'gramma', 'grampa', 'grandmother', 'grandfather', 'aunt', 'auntie', 'aunty',
  'uncle', 'mama', 'papa', 'momma', 'mommy', 'daddy', 'tia', 'tía', 'tio', 'tío', 'abuela', 'abuelo', 'abuelita',
  'abuelito', 'cousin', 'sister', 'brother', 'madre', 'padre', 'mom', 'dad', 'mother', 'father', 'sis', 'bro',
])

/** Capitalised everyday phrases that are not names ("Urgent Care", "Blue Cross"): both words stay. */
// biome-ignore format: packed list
export const PROPER_PHRASES = new Set([
  'urgent care', 'emergency room', 'emergency department', 'blue cross', 'blue shield', 'health net', 'primary care',
  'planned parenthood', 'family medicine', 'internal medicine', 'social security', 'front desk', 'walk in', 'patient portal',
  'care team', 'care center', 'health center', 'medical center', 'medical group', 'health plan', 'open enrollment',
  'good friday', 'new year', 'new years', 'labor day', 'memorial day', 'mothers day', "mother's day", 'fathers day',
  "father's day", 'part a', 'part b', 'part d', 'rite aid', 'dollar general', 'family dollar', 'whole foods',
])

/** Words of organisation names: capitalised, they are still not person names ("Owens Consulting", "Acme Inc"). */
// biome-ignore format: packed list
export const ORG_WORDS = new Set([
  'inc', 'llc', 'ltd', 'corp', 'corporation', 'company', 'co', 'consulting', 'solutions', 'technologies', 'technology',
  'partners', 'group', 'agency', 'insurance', 'services', 'service', 'systems', 'software', 'holdings', 'associates',
  'bank', 'foundation', 'institute', 'university', 'college', 'school', 'hospital', 'clinic', 'center', 'centre',
  'pharmacy', 'labs', 'laboratories', 'industries', 'international', 'enterprises', 'media', 'network', 'capital',
  'health', 'healthcare', 'medical', 'department', 'dept', 'office', 'county', 'city', 'state', 'federal', 'national',
  'association', 'society', 'council', 'committee', 'union', 'church', 'ministries', 'academy', 'realty', 'motors',
  'airlines', 'logistics', 'analytics', 'data', 'research', 'management', 'financial', 'bancorp', 'trust', 'fund',
])

/** Titles of address: with no article before them they stand before a name ("doctor hung", "sister comfort"). */
// biome-ignore format: packed list
export const ADDRESS_TITLES = new Set([
  'dr', 'doctor', 'dra', 'doctora', 'mr', 'mrs', 'mister', 'missus', 'mx', 'sr', 'sra', 'srta', 'señor', 'señora',
  'señorita', 'doña', 'nurse', 'pastor', 'rev', 'reverend', 'sister', 'prof',
])

/**
 * What may follow a title of address without being a name: what the title does or owns ("doctor said", "nurse line",
 * "doctor visit"). Any other word there is read as the name (failing closed), beside function and clinical words.
 */
// biome-ignore format: packed list
export const AFTER_TITLE = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'wants', 'want', 'wanted', 'called', 'calls', 'call', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'is', 'was', 'has', 'had', 'did', 'does', 'gave', 'gives', 'give',
  'prescribed', 'ordered', 'recommended', 'recommends', 'sent', 'sends', 'thinks', 'thought', 'knows', 'checked',
  'saw', 'sees', 'looked', 'needs', 'needed', 'asked', 'asks', 'changed', 'increased', 'decreased', 'stopped',
  'started', 'put', 'took', 'office', 'offices', 'appointment', 'appointments', 'appt', 'appts', 'visit', 'visits',
  'note', 'notes', 'order', 'orders', 'line', 'practitioner', 'assistant', 'stuff', 'bills', 'bill', 'hours', 'today',
  'tomorrow', 'yesterday', 'tonight', 'again', 'now', 'soon', 'first', 'right', 'already', 'also', 'just', 'never',
  'still', 'please', 'yes', 'no', 'ok', 'okay', 'thanks', 'thank', 'hello', 'hi', 'visited', 'came', 'comes', 'come',
  'went', 'goes', 'left', 'explained', 'mentioned', 'wrote', 'writes', 'signed', 'approved', 'refused', 'denied',
  'referred', 'refers', 'returned', 'agreed', 'advised', 'suggested', 'suggests', 'wanna', 'gonna', 'shopping',
  'hopping', 'practice', 'group', 'team', 'staff', 'station', 'calling', 'here', 'there', 'who', 'which',
  'whose', 'what', 'when', 'where', 'why', 'how', 'if', 'about', 'letter', 'form', 'forms', 'portal', 'message',
  'messages', 'fee', 'copay', 'referral', 'approval', 'report', 'reports', 'results', 'result', 'review', 'recommendation',
  'person', 'lady', 'man', 'guy', 'woman', 'people', 'friend', 'friends', 'colleague', 'answered', 'answer',
  'answers', 'responded', 'replied', 'feels', 'felt', 'believes', 'believed', 'seems', 'seemed', 'looks',
  'examined', 'removed', 'drained', 'cleaned', 'flushed', 'tested', 'scheduled', 'rescheduled', 'cancelled',
  'canceled', 'moved', 'switched', 'doubled', 'lowered', 'raised', 'upped', 'dropped', 'added', 'discontinued',
  'navigator', 'educator', 'coordinator', 'manager', 'supervisor', 'aide', 'tech', 'technician', 'consult', 'question',
  'questions', 'update', 'updates', 'emergency', 'paperwork', 'available', 'himself', 'herself',
])
