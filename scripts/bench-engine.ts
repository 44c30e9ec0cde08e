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

// Steady state, as an isolate that serves a clinic's traffic runs: every family about 400 KB of text at every size
// before any is timed. Three rounds were not enough: the optimising compiler was still at work, and its threads' CPU
// is counted in this process, so the figures were up to 1.7 times the steady cost. What a family costs before that
// (the best of its calls 2 to 6 at 1,600 characters, the code shared with the families before it already warm) is printed apart.
let worstEarlyPerKb = 0
let worstEarlyName = ''
for (const f of ENGINE_FAMILIES)
  for (const size of SIZES) {
    const text = f.text(size)
    scrubText(text, { channel: f.channel })
    if (size === 1600) {
      const perKb = cpuMs(() => scrubText(text, { channel: f.channel }), 1) / (size / 1024)
      if (perKb > worstEarlyPerKb) [worstEarlyPerKb, worstEarlyName] = [perKb, f.name]
    }
    for (let i = 0, n = Math.ceil(400_000 / size); i < n; i++) scrubText(text, { channel: f.channel })
  }

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
  `\nbefore warm-up (best of calls 2-6 of each family, 1,600 characters): worst ${worstEarlyPerKb.toFixed(2)} ms/KB (${worstEarlyName})`,
)
console.log(
  `worst: ${worstPerKb.toFixed(2)} ms/KB${SIZES.includes(1600) ? `; worst 1,600-character SMS ${worstSms.toFixed(2)} ms` : ''} (targets: 1 ms/KB, 5 ms)`,
)
