/** Audit records to the destinations subscribed to `audit.*` (through the same queue, signing and retries). */
import type { Config } from '../config'
import type { Env } from '../env'
import { auditEnvelopeOf, type ChainedAuditRecord } from './envelope'
import { enqueue } from './publish'

/** Queues an audit record for every destination subscribed to `audit.*`. Rejects if the queue cannot take it. */
export async function publishAudit(env: Env, config: Config, record: ChainedAuditRecord): Promise<void> {
  await enqueue(env, config, [await auditEnvelopeOf(record)])
}
