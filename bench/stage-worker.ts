/**
 * Where the time of one webhook goes, for `npm run bench`: the real middleware and modules of the Worker,
 * stopped after a given stage (header `x-bench-stage`, which is not signed and never used in production):
 *   verify  signature check and form/JSON parsing only
 *   engine  + normalize + de-identify with an in-memory tokenizer (no KV)
 *   vault   + the real vault over KV (its KV operations are counted: `GET /stats`)
 *   queue   + publish to the EVENTS queue (this Worker's consumer acknowledges without delivering)
 * Built by wrangler from bench/stage-wrangler.toml and run with the bindings of ../wrangler.toml.
 */
import { Hono } from 'hono'
import { PRODUCTS, withConfig, type BenchEnv } from './bench-app'
import { publish } from '../src/delivery'
import type { Env } from '../src/env'
import type { CleanEvent } from '../src/model/clean'
import { deidentify, scrubText } from '../src/phi/deidentify'
import { DEFAULT_POLICY } from '../src/phi/policy'
import type { Tokenizer } from '../src/phi/types'
import { verifiedWebhook, verifyTwilio } from '../src/routes/twilio'
import { normalize } from '../src/twilio/payloads'
import { openVault } from '../src/vault'

// Every Durable Object class wrangler.toml binds must be exported, even those this Worker never calls.
export { AuditTrail } from '../src/audit/trail'
export { LoginThrottle } from '../src/limits/login-throttle'
export { RevealRateLimiter } from '../src/vault/reveal-limiter'
export { ReplayGuard } from '../src/twilio/replay-guard'
export { MintBudget } from '../src/vault/mint-budget'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const memoryTokenizer: Tokenizer = {
  async tokenize(requests) {
    return requests.map(
      () => 'tok_' + Array.from(crypto.getRandomValues(new Uint8Array(20)), (b) => ALPHABET[b % 62]).join(''),
    )
  },
}

/** KV operations the vault made, by method, since the last `GET /stats` (one isolate: the bench's only one). */
const kvOps: Record<string, number> = {}
function counted(kv: KVNamespace): KVNamespace {
  return new Proxy(kv, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        kvOps[String(prop)] = (kvOps[String(prop)] ?? 0) + 1
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    },
  })
}

const app = new Hono<BenchEnv>()
app.get('/stats', (c) => {
  const out = { ...kvOps }
  for (const k of Object.keys(kvOps)) delete kvOps[k]
  return c.json(out)
})
app.use('*', withConfig)

// `POST /scrub?n=…&channel=…`: scrubs the raw body n times (CPU time per scrub inside workerd, read from /proc by the bench).
app.post('/scrub', async function scrubLoop(c) {
  const text = await c.req.text()
  const n = Math.min(10_000, Number(c.req.query('n') ?? '1') || 1)
  const channel = (c.req.query('channel') ?? 'sms') as Parameters<typeof scrubText>[1] extends
    | { channel?: infer C }
    | undefined
    ? C
    : never
  let chars = 0
  for (let i = 0; i < n; i++) chars += scrubText(text, { channel }).text.length
  return c.text(`${chars}\n`)
})

for (const [path, product] of Object.entries(PRODUCTS)) {
  app.post(
    `/twilio/${path}`,
    verifyTwilio({ format: product === 'events' ? 'json' : 'form' }),
    async function stage(c) {
      const stage = c.req.header('x-bench-stage') ?? 'verify'
      if (stage === 'verify') return c.text('ok\n')
      const normalized = normalize(verifiedWebhook(product, c.get('verified'), c.get('meta')))
      if (!normalized.ok) return c.text('bad\n', 400)
      const vault =
        stage === 'engine' ? undefined : openVault({ ...c.env, VAULT: counted(c.env.VAULT) }, c.get('config'))
      const clean: CleanEvent[] = await Promise.all(
        normalized.value.map((e) =>
          deidentify(e, DEFAULT_POLICY, vault ? vault.tokenizerFor(e.sids.AccountSid ?? 'default') : memoryTokenizer),
        ),
      )
      if (stage === 'queue') await publish(c.env, c.get('config'), clean)
      return c.text('ok\n')
    },
  )
}

export default {
  fetch: app.fetch,
  async queue(batch: MessageBatch<unknown>) {
    batch.ackAll()
  },
} satisfies ExportedHandler<Env>
