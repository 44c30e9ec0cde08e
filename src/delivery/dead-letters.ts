/**
 * Dead letters in DELIVERY_STATE: key `dead-letter:<eventId>.<destination>`, value the de-identified
 * delivery message plus how it failed, metadata the summary used for listing, TTL from the config.
 */
import type { Config } from '../config'
import type { Env } from '../env'
import { log } from '../log'
import { err, ok, type Result } from '../result'
import { enqueueMessage } from './publish'
import type { DeadLetterMessage, DeadLetterReason, DeliveryMessage } from './types'

/** KV key prefix of dead letters in DELIVERY_STATE. */
export const DEAD_LETTER_PREFIX = 'dead-letter:'
/** A dead-letter id: `<eventId>.<destination>`. */
export const DEAD_LETTER_ID = /^evt_[0-9a-f]{64}\.[a-z0-9-]{1,64}$/

/** What the list shows of a dead letter (no payload, no destination settings). */
export interface DeadLetterSummary {
  id: string
  eventId: string
  destination: string
  type: string
  reason: DeadLetterReason
  lastStatus?: number
  attempts: number
  failedAt: string
}

/** A stored dead letter: the summary plus the de-identified message to replay. */
export interface DeadLetterRecord extends DeadLetterSummary {
  message: DeliveryMessage
}

/** Stores a failed delivery (already de-identified); a later failure of the same pair overwrites it. */
export async function storeDeadLetter(env: Env, dead: DeadLetterMessage, ttlSeconds: number): Promise<DeadLetterSummary> {
  const { failure, ...message } = dead
  const summary: DeadLetterSummary = {
    id: `${message.envelope.id}.${message.destination}`,
    eventId: message.envelope.id,
    destination: message.destination,
    type: message.envelope.type,
    reason: failure.reason,
    ...(failure.status === undefined ? {} : { lastStatus: failure.status }),
    attempts: failure.attempts,
    failedAt: failure.at,
  }
  const record: DeadLetterRecord = { ...summary, message }
  await env.DELIVERY_STATE.put(DEAD_LETTER_PREFIX + summary.id, JSON.stringify(record), {
    expirationTtl: Math.max(60, ttlSeconds),
    metadata: summary,
  })
  log('warn', { event: 'dead-letter', outcome: 'stored', eventId: summary.eventId, destination: summary.destination, reason: summary.reason })
  return summary
}

/** One page of dead letters, oldest key first; `cursor` continues the listing. */
export async function listDeadLetters(
  env: Env,
  page: { limit: number; cursor?: string },
): Promise<{ items: DeadLetterSummary[]; cursor: string | null }> {
  const listed = await env.DELIVERY_STATE.list<DeadLetterSummary>({
    prefix: DEAD_LETTER_PREFIX,
    limit: page.limit,
    ...(page.cursor ? { cursor: page.cursor } : {}),
  })
  const items: DeadLetterSummary[] = []
  for (const key of listed.keys) {
    const summary = key.metadata ?? (await getDeadLetter(env, key.name.slice(DEAD_LETTER_PREFIX.length)))
    if (summary) items.push(summaryOf(summary))
  }
  return { items, cursor: listed.list_complete ? null : listed.cursor }
}

/** One stored dead letter, or undefined. */
export async function getDeadLetter(env: Env, id: string): Promise<DeadLetterRecord | undefined> {
  if (!DEAD_LETTER_ID.test(id)) return undefined
  const record = await env.DELIVERY_STATE.get<DeadLetterRecord>(DEAD_LETTER_PREFIX + id, 'json')
  return record ?? undefined
}

/** Why a replay did not happen. */
export type ReplayError = 'not-found' | 'destination-removed'

/**
 * Puts a dead letter back on the EVENTS queue with the same event id (so the same `webhook-id`), then removes
 * it from the store. Rejects if the queue refuses (the dead letter is kept). The caller audits.
 */
export async function replayDeadLetter(
  env: Env,
  config: Config,
  id: string,
  actor: string,
): Promise<Result<DeadLetterSummary, ReplayError>> {
  const record = await getDeadLetter(env, id)
  if (!record) return err('not-found')
  if (!config.destinations.destinations.some((d) => d.name === record.destination)) return err('destination-removed')
  await enqueueMessage(env, record.message)
  await env.DELIVERY_STATE.delete(DEAD_LETTER_PREFIX + id)
  log('info', { event: 'dead-letter', outcome: 'replayed', eventId: record.eventId, destination: record.destination, keyId: actor })
  return ok(summaryOf(record))
}

function summaryOf(source: DeadLetterSummary): DeadLetterSummary {
  const { id, eventId, destination, type, reason, lastStatus, attempts, failedAt } = source
  return { id, eventId, destination, type, reason, ...(lastStatus === undefined ? {} : { lastStatus }), attempts, failedAt }
}
