/**
 * Delivery: envelope, queue, fan-out, retries, dead letters, adapters.
 * Only ever sees de-identified events (src/model/clean.ts); imports neither the PHI engine nor the vault.
 */
import type { Config } from '../config'
import type { Env } from '../env'
import { log } from '../log'
import type { CleanEvent } from '../model/clean'
import { envelopeOf } from './envelope'
import { enqueue } from './publish'

export { consumeDeadLetters, consumeEvents } from './consumer'

/** Puts de-identified events on the delivery queue, one message per subscribed destination. Rejects if the queue cannot take them. */
export async function publish(env: Env, config: Config, events: readonly CleanEvent[]): Promise<void> {
  if (events.length === 0) return
  const deliverables = await Promise.all(events.map(async (event) => ({ envelope: await envelopeOf(event), kinds: event.fields })))
  const queued = await enqueue(env, config, deliverables)
  log('info', { event: 'delivery', outcome: 'queued', counts: { events: events.length, messages: queued } })
}
