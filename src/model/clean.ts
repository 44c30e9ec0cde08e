/**
 * What leaves the PHI engine: a de-identified event. Delivery (src/delivery) only ever sees
 * this shape; it imports neither the engine nor the vault.
 */
import type { Channel, EventKind, Product } from './normalized'

/** What a field of `CleanEvent.data` holds, so a destination without a BAA can be sent only the minimum. */
export type FieldKind = 'safe' | 'token' | 'text' | 'location' | 'media' | 'attributes'

/** Counts of removed values per PHI type (e.g. `{ NAME: 2, PHONE: 1 }`); never the values. */
export type Redactions = Record<string, number>

/** A de-identified event, ready for the envelope. */
export interface CleanEvent {
  product: Product
  kind: EventKind
  channel: Channel
  resourceSid: string
  discriminator: string
  /** Twilio SIDs, unchanged. */
  sids: Record<string, string>
  occurredAt: string
  /**
   * De-identified fields keyed by the original Twilio field name: safe metadata as is, scrubbed
   * free text, `tok_…` tokens for parties and names, generalised locations, scrubbed attributes.
   */
  data: Record<string, unknown>
  /** The kind of every field of `data`. */
  fields: Record<string, FieldKind>
  /** For each tokenized field of `data`, the PHI type of the value behind the token. */
  tokens: Record<string, string>
  redactions: Redactions
}
