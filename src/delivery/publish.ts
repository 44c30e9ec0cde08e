/**
 * Publishing onto the EVENTS queue, all or nothing: the events of one call (one webhook) go in exactly one
 * `sendBatch`, so the queue holds all of them or none. Usually that batch holds one message per (event, subscribed
 * destination), filtered and size-capped; when those would not fit one batch (100 messages, 256 KB), it holds the
 * events themselves packed into fan-out messages, which the consumer splits per destination (src/delivery/consumer.ts).
 */
import type { Config } from '../config'
import type { Destination } from '../config/destinations'
import type { Env } from '../env'
import { log } from '../log'
import type { FieldKind } from '../model/clean'
import { filterFor, receives } from './envelope'
import type { DeliveryMessage, Envelope, FanOutEvent, FanOutMessage } from './types'

/** Queues cap a message at 128 KB including metadata; keep a wide margin. */
export const MAX_MESSAGE_BYTES = 100_000
/** `sendBatch` takes at most 100 messages and 256 KB. */
export const MAX_BATCH_MESSAGES = 100
export const MAX_BATCH_BYTES = 200_000
/** Dropped first when a message is too large: the bulkiest kinds, never the ids or tokens. */
const SHED_ORDER: readonly FieldKind[] = ['attributes', 'media', 'text', 'location']

/** An envelope ready for fan-out, with the kind of each of its data fields. */
export interface Deliverable {
  envelope: Envelope
  kinds: Record<string, FieldKind>
}

/** Options of {@link enqueue}. */
export interface EnqueueOptions {
  /**
   * Called right before the one `sendBatch`, when everything else is ready; throwing there publishes nothing (the
   * ingest route refuses once its deadline passed). Not called when there is nothing to send.
   */
  commit?: () => void
}

/** Why a publish could not even be attempted. */
export class PublishTooLargeError extends Error {
  override name = 'PublishTooLargeError'
}

/** A message ready to send, with its serialized size. */
interface Sized<T> {
  body: T
  bytes: number
}

/**
 * Queues each deliverable for every destination subscribed to its type, in one `sendBatch`. Answers the number of
 * (event, destination) deliveries queued. Rejects if the queue refuses (nothing was queued) or the events cannot fit
 * one batch even without their bulky fields ({@link PublishTooLargeError}).
 */
export async function enqueue(
  env: Env,
  config: Config,
  deliverables: readonly Deliverable[],
  options: EnqueueOptions = {},
): Promise<number> {
  const direct = deliveryMessages(config.destinations.destinations, deliverables)
  if (direct.length === 0) return 0
  const batch = fitsOneBatch(direct) ? direct : fanOutMessages(deliverables)
  if (!fitsOneBatch(batch)) throw new PublishTooLargeError('the events of one webhook do not fit one queue batch')
  options.commit?.()
  await env.EVENTS.sendBatch(batch.map(({ body }) => ({ body, contentType: 'json' as const })))
  return direct.length
}

/**
 * One message per (event, destination receiving it: subscribed to its type and, when scoped by `accounts`, to its
 * account), each filtered for its destination and size-capped.
 */
export function deliveryMessages(
  destinations: readonly Destination[],
  deliverables: readonly Deliverable[],
): Sized<DeliveryMessage>[] {
  const messages: Sized<DeliveryMessage>[] = []
  for (const { envelope, kinds } of deliverables) {
    for (const destination of destinations) {
      if (receives(destination, envelope)) messages.push(toMessage(destination, envelope, kinds))
    }
  }
  return messages
}

/** Sends a message already built (a replay) onto the EVENTS queue. */
export async function enqueueMessage(env: Env, message: DeliveryMessage): Promise<void> {
  await env.EVENTS.send(message)
}

/**
 * Sends messages in as many batches as the limits need (the consumer's fan-out: a failure part-way is retried as a
 * whole, and destinations dedupe the repeats on `webhook-id`).
 */
export async function sendInBatches(queue: Queue<unknown>, messages: readonly Sized<unknown>[]): Promise<void> {
  let batch: MessageSendRequest<unknown>[] = []
  let batchBytes = 0
  for (const { body, bytes } of messages) {
    if (batch.length > 0 && (batch.length >= MAX_BATCH_MESSAGES || batchBytes + bytes > MAX_BATCH_BYTES)) {
      await queue.sendBatch(batch)
      batch = []
      batchBytes = 0
    }
    batch.push({ body, contentType: 'json' })
    batchBytes += bytes
  }
  if (batch.length > 0) await queue.sendBatch(batch)
}

function fitsOneBatch(messages: readonly Sized<unknown>[]): boolean {
  return messages.length <= MAX_BATCH_MESSAGES && messages.reduce((n, m) => n + m.bytes, 0) <= MAX_BATCH_BYTES
}

function toMessage(
  destination: Destination,
  full: Envelope,
  fullKinds: Record<string, FieldKind>,
): Sized<DeliveryMessage> {
  const filtered = filterFor(destination, full, fullKinds)
  const body: DeliveryMessage = {
    v: 1,
    destination: destination.name,
    envelope: filtered.envelope,
    kinds: filtered.kinds,
  }
  const shed = shedTo(body, MAX_MESSAGE_BYTES)
  if (shed > 0) {
    log('warn', {
      event: 'delivery',
      outcome: 'oversized',
      eventId: full.id,
      destination: destination.name,
      counts: { withheld: filtered.dropped, oversized: shed },
    })
  }
  return { body, bytes: sizeOf(body) }
}

/**
 * The events themselves, packed into fan-out messages of at most MAX_MESSAGE_BYTES each. While the whole does not fit
 * one batch, the bulkiest field of the largest event is dropped (never ids, tokens or counts), as for one message.
 */
function fanOutMessages(deliverables: readonly Deliverable[]): Sized<FanOutMessage>[] {
  const events: FanOutEvent[] = deliverables.map(({ envelope, kinds }) => ({
    envelope: { ...envelope, data: { ...envelope.data }, tokens: { ...envelope.tokens } },
    kinds: { ...kinds },
  }))
  let shed = 0
  for (const event of events) shed += shedTo(event, MAX_MESSAGE_BYTES - 100)
  let packed = pack(events)
  while (!fitsOneBatch(packed)) {
    const bySize = [...events].sort((a, b) => sizeOf(b) - sizeOf(a))
    if (!bySize.some((event) => shedOne(event))) break
    shed++
    packed = pack(events)
  }
  if (shed > 0) {
    log('warn', { event: 'delivery', outcome: 'oversized', counts: { events: events.length, oversized: shed } })
  }
  return packed
}

function pack(events: readonly FanOutEvent[]): Sized<FanOutMessage>[] {
  const messages: Sized<FanOutMessage>[] = []
  let current: FanOutEvent[] = []
  let bytes = 0
  const flush = () => {
    if (current.length === 0) return
    const body: FanOutMessage = { v: 2, events: current }
    messages.push({ body, bytes: sizeOf(body) })
    current = []
    bytes = 0
  }
  for (const event of events) {
    const size = sizeOf(event) + 1
    if (current.length > 0 && bytes + size > MAX_MESSAGE_BYTES - 100) flush()
    current.push(event)
    bytes += size
  }
  flush()
  return messages
}

/** Drops the bulkiest fields of one envelope until it serializes to at most `max` bytes; answers how many went. */
function shedTo(message: { envelope: Envelope; kinds: Record<string, FieldKind> }, max: number): number {
  let shed = 0
  while (sizeOf(message) > max && shedOne(message)) shed++
  if (sizeOf(message) > max) {
    // Only safe metadata and tokens left and still too large: ids and counts alone.
    message.envelope.data = {}
    message.envelope.tokens = {}
    message.kinds = {}
  }
  return shed
}

/** Drops the largest field of the bulkiest kind present; false when only ids, tokens and safe fields are left. */
function shedOne(message: { envelope: Envelope; kinds: Record<string, FieldKind> }): boolean {
  for (const kind of SHED_ORDER) {
    const candidates = Object.entries(message.kinds).filter(([, k]) => k === kind)
    if (candidates.length === 0) continue
    candidates.sort(([a], [b]) => sizeOf(message.envelope.data[b]) - sizeOf(message.envelope.data[a]))
    const field = candidates[0]?.[0] as string
    delete message.envelope.data[field]
    delete message.envelope.tokens[field]
    delete message.kinds[field]
    return true
  }
  return false
}

function sizeOf(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length
}
