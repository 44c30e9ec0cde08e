/**
 * Cue phrases, the most certain layer: a word or phrase that puts a person next to it. Before the name: intros
 * ("this is"), relations ("my son"), titles ("Dr."), greetings, verbs ("tell"), header labels ("From:"). Each cue kind
 * has its own acceptance rule for the word it points at, with the word sets those rules use. What is said after a
 * name ("here", a possessive, a restarted introduction) is read in intros.ts.
 */
import {
  CALENDAR_NAMES,
  CUES,
  FILLERS,
  NOT_AFTER_LABEL,
  NOT_AFTER_WEAK_INTRO,
  NOUN_NAMES,
  PARTICLES,
  ROLE_NOUNS,
  TITLE_RELATIONS,
  type CueKind,
} from '../../lexicon/name-cues'
import {
  CUE_GAP,
  type Ctx,
  MODAL_NAMES,
  POSSESSIVES,
  SPACE_ONLY,
  TITLE_GAP,
  boundaryAfter,
  endsInApostropheS,
  endsSentence,
  gap,
  holdsLower,
  isAux,
  isCap,
  isFunctionWord,
  mark,
} from './tokens'
import { accentedAway } from '../../lexicon'
import { isFunctionWordOfAnyLanguage } from '../../remembered'
import { isCountryName } from '../place-names'
import { VOCATIVES } from './intros'
import {
  NOT_AFTER_KIN,
  capitalisedTitle,
  fillerAfter,
  initialsAfterCue,
  surnameAfterParticles,
  surnameThenPause,
  verbAfterAdverb,
} from './cue-surroundings'
import { PERSON_NOUNS, isSubjectPronounOfText, isSurnamePart } from './multiword'
import { isParticleFamilyNameAfterTitle } from './particle-family-names'
import { ABSTRACT_NAMES, SEASONS, isLanguageAsked } from './slots'
import { addressedAfterTitle, calledPerson, honorificAbbreviation, roleNounNamed, surnameNext } from './around-person'
import {
  CALLER_CLAUSE_OPENERS,
  CALLER_NEXT,
  ITS,
  NOT_NICKNAMES,
  ROLE_DETERMINERS,
  SUBJECT_PRONOUNS,
  callerAfterFiller,
  callerClauseAfter,
  callerWordAfter,
  errandAfter,
  isRoleVerb,
  travelledTo,
  nicknamed,
} from './caller-phrases'
import {
  CLINICIAN_TITLES,
  COLOURS,
  COURTESY,
  DESCRIBING_ENDING,
  FINITE_VERBS,
  GERUND,
  HEADER_FIELDS,
  IDIOM_BEFORE,
  MESSAGE_NEXT,
  PASS_ON_VERBS,
  PLACE_PREPOSITIONS,
  POSSESSED_NOUNS,
  RECIPIENT_NEXT,
  RELATION_ADVERBS,
  RESUMING_PRONOUNS,
  SPOKE_VERBS,
  TELL_VERBS,
  TIME_NEXT,
  TRANSPORT,
  VIRTUE_NAMES,
} from './cue-words'

/** Marks the word a cue phrase points at, each cue kind with its own acceptance rule (acceptAfterCue). */
export function cuePass(ctx: Ctx): void {
  const { toks } = ctx
  // Every name here follows a cue that opens on one of the table's words.
  if (!holdsLower(ctx, CUES)) return
  for (let i = 0; i < toks.length; i++) {
    const cues = CUES.get(toks[i]!.lower)
    if (!cues) continue
    for (const cue of cues) {
      const n = cue.words.length
      if (i + n > toks.length) continue
      let ok = true
      for (let k = 1; k < n && ok; k++) ok = toks[i + k]!.lower === cue.words[k] && SPACE_ONLY.test(gap(ctx, i + k))
      if (!ok) continue
      let j = i + n
      // Hesitations ("this is uh tanisha") and a copula after a relation ("my wife is grace") are skipped.
      let kind = cue.kind
      while (j < toks.length && FILLERS.has(toks[j]!.lower) && SPACE_ONLY.test(gap(ctx, j)) && j - (i + n) < 2) j++
      if (
        kind === 'relation' &&
        j + 1 < toks.length &&
        ['is', 'es', 'was', 'are', 'were', 'son'].includes(toks[j]!.lower) &&
        SPACE_ONLY.test(gap(ctx, j + 1))
      ) {
        j++
        kind = 'intro-weak'
      }
      if (j >= toks.length) break
      const g = gap(ctx, j)
      // "From: grace", "to: hope", "re: will": a header field names whoever follows.
      if (
        (kind === 'weak' || kind === 'verb') &&
        cue.words.length === 1 &&
        /^:[ \t]*$/.test(g) &&
        HEADER_FIELDS.has(cue.words[0]!)
      )
        kind = 'label'
      const gapOk = kind === 'title' ? TITLE_GAP.test(g) || CUE_GAP.test(g) : CUE_GAP.test(g)
      const initials = gapOk && kind !== 'weak' && kind !== 'verb' ? initialsAfterCue(ctx, j) : 0
      // "Spoke w/ Mrs. O about the bill", "Per Dr. Y, hold": a courtesy title and one capital letter stand for a name.
      const tj = toks[j]!
      const titleInitial =
        initials === 0 &&
        kind === 'title' &&
        gapOk &&
        tj.end - tj.start === 1 &&
        // Lower case too after a clinician's title ("tell dr k my sugar"), not a vowel that is a word ("dr o ..").
        ((ctx.informative && /^\p{Lu}$/u.test(ctx.text.slice(tj.start, tj.end))) ||
          (CLINICIAN_TITLES.has(toks[i]!.lower) && /^[b-df-hj-np-tv-xz]$/.test(tj.lower))) &&
        !isSurnamePart(ctx, j + 1) &&
        // … before punctuation, a lower-case word, an emoji ("thx Dr B 🙏"), a time ("called to Dr. B 09:42") or the end.
        /^\.?(?:[ \t]*[,;:)!?\n]|[ \t]+\p{Ll}|[ \t]*\p{Extended_Pictographic}|[ \t]+\d{1,2}:\d{2}|[ \t]*$)/u.test(
          ctx.text.slice(tj.end, tj.end + 8),
        ) &&
        COURTESY.has(toks[i]!.lower)
      // "Counselor D. PRICE", "Dr. J. Okafor": one initial between a title and the surname.
      const initialThenName =
        !titleInitial &&
        initials === 0 &&
        kind === 'title' &&
        gapOk &&
        tj.end - tj.start === 1 &&
        /\p{L}/u.test(tj.lower) &&
        // "a", "i", "y", "o", "e": an article, a pronoun or a conjunction, not an initial ("el doctor y el relajante").
        !/^[aiyoeu]$/.test(tj.lower) &&
        // Written as an initial: a capital or a full stop ("m pa t vin" is Haitian, no "PA T. Vin").
        (/^\p{Lu}$/u.test(ctx.text.slice(tj.start, tj.end)) || ctx.text[tj.end] === '.') &&
        j + 1 < toks.length &&
        /^\.?[ \t]{1,2}$/.test(gap(ctx, j + 1)) &&
        acceptAfterCue(ctx, kind, j + 1)
      if (titleInitial) {
        ctx.name[j] = 1
        for (let k = i; k < j; k++) ctx.keep[k] = 1
      } else if (initialThenName) {
        ctx.name[j] = 1
        mark(ctx, j + 1)
        for (let k = i; k < j; k++) ctx.keep[k] = 1
      } else if (initials > 0) {
        for (let k = j; k < j + initials; k++) ctx.name[k] = 1
        if (keepsCue(ctx, cue.kind, i)) for (let k = i; k < j; k++) ctx.keep[k] = 1
      } else if (gapOk && acceptAfterCue(ctx, kind, j)) {
        mark(ctx, j)
        if (kind === 'relation' || kind === 'intro' || kind === 'label') ctx.firm[j] = 1
        if (keepsCue(ctx, cue.kind, i) && (TITLE_GAP.test(g) || SPACE_ONLY.test(g)))
          for (let k = i; k < j; k++) ctx.keep[k] = 1
      }
      break
    }
  }
}

// Modals and their negations: a modal name before one is a name (no modal takes another).
// biome-ignore format: packed list
const MODALS: ReadonlySet<string> = new Set([
  'can', 'could', 'would', 'should', 'might', 'must', 'will', 'may', 'shall', "can't", 'cant', 'cannot', "won't", 'wont',
  "couldn't", "wouldn't", "shouldn't",
])

/** Titles stay in the span ("Dr. Kaplan"); relations only when used as a title ("Grandma Lou", not "my son Noah"). */
function keepsCue(ctx: Ctx, kind: CueKind, i: number): boolean {
  const prev = ctx.toks[i - 1]
  const owned =
    prev !== undefined && SPACE_ONLY.test(gap(ctx, i)) && (POSSESSIVES.has(prev.lower) || endsInApostropheS(prev.lower))
  // "my father Tadeusz", "my sister June": a relation, not the priest's or the nun's title.
  if (kind === 'title') return !(owned && TITLE_RELATIONS.has(ctx.toks[i]!.lower))
  if (kind !== 'relation' || !TITLE_RELATIONS.has(ctx.toks[i]!.lower)) return false
  return !owned
}

const GROUP_NOUNS: ReadonlySet<string> = new Set(ROLE_NOUNS)

// Whom a nickname is given to ("they call her …"): what follows is read as nicknamed() reads it.
const CALLED_OBJECTS = new Set(['me', 'him', 'her'])

function acceptAfterCue(ctx: Ctx, kind: CueKind, j: number): boolean {
  const t = ctx.toks[j]!
  const c = t.cls
  const w = t.lower
  if (w.length < 2 || t.glued) return false
  const cap = isCap(ctx, t)
  if (kind === 'label')
    return (
      !NOT_AFTER_LABEL.has(w) &&
      !NOT_NICKNAMES.has(w) &&
      !CALLER_CLAUSE_OPENERS.has(w) &&
      !(CALLED_OBJECTS.has(ctx.toks[j - 1]?.lower ?? '') && !nicknamed(ctx, j)) &&
      !(c.clinical && !c.first) &&
      !(c.proper && !c.first)
    )
  // "the baby está tomando", "mi hija esta comiendo": a Spanish word before a gerund is the verb "estar", not a name.
  const after = ctx.toks[j + 1]
  if (c.spanish && after && SPACE_ONLY.test(gap(ctx, j + 1)) && GERUND.test(after.lower) && after.cls.spanish)
    return false
  const firm = kind === 'intro' || kind === 'relation' || kind === 'title'
  // "ma mère elle a mal", "minha mãe ela está": a subject pronoun of the text's language in the relative's place.
  if ((kind === 'relation' || kind === 'intro-weak') && isSubjectPronounOfText(ctx, w)) return false
  // "my dad al he's…": a particle that is a first name, with no surname after it, is the name.
  const nextTok = ctx.toks[j + 1]
  const particleName =
    firm &&
    c.first &&
    PARTICLES.has(w) &&
    !cap &&
    !isAux(ctx, w) &&
    !ctx.toks[j - 1]?.cls.spanish &&
    nextTok !== undefined &&
    !PARTICLES.has(nextTok.lower) &&
    !isSurnamePart(ctx, j + 1)
  // "Mrs. Van der Berg", "doctor de la cruz": a title, particles, then a surname.
  if (PARTICLES.has(w) && kind === 'title' && surnameAfterParticles(ctx, j)) return true
  if (kind === 'title' && isParticleFamilyNameAfterTitle(ctx, j)) return true
  // "Mr. Her", "Ms. Will": a capital after an abbreviated honorific is the surname, whatever else the word is.
  if (kind === 'title' && cap && t.cap && honorificAbbreviation(ctx, j - 1)) return true
  // "Tita Baby", "Auntie Joy", "Uncle Sonny": a capitalised kinship title, not owned, before a capitalised word inside
  // the sentence is the name, whatever else the word means.
  if ((kind === 'title' || kind === 'relation') && cap && t.cap && !t.sentStart && capitalisedTitle(ctx, j - 1))
    if (!isFunctionWord(w) && !CALENDAR_NAMES.has(w) && !NOT_AFTER_KIN.has(w)) return true
  if ((PARTICLES.has(w) && !particleName && !(cap && c.first && firm)) || isFunctionWord(w)) return false
  // "habla Iris de la clínica", "I'm Iris": a capitalised first name inside the sentence after even a weak
  // introduction is the caller, whatever else the word names.
  if (c.clinical && !(c.first && (firm || (kind === 'intro-weak' && cap && !t.sentStart)))) return false
  // "the pastor came and", "the chaplain rose early": after an article or possessive the title is a role, and a verb
  // in the past after it is what the role did, even one that is also a name.
  const beforeTitle = ctx.toks[j - 2]?.lower ?? ''
  if (
    kind === 'title' &&
    !cap &&
    ((ROLE_DETERMINERS.has(beforeTitle) && (isRoleVerb(w) || (c.common && !c.wordSurname))) ||
      // "con el doctor antes de": after a Spanish article, a Spanish word that names no one.
      (SPANISH_ARTICLES.has(beforeTitle) && SPANISH_ROLE_NEXT.has(w)))
  )
    return false
  if ((kind === 'weak' || kind === 'verb') && isCountryName(w) && travelledTo(ctx, j)) return false
  if (c.strong) return w.length > 2 || kind !== 'weak'
  if (c.oov) return true
  if (c.rare) return firm || cap
  // "thanks will!", "hi may,": a greeting then a name that is also a verb, at a boundary.
  const greeted = kind === 'greeting' && c.first && /^[ \t]*(?:[,!.?]|$)/.test(ctx.text.slice(t.end, t.end + 2))
  // "MY SON WILL HAS A FEVER": a finite verb right after it makes the auxiliary a name; so does a modal after a modal
  // ("my husband will can bring her": no modal takes another), and a modal after any word that can be a name.
  const nextWord = ctx.toks[j + 1]?.lower ?? ''
  const verbNext =
    kind === 'relation' &&
    (((FINITE_VERBS.has(nextWord) || MODALS.has(nextWord)) && SPACE_ONLY.test(gap(ctx, j + 1))) ||
      verbAfterAdverb(ctx, j))
  const subjectOfVerb = verbNext && c.first
  // "my daughter blessing has an ear infection", "my son gift will call": after a relation word, a word that can be a
  // name (a first name, a noun name, an unknown or rare word) before the relative's verb or modal is the relative's
  // name, never an adverb ("my son still has") or a noun the relative has ("my son temperature was").
  if (
    verbNext &&
    !c.clinical &&
    (c.first || c.strong || c.oov || c.rare || c.wordSurname || NOUN_NAMES.has(w) || VIRTUE_NAMES.has(w)) &&
    !RELATION_ADVERBS.has(w) &&
    !POSSESSED_NOUNS.has(w) &&
    !isFunctionWordOfAnyLanguage(w) &&
    !c.spanish &&
    w.length >= 3 &&
    SPACE_ONLY.test(gap(ctx, j))
  )
    return true
  // "my son marquise he's been sick": after a relation word, a word the subject pronoun then takes up again is the
  // relative's name, unless it is an everyday word that is no first name: never an adverb, a time or a thing the relative has ("my son now he's",
  // "my mom yesterday she", "my son teacher she said").
  if (
    kind === 'relation' &&
    RESUMING_PRONOUNS.has(nextTok?.lower ?? '') &&
    SPACE_ONLY.test(gap(ctx, j + 1)) &&
    SPACE_ONLY.test(gap(ctx, j)) &&
    !c.clinical &&
    !(c.basic && !c.first) &&
    !RELATION_ADVERBS.has(w) &&
    !TIME_NEXT.has(w) &&
    !POSSESSED_NOUNS.has(w) &&
    !isFunctionWordOfAnyLanguage(w) &&
    !(c.common && !c.first && DESCRIBING_ENDING.test(w)) &&
    w.length >= 3
  )
    return true
  // "this is will, i'm calling": after an introduction, the caller's own next clause closes the name.
  // "this is will judge um", "this is will um": a surname and a pause, or a pause, close an introduced name too.
  const introduced =
    ((kind === 'intro' || greeted) &&
      (boundaryAfter(ctx, j) ||
        fillerAfter(ctx, j) ||
        (kind === 'intro' && (callerClauseAfter(ctx, j) || surnameThenPause(ctx, j) || errandAfter(ctx, j))))) ||
    // "hey its will from the 2pm appt": no modal follows "it's", so a caller's "from" or "calling" after it names; nor
    // does a modal take the caller's errand in -ing ("this is will returning a call").
    (kind === 'intro-weak' &&
      MODAL_NAMES.has(w) &&
      ITS.has(ctx.toks[j - 1]?.lower ?? '') &&
      (callerWordAfter(ctx, j) || errandAfter(ctx, j)))
  if (isAux(ctx, w) && !cap && !subjectOfVerb && !introduced && !nicknamed(ctx, j)) return false
  if (c.first) {
    switch (kind) {
      case 'intro':
      case 'relation':
      case 'title':
        return true
      case 'intro-weak':
        if (nicknamed(ctx, j)) return true
        // "it's sunny from dr lee's office": a first name the state list holds, then a caller's phrase.
        // "hey it's hope again": a name-only noun said again by a caller (not a state: "it's sunny again").
        if (NOT_AFTER_WEAK_INTRO.has(w) && !cap) {
          const after = ctx.toks[j + 1]?.lower ?? ''
          // "hi its frank im calling": after "it's" (not "i'm"), the caller's own clause makes the word a name.
          const its = ITS.has(ctx.toks[j - 1]?.lower ?? '')
          return (
            ((CALLER_NEXT.has(after) || (after === 'again' && ABSTRACT_NAMES.has(w))) &&
              SPACE_ONLY.test(gap(ctx, j + 1))) ||
            (its && (callerClauseAfter(ctx, j) || errandAfter(ctx, j)))
          )
        }
        // "hi its frank im calling about…": the caller's next clause closes the name.
        // "it's rose returning your call": after "it's", the caller's errand too.
        return (
          cap ||
          !c.basic ||
          boundaryAfter(ctx, j) ||
          callerClauseAfter(ctx, j) ||
          callerAfterFiller(ctx, j) ||
          (ITS.has(ctx.toks[j - 1]?.lower ?? '') && errandAfter(ctx, j))
        )
      case 'greeting':
        // "hi joy i have a question": the writer's own clause after the greeted name ("hi, hope i'm not late" is the
        // verb's).
        return cap || !c.basic || boundaryAfter(ctx, j) || (greetedBeforeClause(w) && callerClauseAfter(ctx, j))
      case 'verb': {
        // "your patient earnest couch has…", "resident hope in room 4": a noun that names a person's role, then a
        // first name.
        const role = ctx.toks[j - 1]?.lower ?? ''
        if (
          PERSON_NOUNS.has(role) &&
          roleNounNamed(ctx, j) &&
          !(GROUP_NOUNS.has(role) && c.basic && !surnameNext(ctx, j))
        )
          return true
        // "the student grant", "my tenant bill is overdue", "one of my students rose up": after a noun of a group,
        // only what roleNounNamed reads, and an everyday word only before a surname.
        if (GROUP_NOUNS.has(role)) return false
        // "tell rob i said thanks", "omw, tell ray": a pronoun or the end of the sentence after the person.
        if (cap || (!c.basic && boundaryAfter(ctx, j))) return true
        if (!SPACE_ONLY.test(gap(ctx, j))) return false
        const after = ctx.toks[j + 1]?.lower ?? ''
        const pronounNext = SUBJECT_PRONOUNS.has(after) && SPACE_ONLY.test(gap(ctx, j + 1))
        if (boundaryAfter(ctx, j) || (pronounNext && !(NOUN_NAMES.has(w) && (after === 'to' || after === 'that'))))
          return true
        // "tell grace thank you", "remind hope to call", "ask faith if": a message passed on to a person.
        if (
          TELL_VERBS.has(ctx.toks[j - 1]?.lower ?? '') &&
          !CALENDAR_NAMES.has(w) &&
          MESSAGE_NEXT.has(after) &&
          SPACE_ONLY.test(gap(ctx, j + 1))
        )
          return true
        if (CALENDAR_NAMES.has(w) || !SPACE_ONLY.test(gap(ctx, j + 1))) return false
        // "i spoke to sunny yesterday", "talked with faith this morning": someone spoken to, then when.
        if (
          TIME_NEXT.has(after) &&
          !COLOURS.has(w) &&
          SPOKE_VERBS.has(
            ctx.toks[j - 1]?.lower === 'to' || ctx.toks[j - 1]?.lower === 'with'
              ? (ctx.toks[j - 2]?.lower ?? '')
              : (ctx.toks[j - 1]?.lower ?? ''),
          )
        )
          return true
        // "send grace the form", "gave hope her meds": a person receiving something.
        if (NOUN_NAMES.has(w) && !ABSTRACT_NAMES.has(w)) return false
        if (RECIPIENT_NEXT.has(after)) return true
        // "bring ivy at 3", "took faith to urgent care": a person taken somewhere ("bring hope to the world" is not).
        if (!PLACE_PREPOSITIONS.has(after)) return false
        return (
          !ABSTRACT_NAMES.has(w) || !['to', 'in', 'up'].includes(after) || TRANSPORT.has(ctx.toks[j - 1]?.lower ?? '')
        )
      }
      case 'weak':
        if (isLanguageAsked(ctx, j)) return false
        // "calling back for summer she's at the er", "the call from misty about my pills": a person called for or
        // called by, then what they do or what it was about.
        if (calledPerson(ctx, j) && !CALENDAR_NAMES.has(w)) return true
        // "i'm here with grace", "the appt is for joy.": a person at the end of the sentence, not a month or season.
        return (
          cap ||
          (!CALENDAR_NAMES.has(w) &&
            !SEASONS.has(w) &&
            !c.basic &&
            SPACE_ONLY.test(gap(ctx, j)) &&
            endsSentence(ctx, j)) ||
          (ABSTRACT_NAMES.has(w) &&
            SPACE_ONLY.test(gap(ctx, j)) &&
            endsSentence(ctx, j) &&
            !IDIOM_BEFORE.has(ctx.toks[j - 2]?.lower ?? ''))
        )
    }
  }
  if (kind === 'title' && addressedAfterTitle(ctx, j)) return true
  if (c.wordSurname && kind === 'title') return true
  // "tell baker i got the forms", "ask frost if she can": a word-surname a message is passed to is the person.
  if (
    c.wordSurname &&
    kind === 'verb' &&
    PASS_ON_VERBS.has(ctx.toks[j - 1]?.lower ?? '') &&
    SPACE_ONLY.test(gap(ctx, j + 1)) &&
    MESSAGE_NEXT.has(ctx.toks[j + 1]?.lower ?? '') &&
    !CALENDAR_NAMES.has(w)
  )
    return true
  // "mi sobrino éver hernández": after a relation word, a name-list word that is no very common word (an accented
  // spelling is none: "éver" is no "ever"), then a surname no dictionary holds as a word, is a full name.
  if (
    c.surname &&
    kind === 'relation' &&
    (!c.basic || accentedAway(w)) &&
    j + 1 < ctx.toks.length &&
    SPACE_ONLY.test(gap(ctx, j + 1))
  ) {
    const next = ctx.toks[j + 1]!.cls
    if ((next.strong || next.oov) && !next.clinical) return true
  }
  if (c.surname) return kind === 'title' ? !c.basic || cap || boundaryAfter(ctx, j) : cap && kind !== 'weak'
  return cap && kind === 'title' && !c.basic
}

const SPANISH_ARTICLES = new Set(['el', 'la', 'los', 'las', 'al', 'del'])
// What follows a Spanish title used as a role: when, and what the role does ("con el doctor antes de", "la enfermera
// dijo"); surnames that are words ("Flores", "Campos") stay names.
// biome-ignore format: packed list
const SPANISH_ROLE_NEXT = new Set([
  'antes', 'después', 'despues', 'ahora', 'hoy', 'mañana', 'ayer', 'luego', 'también', 'tambien', 'todavía', 'todavia',
  'ya', 'aquí', 'aqui', 'dijo', 'dice', 'viene', 'vino', 'va', 'fue', 'está', 'esta', 'estaba', 'nos', 'me', 'le', 'les',
  'que', 'para', 'porque', 'si', 'no',
])

/** A greeted word the writer's own clause may follow as a name: not the verb hope, not an endearment ("hi sunshine"). */
function greetedBeforeClause(w: string): boolean {
  return w !== 'hope' && !VOCATIVES.has(w) && !ENDEARMENTS.has(w)
}
// Words said to someone dear beyond the vocatives ("hi angel i got your message"), not names before the writer goes on.
const ENDEARMENTS = new Set(['angel', 'princess', 'handsome', 'beautiful', 'gorgeous'])
