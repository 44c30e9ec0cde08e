/**
 * Delivery: envelope, queue, fan-out, retries, dead letters, adapters.
 * Only ever sees de-identified events (src/model/clean.ts); imports neither the PHI engine nor the vault.
 */
import type { Config } from '../config'
import { coversAccount } from '../config/accounts'
import type { Destination } from '../config/destinations'
import type { Env } from '../env'
import type { CleanEvent } from '../model/clean'
import { envelopeOf } from './envelope'
import { enqueue, type EnqueueOptions } from './publish'

export { consumeDeadLetters, consumeEvents } from './consumer'
export { PublishTooLargeError, type EnqueueOptions } from './publish'

/**
 * Puts de-identified events on the delivery queue in one `sendBatch` (all of them or none), and answers how many
 * (event, destination) deliveries were queued (the caller's request log line carries the count). Rejects if the
 * queue cannot take them; then nothing was queued.
 */
export async function publish(
  env: Env,
  config: Config,
  events: readonly CleanEvent[],
  options: EnqueueOptions = {},
): Promise<number> {
  if (events.length === 0) return 0
  const deliverables = await Promise.all(
    events.map(async (event) => ({ envelope: await envelopeOf(event), kinds: event.fields })),
  )
  return enqueue(env, config, deliverables, options)
}

/**
 * Whether destinations are configured but none takes Twilio events of `account` (each is scoped by `accounts` to
 * other accounts, or takes audit records only): an event of it goes nowhere, so it need not be de-identified (nor its
 * values minted into the vault) at all.
 */
export function unroutedAccount(destinations: readonly Destination[], account: string | undefined): boolean {
  const takesEvents = (destination: Destination) => destination.events.some((pattern) => !pattern.startsWith('audit.'))
  return destinations.length > 0 && !destinations.some((d) => takesEvents(d) && coversAccount(d.accounts, account))
}
