/** Fan-out onto the EVENTS queue: one message per (event, subscribed destination), filtered and size-capped. */
import type { Config } from '../config'
import type { Destination } from '../config/destinations'
import type { Env } from '../env'
import { log } from '../log'
import type { FieldKind } from '../model/clean'
import { filterFor, subscribes } from './envelope'
import type { DeliveryMessage, Envelope } from './types'

/** Queues cap a message at 128 KB including metadata; keep a wide margin. */
export const MAX_MESSAGE_BYTES = 100_000
/** `sendBatch` takes at most 100 messages and 256 KB. */
const MAX_BATCH_MESSAGES = 100
const MAX_BATCH_BYTES = 200_000
/** Dropped first when a message is too large: the bulkiest kinds, never the ids or tokens. */
const SHED_ORDER: readonly FieldKind[] = ['attributes', 'media', 'text', 'location']

/** An envelope ready for fan-out, with the kind of each of its data fields. */
export interface Deliverable {
  envelope: Envelope
  kinds: Record<string, FieldKind>
}

/** Queues each deliverable for every destination subscribed to its type. Rejects if the queue refuses. */
export async function enqueue(env: Env, config: Config, deliverables: readonly Deliverable[]): Promise<number> {
  const messages: { body: DeliveryMessage; bytes: number }[] = []
  for (const { envelope, kinds } of deliverables) {
    for (const destination of config.destinations.destinations) {
      if (!subscribes(destination, envelope.type)) continue
      messages.push(toMessage(destination, envelope, kinds))
    }
  }
  await sendInBatches(env.EVENTS, messages)
  return messages.length
}

/** Sends a message already built (a replay) onto the EVENTS queue. */
export async function enqueueMessage(env: Env, message: DeliveryMessage): Promise<void> {
  await env.EVENTS.send(message)
}

function toMessage(destination: Destination, full: Envelope, fullKinds: Record<string, FieldKind>): { body: DeliveryMessage; bytes: number } {
  const filtered = filterFor(destination, full, fullKinds)
  const body: DeliveryMessage = { v: 1, destination: destination.name, envelope: filtered.envelope, kinds: filtered.kinds }
  let bytes = sizeOf(body)
  let shed = 0
  while (bytes > MAX_MESSAGE_BYTES) {
    const field = largestSheddable(body)
    if (field === undefined) break
    delete body.envelope.data[field]
    delete body.envelope.tokens[field]
    delete body.kinds[field]
    shed++
    bytes = sizeOf(body)
  }
  if (bytes > MAX_MESSAGE_BYTES) {
    // Only safe metadata and tokens left and still too large: send ids and counts alone.
    body.envelope.data = {}
    body.envelope.tokens = {}
    body.kinds = {}
    bytes = sizeOf(body)
  }
  if (shed > 0) {
    log('warn', {
      event: 'delivery',
      outcome: 'oversized',
      eventId: full.id,
      destination: destination.name,
      counts: { withheld: filtered.dropped, oversized: shed },
    })
  }
  return { body, bytes }
}

function largestSheddable(message: DeliveryMessage): string | undefined {
  for (const kind of SHED_ORDER) {
    const candidates = Object.entries(message.kinds).filter(([, k]) => k === kind)
    if (candidates.length === 0) continue
    candidates.sort(([a], [b]) => sizeOf(message.envelope.data[b]) - sizeOf(message.envelope.data[a]))
    return candidates[0]?.[0]
  }
  return undefined
}

async function sendInBatches(queue: Queue<unknown>, messages: readonly { body: DeliveryMessage; bytes: number }[]): Promise<void> {
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

function sizeOf(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length
}
