/**
 * First names the words around them leave no other reading for: a first name said with the role that tells who the
 * person is ("with heather the nurse practitioner", "ask rose our receptionist"), and "will" opening a clause with a
 * verb of its own ("will is throwing up": the modal never takes "is"; "the will was read" has its article).
 */
import { isBasicWord, isClinicalTerm, isFirstName } from '../lexicon'
import { CALENDAR_NAMES, FUNCTION_WORDS } from '../lexicon/name-cues'
import type { Detector, Span } from './types'

// A word, then a determiner and a role of the clinic or of care.
const NAME_THEN_ROLE =
  /(?<![\p{L}\p{M}'’-])([\p{L}][\p{L}\p{M}'’-]*)[ \t]+(?:the|our|your|my|his|her)[ \t]+(?:nurse|doctor|np|receptionist|pharmacist|interpreter|translator|social[ \t]+worker|case[ \t]+manager|care[ \t]+manager|care[ \t]+coordinator|therapist|counselor|midwife|dietitian|nutritionist|aide|scheduler|navigator|chaplain|medical[ \t]+assistant|front[ \t]+desk|lpn|rn|caseworker|home[ \t]+health[ \t]+aide)(?![\p{L}\p{M}])/giu
// A word, then its role in brackets ("Grace (enfermera) la puede ver", "Hope (RN) will call"): a staff member named.
const NAME_THEN_BRACKETED_ROLE =
  /(?<![\p{L}\p{M}'’-])([\p{L}][\p{L}\p{M}'’-]*)[ \t]*\([ \t]*(?:(?:the|our|la|el|a|o|le|l')[ \t]*)?(?:nurse|rn|np|lpn|ma|cna|md|pa|pa-c|doctor|dr|interpreter|translator|receptionist|pharmacist|therapist|counselor|midwife|social[ \t]+worker|case[ \t]+manager|enfermera|enfermero|doctora|médico|médica|medico|medica|intérprete|interprete|recepcionista|trabajadora[ \t]+social|trabajador[ \t]+social|enfermeira|infirmière|infirmiere|infirmier|médecin|medecin|interprète|enfimyè|doktè|nars)[ \t]*\)/giu
// "will is throwing up", "will has a fever": the name, then a verb the modal never precedes.
const WILL_THEN_VERB =
  /(?<![\p{L}\p{M}'’-])will[ \t]+(?:is|was|has|had|isn't|isnt|wasn't|wasnt|hasn't|hasnt|says|said|got|gets|keeps|kept|needs|needed|wants|wanted|woke|fell|feels|felt|does|did|didn't|didnt|doesn't|doesnt|threw|started|ate)(?![\p{L}\p{M}'’])/giu
// Before "will": an article, possessive or adjective makes it the noun ("the will is", "her new will was", "my moms
// will is"); a subject or a role makes it the modal said with a learner's verb ("he will has", "the doctor will said").
const NOUN_OR_SUBJECT_BEFORE =
  /(?:^|[^\p{L}])(?:the|a|his|her|my|your|their|our|living|own|free|last|new|old|first|good|i|you|he|she|it|we|they|who|that|this|which|doctor|dr|nurse|pharmacy|clinic|office|[\p{L}]+['’]s|(?:my|his|her|your|their|our)[ \t]+[\p{L}]+)[ \t]+$/iu
// Words after which a person is named beside their role ("with heather the nurse", "ask rose our receptionist"); the
// start of a clause too. Not a noun's determiner ("her palm the doctor said", "some ginger the nurse said").
// biome-ignore format: packed list
const NAME_TAKERS = new Set([
  'with', 'to', 'ask', 'tell', 'thank', 'thanks', 'is', 'was', 'from', 'and', 'call', 'by', 'see', 'saw', 'met', 'for',
  'called', 'told', 'asked', 'talked', 'spoke', 'have', 'let',
])

/** Finds first names beside a role, and "will" before a verb of its own, as NAME spans. */
export const detectRoleAppositions: Detector = ({ text, lower }) => {
  const out: Span[] = []
  if (/[ \t](?:the|our|your|my|his|her)[ \t]/.test(lower)) {
    for (const m of lower.matchAll(NAME_THEN_ROLE)) {
      const word = m[1]!
      if (!isFirstName(word) || FUNCTION_WORDS.has(word) || CALENDAR_NAMES.has(word) || isClinicalTerm(word)) continue
      // A very common word is the sentence's verb or noun ("see the doctor", "hope the nurse", "any way the nurse"),
      // unless its capital says otherwise mid-sentence ("with Hope the nurse").
      if (isBasicWord(word) && !capitalisedMidSentence(text, m.index)) continue
      const before = /([\p{L}'’]+)[ \t]+$/u.exec(lower.slice(Math.max(0, m.index - 16), m.index))?.[1]
      const clauseStart = before === undefined && /(?:^|[.!?,;:\n|])[ \t"'“(]*$/u.test(lower.slice(0, m.index))
      if (!clauseStart && !(before !== undefined && NAME_TAKERS.has(before))) continue
      out.push({ start: m.index, end: m.index + word.length, type: 'NAME', source: 'names:role-apposition' })
    }
  }
  if (lower.includes('(')) {
    for (const m of lower.matchAll(NAME_THEN_BRACKETED_ROLE)) {
      const word = m[1]!
      if (FUNCTION_WORDS.has(word) || CALENDAR_NAMES.has(word) || isClinicalTerm(word)) continue
      // An everyday word is a name only where the text capitalises it mid-sentence or the name lists hold it.
      if (isBasicWord(word) && !isFirstName(word) && !capitalisedMidSentence(text, m.index)) continue
      out.push({ start: m.index, end: m.index + word.length, type: 'NAME', source: 'names:role-apposition' })
    }
  }
  if (lower.includes('will')) {
    for (const m of lower.matchAll(WILL_THEN_VERB)) {
      if (NOUN_OR_SUBJECT_BEFORE.test(lower.slice(Math.max(0, m.index - 16), m.index))) continue
      out.push({ start: m.index, end: m.index + 4, type: 'NAME', source: 'names:role-apposition' })
    }
  }
  return out
}

/** Whether the word at `at` is capitalised in a text that also writes lower case, and follows no sentence's end. */
function capitalisedMidSentence(text: string, at: number): boolean {
  const c = text[at] ?? ''
  if (c === c.toLowerCase() || text === text.toUpperCase()) return false
  // Title Case ("Can I See The Doctor"): the determiner after the word is capitalised too, so the capital tells nothing.
  const next = /^[\p{L}'’-]+[ \t]+(\p{L})/u.exec(text.slice(at, at + 40))?.[1] ?? ''
  if (next !== next.toLowerCase()) return false
  return !/(?:^|[.!?:\n|][ \t"'“(]*)$/u.test(text.slice(Math.max(0, at - 6), at))
}
