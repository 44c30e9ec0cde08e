/**
 * Chains and large employers by name (lexicon/chain-names.ts): "works at amazon", "the cvs on memorial", "trabaja en
 * costco", "la farmacia walgreens". A chain said with the street or town of its store narrows where a patient lives,
 * and an employer is removed with the patient's own identifiers, so the name goes as an organisation wherever it
 * stands. A name that is also an everyday word ("target", "ups", "delta") only with a capital in cased text or after
 * a preposition of place or service.
 */
import { AMBIGUOUS_CHAIN_NAMES, CHAIN_NAMES } from '../lexicon/chain-names'
import { isFirstName, isSurname } from '../lexicon'
import { CHAIN } from '../resolve-spans'
import { WORD, type Word, words } from '../spoken'
import type { Detector, Span } from './types'

interface ChainTable {
  /** Every phrase as its words, by its first word. */
  byFirst: Map<string, Array<{ words: readonly string[]; ambiguous: boolean }>>
}

let table: ChainTable | undefined

function chainTable(): ChainTable {
  if (table) return table
  const byFirst: ChainTable['byFirst'] = new Map()
  const add = (phrase: string, ambiguous: boolean): void => {
    const parts = phrase.replace(/’/g, "'").match(WORD) ?? []
    if (parts.length === 0) return
    const list = byFirst.get(parts[0]!) ?? []
    list.push({ words: parts, ambiguous })
    // Longest first: "fresenius kidney care" before "fresenius".
    list.sort((a, b) => b.words.length - a.words.length)
    byFirst.set(parts[0]!, list)
  }
  for (const p of CHAIN_NAMES) add(p, false)
  for (const p of AMBIGUOUS_CHAIN_NAMES) add(p, true)
  table = { byFirst }
  return table
}

// Kinds of store or site that go with the chain before them.
// biome-ignore format: packed list
const CHAIN_TAILS = new Set([
  'pharmacy', 'pharmacies', 'store', 'stores', 'supercenter', 'supermarket', 'market', 'warehouse', 'distribution',
  'fulfillment', 'center', 'centre', 'plant', 'factory', 'hub', 'depot', 'facility', 'location', 'dc', 'terminal',
])

// Before an ambiguous name: where someone works, shops or is sent ("at target", "for ups", "with delta").
const PLACE_BEFORE = new Set(['at', 'from', 'for', 'with'])
const ARTICLES = new Set(['the', 'a'])
const CAPITALS_ONLY = new Set(['target'])
const CASED = /\p{Lu}/u
const LOWER = /\p{Ll}/u

/** The word with its curly apostrophes straight, as the table writes them; asked of every word, so no regex unless one stands. */
function straightApostrophes(w: string): string {
  return w.includes('’') ? w.replace(/’/g, "'") : w
}

/** Whether only blanks or one hyphen separate two words of a phrase. */
function joined(text: string, a: Word, b: Word): boolean {
  return /^(?:[ \t]+|[ \t]*[-&][ \t]*|[ \t]+(?:&|and)[ \t]+)$/u.test(text.slice(a.end, b.start))
}

/** Whether an ambiguous chain name at list[i] is the chain: a capital in cased text, or a preposition before it. */
function claimsAmbiguous(
  text: string,
  list: readonly Word[],
  i: number,
  cased: boolean,
  phrase: readonly string[],
): boolean {
  const first = text.charCodeAt(list[i]!.start)
  if (cased && first >= 65 && first <= 90) {
    // A capital that only opens a sentence or a line says nothing.
    const before = text.slice(Math.max(0, list[i]!.start - 3), list[i]!.start)
    if (list[i]!.start > 0 && !/(?:^|[.!?:\n]\s*)$/u.test(before)) return true
    if (text.slice(list[i]!.start, list[i]!.end).toUpperCase() === text.slice(list[i]!.start, list[i]!.end)) return true
  }
  // "at target", "for target a1c": a goal of treatment after a preposition as often; "target" is the store in capitals.
  if (CAPITALS_ONLY.has(phrase.join(' '))) return false
  let k = i - 1
  if (k >= 0 && ARTICLES.has(list[k]!.w)) k--
  return k >= 0 && PLACE_BEFORE.has(list[k]!.w)
}

/** Finds chains and large employers by name, as OTHER spans. */
export const detectChains: Detector = ({ text, lower }) => {
  const { byFirst } = chainTable()
  const list = words(lower)
  const cased = CASED.test(text) && LOWER.test(text)
  const out: Span[] = []
  for (let i = 0; i < list.length; i++) {
    const candidates = byFirst.get(straightApostrophes(list[i]!.w))
    if (!candidates) continue
    for (const c of candidates) {
      const n = c.words.length
      if (i + n > list.length) continue
      let ok = true
      for (let j = 1; j < n && ok; j++)
        ok = straightApostrophes(list[i + j]!.w) === c.words[j] && joined(text, list[i + j - 1]!, list[i + j]!)
      if (!ok || (c.ambiguous && !claimsAmbiguous(text, list, i, cased, c.words))) continue
      // A chain of one word named for a family ("tyson", "hilton"), or said after a given name ("lynn cargill"), yields
      // to a person's name read over it.
      const bare = c.words[0]!.replace(/'s$/, '')
      const personal = n === 1 && (isFirstName(bare) || isSurname(bare) || (i > 0 && isFirstName(list[i - 1]!.w)))
      // "Giant Eagle Pharmacy", "the kroger distribution center": the kind of store or site said after the chain is
      // part of its name.
      let end = i + n
      while (
        end < list.length &&
        end - (i + n) < 2 &&
        CHAIN_TAILS.has(list[end]!.w) &&
        joined(text, list[end - 1]!, list[end]!)
      )
        end++
      out.push({ start: list[i]!.start, end: list[end - 1]!.end, type: 'OTHER', source: personal ? 'chain' : CHAIN })
      i = end - 1
      break
    }
  }
  return out
}
