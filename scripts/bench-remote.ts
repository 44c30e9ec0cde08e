/**
 * `npm run bench:remote`: the end-to-end load of `npm run bench`, sent to Workers you deployed, so the throughput
 * targets can be measured where they count (on Cloudflare, with KV, Queues and the consumer as separate services)
 * instead of in one local workerd process. Nothing is deployed by this script.
 *
 *   BENCH_TWILIO_AUTH_TOKEN=… npm run bench:remote -- --url https://phi.example.workers.dev \
 *     [--hello-url https://hello.example.workers.dev] [--account-sid AC…] [--requests 3000] [--concurrency 32]
 *
 * The webhooks are signed with BENCH_TWILIO_AUTH_TOKEN for the URL given, so the deployed Worker must have that
 * value as TWILIO_AUTH_TOKEN (use a test deployment with a throwaway token, never a production one) and
 * PUBLIC_BASE_URL unset or equal to --url. The bodies are the bench fixtures: invented patients only.
 * `--hello-url` is bench/hello-worker.js deployed the same way (`npx wrangler deploy -c bench/hello-wrangler.toml`).
 * Run it from a machine near the Cloudflare location serving you; both targets see the same client and network.
 */
import { parseArgs } from 'node:util'
import { benchMix, type SignOptions } from '../bench/fixtures.ts'
import { runLoad, type LoadResult } from './bench-load.ts'

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    'hello-url': { type: 'string' },
    'account-sid': { type: 'string', default: 'AC5e1f0b2c3d4e5f60718293a4b5c6d7e8' },
    requests: { type: 'string', default: '3000' },
    concurrency: { type: 'string', default: '32' },
  },
})

function fail(message: string): never {
  process.stderr.write(`bench:remote: ${message}\n`)
  process.exit(2)
}

const token = process.env.BENCH_TWILIO_AUTH_TOKEN
if (!values.url) fail('--url <deployed Worker base URL> is required')
if (!token) fail('BENCH_TWILIO_AUTH_TOKEN must hold the TWILIO_AUTH_TOKEN of the test deployment')
const requests = Number(values.requests)
const concurrency = Number(values.concurrency)
if (!Number.isInteger(requests) || requests < 10) fail('--requests must be an integer ≥ 10')
if (!Number.isInteger(concurrency) || concurrency < 1) fail('--concurrency must be a positive integer')

const warmup = Math.min(300, Math.ceil(requests / 10))
const base = new URL(values.url)
const sign: SignOptions = { baseUrl: base.origin, authToken: token, accountSid: values['account-sid'] as string }

async function target(url: URL): Promise<LoadResult> {
  // New patients for every run, each writing 3 times, as in `npm run bench`.
  const first = Math.floor(Math.random() * 40_000)
  const hooks = benchMix({ ...sign, baseUrl: url.origin }, requests + warmup, {
    kind: 'pool',
    size: Math.ceil((requests + warmup) / 3),
    first,
  })
  return runLoad(url, hooks, concurrency, warmup)
}

const row = (name: string, r: LoadResult): string =>
  `| ${name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p90.toFixed(1)} | ${r.p99.toFixed(1)} | ${Object.entries(
    r.statuses,
  )
    .map(([k, v]) => `${k}×${v}`)
    .join(' ')} |`

const rows: string[] = []
const pipeline = await target(base)
rows.push(row(`PHI firewall Worker (${base.host})`, pipeline))
let ratio = ''
if (values['hello-url']) {
  const helloUrl = new URL(values['hello-url'])
  const hello = await target(helloUrl)
  rows.push(row(`hello-world Worker (${helloUrl.host})`, hello))
  ratio = `\npipeline / hello-world = ${((100 * pipeline.rps) / hello.rps).toFixed(1)} %\n`
}
process.stdout.write(
  `${requests} requests after ${warmup} warm-up, ${concurrency} connections, ${new Date().toISOString()}\n\n` +
    '| target | req/s | p50 ms | p90 ms | p99 ms | HTTP statuses |\n| --- | --- | --- | --- | --- | --- |\n' +
    rows.join('\n') +
    '\n' +
    ratio,
)
if (!Object.keys(pipeline.statuses).every((s) => s.startsWith('2'))) {
  process.stderr.write(
    'bench:remote: some webhooks were not accepted (check the token, PUBLIC_BASE_URL and DESTINATIONS)\n',
  )
  process.exitCode = 1
}
