/** `/v1/dead-letters`: list failed deliveries (de-identified, no destination settings) and replay them. */
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../app-env'
import { DEAD_LETTER_ID, getDeadLetter, listDeadLetters, replayDeadLetter } from '../delivery/dead-letters'
import { log } from '../log'
import type { AuditEntry } from '../audit'
import { DEAD_LETTER_PAGE, DEAD_LETTER_QUERY } from '../openapi/requests'
import { mustAudit, recordResult } from './audited'
import { requireApiKey } from './auth'
import { queryParams } from './validate'

/** Routes mounted under `/v1/dead-letters`, all behind an API key with the `dead-letters` scope. */
export const deadLetterRoutes = new Hono<AppEnv>()

deadLetterRoutes.use('*', requireApiKey('dead-letters'))

// A listing is not audited (it shows no token and no value): a bad parameter is `invalid-<name>`, as before.
const pageQuery = queryParams<{ limit?: number; cursor?: string }>(DEAD_LETTER_QUERY, (_c, found) => {
  throw problem(400, `invalid-${found.field}`)
})

deadLetterRoutes.get('/', pageQuery, async (c) => {
  const { limit = DEAD_LETTER_PAGE.default, cursor } = c.req.valid('query')
  return c.json(await listDeadLetters(c.env, { limit, ...(cursor ? { cursor } : {}) }))
})

deadLetterRoutes.get('/:id', async (c) => {
  const record = await getDeadLetter(c.env, validId(c.req.param('id')))
  if (!record) throw problem(404, 'not-found')
  return c.json(record)
})

deadLetterRoutes.post('/:id/replay', async (c) => {
  const id = validId(c.req.param('id'))
  const config = c.get('config')
  const actor = c.get('apiKeyId') ?? 'unknown'
  const entry = { type: 'audit.dead-letter.replayed' as const, actor, scope: 'dead-letters', tokens: [], subject: id }
  // A replay sends the event again: on record before it happens, its result after (best effort, logged).
  await mustAudit(c.env, config, { ...entry, type: 'audit.dead-letter.replay-requested', outcome: 'allowed' })
  const outcome = (extra: Pick<AuditEntry, 'outcome' | 'reason'>) => recordResult(c.env, config, { ...entry, ...extra })
  let result: Awaited<ReturnType<typeof replayDeadLetter>>
  try {
    result = await replayDeadLetter(c.env, config, id, actor)
  } catch (error) {
    log('error', { event: 'dead-letter', outcome: 'replay-failed', reason: error instanceof Error ? error.name : 'unknown' })
    await outcome({ outcome: 'error', reason: 'queue-unavailable' })
    throw problem(503, 'queue-unavailable')
  }
  if (!result.ok) {
    const notFound = result.error === 'not-found'
    await outcome({ outcome: notFound ? 'not-found' : 'error', reason: result.error })
    throw problem(notFound ? 404 : 409, result.error)
  }
  await outcome({ outcome: 'allowed' })
  return c.json({ replayed: result.value }, 202)
})

function validId(id: string): string {
  if (!DEAD_LETTER_ID.test(id)) throw problem(404, 'not-found')
  return id
}

/** A JSON refusal with a machine-readable code (never request data). */
function problem(status: 400 | 404 | 409 | 503, error: string): HTTPException {
  const res = new Response(JSON.stringify({ error }), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  })
  return new HTTPException(status, { res })
}
