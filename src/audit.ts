/**
 * Audit events for reveals, replies, erasures and refused admin calls: one PHI-free log line each, and the
 * same record queued to the audit destinations when configured. Records carry tokens, never values.
 */
import type { Config } from './config'
import { publishAudit } from './delivery/audit-sink'
import type { Env } from './env'
import { log } from './log'
import type { AuditRecord } from './model/audit'

/** An audit record before it is stamped with the time. */
export type AuditEntry = Omit<AuditRecord, 'at'>

/**
 * Writes one audit record to the log and the audit sink. Answers whether the sink took it; the log line
 * is written either way, so callers that must not act unaudited (reveals) can refuse on `false`.
 */
export async function audit(env: Env, config: Config, entry: AuditEntry): Promise<boolean> {
  const record: AuditRecord = { ...entry, at: new Date().toISOString() }
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
  try {
    await publishAudit(env, config, record)
    return true
  } catch (error) {
    log('error', { event: 'audit', outcome: 'sink-failed', reason: (error as Error).name, scope: record.scope })
    return false
  }
}
