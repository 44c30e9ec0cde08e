/**
 * A shop, agency or church named head first with an article, as Spanish names them: "farmacia la
 * económica", "taquería el güero". The article between a kind of
 * place and the words after it only stands there when they are its name, whatever those words mean, so they go with
 * the head, up to the next boundary (a function word, a number, a day or month, a clinical word) and at most three.
 */
import { languages } from '../languages'
import { isClinicalTerm, isSpanishWord } from '../lexicon'
import { HEADS_BEFORE_ARTICLE } from '../lexicon/affiliation-words'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { HEAD_FIRST_NAME } from '../resolve-spans'
import { isNumberWord, words } from '../spoken'
import { blanksOnly } from './chars'
import type { Detector, Span } from './types'

// Spanish singular articles that open a name after its head. A plural one opens as often what the place sells or holds
// ("en la taquería los tacos me cayeron mal"), and "le" and "o" are a pronoun and "or" ("la farmacia le dio otra").
const ARTICLES = new Set(['la', 'el'])
const MAX_NAME_WORDS = 3
// Words of time an article also puts after a place ("la escuela la semana pasada", "la farmacia el mes que viene").
// biome-ignore format: packed list
const TIME_WORDS = new Set([
  'semana', 'semanas', 'mes', 'meses', 'año', 'ano', 'años', 'anos', 'mañana', 'manana', 'tarde', 'noche', 'día', 'dia',
  'días', 'dias', 'hora', 'horas', 'vez', 'veces', 'fin', 'próxima', 'proxima', 'próximo', 'proximo', 'pasada',
  'pasado', 'otra', 'otro', 'misma', 'mismo', 'primera', 'primero', 'última', 'ultima', 'mês', 'manhã', 'manha',
  'noite', 'semaine', 'mois', 'matin', 'soir', 'jour', 'jours', 'week', 'weekend',
  'ayer', 'hoy', 'anoche', 'ahorita', 'ahora', 'luego', 'temprano', 'ontem', 'hoje', 'agora', 'hier', 'aujourd', 'demain',
])

// What a patient asks a pharmacy or a store for, or who answers there, after "la" or "el" as its article ("le pregunté a
// la farmacia la dosis", "en la tienda la leche", "la farmacia el doctor me mandó").
// biome-ignore format: packed list
const OBJECT_WORDS = new Set([
  'dosis', 'receta', 'recetas', 'medicina', 'medicinas', 'medicamento', 'pastilla', 'pastillas', 'leche', 'doctor',
  'doctora', 'enfermera', 'cita', 'insulina', 'factura', 'orden', 'autorización', 'autorizacion', 'tarjeta', 'cuenta',
  'dueña', 'dueño', 'encargada', 'encargado', 'señora', 'señor', 'muchacha', 'muchacho', 'farmacéutica',
  'farmacéutico', 'farmaceutica', 'farmaceutico', 'caja', 'fila', 'puerta', 'comida', 'ropa', 'vacuna', 'prueba',
])

/** Whether `w` ends the name after the article: a function word, a number, a day or month, a clinical word. */
function endsName(w: string): boolean {
  const { months, weekdays } = languages()
  return (
    OBJECT_WORDS.has(w) ||
    // A verb in the past or the imperfect after "la" as a pronoun ("la farmacia la tenía cerrada", "me la dio").
    (/(?:ó|ía|ia|ían|ian|aba|aban|aron|ieron)$/u.test(w) && isSpanishWord(w)) ||
    isFunctionWordOfAnyLanguage(w) ||
    isNumberWord(w) ||
    TIME_WORDS.has(w) ||
    months.has(w) ||
    weekdays.has(w) ||
    isClinicalTerm(w)
  )
}

/** Finds head-first names after a head and an article, as OTHER spans with the head. */
export const detectHeadFirstNames: Detector = ({ text, lower }) => {
  const list = words(lower)
  const out: Span[] = []
  for (let i = 0; i + 2 < list.length; i++) {
    if (!HEADS_BEFORE_ARTICLE.has(list[i]!.w) || !ARTICLES.has(list[i + 1]!.w)) continue
    if (!blanksOnly(text, list[i]!.end, list[i + 1]!.start)) continue
    let end = i + 2
    while (
      end < list.length &&
      end - (i + 2) < MAX_NAME_WORDS &&
      blanksOnly(text, list[end - 1]!.end, list[end]!.start) &&
      !endsName(list[end]!.w)
    )
      end++
    if (end === i + 2) continue
    // "la farmacia farmacia la guadalupana": a head said twice, as a speaker restarts, goes with the name.
    const start = i > 0 && list[i - 1]!.w === list[i]!.w ? list[i - 1]!.start : list[i]!.start
    out.push({ start, end: list[end - 1]!.end, type: 'OTHER', source: HEAD_FIRST_NAME })
    i = end - 1
  }
  return out
}
