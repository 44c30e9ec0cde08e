/**
 * Audit section of the config: how long the durable audit trail keeps its records. Errors name the setting only.
 */
import type { Env } from '../env'
import { err, ok, type Result } from '../result'
import type { ConfigError } from './errors'

/** Validated audit settings. */
export interface AuditConfig {
  /** Records older than this are removed by the daily Cron run (the chain keeps an anchor, see src/audit/trail.ts). */
  retentionDays: number
}

/** Six years and a leap day: HIPAA keeps documentation for six years (45 CFR 164.316(b)(2)). */
export const DEFAULT_AUDIT_RETENTION_DAYS = 2192
/** Shorter retention only when the records are exported and kept elsewhere; a month is the floor. */
export const MIN_AUDIT_RETENTION_DAYS = 30
/** A hundred years: effectively "keep forever" within the storage limit of one Durable Object. */
export const MAX_AUDIT_RETENTION_DAYS = 36_525

/** Parses AUDIT_RETENTION_DAYS. */
export function parseAuditConfig(env: Env): Result<AuditConfig, ConfigError> {
  const raw = env.AUDIT_RETENTION_DAYS
  if (raw === undefined || raw.trim() === '') return ok({ retentionDays: DEFAULT_AUDIT_RETENTION_DAYS })
  const days = Number(raw)
  if (!Number.isInteger(days) || days < MIN_AUDIT_RETENTION_DAYS || days > MAX_AUDIT_RETENTION_DAYS) {
    const range = `${MIN_AUDIT_RETENTION_DAYS} and ${MAX_AUDIT_RETENTION_DAYS}`
    return err({ setting: 'AUDIT_RETENTION_DAYS', problem: `must be a whole number of days between ${range}` })
  }
  return ok({ retentionDays: days })
}
