/**
 * What is measured, as pure data: observations (one webhook, one delivery attempt, one dead letter) become Workers
 * Analytics Engine data points and counter increments. Every blob and label is fixed vocabulary (route paths, status
 * codes, PHI type names, channels, destination names from the config, outcome words): anything else becomes `other`,
 * so no value, SID, phone number, token or URL can reach a metric. Layout per kind: docs/operations.md §1.
 */

/** The routes a webhook point may name; anything else under /twilio is `/twilio/other`. */
// biome-ignore format: packed list
export const WEBHOOK_ROUTES = [
  '/twilio/messaging', '/twilio/voice', '/twilio/transcriptions', '/twilio/conversations', '/twilio/events', '/twilio/other',
] as const

/** Channels of a de-identified event (src/model/normalized.ts). */
export const CHANNELS = ['sms', 'mms', 'whatsapp', 'voice', 'chat', 'other'] as const

/** How one delivery attempt ended. */
export const DELIVERY_OUTCOMES = ['delivered', 'retry', 'dropped', 'exhausted', 'destination-removed', 'error'] as const

/** The groups of GET /v1/metrics, in the agreed order. */
export const COUNTER_GROUPS = ['webhooks', 'redactions', 'tokens', 'deliveries', 'deadLetters', 'engine'] as const

/** One counter group. */
export type CounterGroup = (typeof COUNTER_GROUPS)[number]

/** One delivery outcome. */
export type DeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number]

/** Removed values of one PHI type on one channel. */
export interface RedactionCount {
  type: string
  channel: string
  count: number
}

/** What the engine did for one webhook whose events were all de-identified. */
export interface EngineWork {
  /** Wall time of de-identification, vault look-ups included (the Workers clock advances on I/O only). */
  ms: number
  events: number
  /** New tokens minted. */
  minted: number
  /** Values redacted without a token because a cost bound was reached. */
  declined: number
  redactions: readonly RedactionCount[]
}

/** One answered webhook request. */
export interface WebhookObservation {
  kind: 'webhook'
  route: string
  status: number
  ms: number
  /** Present when the engine ran for every event of the request and they were accepted. */
  engine?: EngineWork
}

/** One delivery attempt of one (event, destination). */
export interface DeliveryObservation {
  kind: 'delivery'
  destination: string
  outcome: DeliveryOutcome
  ms: number
  attempt: number
  /** The destination's HTTP status, when it answered. */
  status?: number
}

/** One dead letter stored. */
export interface DeadLetterObservation {
  kind: 'dead-letter'
  destination: string
  reason: string
}

/** Anything measured. */
export type Observation = WebhookObservation | DeliveryObservation | DeadLetterObservation

/** One counter increment: group, label, amount. */
export type Increment = [group: CounterGroup, label: string, amount: number]

/** Redaction points one webhook may write (types x channels is far below; the rest are folded into one). */
const MAX_REDACTION_POINTS = 40
const PHI_TYPE_NAME = /^[A-Z][A-Z0-9_]{1,23}$/
const DESTINATION_NAME = /^[a-z0-9-]{1,64}$/
const REASON_WORD = /^[a-z][a-z-]{0,39}$/

/** The Analytics Engine data points of one observation (at most 1 + MAX_REDACTION_POINTS). */
export function dataPointsOf(observation: Observation): AnalyticsEngineDataPoint[] {
  switch (observation.kind) {
    case 'webhook': {
      const route = routeOf(observation.route)
      const engine = observation.engine
      const webhook: AnalyticsEngineDataPoint = {
        indexes: ['webhook'],
        blobs: ['webhook', route, statusOf(observation.status)],
        doubles: [
          1,
          amount(observation.ms),
          amount(engine?.ms),
          amount(engine?.events),
          amount(engine?.minted),
          amount(engine?.declined),
        ],
      }
      const redactions = redactionsOf(engine?.redactions ?? []).map(
        (r): AnalyticsEngineDataPoint => ({
          indexes: ['redaction'],
          blobs: ['redaction', r.type, r.channel, route],
          doubles: [r.count],
        }),
      )
      return [webhook, ...redactions]
    }
    case 'delivery':
      return [
        {
          indexes: ['delivery'],
          blobs: ['delivery', destinationOf(observation.destination), outcomeOf(observation.outcome)],
          doubles: [1, amount(observation.ms), amount(observation.attempt), httpStatusOf(observation.status)],
        },
      ]
    case 'dead-letter':
      return [
        {
          indexes: ['dead-letter'],
          blobs: ['dead-letter', destinationOf(observation.destination), reasonOf(observation.reason)],
          doubles: [1],
        },
      ]
  }
}

/** The counter increments of one observation (labels as GET /v1/metrics shows them). */
export function incrementsOf(observation: Observation): Increment[] {
  switch (observation.kind) {
    case 'webhook': {
      const out: Increment[] = [['webhooks', `${routeOf(observation.route)} ${statusOf(observation.status)}`, 1]]
      const engine = observation.engine
      if (engine) {
        out.push(['engine', 'ms total', amount(engine.ms)], ['engine', 'events', amount(engine.events)])
        out.push(['tokens', 'minted', amount(engine.minted)])
        for (const r of redactionsOf(engine.redactions)) out.push(['redactions', `${r.type} ${r.channel}`, r.count])
      }
      return out
    }
    case 'delivery':
      return [['deliveries', `${destinationOf(observation.destination)} ${outcomeOf(observation.outcome)}`, 1]]
    case 'dead-letter':
      return [['deadLetters', destinationOf(observation.destination), 1]]
  }
}

/** Sums increments of the same (group, label), so one batch carries each label once. */
export function mergeIncrements(increments: readonly Increment[]): Increment[] {
  const sums = new Map<string, Increment>()
  for (const [group, label, n] of increments) {
    const key = `${group}\n${label}`
    const seen = sums.get(key)
    if (seen) seen[2] += n
    else sums.set(key, [group, label, n])
  }
  return [...sums.values()]
}

/** Whether an increment is one this module could have made (the counter store refuses anything else). */
export function isIncrement(value: unknown): value is Increment {
  if (!Array.isArray(value) || value.length !== 3) return false
  const [group, label, n] = value as unknown[]
  return (
    (COUNTER_GROUPS as readonly unknown[]).includes(group) &&
    typeof label === 'string' &&
    /^[A-Za-z0-9_/ -]{1,100}$/.test(label) &&
    typeof n === 'number' &&
    Number.isFinite(n) &&
    n >= 0 &&
    n <= 1e9
  )
}

/** Redactions summed per (type, channel), names checked, largest first, bounded. */
function redactionsOf(redactions: readonly RedactionCount[]): RedactionCount[] {
  const sums = new Map<string, RedactionCount>()
  for (const r of redactions) {
    const count = amount(r.count)
    if (count === 0) continue
    const type = PHI_TYPE_NAME.test(r.type) ? r.type : 'OTHER'
    const channel = (CHANNELS as readonly string[]).includes(r.channel) ? r.channel : 'other'
    const key = `${type} ${channel}`
    const seen = sums.get(key)
    if (seen) seen.count += count
    else sums.set(key, { type, channel, count })
  }
  const sorted = [...sums.values()].sort((a, b) => b.count - a.count)
  if (sorted.length <= MAX_REDACTION_POINTS) return sorted
  const rest = sorted.slice(MAX_REDACTION_POINTS - 1).reduce((n, r) => n + r.count, 0)
  return [...sorted.slice(0, MAX_REDACTION_POINTS - 1), { type: 'OTHER', channel: 'other', count: rest }]
}

function routeOf(route: string): string {
  return (WEBHOOK_ROUTES as readonly string[]).includes(route) ? route : '/twilio/other'
}

/** An HTTP status as a blob: `100`-`599`, else `0`. */
function statusOf(status: number): string {
  return Number.isInteger(status) && status >= 100 && status <= 599 ? String(status) : '0'
}

function httpStatusOf(status: number | undefined): number {
  return status !== undefined && Number.isInteger(status) && status >= 100 && status <= 599 ? status : 0
}

function destinationOf(name: string): string {
  return DESTINATION_NAME.test(name) ? name : 'other'
}

function outcomeOf(outcome: string): string {
  return (DELIVERY_OUTCOMES as readonly string[]).includes(outcome) ? outcome : 'error'
}

function reasonOf(reason: string): string {
  return REASON_WORD.test(reason) ? reason : 'other'
}

/** A count or a duration: finite and not negative, else 0. */
function amount(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : 0
}
