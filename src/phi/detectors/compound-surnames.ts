/**
 * Family names of the Plains nations (Lakota, Dakota, Crow, Cheyenne, Blackfeet...) said in English: a number, a
 * colour or another describing word, or a second noun, then a noun of the land and its animals ("Two Bulls", "Eagle
 * Bear", "Black Elk", "Iron Shell"). Read only right after a found given name, where the words can be nothing but its
 * family name ("jerome two bulls he was admitted", "marvin eagle bear he was seen").
 */
import { isFirstName } from '../lexicon'

// The second word: animals, birds, sky and things of the land and of dress.
// biome-ignore format: packed list
const NOUNS: ReadonlySet<string> = new Set([
  'eagle', 'eagles', 'bear', 'bears', 'bull', 'bulls', 'elk', 'hawk', 'hawks', 'crow', 'crows', 'horse', 'horses',
  'cloud', 'clouds', 'feather', 'feathers', 'wolf', 'buffalo', 'deer', 'bird', 'birds', 'thunder', 'shield', 'fox',
  'owl', 'arrow', 'arrows', 'star', 'stars', 'bonnet', 'tail', 'moon', 'robe', 'hoop', 'lance',
  'knife', 'plume', 'bow', 'crane', 'turtle', 'shell', 'wing', 'wings', 'coyote', 'badger', 'weasel', 'otter',
  'beaver', 'antelope', 'rabbit', 'hail', 'lightning', 'wind', 'pipe', 'lodge',
])
// The first word: a number, a colour, a describing word, a verb of a deed, or another noun ("Eagle Bear").
// biome-ignore format: packed list
const FIRST_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'black', 'white', 'red', 'yellow', 'blue', 'grey', 'gray', 'little', 'big', 'iron',
  'swift', 'crazy', 'spotted', 'standing', 'running', 'lone', 'brave', 'high', 'long', 'young', 'old', 'tall', 'kills',
  'runs', 'stands', 'looking', 'hollow', 'broken', 'flying', 'walking', 'many', 'chasing', 'bad', 'good', 'sitting',
  'charging', 'whirlwind', 'medicine', 'sleeping', 'rides', 'plenty',
])
const TWO_WORDS_AFTER = /^[ \t]+([a-z]+)[ \t]+([a-z]+)(?![\p{L}\p{M}'’-])/iu
// What closes the name: a stop or the end, or the speaker going on about the person ("… two bulls he was admitted",
// "… two bears date of birth").
const CLOSED_AFTER =
  /^(?:[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:he|she|he's|she's|hes|shes|they|um|uh|was|is|has|had|who|calling|here|from|at|i|i'm|im|date|dob|born|needs|will|went|got)(?![\p{L}\p{M}'’]))/iu

/**
 * The length of a Plains family name of two words right after `end`, the end of a found name whose last word is a
 * given name; 0 when none.
 */
export function compoundSurnameAfter(text: string, start: number, end: number): number {
  const m = TWO_WORDS_AFTER.exec(text.slice(end, end + 40))
  if (!m) return 0
  const first = m[1]!.toLowerCase()
  const second = m[2]!.toLowerCase()
  if (!NOUNS.has(second) || !(FIRST_WORDS.has(first) || (NOUNS.has(first) && first !== second))) return 0
  if (!CLOSED_AFTER.test(text.slice(end + m[0].length, end + m[0].length + 12))) return 0
  const given = /[\p{L}\p{M}'’-]+$/u.exec(text.slice(start, end))?.[0].toLowerCase() ?? ''
  return isFirstName(given) ? m[0].length : 0
}
