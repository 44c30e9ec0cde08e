// Names detector and lexicon costs in plain Node: bundles src/phi/detectors/names/ with esbuild (as wrangler
// does), then measures gzip size of the generated lexicon, module load time, first look-up, and the detector's
// median time on a 160-char SMS and a 5 KB transcript. A benchmark, not a test. Usage: node scripts/bench-names.mjs
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { pathToFileURL } from 'node:url'

const root = new URL('../', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'bench-names-'))
try {
  const out = join(dir, 'names.mjs')
  const entry = join(dir, 'entry.ts')
  const src = `export { findNames } from '${root}src/phi/detectors/names/index.ts'\nexport * as lexicon from '${root}src/phi/lexicon/index.ts'\n`
  execFileSync('node', ['-e', `require('fs').writeFileSync(${JSON.stringify(entry)}, ${JSON.stringify(src)})`])
  execFileSync(
    join(root, 'node_modules/.bin/esbuild'),
    [entry, '--bundle', '--format=esm', '--platform=neutral', '--minify', `--outfile=${out}`],
    { stdio: 'pipe' },
  )

  const lexicon = readFileSync(join(root, 'src/phi/lexicon/generated/lexicon.ts'))
  const bundle = readFileSync(out)
  console.log(
    `generated lexicon: ${(lexicon.length / 1024).toFixed(0)} KB raw, ${(gzipSync(lexicon).length / 1024).toFixed(0)} KB gzip`,
  )
  console.log(
    `names bundle (detector + lexicon, minified): ${(bundle.length / 1024).toFixed(0)} KB raw, ${(gzipSync(bundle).length / 1024).toFixed(0)} KB gzip`,
  )

  let t0 = performance.now()
  const mod = await import(pathToFileURL(out).href)
  const loadMs = performance.now() - t0
  t0 = performance.now()
  const first = [
    mod.lexicon.isSurname('kowalski'),
    mod.lexicon.isEnglishWord('swollen'),
    mod.lexicon.isCity('long beach'),
  ]
  const firstMs = performance.now() - t0
  console.log(`module load ${loadMs.toFixed(1)} ms; first three look-ups ${firstMs.toFixed(2)} ms (${first.join(',')})`)

  const sms = [
    'hey its danielle, my daughter ava has pink eye, can she get drops without coming in? thx, call me tmrw pls ok',
    'Hi this is Olivia Bennett. My son Noah needs an ADHD follow-up next week, any time after 3 works for us.',
    'mi hija Sofía tiene fiebre desde ayer y tos, soy Carmen Ruiz, me pueden llamar por favor? gracias!!',
  ].map((s) => s.padEnd(160, ' ok').slice(0, 160))
  const transcript = (
    'hi this is patricia gomez calling about my husband luis he needs a refill of his insulin and the ' +
    'doctor said to call back if the sugar stays high my callback number is three one zero five five five and '
  )
    .repeat(30)
    .slice(0, 5120)
  const time = (text, n) => {
    const input = { text, lower: text.toLowerCase(), channel: 'sms' }
    for (let i = 0; i < 50; i++) mod.findNames(input)
    const xs = []
    for (let i = 0; i < n; i++) {
      const s = performance.now()
      mod.findNames(input)
      xs.push(performance.now() - s)
    }
    xs.sort((a, b) => a - b)
    return xs[Math.floor(xs.length / 2)]
  }
  const smsMedian = Math.max(...sms.map((s) => time(s, 2000)))
  console.log(
    `detectNames median: ${(smsMedian * 1000).toFixed(0)} µs per 160-char SMS (worst of 3), ${time(transcript, 300).toFixed(2)} ms per 5 KB transcript`,
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
