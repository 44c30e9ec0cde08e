/**
 * Development tool: reads dumps of scripts/eval-dump.ts. With one dump, prints recall and utility per corpus (thread
 * corpora per mode); with two (before, after), prints the rows whose leaks or kept words changed and the words the
 * second engine no longer keeps, so a change is judged message by message and not only by its totals.
 *
 *   npx tsx scripts/eval-compare.ts a.jsonl [--only regex]
 *   npx tsx scripts/eval-compare.ts before.jsonl after.jsonl [--only regex] [--limit 60] [--quiet]
 */
import { readFileSync } from 'node:fs'
import type { DumpRow } from './eval-lib.ts'

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const files = args.filter((a, i) => !a.startsWith('--') && (i === 0 || !['--only', '--limit'].includes(args[i - 1]!)))
const ONLY = option('--only') ? new RegExp(option('--only')!) : undefined
const LIMIT = Number(option('--limit') ?? 60)
const QUIET = args.includes('--quiet')

function load(path: string): Map<string, DumpRow> {
  const rows = new Map<string, DumpRow>()
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) continue
    const r = JSON.parse(line) as DumpRow
    if (!ONLY || ONLY.test(r.key)) rows.set(r.key, r)
  }
  return rows
}

/** `team-dev12#4` -> `team-dev12`; `threads-dev9#memory#4` -> `threads-dev9#memory`. */
const corpusOf = (key: string): string => key.slice(0, key.lastIndexOf('#'))
const inTotal = (key: string): boolean => key.startsWith('team-dev') || key.includes('#memory#')

interface Sum {
  n: number
  leaked: number
  kept: number
  nonPhi: number
}
function summarise(rows: Map<string, DumpRow>): Map<string, Sum> {
  const out = new Map<string, Sum>()
  const add = (k: string, r: DumpRow): void => {
    const s = out.get(k) ?? { n: 0, leaked: 0, kept: 0, nonPhi: 0 }
    s.n += r.n
    s.leaked += r.leaked.length
    s.kept += r.kept
    s.nonPhi += r.nonPhi
    out.set(k, s)
  }
  for (const r of rows.values()) {
    add(corpusOf(r.key), r)
    if (inTotal(r.key)) add('TOTAL (team + threads with memory)', r)
  }
  return out
}
const fmt = (s: Sum | undefined): string =>
  s
    ? `${(1 - s.leaked / Math.max(1, s.n)).toFixed(3)} (${s.leaked}/${s.n}) util ${(s.kept / Math.max(1, s.nonPhi)).toFixed(4)}`
    : '-'

const WORD = /[\p{L}\p{N}]+/gu
const bag = (text: string): Map<string, number> => {
  const m = new Map<string, number>()
  // Placeholders ("[NAME]", "[DATE:AGE90PLUS]") are no words of the message.
  for (const w of text
    .replace(/\[[A-Z0-9_:]+\]/g, ' ')
    .toLowerCase()
    .match(WORD) ?? [])
    m.set(w, (m.get(w) ?? 0) + 1)
  return m
}
/** Words of `a` that `b` has fewer of. */
const missing = (a: string, b: string): string[] => {
  const mb = bag(b)
  const out: string[] = []
  for (const [w, n] of bag(a)) if ((mb.get(w) ?? 0) < n) out.push(w)
  return out
}

if (files.length === 1) {
  const sums = summarise(load(files[0]!))
  for (const [k, s] of [...sums].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })))
    console.log(`${k.padEnd(36)} ${fmt(s)}`)
} else if (files.length === 2) {
  const [a, b] = [load(files[0]!), load(files[1]!)]
  const lines: Record<string, string[]> = { 'RECALL-DOWN': [], 'RECALL-UP': [], 'UTIL-LOWER': [], 'UTIL-HIGHER': [] }
  const lost = new Map<string, number>()
  for (const [key, ra] of a) {
    const rb = b.get(key)
    if (!rb) continue
    const newLeaks = rb.leaked.filter((v) => !ra.leaked.includes(v))
    const fixed = ra.leaked.filter((v) => !rb.leaked.includes(v))
    const show = (kind: string, what: string): void => {
      lines[kind]!.push(`${kind} ${key} ${what}\n    IN : ${ra.in}\n    A  : ${ra.out}\n    B  : ${rb.out}`)
    }
    if (newLeaks.length) show('RECALL-DOWN', newLeaks.join(' | '))
    if (fixed.length) show('RECALL-UP', fixed.join(' | '))
    if (rb.kept < ra.kept) {
      const words = missing(ra.out, rb.out)
      for (const w of words) lost.set(w, (lost.get(w) ?? 0) + 1)
      show('UTIL-LOWER', `${ra.kept}->${rb.kept} lost: ${words.join(' ')}`)
    }
    if (rb.kept > ra.kept) show('UTIL-HIGHER', `${ra.kept}->${rb.kept} gained: ${missing(rb.out, ra.out).join(' ')}`)
  }
  if (!QUIET) for (const [, ls] of Object.entries(lines)) for (const l of ls.slice(0, LIMIT)) console.log(l)
  console.log(
    `\nwords lost (count): ${[...lost]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 80)
      .map(([w, n]) => `${w} ${n}`)
      .join(', ')}`,
  )
  const [sa, sb] = [summarise(a), summarise(b)]
  for (const k of [...sb.keys()].sort((x, y) => x.localeCompare(y, 'en', { numeric: true })))
    if (fmt(sa.get(k)) !== fmt(sb.get(k))) console.log(`${k.padEnd(36)} ${fmt(sa.get(k))}  ->  ${fmt(sb.get(k))}`)
  console.log(
    Object.entries(lines)
      .map(([k, v]) => `${k} ${v.length}`)
      .join(', '),
  )
} else throw new Error('usage: eval-compare.ts a.jsonl [b.jsonl] [--only regex] [--limit n] [--quiet]')
