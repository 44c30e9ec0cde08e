/**
 * The allowlist of "safe" Twilio fields (forwarded unchanged, even to destinations without a BAA) and the check every
 * value must pass to stay safe: statuses and other enums against their known values (twilio-webhooks.md §4), media
 * content types against a list, numbers and booleans by shape, timestamps by shape and by plausibility (a full date
 * and time between Twilio's first API version and the day after receipt: a birth date is not an event time). A value
 * that fails goes to `unknown`, which the engine drops (or scrubs): an unknown shape is never passed on.
 */

/** How a safe field's value is checked. */
export type SafeShape = 'enum' | 'number' | 'bool' | 'time'

/** Allow-listed enum fields: every one has a set of known values below. */
// biome-ignore format: packed list
export const SAFE_ENUM = [
  'ApiVersion', 'SmsStatus', 'MessageStatus', 'MessageType', 'ButtonType', 'OptOutType', 'CallStatus', 'Direction',
  'StirVerstat', 'CallbackSource', 'RecordingStatus', 'RecordingSource', 'RecordingTrack', 'DialCallStatus',
  'TranscriptionStatus', 'TranscriptionType', 'TranscriptionEvent', 'Track', 'LanguageCode', 'ProviderName',
  'EventType', 'Source', 'WebhookType', 'State', 'StateFrom', 'StateTo', 'Reason', 'MessagingBinding.Type', 'Status',
  'ChannelPrefix', 'ReferralSourceType', 'ReferralMediaContentType', 'TranscriptionEngine', 'SpeechModel',
]
/** Allow-listed counts, durations, codes. */
// biome-ignore format: packed list
export const SAFE_NUMBER = [
  'NumSegments', 'NumMedia', 'Confidence', 'CallDuration', 'Duration', 'SipResponseCode', 'SequenceNumber',
  'RecordingDuration', 'RecordingChannels', 'DialCallDuration', 'ErrorCode', 'SequenceId', 'TranscriptionErrorCode',
  'RetryCount', 'Index', 'LastReadMessageIndex', 'ReferralNumMedia', 'Stability', 'Mcc', 'Mnc', 'Price',
]
/** Allow-listed flags. */
// biome-ignore format: packed list
export const SAFE_BOOL = [
  'Forwarded', 'FrequentlyForwarded', 'Final', 'DialBridged', 'PartialResults', 'IsOnline', 'IsNotifiable',
]
/** Allow-listed event times. */
// biome-ignore format: packed list
export const SAFE_TIME = [
  'Timestamp', 'DateCreated', 'DateUpdated', 'DateRemoved', 'DateSent', 'RecordingStartTime', 'StateUpdated',
]

// biome-ignore format: packed list
const MESSAGE_STATUS = [
  'accepted', 'scheduled', 'canceled', 'queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'read',
  'partially_delivered', 'receiving', 'received', 'delivery_unknown',
]
// biome-ignore format: packed list
const CALL_STATUS = [
  'queued', 'initiated', 'ringing', 'in-progress', 'completed', 'busy', 'failed', 'no-answer', 'canceled', 'answered',
]
// biome-ignore format: packed list
const CONVERSATION_EVENTS = [
  'onMessageAdd', 'onMessageAdded', 'onMessageUpdate', 'onMessageUpdated', 'onMessageRemove', 'onMessageRemoved',
  'onConversationAdd', 'onConversationAdded', 'onConversationUpdate', 'onConversationUpdated', 'onConversationRemove',
  'onConversationRemoved', 'onConversationStateUpdated', 'onParticipantAdd', 'onParticipantAdded', 'onParticipantUpdate',
  'onParticipantUpdated', 'onParticipantRemove', 'onParticipantRemoved', 'onDeliveryUpdated', 'onUserAdded',
  'onUserUpdate', 'onUserUpdated', 'onUserRemoved',
].map((e) => e.toLowerCase())
/** Channel events of Messaging status callbacks (WhatsApp READ, DELIVERED, ...). */
const CHANNEL_EVENTS = ['delivered', 'read', 'sent', 'failed', 'undelivered', 'received', 'deleted']
const CHANNELS = ['sms', 'mms', 'whatsapp', 'chat', 'messenger', 'gbm', 'rcs', 'email', 'apple', 'line']
// biome-ignore format: packed list
const MEDIA_TYPES = [
  'image/jpeg', 'image/jpg', 'image/png', 'image/gif', 'image/webp', 'image/bmp', 'image/tiff', 'image/heic', 'image/heif',
  'audio/mpeg', 'audio/mp3', 'audio/mp4', 'audio/ogg', 'audio/opus', 'audio/amr', 'audio/aac', 'audio/wav', 'audio/x-wav',
  'audio/3gpp', 'audio/webm', 'audio/basic', 'audio/l24', 'audio/vnd.wave', 'audio/ac3',
  'video/mp4', 'video/3gpp', 'video/3gpp2', 'video/quicktime', 'video/mpeg', 'video/webm', 'video/h264', 'video/h263',
  'application/pdf', 'application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/rtf', 'application/zip', 'text/plain', 'text/csv', 'text/calendar', 'text/vcard', 'text/x-vcard',
  'text/directory', 'text/rtf', 'text/richtext',
]
// ISO 639-1: a transcription language is one of these, with an optional region (en-US, es-419) or script.
const LANGUAGES = (
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo ' +
  'es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ' +
  'ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn ' +
  'no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta ' +
  'te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu fil yue cmn'
).split(' ')
const LANGUAGE_CODE = /^([a-z]{2,3})(?:-(?:[A-Z][a-z]{3}))?(?:-(?:[A-Z]{2}|\d{3}))?$/

/** Known values per enum field (compared without regard to case: Event Streams sends some in upper case). */
const KNOWN: Record<string, readonly string[]> = {
  ApiVersion: ['2010-04-01', '2008-08-01'],
  SmsStatus: MESSAGE_STATUS,
  MessageStatus: MESSAGE_STATUS,
  // biome-ignore format: packed list
  MessageType: [
    'text', 'interactive', 'image', 'audio', 'video', 'document', 'location', 'contacts', 'sticker', 'button', 'reaction',
    'template', 'order', 'unsupported', 'media',
  ],
  ButtonType: ['reply', 'action', 'quick_reply', 'url', 'phone_number'],
  OptOutType: ['stop', 'start', 'help'],
  CallStatus: CALL_STATUS,
  DialCallStatus: CALL_STATUS,
  // biome-ignore format: packed list
  Direction: [
    'inbound', 'outbound', 'outbound-api', 'outbound-dial', 'outbound-reply', 'trunking-originating', 'trunking-terminating',
  ],
  // biome-ignore format: packed list
  StirVerstat: [
    'tn-validation-passed-a', 'tn-validation-passed-b', 'tn-validation-passed-c', 'tn-validation-failed-a',
    'tn-validation-failed-b', 'tn-validation-failed-c', 'tn-validation-failed', 'no-tn-validation',
  ],
  CallbackSource: ['call-progress-events'],
  RecordingStatus: ['in-progress', 'paused', 'stopped', 'processing', 'completed', 'absent', 'failed'],
  // biome-ignore format: packed list
  RecordingSource: [
    'outboundapi', 'startcallrecordingapi', 'dialverb', 'conference', 'recordverb', 'trunking', 'startconferencerecordingapi',
  ],
  RecordingTrack: ['inbound', 'outbound', 'both'],
  TranscriptionStatus: ['completed', 'failed', 'in-progress'],
  TranscriptionType: ['fast', 'auto'],
  TranscriptionEvent: [
    'transcription-started',
    'transcription-content',
    'transcription-stopped',
    'transcription-error',
  ],
  Track: ['inbound_track', 'outbound_track', 'both_tracks'],
  ProviderName: ['google', 'deepgram'],
  TranscriptionEngine: ['google', 'deepgram'],
  // biome-ignore format: packed list
  SpeechModel: [
    'default', 'numbers_and_commands', 'phone_call', 'experimental_conversations', 'experimental_utterances', 'telephony',
    'telephony_short', 'long', 'short', 'medical_dictation', 'medical_conversation', 'chirp_2', 'chirp_telephony',
    'googlev2_long', 'googlev2_short', 'googlev2_telephony', 'googlev2_telephony_short', 'nova-2', 'nova-2-general',
    'nova-2-phonecall', 'nova-2-medical', 'nova-3', 'nova-3-general', 'nova-3-medical', 'deepgram_nova-2', 'deepgram_nova-3',
  ],
  EventType: [...CONVERSATION_EVENTS, ...CHANNEL_EVENTS],
  Source: ['sdk', 'api', 'studio', ...CHANNELS],
  WebhookType: ['webhook', 'studio', 'trigger'],
  State: ['active', 'inactive', 'closed', 'initializing'],
  StateFrom: ['active', 'inactive', 'closed', 'initializing'],
  StateTo: ['active', 'inactive', 'closed', 'initializing'],
  Reason: ['api', 'timer', 'event'],
  'MessagingBinding.Type': CHANNELS,
  Status: ['read', 'failed', 'delivered', 'undelivered', 'sent', 'queued', 'sending', 'received'],
  ChannelPrefix: CHANNELS,
  ReferralSourceType: ['ad', 'post'],
  ReferralMediaContentType: MEDIA_TYPES,
}
const KNOWN_SETS = new Map(
  Object.entries(KNOWN).map(([field, values]) => [field, new Set(values.map((v) => v.toLowerCase()))]),
)
const MEDIA_SET = new Set(MEDIA_TYPES)

// Six integer digits at most: a phone number is never a count.
const NUMBER_VALUE = /^-?\d{1,6}(\.\d{1,8})?$/
// A date and a time, ISO 8601 or RFC 2822 (Twilio's two formats); a bare date is not a Twilio event time.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/
const RFC2822_TIME = new RegExp(
  '^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ' +
    '\\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}$',
)
/** Twilio's first API version: no Twilio event happened before it. */
const EARLIEST_EVENT = Date.UTC(2008, 0, 1)
const DAY_MS = 86_400_000

/** Whether `value` is one of the known values of an allow-listed enum field (`MediaContentTypeN`: a media type). */
export function knownEnumValue(field: string, value: string): boolean {
  if (/^MediaContentType\d+$/.test(field)) return MEDIA_SET.has(value.toLowerCase())
  if (field === 'LanguageCode') return languageCode(value)
  return KNOWN_SETS.get(field)?.has(value.toLowerCase()) ?? false
}

/** Whether a safe field's value passes its check; `receivedAt` bounds the plausible event times. */
export function safeValueOk(field: string, shape: SafeShape, value: string, receivedAt: Date): boolean {
  switch (shape) {
    case 'enum':
      return knownEnumValue(field, value)
    case 'number':
      return NUMBER_VALUE.test(value)
    case 'bool':
      return /^(true|false)$/i.test(value)
    case 'time':
      return plausibleTime(value, receivedAt)
  }
}

/** A full date and time in one of Twilio's formats, between 2008 and a day after the webhook arrived. */
export function plausibleTime(value: string, receivedAt: Date): boolean {
  if (!ISO_TIME.test(value) && !RFC2822_TIME.test(value)) return false
  const at = Date.parse(value)
  return !Number.isNaN(at) && at >= EARLIEST_EVENT && at <= receivedAt.getTime() + DAY_MS
}

function languageCode(value: string): boolean {
  if (value.toLowerCase() === 'multi') return true
  const m = LANGUAGE_CODE.exec(value)
  return m !== null && LANGUAGES.includes(m[1] as string)
}

/** CloudEvents attributes Event Streams sends, and what each may hold to be forwarded as safe. */
const CLOUD_EVENT_ATTRIBUTES: Record<string, (value: string) => boolean> = {
  specversion: (v) => v === '1.0',
  type: (v) => /^com\.twilio(\.[a-z0-9-]{1,40}){1,6}$/.test(v),
  datacontenttype: (v) => /^application\/(cloudevents\+)?json$/.test(v),
  subject: (v) => /^[A-Z]{2}[0-9a-f]{32}$/.test(v),
  dataschema: (v) => /^https:\/\/events-schemas\.twilio\.com\/[A-Za-z0-9._]{1,80}\/\d{1,4}$/.test(v),
}

/** Whether a CloudEvent attribute is known and its value has the shape Twilio sends. */
export function cloudEventAttributeOk(key: string, value: string): boolean {
  const check = Object.hasOwn(CLOUD_EVENT_ATTRIBUTES, key) ? CLOUD_EVENT_ATTRIBUTES[key] : undefined
  return check !== undefined && check(value)
}
