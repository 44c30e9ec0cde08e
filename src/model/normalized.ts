/**
 * The normalized event model: what ingest (src/twilio/payloads.ts) produces from a verified
 * Twilio request and what the PHI engine (src/phi/deidentify.ts) consumes.
 * Every Twilio field lands in exactly one bucket; anything not classified goes to `unknown`
 * and is treated as PHI downstream.
 */

/** Twilio products this worker accepts. */
export type Product = 'messaging' | 'voice' | 'transcription' | 'conversations' | 'events'

/** How the patient's words reached Twilio; `voice` turns on spoken-number detection. */
export type Channel = 'sms' | 'mms' | 'whatsapp' | 'voice' | 'chat' | 'other'

/** Kinds of forwarded events (the envelope `type`). */
export type EventKind =
  | 'message.received'
  | 'message.status'
  | 'call.received'
  | 'call.status'
  | 'call.gather'
  | 'call.recording'
  | 'transcription.completed'
  | 'transcription.realtime'
  | 'conversation.message.added'
  | 'conversation.message.updated'
  | 'conversation.message.removed'
  | 'conversation.participant'
  | 'conversation.updated'
  | 'conversation.event'
  | 'stream.event'

/** One Twilio field: `name` is the original field name (a dotted path for nested JSON). */
export interface Field {
  name: string
  value: string
}

/** Location metadata, tagged so the policy can drop or generalise per kind. */
export interface LocationField extends Field {
  kind: 'city' | 'zip' | 'state' | 'country' | 'coordinate' | 'address'
}

/** A JSON-bearing field (Attributes, ChannelMetadata, ButtonPayload, TranscriptionData, ...), parsed. */
export interface AttributeField {
  name: string
  value: unknown
}

/** One Twilio webhook (or one CloudEvent of an Event Streams batch), classified field by field. */
export interface NormalizedEvent {
  product: Product
  kind: EventKind
  channel: Channel
  /** The Twilio resource SID the event is about (MessageSid, CallSid, TranscriptionSid, ...). */
  resourceSid: string
  /** Distinguishes several webhooks about one resource (a status value, a SequenceId, an EventType). */
  discriminator: string
  /** Twilio SIDs, forwarded unchanged (AccountSid, MessageSid, CallSid, ConversationSid, ...). */
  sids: Record<string, string>
  /** ISO 8601 time the event happened, from Twilio when it says, else time of receipt. */
  occurredAt: string
  /** Addresses of people: From, To, Caller, Called, Author, WaId, ForwardedFrom, bindings. Tokenized. */
  parties: Field[]
  /** Names of people: CallerName, ProfileName, FriendlyName, Identity. Tokenized. */
  names: Field[]
  /** Free text written or spoken by people: Body, SpeechResult, TranscriptionText, transcript. Scrubbed. */
  text: Field[]
  /** Media and recording URLs: never forwarded raw. */
  media: Field[]
  /** City, ZIP, coordinates, addresses: dropped or generalised; state and country may stay. */
  location: LocationField[]
  /** Parsed JSON fields, scrubbed recursively. */
  attributes: AttributeField[]
  /** Allow-listed, non-identifying metadata (statuses, counts, directions, ApiVersion, error codes, timestamps). */
  safe: Record<string, string>
  /** Everything not classified above: treated as PHI. */
  unknown: Field[]
}
