/**
 * The rule every admin route follows: an action is answered only once its audit record is stored. When the trail
 * (or a configured `audit.*` copy) cannot take a record, the call is refused with 503 `audit-unavailable`, after a
 * best-effort `error` record saying so (at least its log line is written).
 */
import { HTTPException } from 'hono/http-exception'
import { audit, type AuditEntry } from '../audit'
import type { Config } from '../config'
import type { Env } from '../env'
import { log } from '../log'

/** Stores the record, or throws the 503 that refuses the call. */
export async function mustAudit(env: Env, config: Config, entry: AuditEntry): Promise<void> {
  if (await audit(env, config, entry)) return
  if (entry.outcome !== 'error' || entry.reason !== 'audit-unavailable') {
    await audit(env, config, { ...entry, outcome: 'error', reason: 'audit-unavailable' })
  }
  throw auditUnavailable()
}

/**
 * Records the result of an action already done (a message Twilio took, an erasure): it cannot be refused any more,
 * so a record that cannot be stored is logged (`result-unrecorded`), and the `…requested` record stored before the
 * action stands.
 */
export async function recordResult(env: Env, config: Config, entry: AuditEntry): Promise<void> {
  if (await audit(env, config, entry)) return
  log('error', {
    event: 'audit',
    outcome: 'result-unrecorded',
    scope: entry.scope,
    counts: { tokens: entry.tokens.length },
  })
}

/** The refusal of a call whose audit record could not be stored. */
export function auditUnavailable(): HTTPException {
  const res = new Response(JSON.stringify({ error: 'audit-unavailable', detail: 'try again later' }), {
    status: 503,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Retry-After': '5' },
  })
  return new HTTPException(503, { res })
}
