/**
 * Dead letters in DELIVERY_STATE: key `dead-letter:<eventId>.<destination>`, value the de-identified
 * delivery message plus how it failed, metadata the summary used for listing, TTL from the config.
 */
import type { Config } from '../config'
import type { Env } from '../env'
import { log } from '../log'
import { err, ok, type Result } from '../result'
import { accountsOf, receivesAccount } from './envelope'
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
  /** Twilio accounts (clinics) of the event: its AccountSid, or the accounts an audit copy names. */
  accounts: string[]
}

/** A stored dead letter: the summary plus the de-identified message to replay. */
export interface DeadLetterRecord extends DeadLetterSummary {
  message: DeliveryMessage
}

/** Stores a failed delivery (already de-identified); a later failure of the same pair overwrites it. */
export async function storeDeadLetter(
  env: Env,
  dead: DeadLetterMessage,
  ttlSeconds: number,
): Promise<DeadLetterSummary> {
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
    accounts: accountsOf(message.envelope),
  }
  const record: DeadLetterRecord = { ...summary, message }
  await env.DELIVERY_STATE.put(DEAD_LETTER_PREFIX + summary.id, JSON.stringify(record), {
    expirationTtl: Math.max(60, ttlSeconds),
    metadata: summary,
  })
  log('warn', {
    event: 'dead-letter',
    outcome: 'stored',
    eventId: summary.eventId,
    destination: summary.destination,
    reason: summary.reason,
  })
  return summary
}

/** What a listing page asks for. */
export interface DeadLetterPage {
  limit: number
  cursor?: string
  /** Only dead letters of these accounts (a key bound to tenants); absent: every dead letter. */
  accounts?: ReadonlySet<string>
}

/**
 * One page of dead letters, oldest key first; `cursor` continues the listing. With `accounts`, the page holds only
 * theirs (so it may be shorter than `limit` while `cursor` still continues).
 */
export async function listDeadLetters(
  env: Env,
  page: DeadLetterPage,
): Promise<{ items: DeadLetterSummary[]; cursor: string | null }> {
  const listed = await env.DELIVERY_STATE.list<DeadLetterSummary>({
    prefix: DEAD_LETTER_PREFIX,
    limit: page.limit,
    ...(page.cursor ? { cursor: page.cursor } : {}),
  })
  const items: DeadLetterSummary[] = []
  for (const key of listed.keys) {
    // Dead letters stored before accounts were recorded carry none in their metadata: read from the message.
    const metadata = key.metadata && Array.isArray(key.metadata.accounts) ? key.metadata : undefined
    const summary = metadata ?? (await getDeadLetter(env, key.name.slice(DEAD_LETTER_PREFIX.length)))
    if (summary && (!page.accounts || inAccounts(summary, page.accounts))) items.push(summaryOf(summary))
  }
  return { items, cursor: listed.list_complete ? null : listed.cursor }
}

/** Whether a dead letter concerns one of `accounts` (one without an account belongs to no tenant). */
export function inAccounts(summary: Pick<DeadLetterSummary, 'accounts'>, accounts: ReadonlySet<string>): boolean {
  return summary.accounts.some((account) => accounts.has(account))
}

/** One stored dead letter, or undefined. */
export async function getDeadLetter(env: Env, id: string): Promise<DeadLetterRecord | undefined> {
  if (!DEAD_LETTER_ID.test(id)) return undefined
  const record = await env.DELIVERY_STATE.get<DeadLetterRecord>(DEAD_LETTER_PREFIX + id, 'json')
  if (!record) return undefined
  return Array.isArray(record.accounts) ? record : { ...record, accounts: accountsOf(record.message?.envelope) }
}

/** Why a replay did not happen. */
export type ReplayError = 'not-found' | 'destination-removed' | 'other-tenant'

/**
 * Puts a dead letter back on the EVENTS queue with the same event id (so the same `webhook-id`), then removes
 * it from the store. With `accounts` (a key bound to tenants), another account's dead letter is `other-tenant`.
 * Rejects if the queue refuses (the dead letter is kept). The caller audits.
 */
export async function replayDeadLetter(
  env: Env,
  config: Config,
  id: string,
  actor: string,
  accounts?: ReadonlySet<string>,
): Promise<Result<DeadLetterSummary, ReplayError>> {
  const record = await getDeadLetter(env, id)
  if (!record) return err('not-found')
  if (accounts && !inAccounts(record, accounts)) return err('other-tenant')
  const destination = config.destinations.destinations.find((d) => d.name === record.destination)
  // A destination since scoped away from this event's account is gone for it.
  if (!destination || !receivesAccount(destination, record.message.envelope)) return err('destination-removed')
  await enqueueMessage(env, record.message)
  await env.DELIVERY_STATE.delete(DEAD_LETTER_PREFIX + id)
  log('info', {
    event: 'dead-letter',
    outcome: 'replayed',
    eventId: record.eventId,
    destination: record.destination,
    keyId: actor,
  })
  return ok(summaryOf(record))
}

function summaryOf(source: DeadLetterSummary): DeadLetterSummary {
  const { id, eventId, destination, type, reason, lastStatus, attempts, failedAt, accounts } = source
  const status = lastStatus === undefined ? {} : { lastStatus }
  return { id, eventId, destination, type, reason, ...status, attempts, failedAt, accounts: [...accounts] }
}
