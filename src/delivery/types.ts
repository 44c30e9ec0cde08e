/** Shapes that travel through the delivery queues. Everything here is already de-identified. */
import type { FieldKind, Redactions } from '../model/clean'

/** The Standard Webhooks payload every destination receives (adapters map it to their tool). */
export interface Envelope {
  /** `evt_` + hex SHA-256 of kind, resource SID and discriminator: the same for a Twilio retry. */
  id: string
  /** `message.received`, `call.status`, …, or `audit.*` for audit records. */
  type: string
  channel: string
  occurredAt: string
  /** Twilio SIDs, unchanged. */
  twilio: Record<string, string>
  /** De-identified fields this destination may receive. */
  data: Record<string, unknown>
  /** PHI type behind each token field of `data`. */
  tokens: Record<string, string>
  /** Counts of removed values per PHI type. */
  redactions: Redactions
}

/** One queue message: one envelope for one destination, so retries are independent. */
export interface DeliveryMessage {
  v: 1
  destination: string
  envelope: Envelope
  /** Kind of every `data` field, so the filter can be applied again at delivery and on replay. */
  kinds: Record<string, FieldKind>
}

/** One event of a fan-out message: the full (unfiltered) envelope and the kind of each of its fields. */
export interface FanOutEvent {
  envelope: Envelope
  kinds: Record<string, FieldKind>
}

/**
 * Several events of one webhook, not yet split per destination: used when the webhook's per-destination messages would
 * not fit one `sendBatch`. The consumer fans them out into {@link DeliveryMessage}s (same ids, same filters).
 */
export interface FanOutMessage {
  v: 2
  events: FanOutEvent[]
}

/** Why a delivery ended in the dead letters. */
export type DeadLetterReason = 'rejected' | 'gone' | 'exhausted' | 'destination-removed' | 'invalid-request'

/** A message on the dead-letter queue: the delivery plus how it failed. */
export interface DeadLetterMessage extends DeliveryMessage {
  failure: { reason: DeadLetterReason; status?: number; attempts: number; at: string }
}

/** A request an adapter wants sent. */
export interface OutboundRequest {
  url: string
  method: 'POST' | 'PUT'
  headers: Record<string, string>
  body: string
}

/** What to do with a delivery after one attempt. */
export type Outcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'retry'; status?: number; reason: string; retryAfterSeconds?: number }
  | { kind: 'drop'; status: number; reason: DeadLetterReason }
