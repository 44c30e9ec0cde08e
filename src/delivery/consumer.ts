/** Queue consumers: deliver each message to its destination, retry on a schedule, dead-letter the rest. */
import { loadConfig } from '../config'
import type { DestinationsConfig } from '../config/destinations'
import type { Env } from '../env'
import { log } from '../log'
import { recordMetrics, type DeliveryOutcome, type Observation } from '../metrics'
import { storeDeadLetter } from './dead-letters'
import { filterFor, receivesAccount } from './envelope'
import { readDeliveryMessage, readFailure, readFanOutMessage } from './messages'
import { deliveryMessages, sendInBatches } from './publish'
import { retryDelay } from './retry'
import { attemptDelivery } from './send'
import type { DeadLetterMessage, DeadLetterReason, DeliveryMessage, FanOutMessage } from './types'

const DEFAULT_TTL_SECONDS = 14 * 86_400

/**
 * Consumer of `phi-firewall-events`: one delivery attempt per message, acked or retried one by one. A fan-out message
 * (the events of a webhook too large for one publish batch) is split into one message per (event, destination).
 */
export async function consumeEvents(batch: MessageBatch<unknown>, env: Env, ctx: ExecutionContext): Promise<void> {
  const config = loadConfig(env)
  if (!config.ok) {
    // Keep the events: they are delivered once the configuration is fixed.
    log('error', { event: 'delivery', outcome: 'config-invalid', reason: config.error.setting })
    batch.retryAll({ delaySeconds: 60 })
    return
  }
  // The batch's delivery attempts, recorded together once it is done (one counter call per batch).
  const observed: Observation[] = []
  await Promise.all(
    batch.messages.map((msg) => {
      const fanOut = readFanOutMessage(msg.body)
      const { destinations } = config.value
      return fanOut ? fanOutOne(msg, fanOut, env, destinations) : deliverOne(msg, env, destinations, observed)
    }),
  )
  recordMetrics(env, (work) => ctx.waitUntil(work), observed)
}

/** Consumer of `phi-firewall-dead-letters`: keeps each (de-identified) failed delivery for listing and replay. */
export async function consumeDeadLetters(batch: MessageBatch<unknown>, env: Env, ctx: ExecutionContext): Promise<void> {
  const config = loadConfig(env)
  const ttl = config.ok ? config.value.destinations.deadLetterTtlSeconds : DEFAULT_TTL_SECONDS
  const observed: Observation[] = []
  await Promise.all(
    batch.messages.map(async (msg) => {
      const fanOut = readFanOutMessage(msg.body)
      if (fanOut)
        return deadLetterFanOut(msg, fanOut, env, config.ok ? config.value.destinations : undefined, ttl, observed)
      const message = readDeliveryMessage(msg.body)
      if (!message) {
        log('error', { event: 'dead-letter', outcome: 'malformed', reason: 'unreadable-message' })
        msg.ack()
        return
      }
      // A message the runtime gave up on (the consumer kept failing) carries no failure details.
      const failure = readFailure(msg.body) ?? {
        reason: 'exhausted' as const,
        attempts: msg.attempts,
        at: new Date().toISOString(),
      }
      try {
        const stored = await storeDeadLetter(env, { ...message, failure }, ttl)
        observed.push({ kind: 'dead-letter', destination: stored.destination, reason: stored.reason })
        msg.ack()
      } catch (error) {
        log('error', {
          event: 'dead-letter',
          outcome: 'store-failed',
          eventId: message.envelope.id,
          reason: errorName(error),
        })
        msg.retry()
      }
    }),
  )
  recordMetrics(env, (work) => ctx.waitUntil(work), observed)
}

/**
 * Splits a fan-out message into one delivery message per (event, subscribed destination), with the same filters and
 * ids as a direct publish. A failure part-way retries the whole message: destinations dedupe repeats on `webhook-id`.
 */
async function fanOutOne(
  msg: Message<unknown>,
  message: FanOutMessage,
  env: Env,
  config: DestinationsConfig,
): Promise<void> {
  try {
    const messages = deliveryMessages(config.destinations, message.events)
    await sendInBatches(env.EVENTS, messages)
    const counts = { events: message.events.length, messages: messages.length }
    log('info', { event: 'delivery', outcome: 'fanned-out', counts })
    msg.ack()
  } catch (error) {
    log('error', { event: 'delivery', outcome: 'fan-out-failed', reason: errorName(error) })
    msg.retry()
  }
}

/** A fan-out message the runtime gave up on: every (event, destination) it held becomes an `exhausted` dead letter. */
async function deadLetterFanOut(
  msg: Message<unknown>,
  message: FanOutMessage,
  env: Env,
  config: DestinationsConfig | undefined,
  ttl: number,
  observed: Observation[],
): Promise<void> {
  try {
    const failure = { reason: 'exhausted' as const, attempts: msg.attempts, at: new Date().toISOString() }
    // Without a valid configuration the subscriptions are unknown: keep the message for a later attempt.
    if (!config) throw new Error('config-invalid')
    const stored: Observation[] = []
    for (const { body } of deliveryMessages(config.destinations, message.events)) {
      await storeDeadLetter(env, { ...body, failure }, ttl)
      stored.push({ kind: 'dead-letter', destination: body.destination, reason: failure.reason })
    }
    // Counted once the whole message is stored: a retried message would otherwise count its first part twice.
    observed.push(...stored)
    msg.ack()
  } catch (error) {
    log('error', { event: 'dead-letter', outcome: 'store-failed', reason: errorName(error) })
    msg.retry()
  }
}

async function deliverOne(
  msg: Message<unknown>,
  env: Env,
  config: DestinationsConfig,
  observed: Observation[],
): Promise<void> {
  const message = readDeliveryMessage(msg.body)
  if (!message) {
    log('error', { event: 'delivery', outcome: 'malformed', reason: 'unreadable-message' })
    msg.ack()
    return
  }
  const eventId = message.envelope.id
  let ms = 0
  const observe = (outcome: DeliveryOutcome, status?: number) =>
    observed.push({
      kind: 'delivery',
      destination: message.destination,
      outcome,
      ms,
      attempt: msg.attempts,
      ...(status ? { status } : {}),
    })
  try {
    const destination = config.destinations.find((d) => d.name === message.destination)
    // Checked again at delivery: a destination may have been removed, or scoped away from this event's account.
    if (!destination || !receivesAccount(destination, message.envelope)) {
      await deadLetter(env, msg, message, 'destination-removed')
      observe('destination-removed')
      return
    }
    // Filter again with the current settings: a destination may have lost its BAA since the event was queued.
    const { envelope } = filterFor(destination, message.envelope, message.kinds)
    const started = Date.now()
    const outcome = await attemptDelivery(destination, envelope, config.timeoutMs)
    ms = Date.now() - started
    const base = { event: 'delivery', eventId, destination: destination.name, attempt: msg.attempts } as const
    if (outcome.kind === 'delivered') {
      log('info', { ...base, outcome: 'delivered', status: outcome.status })
      msg.ack()
      observe('delivered', outcome.status)
      return
    }
    if (outcome.kind === 'drop') {
      log('warn', { ...base, outcome: 'dropped', status: outcome.status, reason: outcome.reason })
      await deadLetter(env, msg, message, outcome.reason, outcome.status)
      observe('dropped', outcome.status)
      return
    }
    const delaySeconds = retryDelay(config.retrySchedule, msg.attempts, outcome)
    if (delaySeconds === undefined) {
      log('warn', {
        ...base,
        outcome: 'exhausted',
        reason: outcome.reason,
        ...(outcome.status ? { status: outcome.status } : {}),
      })
      await deadLetter(env, msg, message, 'exhausted', outcome.status)
      observe('exhausted', outcome.status)
      return
    }
    log('warn', {
      ...base,
      outcome: 'retry',
      reason: outcome.reason,
      ...(outcome.status ? { status: outcome.status } : {}),
    })
    msg.retry({ delaySeconds })
    observe('retry', outcome.status)
  } catch (error) {
    log('error', { event: 'delivery', outcome: 'error', eventId, reason: errorName(error) })
    msg.retry()
    observe('error')
  }
}

async function deadLetter(
  env: Env,
  msg: Message<unknown>,
  message: DeliveryMessage,
  reason: DeadLetterReason,
  status?: number,
): Promise<void> {
  const failure = { reason, attempts: msg.attempts, at: new Date().toISOString(), ...(status ? { status } : {}) }
  const body: DeadLetterMessage = { ...message, failure }
  await env.DEAD_LETTERS.send(body, { contentType: 'json' })
  msg.ack()
}

/** The error's class name only: its message may quote data. */
function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown'
}
