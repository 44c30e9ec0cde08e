/** Audit records to the audit destinations. STUB (issue 5 replaces it). */
import type { Config } from '../config'
import type { Env } from '../env'
import type { AuditRecord } from '../model/audit'

/** Queues an audit record for every destination subscribed to `audit.*`. Rejects if the queue cannot take it. */
export async function publishAudit(_env: Env, _config: Config, _record: AuditRecord): Promise<void> {}
