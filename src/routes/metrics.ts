/**
 * `GET /v1/metrics` (scope `metrics`): the counter totals since counting started, as
 * `{"since": ISO, "groups": {"webhooks": {"<route> <status>": n}, "redactions": {"<TYPE> <channel>": n},
 * "tokens": {"minted": n}, "deliveries": {"<destination> <outcome>": n}, "deadLetters": {"<destination>": n},
 * "engine": {"ms total": n, "events": n}}}`. Fixed labels and numbers only (src/metrics); the read is audited.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { readCounters } from '../metrics'
import { mustAudit } from './audited'
import { AUDIT_TYPE_OF_SCOPE, requireApiKey } from './auth'

/** Routes mounted under `/v1/metrics`. */
export const metricsRoutes = new Hono<AppEnv>()

metricsRoutes.get('/', requireApiKey('metrics'), async function metrics(c) {
  const config = c.var.config
  const counters = await readCounters(c.env)
  await mustAudit(c.env, config, {
    type: AUDIT_TYPE_OF_SCOPE.metrics,
    actor: c.get('apiKeyId') ?? 'unknown',
    scope: 'metrics',
    tokens: [],
    outcome: counters.ok ? 'allowed' : 'error',
    ...(counters.ok ? {} : { reason: 'counters-unavailable' }),
  })
  c.header('Cache-Control', 'no-store')
  if (!counters.ok) return c.json({ error: 'unavailable' }, 503, { 'Retry-After': '5' })
  return c.json(counters.value)
})
