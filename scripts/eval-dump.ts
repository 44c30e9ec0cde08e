/**
 * Development tool: runs the engine over every development corpus and writes one JSON line per message (what went in,
 * what came out, which labelled values leaked), so two engines can be compared row by row with
 * scripts/eval-compare.ts. Holdouts are never read (only `team-dev*.tsv` and `threads-dev*.tsv`).
 *
 *   npx tsx scripts/eval-dump.ts out.jsonl [--engine /other/worktree] [--corpora /dir/with/corpus+threads]
 *                                         [--only regex] [--shard 0/2] [--modes memory]
 *
 * Keys: `team-devN#i` (message i of a team corpus) and `threads-devN#mode#i`, mode alone | memory | roster | memroster.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { type DumpRow, parseLabelledCorpus, scoreMessage, type MessageResult } from './eval-lib.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const OUT = args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1]!.startsWith('--')))
if (!OUT) throw new Error('usage: eval-dump.ts out.jsonl [--engine dir] [--corpora dir] [--only regex] [--shard i/n]')
const ENGINE = resolve(option('--engine') ?? ROOT)
const CORPORA = resolve(option('--corpora') ?? resolve(ROOT, 'eval'))
const ONLY = option('--only') ? new RegExp(option('--only')!) : undefined
const [SHARD, SHARDS] = (option('--shard') ?? '0/1').split('/').map(Number) as [number, number]
/** `--modes memory,alone`: only these thread modes (all four by default; one mode is a quarter of the threads' cost). */
const MODES = option('--modes')?.split(',')

type Scrub = (text: string, options: Record<string, unknown>) => { text: string; remembered: string[] }
const { scrubText } = (await import(pathToFileURL(resolve(ENGINE, 'src/phi/deidentify.ts')).href)) as {
  scrubText: Scrub
}
// The thread runner of the engine's own tree, where the memory rules live (it needs `onMessage`, from session 43 on).
const threads = (await import(
  pathToFileURL(resolve(ENGINE, 'scripts/eval-threads.ts')).href
)) as typeof import('./eval-threads.ts')

const rows: string[] = []
const row = (key: string, text: string, out: string, r: MessageResult): void => {
  const leaked = r.values.filter((v) => v.leak !== null).map((v) => `${v.type}:${v.value}`)
  const line: DumpRow = { key, in: text, out, leaked, n: r.values.length, kept: r.kept, nonPhi: r.nonPhi }
  rows.push(JSON.stringify(line))
}

const byNumber = (a: string, b: string): number => Number(/\d*$/.exec(a)![0] || 1) - Number(/\d*$/.exec(b)![0] || 1)
const names = (dir: string, prefix: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.startsWith(prefix) && f.endsWith('.tsv'))
        .map((f) => f.slice(0, -4))
        .filter((n) => !ONLY || ONLY.test(n))
        .sort(byNumber)
    : []
const mine = (i: number): boolean => i % SHARDS === SHARD

names(resolve(CORPORA, 'corpus'), 'team-dev').forEach((name, i) => {
  if (!mine(i)) return
  const messages = parseLabelledCorpus(readFileSync(resolve(CORPORA, 'corpus', `${name}.tsv`), 'utf8'), name)
  messages.forEach((m, j) => {
    let out = ''
    try {
      out = scrubText(m.text, { channel: m.channel }).text
    } catch {}
    row(`${name}#${j}`, m.text, out, scoreMessage(m, out))
  })
})

const threadNames = names(resolve(CORPORA, 'threads'), 'threads-dev')
threadNames.forEach((name, i) => {
  if (!mine(i + 1000)) return
  const messages = threads.parseThreads(readFileSync(resolve(CORPORA, 'threads', `${name}.tsv`), 'utf8'), name)
  const rosterPath = resolve(CORPORA, 'threads', `${name}.roster.json`)
  const roster = existsSync(rosterPath) ? threads.rosterFromJson(readFileSync(rosterPath, 'utf8')) : undefined
  const modes: Array<[string, boolean, boolean]> = [
    ['alone', false, false],
    ['memory', true, false],
    ...(roster
      ? ([
          ['roster', false, true],
          ['memroster', true, true],
        ] as Array<[string, boolean, boolean]>)
      : []),
  ]
  for (const [mode, memory, withRoster] of modes.filter(([m]) => !MODES || MODES.includes(m))) {
    let j = 0
    threads.runThreads(messages, {
      memory,
      ...(withRoster && roster ? { roster } : {}),
      onMessage: (m, out, r) => row(`${name}#${mode}#${j++}`, m.text, out, r),
    })
  }
})

writeFileSync(OUT, rows.length ? `${rows.join('\n')}\n` : '')
console.log(`${rows.length} rows -> ${OUT}`)
