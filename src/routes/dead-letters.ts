/**
 * `/v1/dead-letters`: list failed deliveries (de-identified, no destination settings) and replay them. A key bound to
 * tenants sees and replays only its accounts' dead letters; another account's answers 404, as if it did not exist.
 */
import { Hono, type Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../app-env'
import {
  DEAD_LETTER_ID,
  getDeadLetter,
  inAccounts,
  listDeadLetters,
  replayDeadLetter,
  type DeadLetterRecord,
} from '../delivery/dead-letters'
import { log } from '../log'
import type { AuditEntry } from '../audit'
import { DEAD_LETTER_PAGE, DEAD_LETTER_QUERY } from '../openapi/requests'
import { mustAudit, recordResult } from './audited'
import { AUDIT_TYPE_OF_SCOPE, keyTenants, requireApiKey } from './auth'
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
  const tenants = keyTenants(c)
  return c.json(
    await listDeadLetters(c.env, { limit, ...(cursor ? { cursor } : {}), ...(tenants ? { accounts: tenants } : {}) }),
  )
})

deadLetterRoutes.get('/:id', async (c) => {
  const id = validId(c.req.param('id'))
  const record = await getDeadLetter(c.env, id)
  if (!record) throw problem(404, 'not-found')
  await refuseOtherTenant(c, record, AUDIT_TYPE_OF_SCOPE['dead-letters'])
  return c.json(record)
})

deadLetterRoutes.post('/:id/replay', async (c) => {
  const id = validId(c.req.param('id'))
  const config = c.get('config')
  const actor = c.get('apiKeyId') ?? 'unknown'
  const found = await getDeadLetter(c.env, id)
  if (found) await refuseOtherTenant(c, found, 'audit.dead-letter.replayed')
  const accounts = found && found.accounts.length > 0 ? { accounts: found.accounts } : {}
  const entry = {
    type: 'audit.dead-letter.replayed' as const,
    actor,
    scope: 'dead-letters',
    tokens: [],
    subject: id,
    ...accounts,
  }
  // A replay sends the event again: on record before it happens, its result after (best effort, logged).
  await mustAudit(c.env, config, { ...entry, type: 'audit.dead-letter.replay-requested', outcome: 'allowed' })
  const outcome = (extra: Pick<AuditEntry, 'outcome' | 'reason'>) => recordResult(c.env, config, { ...entry, ...extra })
  let result: Awaited<ReturnType<typeof replayDeadLetter>>
  try {
    result = await replayDeadLetter(c.env, config, id, actor, keyTenants(c))
  } catch (error) {
    log('error', {
      event: 'dead-letter',
      outcome: 'replay-failed',
      reason: error instanceof Error ? error.name : 'unknown',
    })
    await outcome({ outcome: 'error', reason: 'queue-unavailable' })
    throw problem(503, 'queue-unavailable')
  }
  if (!result.ok) {
    // Only if the dead letter changed since it was read: refused like one that does not exist.
    if (result.error === 'other-tenant') {
      await outcome({ outcome: 'denied', reason: 'other-tenant' })
      throw problem(404, 'not-found')
    }
    const notFound = result.error === 'not-found'
    await outcome({ outcome: notFound ? 'not-found' : 'error', reason: result.error })
    throw problem(notFound ? 404 : 409, result.error)
  }
  await outcome({ outcome: 'allowed' })
  return c.json({ replayed: result.value }, 202)
})

/**
 * A key bound to tenants asking for another account's dead letter: audited as denied (`other-tenant`, naming both
 * accounts), answered 404 as for a dead letter that does not exist.
 */
async function refuseOtherTenant(
  c: Context<AppEnv>,
  record: DeadLetterRecord,
  type: AuditEntry['type'],
): Promise<void> {
  const tenants = keyTenants(c)
  if (!tenants || inAccounts(record, tenants)) return
  const actor = c.get('apiKeyId') ?? 'unknown'
  const accounts = record.accounts.length > 0 ? { accounts: record.accounts } : {}
  const denied: AuditEntry = { type, actor, scope: 'dead-letters', tokens: [], subject: record.id, outcome: 'denied' }
  await mustAudit(c.env, c.get('config'), { ...denied, reason: 'other-tenant', ...accounts })
  throw problem(404, 'not-found')
}

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
