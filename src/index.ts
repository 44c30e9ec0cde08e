/**
 * Entry point: builds the Hono app and exports the Worker handlers.
 * fetch: liveness and readiness (/, /ready), the ops console (/console), Twilio webhooks (/twilio/*) and the admin API
 * (/v1/*, described by /v1/openapi.json); queue: delivery and dead letters; scheduled: vault maintenance and audit retention.
 */
import { Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from './app-env'
import { pruneAuditTrail } from './audit'
import { loadConfig } from './config'
import { consumeDeadLetters, consumeEvents } from './delivery'
import type { Env } from './env'
import { log } from './log'
import { adminRoutes } from './routes/admin'
import { auditRoutes } from './routes/audit'
import { dataflowRoutes } from './routes/dataflow'
import { deadLetterRoutes } from './routes/dead-letters'
import { openApiRoutes } from './routes/openapi'
import { metricsRoutes } from './routes/metrics'
import { rosterRoutes } from './routes/roster'
import { scrubRoutes } from './routes/scrub'
import { tokenizeRoutes } from './routes/tokenize'
import { consoleRoutes } from './routes/console'
import { healthRoutes } from './routes/health'
import { twilioRoutes } from './routes/twilio'
import { runVaultMaintenance } from './vault/maintenance'

/**
 * Validates configuration once per isolate. A bad setting answers a generic 500 (the caller of a webhook is not
 * authenticated and learns nothing of the setup); the log line names the setting and the problem, never the value.
 */
const withConfig = createMiddleware<AppEnv>(async function withConfig(c, next) {
  const config = loadConfig(c.env)
  if (!config.ok) {
    const { setting, problem } = config.error
    const route = c.req.path.startsWith('/v1/') ? '/v1' : '/twilio'
    log('error', { event: 'config', outcome: 'invalid', route, setting, problem })
    return c.text('Internal Server Error\n', 500)
  }
  c.set('config', config.value)
  await next()
})

/**
 * A `Content-Length` that is not a number answers 400 before the admin API reads a body (reading it would otherwise
 * fail inside the runtime and answer 500). The webhook routes check it themselves, with their own log line.
 */
const requireNumericContentLength = createMiddleware<AppEnv>(async function requireNumericContentLength(c, next) {
  const declared = c.req.header('Content-Length')
  if (declared !== undefined && !/^\d{1,15}$/.test(declared.trim())) {
    log('warn', { event: 'admin', route: '/v1', status: 400, reason: 'malformed-content-length' })
    return c.json({ error: 'invalid-request', detail: 'Content-Length must be a number of bytes' }, 400)
  }
  await next()
})

const app = new Hono<AppEnv>()

app.route('/', healthRoutes)
// Before the /v1 middleware: the document needs no configuration and no key.
app.route('/v1/openapi.json', openApiRoutes)
app.route('/', consoleRoutes)
app.use('/twilio/*', withConfig)
app.use('/v1/*', requireNumericContentLength, withConfig)
app.route('/twilio', twilioRoutes)
app.route('/v1/dead-letters', deadLetterRoutes)
app.route('/v1/tokenize', tokenizeRoutes)
app.route('/v1/known-identifiers', rosterRoutes)
app.route('/v1/audit', auditRoutes)
app.route('/v1/dataflow', dataflowRoutes)
app.route('/v1/metrics', metricsRoutes)
app.route('/v1/scrub', scrubRoutes)
app.route('/v1', adminRoutes)

app.notFound((c) => c.text('Not Found\n', 404))

app.onError((error, c) => {
  if (error instanceof HTTPException) return error.getResponse()
  // Never the error message: it may quote request data.
  log('error', { event: 'unhandled', route: c.req.routePath, reason: error.name })
  return c.text('Internal Server Error\n', 500)
})

export { app }
export { AuditTrail } from './audit'
export { LoginThrottle } from './limits/login-throttle'
export { RevealRateLimiter } from './vault/reveal-limiter'
export { ReplayGuard } from './twilio/replay-guard'
export { MintBudget } from './vault/mint-budget'
export { MetricsCounters } from './metrics'

export default {
  fetch: app.fetch,
  async queue(batch, env, ctx) {
    if (batch.queue.endsWith('dead-letters')) await consumeDeadLetters(batch, env, ctx)
    else await consumeEvents(batch, env, ctx)
  },
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(runVaultMaintenance(env))
    const config = loadConfig(env)
    if (config.ok) ctx.waitUntil(pruneAuditTrail(env, config.value))
    else
      log('error', {
        event: 'audit-retention',
        outcome: 'skipped',
        setting: config.error.setting,
        problem: config.error.problem,
      })
  },
} satisfies ExportedHandler<Env>
