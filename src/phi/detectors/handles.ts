/**
 * User names and handles joined by underscores ("jmorales_ptl", "maria_g_1990"): a portal login, a file name or a
 * social handle, never clinical text, and often a name or a birth year inside. Removed whole, fail closed.
 */
import type { Detector, Span } from './types'

const HANDLE = /(?<![\p{L}\p{N}_])[\p{L}\p{N}]+(?:_+[\p{L}\p{N}]+)+(?![\p{L}\p{N}_])/gu

/** Finds underscore-joined handles as OTHER spans. */
export const detectHandles: Detector = ({ text }) => {
  if (!text.includes('_')) return []
  const out: Span[] = []
  for (const m of text.matchAll(HANDLE))
    out.push({ start: m.index, end: m.index + m[0].length, type: 'OTHER', source: 'handle' })
  return out
}

// A web address said aloud: "valleyhealth dot example slash pay slash a c c t nine nine", "mychart dot org".
const SPOKEN_URL =
  /(?<![\p{L}\p{N}])[\p{L}\p{N}-]+(?:[ \t]+dot[ \t]+[\p{L}\p{N}-]+)+(?:(?:[ \t]+slash[ \t]+[\p{L}\p{N}-]+(?:[ \t]+(?:[\p{L}]|zero|oh|one|two|three|four|five|six|seven|eight|nine)(?![\p{L}\p{N}]))*)+|[ \t]+dot[ \t]+(?:com|org|net|gov|edu|io|us|info|health|co)(?![\p{L}\p{N}]))/gu
// A user name announced by its cue: "the username is grandpa joe nineteen forty", "login: kb77". The words after the
// cue up to a stop or "all one word" are the name, whatever they look like.
const USER_NAME_CUE =
  /(?<![\p{L}])(?:user ?name|login|log-in|screen ?name|user id|handle|usuario|nombre de usuario|utilisateur|identifiant|usuário)(?:[ \t]+(?:is|es|est|é|was)[ \t]+|[ \t]*:[ \t]*)/giu
// A word every alternative of USER_NAME_CUE holds (same flags): a text without one is not searched with the pattern.
const USER_NAME_CUE_WORD = /user|login|log-in|screen|handle|usuario|usuário|utilisateur|identifiant/iu
const USER_NAME_STOP =
  /[.,;!?\n]|[ \t](?:all one word|one word|todo junto|and|but|y|et|e|i|it|please|thanks)(?![\p{L}])/iu

/** Finds web addresses said aloud and user names after their cue, as URL and OTHER spans. */
export const detectSpokenHandles: Detector = ({ text, lower }) => {
  const out: Span[] = []
  if (lower.includes(' dot ')) {
    for (const m of lower.matchAll(SPOKEN_URL))
      out.push({ start: m.index, end: m.index + m[0].length, type: 'URL', source: 'url:spoken' })
  }
  for (const m of USER_NAME_CUE_WORD.test(lower) ? lower.matchAll(USER_NAME_CUE) : []) {
    const start = m.index + m[0].length
    const rest = text.slice(start, start + 60)
    const stop = USER_NAME_STOP.exec(rest)
    const value = (stop ? rest.slice(0, stop.index) : rest).trimEnd()
    if (value.length === 0 || value.split(/[ \t]+/).length > 5) continue
    out.push({ start, end: start + value.length, type: 'OTHER', source: 'handle:cued' })
  }
  return out
}

// Spanish letter names, for names and IDs spelled aloud ("ve i doble ele a ele o be o ese", "cuatro a ocho ere te").
// biome-ignore format: packed list
const SPANISH_LETTERS = new Set([
  'a', 'be', 'ce', 'de', 'e', 'efe', 'ge', 'hache', 'i', 'jota', 'ka', 'ele', 'elle', 'eme', 'ene', 'eñe', 'o', 'pe',
  'cu', 'ere', 'erre', 'ese', 'te', 'u', 'uve', 've', 'doble', 'equis', 'ye', 'zeta', 'griega',
])
// Letter names no Spanish sentence strings together: two of them in a run of four make it spelling ("te zeta u ele").
const SPANISH_LETTER_ONLY = new Set([
  'efe',
  'hache',
  'jota',
  'ka',
  'ele',
  'elle',
  'eme',
  'ene',
  'eñe',
  'cu',
  'ere',
  'erre',
  'ese',
  'uve',
  'equis',
  'zeta',
  'doble',
  'griega',
  'be',
  'ce',
  'ge',
  'pe',
])

/** Names and identifiers spelled with Spanish letter names (four or more, two of them unmistakable), as OTHER. */
export const detectSpanishSpelling: Detector = ({ lower }) => {
  const out: Span[] = []
  if (!/\b(?:ele|ese|eme|ene|ere|efe|jota|hache|equis|zeta|doble)\b/u.test(lower)) return out
  const words = [...lower.matchAll(/[\p{L}]+|\d+/gu)]
  let runStart = -1
  const distinct = new Set<string>()
  const flush = (endIndex: number): void => {
    const count = endIndex - runStart
    if (runStart >= 0 && count >= 4 && distinct.size >= 2) {
      const first = words[runStart]!
      const last = words[endIndex - 1]!
      out.push({ start: first.index, end: last.index + last[0].length, type: 'OTHER', source: 'spelled:es' })
    }
    runStart = -1
    distinct.clear()
  }
  for (let k = 0; k < words.length; k++) {
    const w = words[k]![0]
    const letter = SPANISH_LETTERS.has(w) || /^\d$/.test(w)
    const gapOk =
      k === 0 || /^[ \t,]{1,3}$/.test(lower.slice(words[k - 1]!.index + words[k - 1]![0].length, words[k]!.index))
    if (letter && (runStart < 0 || gapOk)) {
      if (runStart < 0) runStart = k
      if (SPANISH_LETTER_ONLY.has(w)) distinct.add(w)
      continue
    }
    flush(k)
    if (letter) {
      runStart = k
      if (SPANISH_LETTER_ONLY.has(w)) distinct.add(w)
    }
  }
  flush(words.length)
  return out
}
