/**
 * The word sets the cue readers of cues.ts consult: titles, verbs, idioms and the words that may or may not follow a
 * name after each kind of cue. Data only.
 */

/** Titles that stand before a bare initial in notes ("Mrs. O", "Dr. Y"). */
export const CLINICIAN_TITLES = new Set(['dr', 'doctor', 'doctora', 'dra'])
export const COURTESY = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mister', 'sr', 'sra', 'srta', 'nurse'])

export const HEADER_FIELDS = new Set(['from', 'to', 'for', 'cc', 'attn', 'patient', 'pt', 'caller', 'contact'])

// biome-ignore format: packed list
export const FINITE_VERBS = new Set([
  'has', 'is', 'was', 'had', 'needs', 'wants', 'got', 'gets', 'feels', 'fell', 'took', 'said', 'says', 'called',
  'texted', 'threw', 'woke', 'keeps', 'tiene', 'está', 'tuvo', 'dice', 'dijo',
])

export const TELL_VERBS = new Set([
  'tell',
  'told',
  'telling',
  'remind',
  'reminded',
  'ask',
  'asked',
  'thank',
  'thanked',
  'let',
])
/** TELL_VERBS without "thank" ("thank god i…") and "let" ("let rice cool"). */
export const PASS_ON_VERBS = new Set(['tell', 'told', 'telling', 'remind', 'reminded', 'ask', 'asked', 'page', 'paged'])
/** What follows the person a message is passed on to ("tell grace thank you", "ask hope if", "remind faith to"). */
// biome-ignore format: packed list
export const MESSAGE_NEXT = new Set([
  'thank', 'thanks', 'thx', 'ty', 'hi', 'hello', 'hey', 'congrats', 'congratulations', 'sorry', 'happy', 'merry',
  'goodbye', 'bye', 'good', 'to', 'that', 'if', 'whether', 'when', 'about', 'for', 'we', 'you', 'u', 'she', 'he',
  'they', 'i', 'not', 'know',
])
/** Verbs of talking to someone ("spoke to", "texted"), and when it happened ("yesterday", "this morning"). */
export const SPOKE_VERBS = new Set([
  'spoke',
  'speak',
  'talked',
  'talk',
  'texted',
  'called',
  'told',
  'asked',
  'saw',
  'met',
  'messaged',
  'emailed',
  'paged',
])
export const COLOURS = new Set([
  'red',
  'pink',
  'gray',
  'grey',
  'green',
  'blue',
  'white',
  'black',
  'brown',
  'purple',
  'violet',
  'scarlet',
  'orange',
  'yellow',
  'gold',
  'silver',
  'amber',
  'rose',
  'ruby',
])
// How words that describe a person end ("nonverbal", "epileptic", "teething", "sleepy"): no name after a relation.
export const DESCRIBING_ENDING = /(?:ic|al|ing|ed|y|ive|ous|ful|less|able|ible|ish)$/
/** A subject pronoun that takes up the relative just named ("my son marquise he's…"). */
export const RESUMING_PRONOUNS = new Set(['he', 'she', "he's", "she's", 'hes', 'shes'])
export const TIME_NEXT = new Set(['yesterday', 'today', 'tonight', 'earlier', 'this', 'last', 'again', 'ayer', 'hoy'])
export const TRANSPORT = new Set([
  'took',
  'take',
  'taking',
  'drove',
  'drive',
  'driving',
  'off',
  'up',
  'brought',
  'bringing',
])
export const RECIPIENT_NEXT = new Set([
  'the',
  'her',
  'his',
  'their',
  'a',
  'an',
  'my',
  'our',
  'your',
  'some',
  'this',
  'that',
])

/** "pray for hope", "full of grace", "jump for joy": the word before the weak cue makes an idiom. */
// biome-ignore format: packed list
export const IDIOM_BEFORE = new Set([
  'pray', 'praying', 'prayed', 'full', 'jump', 'jumping', 'say', 'said', 'saying', 'tears', 'cry', 'crying', 'hoping',
  'grateful', 'thankful', 'blessed', 'filled', 'hope', 'faith', 'live', 'living', 'hold', 'holding', 'keep', 'lose',
  'losing', 'lost', 'fall', 'fell', 'grow', 'room', 'out',
])

export const PLACE_PREPOSITIONS = new Set([
  'at',
  'to',
  'from',
  'after',
  'before',
  'tomorrow',
  'today',
  'tonight',
  'in',
  'up',
  'home',
])

export const GERUND = /\p{L}{2,}(?:ando|iendo|yendo)$/u

// biome-ignore format: packed list
export const RELATION_ADVERBS = new Set([
  'also', 'still', 'really', 'just', 'always', 'usually', 'never', 'sometimes', 'now', 'already', 'finally', 'even',
  'only', 'then', 'often', 'too', 'again', 'actually', 'probably', 'definitely', 'normally', 'recently', 'suddenly',
  'constantly', 'basically', 'apparently', 'currently', 'barely', 'hardly', 'rarely', 'seldom', 'sure', 'def',
])

// Words given as names that the first-name lists do not hold ("my daughter blessing has…").
// biome-ignore format: packed list
export const VIRTUE_NAMES = new Set([
  'blessing', 'precious', 'gift', 'patience', 'mercy', 'destiny', 'promise', 'miracle', 'treasure', 'heaven', 'favour',
  'favor', 'goodness', 'godswill', 'comfort', 'peace', 'glory', 'praise',
])

// What a relative has that a message names before a verb ("my sons name is", "my mom's doctor said").
// biome-ignore format: packed list
export const POSSESSED_NOUNS = new Set([
  'name', 'names', 'number', 'birthday', 'bday', 'dob', 'phone', 'email', 'address', 'school', 'doctor', 'teacher',
  'insurance', 'appointment', 'appt', 'medicine', 'medication', 'meds', 'pharmacy', 'nurse', 'dentist', 'caregiver',
])
