/**
 * Delivery: envelope, queue, fan-out, retries, dead letters, adapters.
 * Only ever sees de-identified events (src/model/clean.ts); imports neither the PHI engine nor the vault.
 */
import type { Config } from '../config'
import type { Env } from '../env'
import type { CleanEvent } from '../model/clean'
import { envelopeOf } from './envelope'
import { enqueue } from './publish'

export { consumeDeadLetters, consumeEvents } from './consumer'

/**
 * Puts de-identified events on the delivery queue, one message per subscribed destination, and answers how many
 * messages were queued (the caller's request log line carries the count). Rejects if the queue cannot take them.
 */
export async function publish(env: Env, config: Config, events: readonly CleanEvent[]): Promise<number> {
  if (events.length === 0) return 0
  const deliverables = await Promise.all(events.map(async (event) => ({ envelope: await envelopeOf(event), kinds: event.fields })))
  return enqueue(env, config, deliverables)
}
