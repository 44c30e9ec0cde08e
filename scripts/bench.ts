/**
 * `npm run bench`: every performance claim of the project, measured in one run on one machine.
 *
 *   1. scrub time per message (median, p99) for a 160-char SMS, a 1 KB chat message, a 5 KB transcript,
 *      in Node, for the PHI engine and for the peer stack's redaction library;
 *   2. end-to-end webhook throughput and latency through workerd (signed webhooks in, Standard Webhooks
 *      events out to a local stub CRM), beside a hello-world POST Worker in the same runtime;
 *   3. the peer stack (Node + Express + twilio `webhook()` + @redactpii/node) on the same webhooks, and
 *      the recall of both on the same labelled corpora (scripts/eval-lib.ts scoring);
 *   plus bundle size (gzip) and start-up time. Prints one table and writes docs/benchmarks.md.
 *
 * Loopback only, bounded request counts, every process it starts is stopped before it exits.
 *   npm run bench                    full run, writes docs/benchmarks.md
 *   npm run bench -- --quick         smaller counts (a smoke run), does not write the doc
 *   npm run bench -- --no-write      full run, print only
 *   npm run bench -- --roster-only   only the patient-memory figures (roster size and load time, memory KV reads)
 *   npm run bench -- --worst-case    only the worst case per webhook (adversarial inputs: KV operations and CPU)
 *   npm run bench -- --help          this usage, then exit (nothing is run or written)
 * Env: BENCH_REQUESTS (per target per round, default 3000), BENCH_CONCURRENCY (16), BENCH_ROUNDS (3).
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, totalmem, type as osType, release } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import {
  adversarialConversation,
  adversarialSms,
  benchMix,
  conversationMessage,
  personalize,
  senderNumber,
  type SenderMix,
  eventStreamsBatch,
  inboundSms,
  SCRUB_TEXTS,
  transcriptionContent,
  voiceGather,
  type SignedWebhook,
  type SignOptions,
} from '../bench/fixtures.ts'
import type { Channel } from '../src/model/normalized.ts'
import { deidentify, scrubText } from '../src/phi/deidentify.ts'
import { DEFAULT_POLICY } from '../src/phi/policy.ts'
import type { Tokenizer } from '../src/phi/types.ts'
import { parseForm } from '../src/twilio/form.ts'
import { normalize, type TwilioWebhook } from '../src/twilio/payloads.ts'
import { runLoad, quantile, type LoadResult } from './bench-load.ts'
import { rosterBench, rosterSection } from './bench-roster.ts'
import { loadCorpora, scoreScrubber, type RecallRow } from './bench-recall.ts'
import {
  buildWorker,
  cpuMs,
  profileStartup,
  ROOT,
  startHelloWorld,
  startPipeline,
  startStubCrm,
  type RunningWorker,
  type StubCrm,
} from './bench-workers.ts'
import { createPeerRedactor } from './peer-stack/redactor.mjs'

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run bench -- [--quick] [--no-write] [--worst-case] [--roster-only]

Measures scrub time, end-to-end webhook throughput and latency in local workerd, bundle size, start-up time and the
peer stack (Node + Express + twilio + @redactpii/node), then prints one table.
  (no option)   full run; writes docs/benchmarks.md
  --quick       smaller counts, a smoke run; does not write the doc
  --no-write    full run, print only
  --worst-case  only the worst case per webhook (adversarial inputs: KV operations and CPU)
  --roster-only only the patient-memory figures (roster size and load time, memory KV reads)
Environment: BENCH_REQUESTS (per target per round, default 3000), BENCH_CONCURRENCY (16), BENCH_ROUNDS (3).`)
  process.exit(0)
}
const unknown = args.filter((a) => !['--quick', '--no-write', '--worst-case', '--roster-only'].includes(a))
if (unknown.length > 0) {
  console.error(`bench: unknown option ${unknown.join(' ')} (npm run bench -- --help)`)
  process.exit(2)
}
const QUICK = args.includes('--quick')
const WORST_ONLY = args.includes('--worst-case')
const WRITE = !QUICK && !WORST_ONLY && !args.includes('--no-write')
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? (QUICK ? 400 : 3000))
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 3))
const WARMUP = Math.min(300, Math.ceil(REQUESTS / 10))
const SCRUB_ITERATIONS = QUICK ? 300 : 3000
const SCRUB_BUDGET_MS = QUICK ? 1500 : 6000
/** How long to wait for queued deliveries to reach the stub after the last response. */
const DRAIN_MS = 20_000

const SIGN: SignOptions = {
  baseUrl: 'https://phi-bench.example.org',
  authToken: 'bench-only-twilio-auth-token-00000',
  accountSid: 'AC5e1f0b2c3d4e5f60718293a4b5c6d7e8',
}

/** Secrets and vars every bench instance of the Worker runs with (on top of wrangler.toml and .dev.vars). */
const benchBindings = {
  TWILIO_AUTH_TOKEN: SIGN.authToken,
  TWILIO_ACCOUNT_SID: SIGN.accountSid,
  PUBLIC_BASE_URL: SIGN.baseUrl,
}
/** DESTINATIONS with the stub CRM as its one BAA-covered webhook destination. */
const crmDestination = (crm: StubCrm): string =>
  JSON.stringify([{ name: 'bench-crm', url: crm.url, secret: crm.secret, baa: true }])

const CHANNELS: Record<string, Channel> = { sms: 'sms', voice: 'voice', chat: 'chat', whatsapp: 'whatsapp', mms: 'mms' }
const peerRedactor = createPeerRedactor()
const scrubPipeline = (text: string, channel: string): string =>
  scrubText(text, { channel: CHANNELS[channel] ?? 'other' }).text
const scrubPeer = (text: string): string => peerRedactor.redact(text)

const log = (line: string): void => void process.stderr.write(`${line}\n`)

// ---------------------------------------------------------------- machine

function machine(): Record<string, string> {
  const version = (pkg: string): string => {
    try {
      return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string })
        .version
    } catch {
      return '?'
    }
  }
  let commit = '?'
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim()
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit,
    cpu: `${cpus()[0]?.model ?? '?'} × ${availableParallelism()} (nproc)`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${osType()} ${release()}`,
    node: process.version,
    workerd: version('workerd'),
    miniflare: version('miniflare'),
    wrangler: version('wrangler'),
    'load average at start': loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  }
}

// ---------------------------------------------------------------- 1. scrub time

interface Timing {
  median: number
  p99: number
  mean: number
  n: number
}

interface ScrubRow {
  label: string
  channel: string
  text: string
  chars: number
  pipeline: Timing
  peer: Timing
  /** Mean CPU ms per scrub inside workerd (stage Worker's /scrub loop), filled in later. */
  workerdMean?: number
}

function timeScrub(fn: () => unknown): Timing {
  for (let i = 0; i < Math.min(200, SCRUB_ITERATIONS); i++) fn()
  const samples: number[] = []
  const deadline = performance.now() + SCRUB_BUDGET_MS
  while (samples.length < SCRUB_ITERATIONS && performance.now() < deadline) {
    const t0 = performance.now()
    fn()
    samples.push(performance.now() - t0)
  }
  samples.sort((a, b) => a - b)
  const mean = samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length)
  return { median: quantile(samples, 0.5), p99: quantile(samples, 0.99), mean, n: samples.length }
}

/** `n` variants of `text`, each with the names of a patient never seen before (real traffic brings new names). */
function withNewNames(text: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => personalize(text, senderNumber(200_000 + i)))
}

function scrubBench(): ScrubRow[] {
  const rows: ScrubRow[] = SCRUB_TEXTS.map(({ label, channel, text }) => ({
    label,
    channel,
    text,
    chars: text.length,
    pipeline: timeScrub(() => scrubPipeline(text, channel)),
    peer: timeScrub(() => scrubPeer(text)),
  }))
  for (const { label, channel, text } of SCRUB_TEXTS) {
    // The same texts, a new patient's names on every call: caches keyed on the text (V8's RegExp cache among them)
    // never help, as in production.
    const variants = withNewNames(text, SCRUB_ITERATIONS + 200)
    let i = 0
    let j = 0
    rows.push({
      label: `${label}, new names every call`,
      channel,
      text,
      chars: Math.round(variants.reduce((a, v) => a + v.length, 0) / variants.length),
      pipeline: timeScrub(() => scrubPipeline(variants[i++ % variants.length] as string, channel)),
      peer: timeScrub(() => scrubPeer(variants[j++ % variants.length] as string)),
    })
  }
  return rows
}

/** Mean CPU ms of one scrubText call inside workerd: the stage Worker scrubs the body n times per request. */
async function scrubInWorkerd(worker: { url: URL; pid?: number }, text: string, channel: string): Promise<number> {
  const n = QUICK ? 50 : 200
  const once = async () => {
    const res = await fetch(new URL(`/scrub?n=${n}&channel=${channel}`, worker.url), { method: 'POST', body: text })
    await res.arrayBuffer()
    if (!res.ok) throw new Error(`stage Worker /scrub answered ${res.status}`)
  }
  await once()
  const rounds = QUICK ? 2 : 8
  const c0 = cpuMs(worker.pid)
  for (let i = 0; i < rounds; i++) await once()
  return (cpuMs(worker.pid) - c0) / (rounds * n)
}

// ---------------------------------------------------------------- 1b. one whole webhook through the engine

const memoryTokenizer: Tokenizer = {
  tokenize: async (requests) => requests.map((_, i) => `tok_${String(i).padStart(20, 'A')}`),
}
// biome-ignore format: packed list
const PRODUCT_OF: Record<string, 'messaging' | 'voice' | 'transcription' | 'conversations' | 'events'> = {
  '/twilio/messaging': 'messaging', '/twilio/voice': 'voice', '/twilio/transcriptions': 'transcription',
  '/twilio/conversations': 'conversations', '/twilio/events': 'events',
}

interface WebhookRow {
  label: string
  bytes: number
  median: number
  p99: number
  n: number
}

/** normalize + deidentify (in-memory tokens) per webhook type, in Node: the engine's share of a request. */
async function webhookBench(): Promise<WebhookRow[]> {
  const rows: WebhookRow[] = []
  for (const make of [inboundSms, voiceGather, transcriptionContent, conversationMessage, eventStreamsBatch]) {
    const hook = make(SIGN)
    const product = PRODUCT_OF[hook.path.split('?')[0] ?? ''] ?? 'messaging'
    const meta = { receivedAt: new Date() }
    const fields = parseForm(hook.body)
    const webhook: TwilioWebhook =
      product === 'events'
        ? { product, body: JSON.parse(hook.body), meta }
        : { product, fields: fields.ok ? fields.value : [], meta }
    const once = async () => {
      const events = normalize(webhook)
      if (!events.ok) throw new Error(`fixture ${hook.label} does not normalize: ${events.error}`)
      for (const e of events.value) await deidentify(e, DEFAULT_POLICY, memoryTokenizer)
    }
    for (let i = 0; i < 200; i++) await once()
    const samples: number[] = []
    const deadline = performance.now() + SCRUB_BUDGET_MS / 2
    while (samples.length < SCRUB_ITERATIONS && performance.now() < deadline) {
      const t0 = performance.now()
      await once()
      samples.push(performance.now() - t0)
    }
    samples.sort((a, b) => a - b)
    rows.push({
      label: hook.label,
      bytes: Buffer.byteLength(hook.body),
      median: quantile(samples, 0.5),
      p99: quantile(samples, 0.99),
      n: samples.length,
    })
  }
  return rows
}

// ---------------------------------------------------------------- 1c. worst case per webhook

/** The defaults of VAULT_MAX_VALUES_PER_WEBHOOK and VAULT_MAX_MINTS_PER_WEBHOOK (src/config/vault.ts, not imported here:
 * it pulls in the Workers types). */
const DEFAULT_MAX_VALUES_PER_WEBHOOK = 100
const DEFAULT_MAX_MINTS_PER_WEBHOOK = 20

interface WorstRow {
  label: string
  bytes: number
  /** Most KV operations one webhook of this kind made (the vault's, counted by the stage Worker). */
  reads: number
  writes: number
  /** CPU of the workerd process per webhook, de-identification and the vault's local KV included. */
  cpuMs: number
  /** normalize + deidentify alone in Node, median. */
  engineMs: number
  n: number
}

/** Normalizes and de-identifies a signed fixture in Node with in-memory tokens (the engine's share of a request). */
async function engineOnce(hook: SignedWebhook): Promise<void> {
  const product = PRODUCT_OF[hook.path.split('?')[0] ?? ''] ?? 'messaging'
  const meta = { receivedAt: new Date() }
  const fields = parseForm(hook.body)
  const webhook: TwilioWebhook =
    product === 'events'
      ? { product, body: JSON.parse(hook.body), meta }
      : { product, fields: fields.ok ? fields.value : [], meta }
  const events = normalize(webhook)
  if (!events.ok) throw new Error(`fixture ${hook.label} does not normalize: ${events.error}`)
  for (const e of events.value) await deidentify(e, DEFAULT_POLICY, memoryTokenizer)
}

/**
 * The adversarial inputs of issue 11, each from a new sender with values never seen before, one at a time through the
 * stage Worker's vault stage (real vault and budget, KV counted per webhook): the most KV reads and writes one webhook
 * made, its CPU in workerd, and the engine's time alone in Node.
 */
async function worstCase(stage: RunningWorker): Promise<WorstRow[]> {
  const n = QUICK || WORST_ONLY ? 6 : 10
  const rows: WorstRow[] = []
  const makers: ((seed: number) => SignedWebhook)[] = [
    (seed) => adversarialSms(SIGN, seed),
    (seed) => adversarialConversation(SIGN, seed),
  ]
  for (const [k, make] of makers.entries()) {
    const hooks = Array.from({ length: n + 1 }, (_, i) => make(10_000 * (k + 1) + i + nextPatient))
    nextPatient += n + 1
    // One unmeasured first: compiling the paths this input takes is not the per-webhook cost.
    const warm = hooks.shift() as SignedWebhook
    await (
      await fetch(new URL(warm.path, stage.url), {
        method: 'POST',
        headers: { ...warm.headers, 'x-bench-stage': 'vault' },
        body: warm.body,
      })
    ).arrayBuffer()
    let reads = 0
    let writes = 0
    let cpu = 0
    for (const hook of hooks) {
      await (await fetch(new URL('/stats', stage.url))).arrayBuffer()
      const c0 = cpuMs(stage.pid)
      const res = await fetch(new URL(hook.path, stage.url), {
        method: 'POST',
        headers: { ...hook.headers, 'x-bench-stage': 'vault' },
        body: hook.body,
      })
      await res.arrayBuffer()
      cpu += cpuMs(stage.pid) - c0
      if (!res.ok) throw new Error(`stage Worker answered ${res.status} to ${hook.label}`)
      const ops = (await (await fetch(new URL('/stats', stage.url))).json()) as Record<string, number>
      reads = Math.max(reads, (ops.get ?? 0) + (ops.getWithMetadata ?? 0) + (ops.list ?? 0))
      writes = Math.max(writes, (ops.put ?? 0) + (ops.delete ?? 0))
    }
    const samples: number[] = []
    for (const hook of hooks.slice(0, Math.min(n, 4))) {
      const t0 = performance.now()
      await engineOnce(hook)
      samples.push(performance.now() - t0)
    }
    rows.push({
      label: hooks[0]?.label ?? '?',
      bytes: Buffer.byteLength(hooks[0]?.body ?? ''),
      reads,
      writes,
      cpuMs: cpu / n,
      engineMs: median(samples),
      n,
    })
  }
  return rows
}

function worstTable(rows: WorstRow[]): string {
  return (
    table(
      [
        'webhook (new sender, every value new)',
        'body bytes',
        'KV reads, most per webhook',
        'KV writes, most per webhook',
        'workerd CPU ms/webhook',
        'engine ms (Node, median)',
        'webhooks',
      ],
      rows.map((r) => [
        r.label,
        String(r.bytes),
        String(r.reads),
        String(r.writes),
        ms(r.cpuMs),
        ms(r.engineMs),
        String(r.n),
      ]),
    ) +
    `\n\nBounds by construction (defaults): at most ${DEFAULT_MAX_VALUES_PER_WEBHOOK} KV reads (VAULT_MAX_VALUES_PER_WEBHOOK distinct ` +
    `values looked up) and ${2 * DEFAULT_MAX_MINTS_PER_WEBHOOK} KV writes (VAULT_MAX_MINTS_PER_WEBHOOK mints, two writes each) per webhook, ` +
    `whatever its size; one MINT_BUDGET call when it mints, none when it does not. CPU grows with the body: the engine's ` +
    `share is the last column (docs/phi-engine.md).`
  )
}

// ---------------------------------------------------------------- peer stack process

interface PeerProcess {
  pid?: number
  url: URL
  startMs: number
  stop(): Promise<void>
}

async function startPeer(crm: StubCrm): Promise<PeerProcess> {
  const t0 = performance.now()
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts/peer-stack/server.mjs')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      TWILIO_AUTH_TOKEN: SIGN.authToken,
      PEER_PUBLIC_HOST: new URL(SIGN.baseUrl).host,
      PEER_DESTINATION_URL: crm.url,
      PEER_DESTINATION_SECRET: crm.secret,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('peer stack did not start within 30 s')), 30_000)
    child.once('exit', (code) => reject(new Error(`peer stack exited (${code})`)))
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^listening (\d+)$/.exec(line)
      if (m) {
        clearTimeout(timer)
        resolve(Number(m[1]))
      }
    })
  })
  const url = new URL(`http://127.0.0.1:${port}/`)
  const health = await fetch(new URL('/twilio/messaging', url), { method: 'POST' })
  await health.arrayBuffer()
  const startMs = performance.now() - t0
  return {
    ...(child.pid === undefined ? {} : { pid: child.pid }),
    url,
    startMs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
        child.once('exit', () => {
          clearTimeout(timer)
          resolve()
        })
        child.kill('SIGTERM')
      }),
  }
}

// ---------------------------------------------------------------- 2 + 3. end to end

interface TargetRun {
  load: LoadResult
  /** Events at the stub CRM for this round / requests answered 2xx. */
  delivered?: number
  signaturesValid?: number
  /** Seconds from the last response until the last expected event reached the stub. */
  drainSeconds?: number
  /** Events that reached the stub more than once (at-least-once delivery). */
  duplicates?: number
  /** Delivery attempts the Worker scheduled for a retry during the run, by reason (from its log lines). */
  retries?: Record<string, number>
  /** CPU time of the serving process per measured request (ms), deliveries included; NaN when unknown. */
  cpuPerRequest: number
}

/** The same webhook with one character of its signature changed: must be refused before any parsing. */
function tampered(hook: SignedWebhook): SignedWebhook {
  const sig = hook.headers['x-twilio-signature'] ?? ''
  const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1)
  return { ...hook, headers: { ...hook.headers, 'x-twilio-signature': flipped } }
}

/** Latency of one webhook at a time (one connection): what a single Twilio request waits, without queueing. */
async function measureSerial(target: { url: URL }): Promise<LoadResult> {
  const count = QUICK ? 100 : 400
  return runLoad(target.url, benchMix(SIGN, count + 50, patientPool(count + 50)), 1, 50)
}

/**
 * Who writes in a measured run: by default a pool of patients where each one writes REPEATS times during the run
 * (a conversation's back-and-forth), fresh for every run so that no run profits from an earlier one's cache.
 */
const REPEATS = 3
let nextPatient = 0
function patientPool(webhooks = REQUESTS + WARMUP): SenderMix {
  const size = Math.ceil(webhooks / REPEATS)
  const first = nextPatient
  nextPatient += size
  return { kind: 'pool', size, first }
}

async function measure(
  target: { url: URL; pid?: number; logs?: string[] },
  crm: StubCrm | undefined,
  forge = false,
  stage?: string,
  senders: SenderMix = patientPool(),
): Promise<TargetRun> {
  const signed = benchMix(SIGN, REQUESTS + WARMUP, senders)
  const hooks = (forge ? signed.map(tampered) : signed).map((h) =>
    stage ? { ...h, headers: { ...h.headers, 'x-bench-stage': stage } } : h,
  )
  const before = crm?.received.length ?? 0
  const logsBefore = target.logs?.length ?? 0
  let cpuStart = NaN
  const load = await runLoad(target.url, hooks, CONCURRENCY, WARMUP, () => {
    cpuStart = cpuMs(target.pid)
  })
  const cpuPerRequest = (): number => (cpuMs(target.pid) - cpuStart) / load.requests
  if (!crm) return { load, cpuPerRequest: cpuPerRequest() }
  const t0 = performance.now()
  const accepted = Object.entries(load.statuses)
    .filter(([s]) => s.startsWith('2'))
    .reduce((n, [, c]) => n + c, 0)
  // Warm-up requests are delivered too; wait for all accepted ones (bounded).
  const expected = before + accepted + load.warmupAccepted
  await crm.waitFor(expected, accepted > 0 ? DRAIN_MS : 0)
  const got = crm.received.slice(before)
  const last = got.reduce((m, e) => Math.max(m, e.receivedAt), t0)
  const retries: Record<string, number> = {}
  for (const line of target.logs?.slice(logsBefore) ?? []) {
    if (!line.includes('"outcome":"retry"')) continue
    const reason = /"reason":"([^"]+)"/.exec(line)?.[1] ?? 'unknown'
    retries[reason] = (retries[reason] ?? 0) + 1
  }
  return {
    load,
    cpuPerRequest: cpuPerRequest(),
    delivered: got.length,
    signaturesValid: got.filter((e) => e.signatureValid).length,
    drainSeconds: Math.max(0, (last - t0) / 1000),
    duplicates: got.length - new Set(got.map((e) => e.id)).size,
    retries,
  }
}

/** Alternating fresh starts of the pipeline and of hello-world with the same bindings; medians. */
async function coldStarts(
  build: ReturnType<typeof buildWorker>,
  runs: number,
): Promise<{ pipeline: number; hello: number; runs: number }> {
  const pipeline: number[] = []
  const hello: number[] = []
  for (let i = 0; i < runs; i++) {
    const p = await startPipeline(build, { bindings: benchBindings })
    pipeline.push(p.startMs)
    await p.dispose()
    const h = await startHelloWorld({ sameBindings: true })
    hello.push(h.startMs)
    await h.dispose()
  }
  return { pipeline: median(pipeline), hello: median(hello), runs }
}

/** One sentence splitting the Worker's CPU per request across stages (differences of the stage runs). */
function cpuSplit(hello: TargetRun, stageRuns: TargetRun[], full: TargetRun): string {
  const cpu = [hello, ...stageRuns, full].map((r) => r.cpuPerRequest)
  if (!cpu.every(Number.isFinite)) return 'CPU accounting unavailable on this OS: no split of the CPU time per request.'
  const names = ['runtime (hello-world)', 'signature + parsing', 'engine', 'vault (KV)', 'queue', 'deliveries']
  const parts = cpu.map((c, i) => (i === 0 ? c : c - (cpu[i - 1] as number)))
  const total = cpu[cpu.length - 1] as number
  return (
    `Split of the full Worker's ${total.toFixed(2)} ms of workerd CPU per request (differences between the rows above; ` +
    `noisy when a step is small): ` +
    names
      .map(
        (n, i) => `${n} ${(parts[i] as number).toFixed(2)} ms (${Math.round((100 * (parts[i] as number)) / total)} %)`,
      )
      .join(', ') +
    '.'
  )
}

const STAGE_LABELS: Record<string, string> = {
  verify: 'verify signature + parse',
  engine: '+ normalize + de-identify (in-memory tokens)',
  vault: '+ vault tokens in KV',
  queue: '+ publish to the queue',
}

/** Requests per second of every round, for the record. */
const rates = (runs: TargetRun[]): string => runs.map((r) => r.load.rps.toFixed(0)).join(', ')

/** Engine time per request of the load mix (60 % SMS, 10 % each of the other four), from per-webhook medians. */
const mixMedian = (rows: WebhookRow[]): number =>
  0.6 * (rows[0]?.median ?? 0) + 0.1 * rows.slice(1).reduce((a, w) => a + w.median, 0)

function median(xs: number[]): number {
  const finite = xs.filter(Number.isFinite).sort((a, b) => a - b)
  return finite.length ? quantile(finite, 0.5) : NaN
}

function best(runs: TargetRun[]): TargetRun {
  return runs.reduce((a, b) => (b.load.rps > a.load.rps ? b : a))
}

// ---------------------------------------------------------------- report

const ms = (x: number): string =>
  Number.isFinite(x) ? (x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1)) : '–'
const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)} %` : '–')
const kib = (b: number): string => `${(b / 1024).toFixed(1)} KiB`
const statuses = (s: Record<string, number>): string =>
  Object.entries(s)
    .map(([k, v]) => `${k}×${v}`)
    .join(' ')

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** `--worst-case`: only section 1c, through a stage Worker of its own. */
async function mainWorstOnly(): Promise<void> {
  log('bench: wrangler deploy --dry-run (stage Worker)…')
  const stageBuild = buildWorker(join(ROOT, 'bench/stage-wrangler.toml'))
  process.on('exit', () => stageBuild.dispose())
  const stage = await startPipeline(stageBuild, { bindings: { ...benchBindings, DESTINATIONS: '[]' } })
  try {
    log('bench: worst case per webhook (adversarial inputs)…')
    const rows = await worstCase(stage)
    process.stdout.write(
      `\n### 1c. Worst case per webhook (adversarial inputs, one at a time)\n\n${worstTable(rows)}\n`,
    )
  } finally {
    await stage.dispose()
  }
}

async function main(): Promise<void> {
  if (WORST_ONLY) return mainWorstOnly()
  const info = machine()
  if (args.includes('--roster-only')) {
    process.stdout.write(`${rosterSection(await rosterBench())}\n`)
    return
  }
  log(
    `bench: ${info.cpu}, node ${info.node}, workerd ${info.workerd}; ${REQUESTS} requests × ${ROUNDS} rounds, concurrency ${CONCURRENCY}`,
  )

  log('bench: scrub time…')
  const scrub = scrubBench()
  const perWebhook = await webhookBench()

  log('bench: patient memory (100,000-patient roster, memory KV reads)…')
  const roster = await rosterBench(QUICK ? 10_000 : 100_000)

  log('bench: recall on the labelled corpora…')
  const { corpora, missing } = loadCorpora()
  const recallPipeline = scoreScrubber(scrubPipeline, corpora)
  const recallPeer = scoreScrubber((text) => scrubPeer(text), corpora)

  log('bench: wrangler deploy --dry-run…')
  const build = buildWorker()
  // Kept until the cold-start measure at the end; removed on exit whatever happens.
  process.on('exit', () => build.dispose())
  const crmPipeline = await startStubCrm(false)
  const crmPeer = await startStubCrm(false)
  const running: { stop(): Promise<void> }[] = []
  const results: Record<'hello' | 'pipeline' | 'fresh' | 'ingest' | 'forged' | 'floor' | 'peer', TargetRun[]> = {
    hello: [],
    pipeline: [],
    fresh: [],
    ingest: [],
    forged: [],
    floor: [],
    peer: [],
  }
  const STAGES = ['verify', 'engine', 'vault', 'queue'] as const
  /** KV operations of the vault stage (totals over its last run, warm-up included). */
  let kvPerRequest: Record<string, number> = {}
  const stages: Record<string, TargetRun[]> = Object.fromEntries(STAGES.map((s) => [s, []]))
  log('bench: wrangler deploy --dry-run (stage Worker)…')
  const stageBuild = buildWorker(join(ROOT, 'bench/stage-wrangler.toml'))
  process.on('exit', () => stageBuild.dispose())
  log('bench: wrangler deploy --dry-run (floor Worker)…')
  const floorBuild = buildWorker(join(ROOT, 'bench/floor-wrangler.toml'))
  process.on('exit', () => floorBuild.dispose())
  let starts = { hello: NaN, pipeline: NaN, peer: NaN }
  let worst: WorstRow[] = []
  let serial: Record<'hello' | 'pipeline' | 'peer', LoadResult> | undefined
  /** Workers whose failures (5xx request lines, errors, anything not a log line of ours) are printed at the end. */
  const watched: { name: string; worker: RunningWorker }[] = []
  try {
    const hello: RunningWorker = await startHelloWorld()
    running.push({ stop: () => hello.dispose() })
    // Its log lines are kept: the retries a run scheduled are reported beside the events that arrived.
    const pipeline = await startPipeline(build, {
      bindings: { ...benchBindings, DESTINATIONS: crmDestination(crmPipeline) },
      keepLogs: true,
    })
    running.push({ stop: () => pipeline.dispose() })
    // The same Worker with no destination: ingest, vault and queue only (no deliveries competing for the CPU).
    const ingestOnly = await startPipeline(build, {
      bindings: { ...benchBindings, DESTINATIONS: '[]' },
      keepLogs: true,
    })
    running.push({ stop: () => ingestOnly.dispose() })
    const stageWorker = await startPipeline(stageBuild, {
      bindings: { ...benchBindings, DESTINATIONS: crmDestination(crmPipeline) },
    })
    running.push({ stop: () => stageWorker.dispose() })
    const floor = await startPipeline(floorBuild, {
      bindings: { ...benchBindings, DESTINATIONS: crmDestination(crmPipeline) },
      keepLogs: true,
    })
    running.push({ stop: () => floor.dispose() })
    watched.push(
      { name: 'pipeline', worker: pipeline },
      { name: 'pipeline without destinations', worker: ingestOnly },
      { name: 'floor', worker: floor },
    )
    log('bench: scrub time inside workerd…')
    for (const row of scrub)
      if (!row.label.includes('new names')) row.workerdMean = await scrubInWorkerd(stageWorker, row.text, row.channel)
    log('bench: worst case per webhook (adversarial inputs)…')
    worst = await worstCase(stageWorker)
    const peer = await startPeer(crmPeer)
    running.push(peer)
    starts = { hello: hello.startMs, pipeline: pipeline.startMs, peer: peer.startMs }
    log('bench: one webhook at a time…')
    serial = {
      hello: await measureSerial(hello),
      pipeline: await measureSerial(pipeline),
      peer: await measureSerial(peer),
    }

    for (let round = 1; round <= ROUNDS; round++) {
      log(`bench: round ${round}/${ROUNDS}: hello-world…`)
      results.hello.push(await measure(hello, undefined))
      log(`bench: round ${round}/${ROUNDS}: pipeline…`)
      results.pipeline.push(await measure(pipeline, crmPipeline))
      log(`bench: round ${round}/${ROUNDS}: pipeline, a new patient on every webhook…`)
      results.fresh.push(await measure(pipeline, crmPipeline, false, undefined, { kind: 'new' }))
      log(`bench: round ${round}/${ROUNDS}: pipeline without destinations…`)
      results.ingest.push(await measure(ingestOnly, undefined))
      log(`bench: round ${round}/${ROUNDS}: pipeline, forged signatures…`)
      results.forged.push(await measure(pipeline, crmPipeline, true))
      log(`bench: round ${round}/${ROUNDS}: floor (verify + ids-only event through queue and delivery)…`)
      results.floor.push(await measure(floor, crmPipeline))
      for (const stage of STAGES) {
        log(`bench: round ${round}/${ROUNDS}: stage ${stage}…`)
        await (await fetch(new URL('/stats', stageWorker.url))).arrayBuffer()
        stages[stage]!.push(await measure(stageWorker, undefined, false, stage))
        if (stage === 'vault') kvPerRequest = await (await fetch(new URL('/stats', stageWorker.url))).json()
      }
      log(`bench: round ${round}/${ROUNDS}: peer stack…`)
      results.peer.push(await measure(peer, crmPeer))
    }
  } finally {
    for (const { name, worker } of watched) {
      const failures = worker.logs.filter((l) => !l.startsWith('{') || /"status":5\d\d|"level":"error"/.test(l))
      if (failures.length === 0) continue
      log(`bench: ${name}: ${failures.length} failure line(s), first ones:`)
      for (const line of failures.slice(0, 12)) log(`  ${line.slice(0, 300)}`)
    }
    for (const r of running.reverse()) await r.stop().catch(() => undefined)
    await crmPipeline.close()
    await crmPeer.close()
  }

  const hello = best(results.hello)
  const pipeline = best(results.pipeline)
  const peer = best(results.peer)
  const forged = best(results.forged)
  const ingest = best(results.ingest)
  const fresh = best(results.fresh)
  const floor = best(results.floor)
  log('bench: start-up profiles (wrangler check startup)…')
  const profileRuns = QUICK ? 1 : 3
  const startupPipeline = median(Array.from({ length: profileRuns }, () => profileStartup()))
  const startupHello = median(
    Array.from({ length: profileRuns }, () => profileStartup(join(ROOT, 'bench/hello-wrangler.toml'))),
  )
  log('bench: cold starts in Miniflare…')
  const cold = await coldStarts(build, profileRuns + 2)
  const pooled = (rows: RecallRow[]): RecallRow | undefined => rows.find((r) => r.corpus.startsWith('all')) ?? rows[0]
  const pipelineRecall = pooled(recallPipeline)?.recall ?? NaN
  const peerRecall = pooled(recallPeer)?.recall ?? NaN
  const ratioHello = pipeline.load.rps / hello.load.rps
  const ratioPeer = pipeline.load.rps / peer.load.rps
  const pipelineOk = Object.keys(pipeline.load.statuses).every((s) => s.startsWith('2'))
  const targets = [
    { name: 'pipeline ≥ 50 % of hello-world rate', value: pct(ratioHello), pass: ratioHello >= 0.5 && pipelineOk },
    { name: '≥ 3× peer stack rate', value: `${ratioPeer.toFixed(2)}×`, pass: ratioPeer >= 3 && pipelineOk },
    {
      name: '… at higher recall',
      value: `${pct(pipelineRecall)} vs ${pct(peerRecall)}`,
      pass: pipelineRecall > peerRecall,
    },
    { name: 'bundle ≤ 1 MB gzip', value: kib(build.gzipBytes), pass: build.gzipBytes <= 1024 * 1024 },
  ]
  // The same two ratios from CPU time per request of the serving process: what each would sustain per core when
  // CPU-bound, much less sensitive than req/s to whatever else runs on a shared machine.
  const cpuRatioHello = hello.cpuPerRequest / pipeline.cpuPerRequest
  const cpuRatioPeer = peer.cpuPerRequest / pipeline.cpuPerRequest
  if (Number.isFinite(cpuRatioHello) && Number.isFinite(cpuRatioPeer)) {
    targets.push(
      {
        name: '(per core, from CPU ms/request) pipeline vs hello-world',
        value: pct(cpuRatioHello),
        pass: cpuRatioHello >= 0.5,
      },
      {
        name: '(per core, from CPU ms/request) pipeline vs peer stack',
        value: `${cpuRatioPeer.toFixed(2)}×`,
        pass: cpuRatioPeer >= 3,
      },
    )
  }

  const cpuCell = (r: TargetRun): string => (Number.isFinite(r.cpuPerRequest) ? ms(r.cpuPerRequest) : '–')
  const perCore = (r: TargetRun): string =>
    Number.isFinite(r.cpuPerRequest) && r.cpuPerRequest > 0 ? (1000 / r.cpuPerRequest).toFixed(0) : '–'
  // biome-ignore format: packed list
  const stageRow = (label: string, r: TargetRun): string[] => [
    label, r.load.rps.toFixed(0), cpuCell(r), ms(r.load.p50), ms(r.load.p99), pct(r.load.rps / hello.load.rps), statuses(r.load.statuses),
  ]
  const e2eRow = (name: string, r: TargetRun): string[] => [
    name,
    r.load.rps.toFixed(0),
    cpuCell(r),
    perCore(r),
    ms(r.load.p50),
    ms(r.load.p90),
    ms(r.load.p99),
    ms(r.load.max),
    statuses(r.load.statuses),
    r.delivered === undefined
      ? '–'
      : `${r.delivered} (${r.signaturesValid} signed ok, drained in ${r.drainSeconds?.toFixed(1)} s` +
        (r.duplicates ? `, ${r.duplicates} duplicate` : '') +
        (r.retries && Object.keys(r.retries).length
          ? `; retried later: ${Object.entries(r.retries)
              .map(([k, v]) => `${k}×${v}`)
              .join(' ')}`
          : '') +
        ')',
  ]
  const recallRows = (rows: RecallRow[], name: string): string[][] =>
    rows.map((r) => [
      name,
      r.corpus,
      String(r.values.total),
      String(r.values.leaked),
      pct(r.recall),
      pct(r.utility),
      r.worstType ? `${r.worstType.type} ${pct(r.worstType.recall)} (n=${r.worstType.total})` : '–',
      String(r.errors),
    ])

  const sections = [
    `## Results\n\n${table(
      ['target', 'measured', 'pass'],
      targets.map((t) => [t.name, t.value, t.pass ? 'PASS' : 'FAIL']),
    )}`,
    `### 1. Scrub time per message (Node ${info.node}, one call = one message, warm)\n\n` +
      table(
        // biome-ignore format: packed list
        [
          'message', 'chars', 'pipeline median ms', 'pipeline p99 ms', 'pipeline mean ms', 'pipeline in workerd, mean CPU ms',
          'peer (@redactpii/node) median ms', 'peer p99 ms', 'samples',
        ],
        // biome-ignore format: packed list
        scrub.map((s) => [
          s.label, String(s.chars), ms(s.pipeline.median), ms(s.pipeline.p99), ms(s.pipeline.mean), ms(s.workerdMean ?? NaN),
          ms(s.peer.median), ms(s.peer.p99), `${s.pipeline.n} / ${s.peer.n}`,
        ]),
      ),
    `### 1b. One whole webhook through the engine (normalize + deidentify, in-memory tokens, Node ${info.node})\n\n` +
      table(
        ['webhook', 'body bytes', 'median ms', 'p99 ms', 'samples'],
        perWebhook.map((w) => [w.label, String(w.bytes), ms(w.median), ms(w.p99), String(w.n)]),
      ) +
      `\n\nThe end-to-end mix below is 60 % SMS and 10 % each of the others: about ` +
      `${ms(mixMedian(perWebhook))} ms of engine time per request (medians).`,
    `### 1c. Worst case per webhook (adversarial inputs of issue 11, one at a time through the stage Worker's vault stage)\n\n` +
      worstTable(worst),
    `### 2. End to end: signed webhooks in, events out (best of ${ROUNDS} rounds; ${REQUESTS} requests each after ` +
      `${WARMUP} warm-up, ${CONCURRENCY} keep-alive connections, loopback)\n\n` +
      table(
        // biome-ignore format: packed list
        [
          'target', 'req/s', 'server CPU ms/req', 'req/s per core (CPU-bound)', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms',
          'HTTP statuses', 'events at stub CRM (incl. warm-up)',
        ],
        [
          e2eRow('hello-world POST Worker (workerd)', hello),
          e2eRow(`PHI firewall Worker (workerd), patients writing ${REPEATS} times each`, pipeline),
          e2eRow('PHI firewall Worker, a new patient on every webhook', fresh),
          e2eRow('PHI firewall Worker, no destinations (ingest + vault + queue)', ingest),
          e2eRow('PHI firewall Worker, forged signatures (403 path)', forged),
          e2eRow('floor: verify + an ids-only event through the same queue and delivery (no engine, no vault)', floor),
          e2eRow('peer stack (Node + Express + twilio.webhook + @redactpii/node)', peer),
        ],
      ) +
      `\n\npipeline / hello-world = **${pct(ratioHello)}**; pipeline / peer = **${ratioPeer.toFixed(2)}×**. All rounds (req/s): ` +
      `hello ${rates(results.hello)}; pipeline ${rates(results.pipeline)}; ` +
      `peer ${rates(results.peer)}. ` +
      `Without destinations the Worker reaches ${pct(ingest.load.rps / hello.load.rps)} of hello-world; refusing forged ` +
      `signatures runs at ${pct(forged.load.rps / hello.load.rps)}. With a new patient on every webhook (a token minted ` +
      `for every sender) it reaches ${pct(fresh.load.rps / hello.load.rps)}. ` +
      `The floor, which verifies and forwards an event with the SIDs alone through the same queue and consumer, reaches ` +
      `**${pct(floor.load.rps / hello.load.rps)}** of hello-world and ${(floor.load.rps / peer.load.rps).toFixed(2)}× the peer stack ` +
      `(server CPU ${ms(floor.cpuPerRequest)} ms/req): the ceiling for any Worker that verifies, queues and delivers on this ` +
      `machine, before a single field is de-identified.`,
    `### 2b. One webhook at a time (one connection, no queueing; the latency a single Twilio request sees locally; ` +
      `patients writing ${REPEATS} times each)\n\n` +
      (serial
        ? table(
            ['target', 'requests', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'HTTP statuses'],
            (
              [
                ['hello-world POST Worker', serial.hello],
                ['PHI firewall Worker', serial.pipeline],
                ['peer stack', serial.peer],
              ] as const
            ).map(([name, r]) => [
              name,
              String(r.requests),
              ms(r.p50),
              ms(r.p90),
              ms(r.p99),
              ms(r.max),
              statuses(r.statuses),
            ]),
          )
        : '(not measured)'),
    `### 2c. Where the time goes (the Worker's own middleware and modules, stopped after each stage; bench/stage-worker.ts)\n\n` +
      table(
        ['stopped after', 'req/s', 'workerd CPU ms/req', 'p50 ms', 'p99 ms', '% of hello-world rate', 'HTTP statuses'],
        [
          stageRow('hello-world (nothing)', hello),
          stageRow('floor: verify, then an ids-only event through the queue and delivery (no engine, no vault)', floor),
          ...STAGES.map((name) => stageRow(STAGE_LABELS[name], best(stages[name]!))),
          stageRow('+ deliveries to the stub CRM (the full Worker)', pipeline),
        ],
      ),
    cpuSplit(
      hello,
      STAGES.map((name) => best(stages[name]!)),
      pipeline,
    ) +
      ` Vault KV operations per webhook (each patient writes ${REPEATS} times in the run, with their own names): ` +
      (Object.entries(kvPerRequest)
        .map(([op, n]) => `${op} ${(n / (REQUESTS + WARMUP)).toFixed(2)}`)
        .join(', ') || 'none counted') +
      '.',
    `### 3. Recall and utility on the same corpora (scripts/eval-lib.ts rule)\n\n` +
      table(
        ['scrubber', 'corpus', 'PHI values', 'leaked', 'recall', 'utility', 'worst type', 'errors'],
        [...recallRows(recallPipeline, 'pipeline'), ...recallRows(recallPeer, 'peer')],
      ) +
      (missing.length ? `\n\nCorpora not found (skipped): ${missing.join(', ')}.` : ''),
    `### 4. Bundle and start-up\n\n` +
      table(
        ['measure', 'value'],
        [
          ['bundle (wrangler deploy --dry-run), raw', kib(build.bytes)],
          ['bundle, gzip -9', kib(build.gzipBytes)],
          ["wrangler's own report", build.wranglerReport || '–'],
          [
            `PHI firewall Worker: start-up phase (wrangler check startup, median of ${profileRuns})`,
            `${ms(startupPipeline)} ms`,
          ],
          [`hello-world Worker: start-up phase (same)`, `${ms(startupHello)} ms`],
          ['→ start-up cost of the Worker over hello-world', `${ms(startupPipeline - startupHello)} ms`],
          [
            `PHI firewall Worker: new Miniflare() → first response (median of ${cold.runs}, workerd process start included)`,
            `${ms(cold.pipeline)} ms`,
          ],
          ['hello-world Worker with the same bindings: same measure', `${ms(cold.hello)} ms`],
          ['→ difference (compile + global scope of the Worker script)', `${ms(cold.pipeline - cold.hello)} ms`],
          ['peer stack: spawn node → first response', `${ms(starts.peer)} ms`],
        ],
      ),
  ]

  sections.push(rosterSection(roster))
  const machineTable = table(
    ['', ''],
    Object.entries(info).map(([k, v]) => [k, v]),
  )
  const report = `${sections.join('\n\n')}\n\n### Machine\n\n${machineTable}\n`
  process.stdout.write(`\n${report}\n`)

  if (WRITE) {
    writeFileSync(join(ROOT, 'docs/benchmarks.md'), renderDoc(report))
    log('bench: wrote docs/benchmarks.md')
  }
}

function renderDoc(report: string): string {
  return `# Benchmarks

Generated by \`npm run bench\` (scripts/bench.ts). Re-run it on your own machine before quoting a number: every
figure below was measured in the same run, on the machine described at the end.

${report}
## Method

- **Scrub time**: \`scrubText(text, { channel })\` from \`src/phi/deidentify.ts\` in Node, one message per call, after
  200 warm-up calls, up to ${SCRUB_ITERATIONS} timed calls per message (time-boxed). The workerd column is the CPU
  time of the workerd process (from /proc) while the stage Worker's \`POST /scrub\` runs the same call in a loop.
  The texts are in \`bench/fixtures.ts\`:
  realistic patient messages with names, dates of birth, phone numbers, addresses and member ids, cut to exactly
  160, 1,024 and 5,120 characters. The "new names every call" rows time the same texts with the patients' and
  relatives' names replaced by those of a patient never seen before on every call (\`personalize\` in
  \`bench/fixtures.ts\`), as real traffic brings them; clinic staff names stay, as they repeat in real traffic too. The peer column is \`new Redactor({ aggressive: true }).redact(text)\` on the same texts.
- **End to end**: the Worker is built with \`wrangler deploy --dry-run --outdir <tmp>\` (the bundle that would be
  uploaded) and run in workerd through Miniflare with the bindings of \`wrangler.toml\`: local KV, Queues and Durable
  Objects in memory, \`DESTINATIONS\` pointing at a stub CRM on 127.0.0.1 that verifies every Standard Webhooks
  signature. The load is a fixed list of distinct, correctly signed webhooks (signed with twilio 6.2.0's
  \`getExpectedTwilioSignature\`): 60 % inbound SMS, 10 % each \`<Gather>\` speech, real-time transcription,
  Conversations message and Event Streams batch (JSON, \`bodySHA256\`). Every request has unique SIDs and idempotency
  tokens. The senders vary (\`benchMix\` in \`bench/fixtures.ts\`): in the main rows a pool of invented patients where
  each one writes ${REPEATS} times during the run (new patients for every run, so no run profits from an earlier one's
  vault cache); one row has a patient never seen before on every webhook, so the vault mints a token for every sender.
  Each patient writes with their own name and their relative's in the texts (\`personalize\`); staff names repeat. Latency is per request as seen by the client (keep-alive, fixed concurrency); throughput is answered
  requests per second. The hello-world Worker (\`bench/hello-worker.js\`) reads the body and answers \`<Response/>\`,
  in the same runtime, with the same requests. "Events at stub CRM" counts deliveries through the queue consumer after
  the load, waiting at most ${DRAIN_MS / 1000} s; duplicates are events that arrived twice (delivery is at least once)
  and "retried later" lists the attempts the Worker scheduled again during the run (its log lines, by reason): a
  timed-out attempt waits at least 60 s, so its event arrives after the window and is missing from the count, not lost.
- **Peer stack** (\`scripts/peer-stack/server.mjs\`): what a team would otherwise build. Express 5 with
  \`express.urlencoded\` / \`express.json\` (raw body kept for \`bodySHA256\`), \`twilio.webhook()\` for signature
  validation, \`@redactpii/node\` (\`redactObject\` on every field, aggressive mode) and a Standard Webhooks signed
  \`fetch\` to the stub CRM after answering Twilio. A single Node process, as it would usually be deployed.
- **Recall / utility**: the scoring rule of \`scripts/eval-lib.ts\` (the one \`npm run eval\` uses), applied to the
  pipeline's \`scrubText\` and to the peer's \`redact\` on the same corpora. Holdout corpora report totals only.
- **Start-up**: \`wrangler check startup\` (workerd's CPU profile of the start-up phase: script compile and global
  scope) for the Worker and for hello-world (\`bench/hello-wrangler.toml\`); the difference is the Worker's own
  start-up cost. Cloudflare's limit is 1 s of start-up CPU. Also listed: wall time from \`new Miniflare()\` to the
  first response (includes starting the workerd process). Bundle size: every uploaded module, gzip level 9.
- **No destinations**: the same Worker with \`DESTINATIONS=[]\`, so the queue consumer has nothing to deliver: the
  cost of verify + parse + de-identify + vault + enqueue alone. In Miniflare the consumer's deliveries run in the same
  workerd process as the webhooks; on Cloudflare they are separate invocations.
- **Server CPU ms/req**: user + system CPU time of the serving process (workerd, or the peer's Node process) from
  /proc during the measured requests, deliveries included, divided by the requests; "req/s per core" is 1000 divided
  by it. It is what each stack would sustain per core when CPU-bound, and far less sensitive than req/s to the load
  generator and to other work on a shared machine (10 ms clock-tick resolution, thousands of requests per figure).
  For the Worker it includes Miniflare's local KV and Queues, which run in the same workerd process.
- **Stages** (\`bench/stage-worker.ts\`, built by wrangler from \`bench/stage-wrangler.toml\`, run with the same
  bindings): the Worker's own \`verifyTwilio\` middleware, \`normalize\`, \`deidentify\`, \`openVault\` and \`publish\`,
  stopped after each stage by a bench-only header. KV and Queues are Miniflare's local implementations, which run
  inside the same workerd process; on Cloudflare they are remote services, so their cost there is latency, not CPU.
- **Floor** (\`bench/floor-worker.ts\`, built from \`bench/floor-wrangler.toml\`, same bindings and stub): the Worker's
  \`verifyTwilio\` middleware, then one event per webhook with the Twilio SIDs only (no text, no engine, no vault) through
  the real \`publish\`, the same queue and the real consumer, signed and delivered to the stub. No design that verifies,
  queues and delivers can do less per webhook, so its rate is the ceiling for the full Worker on the same machine.
- **Forged signatures**: the same webhooks with one character of \`X-Twilio-Signature\` changed; every one must be
  answered 403 and nothing may reach the stub CRM. This is the cost of refusing traffic that is not from Twilio.
- **Caveats**: load generator, workerd, the peer stack and the stub share the machine's cores, so absolute numbers
  are lower than on a dedicated host and the ratios are what matter. Results vary with whatever else runs on the
  machine (see the load average above); each target gets ${ROUNDS} round(s) and the best one is reported, all rounds
  are listed. Miniflare is not the Cloudflare edge: production latency adds network and TLS, and production
  throughput scales across isolates and machines.
- **On Cloudflare**: \`npm run bench:remote -- --url <test deployment> --hello-url <hello-world deployment>\`
  (\`scripts/bench-remote.ts\`) sends the same signed mix to Workers you deployed and prints the same req/s and latency
  columns and the ratio. There KV, Queues and the consumer are separate services, so the ratio measures the Worker's own
  cost; use a test deployment with a throwaway \`TWILIO_AUTH_TOKEN\`.
`
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
