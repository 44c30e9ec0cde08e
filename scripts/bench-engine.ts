/**
 * Engine cost per family of adversarial input (issue 11): CPU milliseconds of one `scrubText` call, per KB, on a
 * 1,600-character SMS and on longer texts, so any superlinear growth shows. CPU time of this process (not wall
 * time: the machine may be shared), the best of 5 batches. Also the one-off cost of the first detection in a fresh
 * process (language tables compiled, lexicon read). A benchmark, not a test: it prints, it asserts nothing.
 *
 *   npm run bench:engine                  1,600 characters and 16 KB
 *   npm run bench:engine -- --sizes 1600,16000,64000
 */
import { ENGINE_FAMILIES } from '../bench/engine-families.ts'
import { scrubText } from '../src/phi/deidentify.ts'

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const SIZES = (arg('--sizes') ?? '1600,16000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0)

function cpuMs(fn: () => void, reps: number): number {
  let best = Infinity
  for (let batch = 0; batch < 5; batch++) {
    const start = process.cpuUsage()
    for (let i = 0; i < reps; i++) fn()
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1000 / reps)
  }
  return best
}

const first = process.cpuUsage()
scrubText('hi this is Maria, call me at 415-555-0123', { channel: 'sms' })
const firstUsed = process.cpuUsage(first)
console.log(
  `first detection in this process (tables compiled, lexicon read): ${((firstUsed.user + firstUsed.system) / 1000).toFixed(0)} ms CPU\n`,
)

// Steady state: every family three times at every size before any is timed, so the first family measured does not
// pay for the optimising compiler's warm-up of code the others share (the one-off cost is the line printed above).
// One round left the first family (typical SMS) at 1,600 characters about twice as slow as when timed again last.
for (let round = 0; round < 3; round++)
  for (const f of ENGINE_FAMILIES) for (const size of SIZES) scrubText(f.text(size), { channel: f.channel })

const header = ['family', ...SIZES.flatMap((n) => [`${n} chars ms`, 'ms/KB'])]
const rows: string[][] = []
let worstPerKb = 0
let worstSms = 0
for (const f of ENGINE_FAMILIES) {
  const row = [f.name]
  for (const size of SIZES) {
    const text = f.text(size)
    scrubText(text, { channel: f.channel })
    const ms = cpuMs(() => scrubText(text, { channel: f.channel }), Math.max(1, Math.round(16_000 / size)))
    const perKb = ms / (size / 1024)
    worstPerKb = Math.max(worstPerKb, perKb)
    if (size === 1600) worstSms = Math.max(worstSms, ms)
    row.push(ms.toFixed(2), perKb.toFixed(2))
  }
  rows.push(row)
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
const line = (cells: string[]): string =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
console.log([line(header), ...rows.map(line)].join('\n'))
console.log(
  `\nworst: ${worstPerKb.toFixed(2)} ms/KB${SIZES.includes(1600) ? `; worst 1,600-character SMS ${worstSms.toFixed(2)} ms` : ''} (targets: 1 ms/KB, 5 ms)`,
)
