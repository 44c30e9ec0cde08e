/**
 * The floor of `npm run bench`: the least work any design of this product does per webhook in this runtime.
 * It verifies the signature (the Worker's own middleware), then publishes an event carrying the Twilio SIDs only
 * (no text, no PHI engine, no vault) through the real queue, and the real consumer delivers it, signed, to the
 * stub CRM. Its rate is the ceiling for the full Worker on the same machine: whatever the engine and the vault
 * cost comes on top. Never deployed; built by wrangler from bench/floor-wrangler.toml with the bindings of
 * ../wrangler.toml.
 */
import { Hono } from 'hono'
import { PRODUCTS, withConfig, type BenchEnv } from './bench-app'
import { consumeDeadLetters, consumeEvents, publish } from '../src/delivery'
import type { Env } from '../src/env'
import type { CleanEvent } from '../src/model/clean'
import { verifiedWebhook, verifyTwilio } from '../src/routes/twilio'
import { normalize } from '../src/twilio/payloads'

// Every Durable Object class wrangler.toml binds must be exported, even those this Worker never calls.
export { AuditTrail } from '../src/audit/trail'
export { LoginThrottle } from '../src/limits/login-throttle'
export { RevealRateLimiter } from '../src/vault/reveal-limiter'
export { ReplayGuard } from '../src/twilio/replay-guard'
export { MintBudget } from '../src/vault/mint-budget'
export { MetricsCounters } from '../src/metrics/counters'

const app = new Hono<BenchEnv>()
app.get('/', (c) => c.text('floor\n'))
app.use('*', withConfig)

for (const [path, product] of Object.entries(PRODUCTS)) {
  app.post(
    `/twilio/${path}`,
    verifyTwilio({ format: product === 'events' ? 'json' : 'form' }),
    async function floor(c) {
      const normalized = normalize(verifiedWebhook(product, c.get('verified'), c.get('meta')))
      if (!normalized.ok) return c.text('bad\n', 400)
      // Ids only: what is left when every field is withheld.
      const events: CleanEvent[] = normalized.value.map((e) => ({
        product: e.product,
        kind: e.kind,
        channel: e.channel,
        resourceSid: e.resourceSid,
        discriminator: e.discriminator,
        sids: { ...e.sids },
        occurredAt: e.occurredAt,
        data: {},
        fields: {},
        tokens: {},
        redactions: {},
      }))
      await publish(c.env, c.get('config'), events)
      return c.body('<?xml version="1.0" encoding="UTF-8"?><Response></Response>', 200, { 'Content-Type': 'text/xml' })
    },
  )
}

export default {
  fetch: app.fetch,
  async queue(batch, env, ctx) {
    if (batch.queue.endsWith('dead-letters')) await consumeDeadLetters(batch, env, ctx)
    else await consumeEvents(batch, env, ctx)
  },
} satisfies ExportedHandler<Env>
