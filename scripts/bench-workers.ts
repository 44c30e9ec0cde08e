/**
 * Local runtimes for `npm run bench` and `npm run demo`: the Worker bundle exactly as
 * `wrangler deploy` would upload it, run in workerd through Miniflare with local KV, Queues and
 * Durable Objects (nothing persisted, loopback only), a hello-world Worker in the same runtime,
 * and a stub CRM that verifies Standard Webhooks signatures.
 */
import { execSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { Miniflare } from 'miniflare'
import { Webhook } from 'standardwebhooks'
import { unstable_getMiniflareWorkerOptions } from 'wrangler'

/** Repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url))

const QUIET_ENV = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  NO_COLOR: '1',
}

/** The Worker as wrangler bundles it for upload. */
export interface BuiltWorker {
  dir: string
  /** Uploaded modules (source maps and stray files excluded). */
  modules: string[]
  bytes: number
  gzipBytes: number
  /** wrangler's own "Total Upload … / gzip: …" line, for cross-checking. */
  wranglerReport: string
  dispose(): void
}

/**
 * `wrangler deploy --dry-run --outdir <tmp>`: the real build command, bundler and config (or another config,
 * e.g. the bench's stage Worker). Throws if the build fails.
 */
export function buildWorker(config?: string): BuiltWorker {
  const dir = mkdtempSync(join(tmpdir(), 'phi-bench-build-'))
  const wrangler = join(ROOT, 'node_modules', '.bin', 'wrangler')
  const args = ['deploy', '--dry-run', '--outdir', dir, ...(config ? ['--config', config] : [])]
  const run = spawnSync(wrangler, args, { cwd: ROOT, env: QUIET_ENV, encoding: 'utf8' })
  if (run.status !== 0) {
    rmSync(dir, { recursive: true, force: true })
    throw new Error(`wrangler deploy --dry-run failed (exit ${run.status}):\n${run.stderr || run.stdout}`)
  }
  const modules = listFiles(dir).filter((f) => /\.(m?js|wasm|bin|txt|json)$/.test(f) && !f.endsWith('.map'))
  let bytes = 0
  let gzipBytes = 0
  for (const file of modules) {
    const content = readFileSync(join(dir, file))
    bytes += content.length
    gzipBytes += gzipSync(content, { level: 9 }).length
  }
  const wranglerReport = /Total Upload:[^\n]*/.exec(run.stdout)?.[0] ?? ''
  return {
    dir,
    modules,
    bytes,
    gzipBytes,
    wranglerReport,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/**
 * `wrangler check startup`: workerd's CPU profile of the Worker's start-up phase (script compile and global
 * scope); returns the profile's duration in ms. `config` defaults to the project's wrangler.toml.
 */
export function profileStartup(config = join(ROOT, 'wrangler.toml')): number {
  const dir = mkdtempSync(join(tmpdir(), 'phi-bench-startup-'))
  try {
    const outfile = join(dir, 'startup.cpuprofile')
    const wrangler = join(ROOT, 'node_modules', '.bin', 'wrangler')
    const run = spawnSync(wrangler, ['check', 'startup', '--config', config, '--outfile', outfile], {
      cwd: ROOT,
      env: QUIET_ENV,
      encoding: 'utf8',
    })
    if (run.status !== 0) return NaN
    const profile = JSON.parse(readFileSync(outfile, 'utf8')) as { startTime: number; endTime: number }
    return (profile.endTime - profile.startTime) / 1000
  } catch {
    return NaN
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listFiles(path, `${prefix}${name}/`) : [`${prefix}${name}`]
  })
}

/** Linux: pids of this process's direct children (Miniflare starts one workerd per instance). */
function childPids(): Set<number> {
  const out = new Set<number>()
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        if (ppid === process.pid) out.add(Number(name))
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    // no /proc (not Linux): CPU accounting is simply unavailable
  }
  return out
}

let clockTicks = 0
/** CPU time (user + system, ms) a process has used so far, or NaN when unknown. */
export function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return NaN
  try {
    if (!clockTicks) clockTicks = Number(execSync('getconf CLK_TCK', { encoding: 'utf8' }).trim()) || 100
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // After the command name: state is field 3, utime field 14 and stime field 15 of the whole line.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks
  } catch {
    return NaN
  }
}

/** A worker running in workerd on 127.0.0.1. */
export interface RunningWorker {
  /** The workerd process serving it (Linux only), for CPU accounting. */
  pid?: number
  url: URL
  /** Milliseconds from `new Miniflare()` to the first successful response of `GET /`. */
  startMs: number
  /** Lines the Worker wrote to stdout/stderr (its `log()` lines), when `keepLogs` was set. */
  logs: string[]
  dispose(): Promise<void>
}

/** Options for {@link startPipeline}. */
export interface PipelineOptions {
  /** Overrides on top of wrangler.toml [vars] and .dev.vars (secrets). */
  bindings: Record<string, unknown>
  keepLogs?: boolean
  /** Other Miniflare worker options on top of wrangler.toml's (experiments, e.g. queue consumer settings). */
  overrides?: Record<string, unknown>
}

/** Starts the bundled Worker with the bindings of wrangler.toml (+ .dev.vars), local KV/Queues/DOs, nothing persisted. */
export async function startPipeline(build: BuiltWorker, options: PipelineOptions): Promise<RunningWorker> {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(join(ROOT, 'wrangler.toml'))
  const main = build.modules.find((m) => /^index\.m?js$/.test(m)) ?? build.modules.find((m) => /\.m?js$/.test(m))
  if (!main) throw new Error('the build produced no JavaScript module')
  const bindings = { ...(workerOptions.bindings ?? {}), ...options.bindings }
  return start(
    {
      ...workerOptions,
      bindings,
      modules: true,
      modulesRoot: build.dir,
      scriptPath: join(build.dir, main),
      ...options.overrides,
    },
    options.keepLogs === true,
  )
}

/**
 * The smallest POST Worker (bench/hello-worker.js): reads the body, answers an empty TwiML document. Same runtime
 * and compatibility date; with `sameBindings` it also gets every binding of the pipeline (KV, Queues, DOs), so
 * the start-up difference between the two is the pipeline script's own compile and global-scope cost.
 */
export async function startHelloWorld(options: { sameBindings?: boolean } = {}): Promise<RunningWorker> {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(join(ROOT, 'wrangler.toml'))
  const base = options.sameBindings
    ? { ...workerOptions, durableObjects: undefined }
    : { compatibilityDate: workerOptions.compatibilityDate, compatibilityFlags: workerOptions.compatibilityFlags }
  return start(
    { ...base, modules: true, modulesRoot: join(ROOT, 'bench'), scriptPath: join(ROOT, 'bench', 'hello-worker.js') },
    false,
  )
}

async function start(workerOptions: Record<string, unknown>, keepLogs: boolean): Promise<RunningWorker> {
  const logs: string[] = []
  const before = childPids()
  const t0 = performance.now()
  const mf = new Miniflare({
    ...workerOptions,
    host: '127.0.0.1',
    port: 0,
    inspectorPort: undefined,
    kvPersist: false,
    durableObjectsPersist: false,
    cachePersist: false,
    // The Worker's own log lines: collected for the demo, drained otherwise (printing them would be the benchmark).
    handleRuntimeStdio(stdout, stderr) {
      for (const stream of [stdout, stderr]) {
        stream.setEncoding('utf8')
        stream.on('data', (chunk: string) => {
          if (keepLogs) logs.push(...chunk.split('\n').filter((line) => line.trim() !== ''))
        })
      }
    },
  } as ConstructorParameters<typeof Miniflare>[0])
  const url = await mf.ready
  const health = await fetch(new URL('/', url))
  await health.arrayBuffer()
  const startMs = performance.now() - t0
  const pid = [...childPids()].find((p) => !before.has(p))
  return { ...(pid === undefined ? {} : { pid }), url, startMs, logs, dispose: () => mf.dispose() }
}

/** One event as the stub CRM received it. */
export interface ReceivedEvent {
  /** The `webhook-id` header (always kept: duplicates of an event are visible). */
  id: string
  path: string
  headers: Record<string, string>
  body: string
  /** The Standard Webhooks signature verified with the destination secret. */
  signatureValid: boolean
  receivedAt: number
}

/** A local CRM endpoint on 127.0.0.1 that records what reaches it. */
export interface StubCrm {
  url: string
  /** `whsec_…` secret the destination signs with. */
  secret: string
  received: ReceivedEvent[]
  /** Waits until `count` events arrived or `timeoutMs` passed; resolves with the number received. */
  waitFor(count: number, timeoutMs: number): Promise<number>
  close(): Promise<void>
}

/** Starts the stub CRM. With `keepBodies: false` it only counts and verifies (bench). */
export async function startStubCrm(keepBodies = true): Promise<StubCrm> {
  const secret = `whsec_${randomBytes(32).toString('base64')}`
  const verifier = new Webhook(secret)
  const received: ReceivedEvent[] = []
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]))
    let signatureValid = false
    try {
      verifier.verify(body, headers)
      signatureValid = true
    } catch {
      signatureValid = false
    }
    received.push({
      id: headers['webhook-id'] ?? '',
      path: req.url ?? '/',
      headers: keepBodies ? headers : {},
      body: keepBodies ? body : '',
      signatureValid,
      receivedAt: performance.now(),
    })
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
  })
  server.keepAliveTimeout = 30_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('stub CRM has no port')
  return {
    url: `http://127.0.0.1:${address.port}/crm/events`,
    secret,
    received,
    async waitFor(count, timeoutMs) {
      const deadline = performance.now() + timeoutMs
      while (received.length < count && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      return received.length
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
