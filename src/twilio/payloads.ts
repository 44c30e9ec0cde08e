/**
 * Verified Twilio payloads -> normalized events (src/model/normalized.ts).
 * Every field is classified by a table (Twilio field name -> bucket). Only allow-listed fields whose value
 * also has the expected shape become `safe`; SIDs must look like SIDs; anything unrecognised lands in
 * `unknown` and is treated as PHI downstream. Names follow twilio-webhooks.md section 4.
 */
import type {
  AttributeField,
  Channel,
  EventKind,
  Field,
  LocationField,
  NormalizedEvent,
  Product,
} from '../model/normalized'
import { err, ok, type Result } from '../result'
import { formValue, type FormPairs } from './form'
import {
  cloudEventAttributeOk,
  plausibleTime,
  SAFE_BOOL,
  SAFE_ENUM,
  SAFE_NUMBER,
  SAFE_TIME,
  safeValueOk,
  type SafeShape,
} from './safe-fields'

/** A verified webhook, by product. */
export type TwilioWebhook =
  | { product: 'messaging' | 'voice' | 'transcription' | 'conversations'; fields: FormPairs; meta: WebhookMeta }
  | { product: 'events'; body: unknown; meta: WebhookMeta }

/** Facts about the request rather than its body. */
export interface WebhookMeta {
  receivedAt: Date
  /**
   * Keyed digest of the signed content (src/twilio/digest.ts): the same on Twilio's retries and on replays of one
   * webhook, different across webhooks. Never the unsigned `I-Twilio-Idempotency-Token`, which anyone can change.
   */
  contentDigest?: string
}

/** Why a verified payload could not be normalized. */
export type PayloadError = 'missing-field' | 'not-a-batch' | 'malformed-event'

type Rule =
  | { bucket: 'sid' | 'party' | 'name' | 'text' | 'media' | 'json' }
  | { bucket: 'safe'; shape: SafeShape }
  | { bucket: 'location'; kind: LocationField['kind'] }

// biome-ignore format: packed list
const PARTIES = [
  'From', 'To', 'Caller', 'Called', 'Author', 'WaId', 'ForwardedFrom', 'MessagingBinding.Address',
  'MessagingBinding.ProxyAddress', 'MessagingBinding.ProjectedAddress', 'MessagingBinding.AuthorAddress',
  'OriginalRepliedMessageSender', 'ExternalUserId', 'ChannelToAddress',
]
const NAMES = ['CallerName', 'ProfileName', 'FriendlyName', 'Identity', 'ClientIdentity']
// biome-ignore format: packed list
const TEXT = [
  'Body', 'SpeechResult', 'TranscriptionText', 'UnstableSpeechResult', 'StableSpeechResult', 'MessageBody',
  'ButtonText', 'ReferralBody', 'ReferralHeadline',
]
const MEDIA = ['RecordingUrl', 'TranscriptionUrl', 'ReferralMediaUrl', 'ReferralSourceUrl']
// biome-ignore format: packed list
const JSON_FIELDS = [
  'Attributes', 'ChannelMetadata', 'ButtonPayload', 'InteractiveData', 'FlowData', 'AddOns', 'Media',
  'TranscriptionData',
]

const RULES = new Map<string, Rule>([
  ...SAFE_ENUM.map((n) => [n, { bucket: 'safe', shape: 'enum' }] as const),
  ...SAFE_NUMBER.map((n) => [n, { bucket: 'safe', shape: 'number' }] as const),
  ...SAFE_BOOL.map((n) => [n, { bucket: 'safe', shape: 'bool' }] as const),
  ...SAFE_TIME.map((n) => [n, { bucket: 'safe', shape: 'time' }] as const),
  ...PARTIES.map((n) => [n, { bucket: 'party' }] as const),
  ...NAMES.map((n) => [n, { bucket: 'name' }] as const),
  ...TEXT.map((n) => [n, { bucket: 'text' }] as const),
  ...MEDIA.map((n) => [n, { bucket: 'media' }] as const),
  ...JSON_FIELDS.map((n) => [n, { bucket: 'json' }] as const),
  ['Latitude', { bucket: 'location', kind: 'coordinate' }],
  ['Longitude', { bucket: 'location', kind: 'coordinate' }],
  ['Address', { bucket: 'location', kind: 'address' }],
  ['Label', { bucket: 'location', kind: 'address' }],
])

const LOCATION_KINDS = { City: 'city', Zip: 'zip', State: 'state', Country: 'country' } as const
const GEO_FIELD = /^(From|To|Caller|Called)(City|Zip|State|Country)$/
const SID_VALUE = /^[A-Z]{2}[0-9a-fA-F]{32}$/
const ENUM_VALUE = /^[A-Za-z0-9][A-Za-z0-9_.+/-]{0,127}$/
const LONG_DIGIT_RUN = /\d{7}/
/** Deeper JSON than this is refused: recursive scrubbing must not run out of stack. */
const MAX_JSON_DEPTH = 32
const TOKEN_VALUE = /^[A-Za-z0-9._:-]{1,128}$/
const DIGEST = /^[0-9a-f]{64}$/

/** The bucket rule for a (PascalCase, dotted) Twilio field name; undefined means unknown. */
export function ruleFor(name: string): Rule | undefined {
  const rule = RULES.get(name)
  if (rule) return rule
  if (/^MediaUrl\d+$/.test(name)) return { bucket: 'media' }
  if (/^MediaContentType\d+$/.test(name)) return { bucket: 'safe', shape: 'enum' }
  const geo = GEO_FIELD.exec(name)
  if (geo) return { bucket: 'location', kind: LOCATION_KINDS[geo[2] as keyof typeof LOCATION_KINDS] }
  if (/Sid$/.test(name)) return { bucket: 'sid' }
  return undefined
}

/**
 * A raw enum-like value, for telling kinds and discriminators apart (hashed into the event id, never forwarded): an
 * unknown status still classifies the event, while only known values are forwarded as safe.
 */
function enumish(value: string | undefined): string | undefined {
  return value !== undefined && ENUM_VALUE.test(value) && !LONG_DIGIT_RUN.test(value) ? value : undefined
}

/** Buckets under construction. */
class Buckets {
  constructor(private readonly receivedAt: Date) {}

  sids: Record<string, string> = {}
  parties: Field[] = []
  names: Field[] = []
  text: Field[] = []
  media: Field[] = []
  location: LocationField[] = []
  attributes: AttributeField[] = []
  safe: Record<string, string> = {}
  unknown: Field[] = []

  /** Files one scalar field. `name` is what the event carries; `canonical` the PascalCase name the table knows. */
  add(name: string, value: string, fullName = name): void {
    // Nested JSON (Event Streams `data.request.parameters.From`) reuses Twilio's field names:
    // an unknown dotted name falls back to its last segment.
    const last = fullName.slice(fullName.lastIndexOf('.') + 1)
    const canonical = ruleFor(fullName) || last === fullName ? fullName : last
    const rule = ruleFor(canonical)
    if (value === '' && rule && rule.bucket !== 'sid' && rule.bucket !== 'json') {
      this.safe[name] = '' // an empty value identifies nobody
      return
    }
    switch (rule?.bucket) {
      case 'sid': {
        const key = canonical.slice(canonical.lastIndexOf('.') + 1)
        if (SID_VALUE.test(value) && !(key in this.sids)) this.sids[key] = value
        else if (SID_VALUE.test(value) && this.sids[key] === value) return
        else this.unknown.push({ name, value })
        return
      }
      case 'safe':
        if (safeValueOk(canonical, rule.shape, value, this.receivedAt) && !(name in this.safe)) this.safe[name] = value
        else this.unknown.push({ name, value })
        return
      case 'party':
        this.parties.push({ name, value })
        return
      case 'name':
        this.names.push({ name, value })
        return
      case 'text':
        this.text.push({ name, value })
        return
      case 'media':
        this.media.push({ name, value })
        return
      case 'location':
        this.location.push({ name, value, kind: rule.kind })
        return
      case 'json':
        this.addJson(name, value, canonical)
        return
      default:
        this.unknown.push({ name, value })
    }
  }

  /** JSON-bearing fields are parsed; a transcript is free text; unparseable JSON is unknown (PHI). */
  addJson(name: string, value: unknown, canonical: string): void {
    let parsed = value
    if (typeof value === 'string') {
      try {
        parsed = JSON.parse(value)
      } catch {
        this.unknown.push({ name, value })
        return
      }
    }
    if (tooDeep(parsed)) {
      this.unknown.push({ name, value: typeof value === 'string' ? value : '[nested too deep]' })
      return
    }
    if (canonical === 'TranscriptionData' && isRecord(parsed) && typeof parsed.transcript === 'string') {
      const { transcript, ...rest } = parsed
      this.text.push({ name: `${name}.transcript`, value: transcript })
      if (Object.keys(rest).length > 0) this.attributes.push({ name, value: rest })
      return
    }
    this.attributes.push({ name, value: parsed })
  }

  event(head: Omit<NormalizedEvent, keyof Omit<Buckets, 'add' | 'addJson' | 'event' | 'receivedAt'>>): NormalizedEvent {
    return {
      ...head,
      sids: this.sids,
      parties: this.parties,
      names: this.names,
      text: this.text,
      media: this.media,
      location: this.location,
      attributes: this.attributes,
      safe: this.safe,
      unknown: this.unknown,
    }
  }
}

/** Whether a parsed JSON value nests deeper than {@link MAX_JSON_DEPTH} (checked without recursion). */
export function tooDeep(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number]
    if (typeof current !== 'object' || current === null) continue
    if (depth >= MAX_JSON_DEPTH) return true
    for (const inner of Object.values(current)) stack.push([inner, depth + 1])
  }
  return false
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Conversations pre-action webhooks (`onMessageAdd`, `onConversationUpdate`, ...) ask for permission;
 * they are not forwarded (the post-action `...ed` event is).
 */
export function isConversationsPreEvent(eventType: string | undefined): boolean {
  return eventType !== undefined && /^on[A-Z]\w*$/.test(eventType) && !/ed$/.test(eventType)
}

/** Normalizes a verified webhook into the events to forward (none for a Conversations pre-action webhook). */
export function normalize(webhook: TwilioWebhook): Result<NormalizedEvent[], PayloadError> {
  if (webhook.product === 'events') return normalizeEventStream(webhook.body, webhook.meta)
  const eventType = webhook.product === 'conversations' ? formValue(webhook.fields, 'EventType') : undefined
  if (isConversationsPreEvent(eventType)) return ok([])
  const buckets = new Buckets(webhook.meta.receivedAt)
  for (const [name, value] of webhook.fields) buckets.add(name, value)
  const get = (name: string) => formValue(webhook.fields, name)
  const shape = FORM_SHAPERS[webhook.product](get, buckets, webhook.meta)
  if (!shape) return err('missing-field')
  return ok([buckets.event({ product: webhook.product, ...shape })])
}

/** Kind, channel, resource and discriminator of one form webhook. */
type Shape = Pick<NormalizedEvent, 'kind' | 'channel' | 'resourceSid' | 'discriminator' | 'occurredAt'>
type Getter = (name: string) => string | undefined
type FormProduct = Exclude<Product, 'events'>

const FORM_SHAPERS: Record<FormProduct, (get: Getter, b: Buckets, meta: WebhookMeta) => Shape | undefined> = {
  messaging(get, b, meta) {
    const resourceSid = b.sids.MessageSid ?? b.sids.SmsMessageSid ?? b.sids.SmsSid
    if (!resourceSid) return undefined
    const status = enumish(get('MessageStatus')) ?? enumish(get('SmsStatus'))
    const isStatus = get('Body') === undefined && status !== undefined
    const kind: EventKind = isStatus ? 'message.status' : 'message.received'
    return {
      kind,
      channel: messagingChannel(get('From'), get('To'), b.safe.NumMedia, resourceSid),
      resourceSid,
      discriminator: isStatus ? `status:${status}` : 'received',
      occurredAt: timeOf(b.safe.Timestamp, meta),
    }
  },
  voice(get, b, meta) {
    const resourceSid = b.sids.CallSid
    if (!resourceSid) return undefined
    const status = enumish(get('CallStatus')) ?? 'unknown'
    const sequence = b.safe.SequenceNumber
    let kind: EventKind
    let discriminator: string
    if (get('SpeechResult') !== undefined || get('Digits') !== undefined || get('UnstableSpeechResult') !== undefined) {
      kind = 'call.gather'
      discriminator = withRetryKey(`gather${sequence ? `:${sequence}` : ''}`, meta)
    } else if (b.sids.RecordingSid && (get('RecordingStatus') !== undefined || get('RecordingUrl') !== undefined)) {
      kind = 'call.recording'
      discriminator = `recording:${b.sids.RecordingSid}:${enumish(get('RecordingStatus')) ?? 'available'}`
    } else if (TERMINAL_CALL.has(status) || get('CallbackSource') !== undefined || get('CallDuration') !== undefined) {
      kind = 'call.status'
      discriminator = `status:${status}${sequence ? `:${sequence}` : ''}`
    } else {
      kind = 'call.received'
      discriminator = withRetryKey(`call:${status}`, meta)
    }
    return { kind, channel: 'voice', resourceSid, discriminator, occurredAt: timeOf(b.safe.Timestamp, meta) }
  },
  transcription(get, b, meta) {
    const resourceSid = b.sids.TranscriptionSid ?? b.sids.CallSid
    if (!resourceSid) return undefined
    const event = enumish(get('TranscriptionEvent'))
    if (event !== undefined || get('TranscriptionData') !== undefined) {
      const sequence = b.safe.SequenceId ?? ''
      return {
        kind: 'transcription.realtime',
        channel: 'voice',
        resourceSid,
        discriminator: sequence
          ? `${event ?? 'transcription'}:${sequence}`
          : withRetryKey(event ?? 'transcription', meta),
        occurredAt: timeOf(b.safe.Timestamp, meta),
      }
    }
    return {
      kind: 'transcription.completed',
      channel: 'voice',
      resourceSid,
      discriminator: `transcription:${enumish(get('TranscriptionStatus')) ?? 'completed'}`,
      occurredAt: timeOf(b.safe.Timestamp, meta),
    }
  },
  conversations(get, b, meta) {
    const eventType = enumish(get('EventType'))
    if (!eventType) return undefined
    const kind = conversationKind(eventType)
    const resourceSid = conversationResource(kind, b.sids)
    if (!resourceSid) return undefined
    const when = b.safe.DateRemoved ?? b.safe.DateUpdated ?? b.safe.DateCreated ?? b.safe.StateUpdated
    // Updates repeat the same EventType for one resource: their time tells them apart; a retry repeats it.
    let discriminator = eventType
    const status = enumish(get('Status'))
    if (kind === 'conversation.event' && status) discriminator += `:${status}`
    if (/Updated$/.test(eventType)) {
      discriminator = when ? `${discriminator}:${when}` : withRetryKey(discriminator, meta)
    }
    return {
      kind,
      channel: conversationChannel(enumish(get('Source')), get('Author'), get('MessagingBinding.Type')),
      resourceSid,
      discriminator,
      occurredAt: timeOf(when, meta),
    }
  },
}

const TERMINAL_CALL = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled'])

/** A discriminator made unique per webhook by its signed content, where the payload itself has nothing better. */
function withRetryKey(base: string, meta: WebhookMeta): string {
  return meta.contentDigest && DIGEST.test(meta.contentDigest) ? `${base}:${meta.contentDigest}` : base
}

function timeOf(value: string | undefined, meta: WebhookMeta): string {
  const ms = value === undefined ? Number.NaN : Date.parse(value)
  return new Date(Number.isNaN(ms) ? meta.receivedAt.getTime() : ms).toISOString()
}

function messagingChannel(
  from: string | undefined,
  to: string | undefined,
  numMedia: string | undefined,
  sid: string,
): Channel {
  const address = `${from ?? ''} ${to ?? ''}`
  if (/(^|\s)whatsapp:/i.test(address)) return 'whatsapp'
  if (/(^|\s)(rcs|messenger|fbm|gbm|apple):/i.test(address)) return 'other'
  if (Number(numMedia ?? '0') > 0 || sid.startsWith('MM')) return 'mms'
  return 'sms'
}

function conversationKind(eventType: string): EventKind {
  if (eventType === 'onMessageAdded') return 'conversation.message.added'
  if (eventType === 'onMessageUpdated') return 'conversation.message.updated'
  if (eventType === 'onMessageRemoved') return 'conversation.message.removed'
  if (/^onParticipant/.test(eventType)) return 'conversation.participant'
  if (/^onConversation/.test(eventType)) return 'conversation.updated'
  return 'conversation.event'
}

function conversationResource(kind: EventKind, sids: Record<string, string>): string | undefined {
  if (kind.startsWith('conversation.message.')) return sids.MessageSid ?? sids.ConversationSid
  if (kind === 'conversation.participant') return sids.ParticipantSid ?? sids.ConversationSid
  if (kind === 'conversation.updated') return sids.ConversationSid
  return sids.DeliveryReceiptSid ?? sids.UserSid ?? sids.MessageSid ?? sids.ConversationSid
}

function conversationChannel(
  source: string | undefined,
  author: string | undefined,
  bindingType: string | undefined,
): Channel {
  const s = (source ?? bindingType ?? '').toUpperCase()
  if (s === 'WHATSAPP' || author?.startsWith('whatsapp:')) return 'whatsapp'
  if (s === 'SMS') return 'sms'
  if (s === 'MMS') return 'mms'
  return 'chat'
}

// ---- Event Streams (JSON array of CloudEvents) ----

const SOURCE_PATH = /^\/?[A-Za-z0-9._/-]{1,200}$/

/** One event per CloudEvent; the whole batch is refused if any element is not one (never a partial forward). */
function normalizeEventStream(body: unknown, meta: WebhookMeta): Result<NormalizedEvent[], PayloadError> {
  if (!Array.isArray(body)) return err('not-a-batch')
  if (tooDeep(body)) return err('malformed-event')
  const events: NormalizedEvent[] = []
  for (const item of body) {
    const event = normalizeCloudEvent(item, meta)
    if (!event) return err('malformed-event')
    events.push(event)
  }
  return ok(events)
}

function normalizeCloudEvent(item: unknown, meta: WebhookMeta): NormalizedEvent | undefined {
  if (!isRecord(item)) return undefined
  const { id, type, time, data } = item
  if (typeof id !== 'string' || !TOKEN_VALUE.test(id)) return undefined
  if (typeof type !== 'string' || !ENUM_VALUE.test(type)) return undefined
  const b = new Buckets(meta.receivedAt)
  for (const [key, value] of Object.entries(item)) {
    if (key === 'data') continue
    const text = scalarText(value)
    if (key === 'id') b.safe.id = id
    else if (text !== undefined && cloudEventAttributeOk(key, text)) b.safe[key] = text
    else if (key === 'time' && text !== undefined && plausibleTime(text, meta.receivedAt)) b.safe.time = text
    else if (key === 'source' && text !== undefined && safeSource(text)) b.safe.source = text
    else if (text !== undefined) b.unknown.push({ name: key, value: text })
    else b.unknown.push({ name: key, value: JSON.stringify(value) })
  }
  if (data !== undefined) addData(b, 'data', '', data)
  const { kind, channel } = cloudEventKind(type, b)
  return b.event({
    product: 'events',
    kind,
    channel,
    resourceSid: CLOUD_EVENT_RESOURCE.map((k) => b.sids[k]).find((s) => s !== undefined) ?? id,
    discriminator: id,
    occurredAt: timeOf(typeof time === 'string' ? time : undefined, meta),
  })
}

/** A CloudEvent source like `/2010-04-01/Accounts/AC…/Messages/SM….json`: SIDs and path words, no long numbers. */
function safeSource(text: string): boolean {
  return SOURCE_PATH.test(text) && !LONG_DIGIT_RUN.test(text.replace(/[A-Z]{2}[0-9a-fA-F]{32}/g, ''))
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

/** Walks `data`: JSON-bearing keys stay parsed, nested objects become dotted names, array items repeat the name. */
function addData(b: Buckets, name: string, canonical: string, value: unknown): void {
  if (value === null || value === undefined) return
  if (canonical !== '' && ruleFor(canonical)?.bucket === 'json') {
    b.addJson(name, value, canonical)
    return
  }
  if (Array.isArray(value)) {
    for (const item of value) addData(b, name, canonical, item)
    return
  }
  if (isRecord(value)) {
    for (const [key, inner] of Object.entries(value)) {
      const part = key.charAt(0).toUpperCase() + key.slice(1)
      addData(b, `${name}.${key}`, canonical === '' ? part : `${canonical}.${part}`, inner)
    }
    return
  }
  b.add(name, scalarText(value) ?? String(value), canonical)
}

// biome-ignore format: packed list
const CLOUD_EVENT_RESOURCE = [
  'MessageSid', 'CallSid', 'TranscriptionSid', 'TranscriptSid', 'RecordingSid', 'ParticipantSid', 'ConversationSid',
  'DeliveryReceiptSid', 'UserSid',
]

function cloudEventKind(type: string, b: Buckets): { kind: EventKind; channel: Channel } {
  const from = b.parties.find((p) => p.name === 'data.from')?.value
  const to = b.parties.find((p) => p.name === 'data.to')?.value
  const messaging = () => messagingChannel(from, to, b.safe['data.numMedia'], b.sids.MessageSid ?? '')
  const chat = (kind: EventKind) => ({ kind, channel: 'chat' as const })
  if (type === 'com.twilio.messaging.inbound-message.received') {
    return { kind: 'message.received', channel: messaging() }
  }
  if (type.startsWith('com.twilio.messaging.message.')) return { kind: 'message.status', channel: messaging() }
  if (type === 'com.twilio.conversations.message.added') return chat('conversation.message.added')
  if (type === 'com.twilio.conversations.message.updated') return chat('conversation.message.updated')
  if (type === 'com.twilio.conversations.message.removed') return chat('conversation.message.removed')
  if (type.startsWith('com.twilio.conversations.participant.')) return chat('conversation.participant')
  if (type.startsWith('com.twilio.conversations.conversation.')) return chat('conversation.updated')
  if (type.startsWith('com.twilio.conversations.')) return chat('conversation.event')
  if (type.startsWith('com.twilio.voice.')) return { kind: 'call.status', channel: 'voice' }
  return { kind: 'stream.event', channel: 'other' }
}
