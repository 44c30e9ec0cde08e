/** Validation of queue message bodies: only shapes this module wrote are acted on. */
import type { FieldKind } from '../model/clean'
import type {
  DeadLetterMessage,
  DeadLetterReason,
  DeliveryMessage,
  Envelope,
  FanOutEvent,
  FanOutMessage,
} from './types'

const EVENT_ID = /^evt_[0-9a-f]{64}$/
const DESTINATION = /^[a-z0-9-]{1,64}$/
const KINDS: ReadonlySet<string> = new Set<FieldKind>(['safe', 'token', 'text', 'location', 'media', 'attributes'])
const REASONS: ReadonlySet<string> = new Set<DeadLetterReason>([
  'rejected',
  'gone',
  'exhausted',
  'destination-removed',
  'invalid-request',
])

/** The delivery message in `body`, or undefined when it is not one. */
export function readDeliveryMessage(body: unknown): DeliveryMessage | undefined {
  if (!isRecord(body) || body.v !== 1) return undefined
  if (typeof body.destination !== 'string' || !DESTINATION.test(body.destination)) return undefined
  if (!isEnvelope(body.envelope) || !isKinds(body.kinds)) return undefined
  return {
    v: 1,
    destination: body.destination,
    envelope: body.envelope,
    kinds: body.kinds as Record<string, FieldKind>,
  }
}

/** The fan-out message in `body` (several events of one webhook, not yet per destination), or undefined. */
export function readFanOutMessage(body: unknown): FanOutMessage | undefined {
  if (!isRecord(body) || body.v !== 2 || !Array.isArray(body.events)) return undefined
  const events: FanOutEvent[] = []
  for (const event of body.events) {
    if (!isRecord(event) || !isEnvelope(event.envelope) || !isKinds(event.kinds)) return undefined
    events.push({ envelope: event.envelope, kinds: event.kinds })
  }
  return { v: 2, events }
}

/** The failure details of a dead-letter message, if it carries valid ones. */
export function readFailure(body: unknown): DeadLetterMessage['failure'] | undefined {
  if (!isRecord(body) || !isRecord(body.failure)) return undefined
  const { reason, status, attempts, at } = body.failure
  if (typeof reason !== 'string' || !REASONS.has(reason)) return undefined
  if (typeof attempts !== 'number' || typeof at !== 'string') return undefined
  return { reason: reason as DeadLetterReason, attempts, at, ...(typeof status === 'number' ? { status } : {}) }
}

function isEnvelope(value: unknown): value is Envelope {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    EVENT_ID.test(value.id) &&
    typeof value.type === 'string' &&
    typeof value.channel === 'string' &&
    typeof value.occurredAt === 'string' &&
    isRecord(value.twilio) &&
    isRecord(value.data) &&
    isRecord(value.tokens) &&
    isRecord(value.redactions)
  )
}

function isKinds(value: unknown): value is Record<string, FieldKind> {
  return isRecord(value) && Object.values(value).every((kind) => typeof kind === 'string' && KINDS.has(kind))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
