/**
 * Delivery: envelope, queue, fan-out, retries, dead letters. STUB (issue 5 replaces it).
 * Only ever sees de-identified events (src/model/clean.ts).
 */
import type { Config } from '../config'
import type { Env } from '../env'
import type { CleanEvent } from '../model/clean'

/** Puts de-identified events on the delivery queue. Rejects if the queue cannot take them. */
export async function publish(env: Env, _config: Config, events: readonly CleanEvent[]): Promise<void> {
  if (events.length === 0) return
  await env.EVENTS.sendBatch(events.map((body) => ({ body })))
}

/** Queue consumer for `phi-firewall-events`. */
export async function consumeEvents(batch: MessageBatch<unknown>, _env: Env, _ctx: ExecutionContext): Promise<void> {
  batch.ackAll()
}

/** Queue consumer for `phi-firewall-dead-letters`. */
export async function consumeDeadLetters(batch: MessageBatch<unknown>, _env: Env, _ctx: ExecutionContext): Promise<void> {
  batch.ackAll()
}
