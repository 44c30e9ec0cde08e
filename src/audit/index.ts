/**
 * Audit: every reveal, reply, erasure, replay, roster change and refused admin call becomes one record, stored in
 * the durable trail (src/audit/trail.ts) before the call answers, written as one PHI-free log line, and copied to the
 * destinations subscribed to `audit.*`. Records carry token ids and key ids, never values.
 */
import type { Config } from '../config'
import { publishAudit } from '../delivery/audit-sink'
import type { Env } from '../env'
import { log } from '../log'
import type { AuditRecord } from '../model/audit'
import { invalidAuditField, knownAuditFields } from './shape'
import type { Appended, AuditTrail } from './trail'

export { AuditTrail } from './trail'

/** An audit record before it is stamped with the time. */
export type AuditEntry = Omit<AuditRecord, 'at'>

/** Name of the one Durable Object instance that holds the trail. */
const TRAIL_NAME = 'audit-trail'
/** Most records one Cron run removes for retention (the next run continues). */
const PRUNE_BATCH = 10_000

/** The trail's Durable Object stub. */
export function auditTrail(env: Env): DurableObjectStub<AuditTrail> {
  return env.AUDIT_TRAIL.get(env.AUDIT_TRAIL.idFromName(TRAIL_NAME))
}

/**
 * Records one audit entry: stored in the trail, logged, and copied to the audit destinations. Answers whether the
 * record is stored and copied; the log line is written either way, so a caller that must not act unaudited refuses
 * on `false`.
 */
export async function audit(env: Env, config: Config, entry: AuditEntry): Promise<boolean> {
  const accounts = accountsOf(config, entry)
  const record = knownAuditFields({ ...entry, ...(accounts ? { accounts } : {}), at: new Date().toISOString() })
  // Checked before anything is logged: a field that is not PHI-free by shape never reaches a log line either.
  const field = invalidAuditField(record)
  if (field !== undefined) {
    // A bug in the caller, never request data: the field's name only.
    log('error', { event: 'audit', outcome: 'refused', reason: `invalid-${field}`, scope: record.scope })
    return false
  }
  log(record.outcome === 'allowed' ? 'info' : 'warn', {
    event: record.type,
    outcome: record.outcome,
    keyId: record.actor,
    scope: record.scope,
    // Only a configured reason code reaches the log: anything else could carry a name or a number.
    ...(record.purpose && config.admin.purposes.has(record.purpose) ? { purpose: record.purpose } : {}),
    ...(record.reason ? { reason: record.reason } : {}),
    ...(record.tokens.length === 1 ? { token: record.tokens[0] } : {}),
    ...(record.tokens.length > 1 ? { sids: Object.fromEntries(record.tokens.map((t, i) => [`token${i}`, t])) } : {}),
    ...(record.sid ? { sids: { message: record.sid } } : {}),
    counts: { tokens: record.tokens.length, ...record.counts },
  })
  let stored: Appended
  try {
    const appended = await auditTrail(env).append([record])
    if (!appended.ok) {
      log('error', {
        event: 'audit',
        outcome: 'refused',
        reason: `invalid-${appended.error.refused}`,
        scope: record.scope,
      })
      return false
    }
    stored = appended.value
  } catch (error) {
    log('error', { event: 'audit', outcome: 'store-failed', reason: errorName(error), scope: record.scope })
    return false
  }
  try {
    await publishAudit(env, config, { ...record, seq: stored.first, hash: stored.hashes[0] ?? '' })
    return true
  } catch (error) {
    log('error', { event: 'audit', outcome: 'sink-failed', reason: errorName(error), scope: record.scope })
    return false
  }
}

/** Retention: removes records older than the configured days (a bounded batch per Cron run), logging the count. */
export async function pruneAuditTrail(env: Env, config: Config, now: number = Date.now()): Promise<void> {
  const cutoff = now - config.audit.retentionDays * 86_400_000
  try {
    const { removed, anchor } = await auditTrail(env).prune(cutoff, PRUNE_BATCH)
    log('info', { event: 'audit-retention', outcome: 'pruned', counts: { removed, anchorSeq: anchor.seq } })
  } catch (error) {
    log('error', { event: 'audit-retention', outcome: 'failed', reason: errorName(error) })
  }
}

/**
 * The accounts a record concerns, sorted: those the caller names (the tenants of the tokens or dead letter acted on)
 * and the tenants of the acting key, so a key bound to tenants finds its own actions, and a tenant finds every action
 * on its tokens, whoever took it.
 */
function accountsOf(config: Config, entry: AuditEntry): string[] | undefined {
  const tenants = config.admin.keys.find((key) => key.id === entry.actor)?.tenants ?? []
  const accounts = new Set([...(entry.accounts ?? []), ...tenants])
  return accounts.size > 0 ? [...accounts].sort() : undefined
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown'
}
