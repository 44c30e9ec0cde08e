/**
 * Liveness and readiness. `GET /` says the Worker runs (no data, no checks). `GET /ready` answers 200 only when the
 * configuration loads and every binding answers: KV namespaces read, queue producers are bound, Durable Objects
 * respond. Otherwise 503 with the names of what failed (setting or binding names, never a value or a problem
 * text, which stays in the log). The metrics bindings are optional: one missing or silent is named under
 * `optionalFailing` without failing readiness (webhooks do not depend on them).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { auditTrail } from '../audit'
import { configProblems } from '../config'
import type { Env } from '../env'
import { log } from '../log'
import { metricsProblems } from '../metrics'

/** Routes mounted at the root. */
export const healthRoutes = new Hono<AppEnv>()

/** How long one binding probe may take before it counts as failed. */
export const PROBE_TIMEOUT_MS = 3000

/** One readiness probe: a binding name and a call that resolves when the binding answers (throws when unbound). */
type Probe = [name: string, check: (env: Env) => Promise<unknown>]

const PROBES: Probe[] = [
  ['VAULT', (env) => env.VAULT.get('ready:probe')],
  ['DELIVERY_STATE', (env) => env.DELIVERY_STATE.get('ready:probe')],
  ['EVENTS', async (env) => producer(env.EVENTS)],
  ['DEAD_LETTERS', async (env) => producer(env.DEAD_LETTERS)],
  ['REVEAL_LIMITER', (env) => env.REVEAL_LIMITER.get(env.REVEAL_LIMITER.idFromName('ready-probe')).ping()],
  ['MINT_BUDGET', (env) => env.MINT_BUDGET.get(env.MINT_BUDGET.idFromName('ready-probe')).ping()],
  ['REPLAY_GUARD', (env) => env.REPLAY_GUARD.get(env.REPLAY_GUARD.idFromName('ready-probe')).ping()],
  ['LOGIN_THROTTLE', (env) => env.LOGIN_THROTTLE.get(env.LOGIN_THROTTLE.idFromName('ready-probe')).ping()],
  ['AUDIT_TRAIL', (env) => auditTrail(env).head()],
]

healthRoutes.get('/', (c) => c.text('phi-firewall-twilio: ok\n'))

healthRoutes.get('/ready', async function readiness(c) {
  const problems = configProblems(c.env)
  for (const { setting, problem } of problems)
    log('error', { event: 'ready', outcome: 'config-invalid', setting, problem })
  const [results, optionalFailing] = await Promise.all([
    Promise.all(PROBES.map(async ([name, check]) => ((await answers(() => check(c.env))) ? [] : [name]))),
    optionalProblems(c.env),
  ])
  const bindings = results.flat()
  for (const name of bindings) log('error', { event: 'ready', outcome: 'binding-failed', setting: name })
  for (const name of optionalFailing) log('warn', { event: 'ready', outcome: 'optional-binding-failed', setting: name })
  const failing = [...problems.map((p) => p.setting), ...bindings]
  const notes = optionalFailing.length > 0 ? { optionalFailing } : {}
  c.header('Cache-Control', 'no-store')
  if (failing.length === 0) return c.json({ status: 'ready', ...notes })
  return c.json({ status: 'not-ready', failing, ...notes }, 503)
})

/** The optional bindings (metrics) that are missing or do not answer within the timeout. */
async function optionalProblems(env: Env): Promise<string[]> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<string[]>((resolve) => {
    timer = setTimeout(() => resolve(['METRICS_COUNTERS']), PROBE_TIMEOUT_MS)
  })
  try {
    return await Promise.race([metricsProblems(env), timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** Whether a probe resolves within the timeout. */
async function answers(call: () => Promise<unknown>): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS)
  })
  try {
    return await Promise.race([call().then(() => true), timeout])
  } catch {
    return false
  } finally {
    clearTimeout(timer)
  }
}

/** A queue producer is bound when it can send: sending a probe would deliver it, so only the binding is checked. */
function producer(queue: Queue<unknown> | undefined): void {
  if (typeof queue?.send !== 'function' || typeof queue.sendBatch !== 'function') throw new Error('queue not bound')
}
