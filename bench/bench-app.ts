/**
 * What the bench's own Workers (bench/stage-worker.ts, bench/floor-worker.ts) share: their Hono environment, the
 * Twilio routes they mount, and the configuration middleware the real Worker runs first (src/index.ts).
 */
import { createMiddleware } from 'hono/factory'
import type { AppVariables } from '../src/app-env'
import { loadConfig } from '../src/config'
import type { Env } from '../src/env'
import type { VerifiedBody } from '../src/routes/twilio'
import type { WebhookMeta } from '../src/twilio/payloads'

/** Hono environment of a bench Worker: the app's, plus what `verifyTwilio` hands on. */
export type BenchEnv = {
  Bindings: Env
  Variables: AppVariables & { verified: VerifiedBody; meta: WebhookMeta; webhookLog: Record<string, unknown> }
}

/** Route segment under /twilio → product, as src/routes/twilio.ts mounts them. */
export const PRODUCTS = {
  messaging: 'messaging',
  voice: 'voice',
  transcriptions: 'transcription',
  conversations: 'conversations',
  events: 'events',
} as const

/** Loads the configuration (500 when invalid) and starts the request's log details. */
export const withConfig = createMiddleware<BenchEnv>(async function withConfig(c, next) {
  const config = loadConfig(c.env)
  if (!config.ok) return c.text('misconfigured\n', 500)
  c.set('config', config.value)
  c.set('webhookLog', {})
  await next()
})
