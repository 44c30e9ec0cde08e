/** Field classification and event shaping for each product (payload shapes from twilio-webhooks.md section 7). */
import { describe, expect, it } from 'vitest'
import type { NormalizedEvent } from '../../src/model/normalized'
import type { FormPairs } from '../../src/twilio/form'
import {
  isConversationsPreEvent,
  normalize,
  ruleFor,
  type TwilioWebhook,
  type WebhookMeta,
} from '../../src/twilio/payloads'

const sid = (prefix: string, n = 1) => prefix + n.toString(16).padStart(32, '0')
const ACCOUNT = sid('AC', 0xa1)
const MESSAGE = sid('SM', 0x51)
const CALL = sid('CA', 0xc1)
const RECEIVED = new Date('2026-07-17T12:00:00.000Z')
const meta = (contentDigest?: string): WebhookMeta => ({
  receivedAt: RECEIVED,
  ...(contentDigest ? { contentDigest } : {}),
})

function one(product: Exclude<TwilioWebhook['product'], 'events'>, fields: FormPairs, m = meta()): NormalizedEvent {
  const result = normalize({ product, fields, meta: m })
  if (!result.ok) throw new Error(`normalize failed: ${result.error}`)
  expect(result.value).toHaveLength(1)
  return result.value[0] as NormalizedEvent
}

/** Every input field lands in exactly one bucket. */
function bucketCount(e: NormalizedEvent): number {
  return (
    Object.keys(e.sids).length +
    e.parties.length +
    e.names.length +
    e.text.length +
    e.media.length +
    e.location.length +
    e.attributes.length +
    Object.keys(e.safe).length +
    e.unknown.length
  )
}

// biome-ignore format: packed list
const inboundSms: FormPairs = [
  ['ToCountry', 'US'], ['ToState', 'CA'], ['SmsMessageSid', MESSAGE], ['NumMedia', '0'], ['ToCity', 'SAN FRANCISCO'],
  ['FromZip', '94110'], ['SmsSid', MESSAGE], ['FromState', 'CA'], ['SmsStatus', 'received'], ['FromCity', 'SAN FRANCISCO'],
  ['Body', 'My blood sugar was 310 this morning'], ['FromCountry', 'US'], ['To', '+14155550100'],
  ['MessagingServiceSid', sid('MG', 9)], ['ToZip', '94103'], ['NumSegments', '1'], ['MessageSid', MESSAGE],
  ['AccountSid', ACCOUNT], ['From', '+14155550123'], ['ApiVersion', '2010-04-01'],
]

describe('messaging', () => {
  it('inbound SMS (7.1): every field in its bucket', () => {
    const e = one('messaging', inboundSms)
    expect(e).toMatchObject({
      product: 'messaging',
      kind: 'message.received',
      channel: 'sms',
      resourceSid: MESSAGE,
      discriminator: 'received',
    })
    expect(e.occurredAt).toBe(RECEIVED.toISOString())
    expect(e.sids).toEqual({
      SmsMessageSid: MESSAGE,
      SmsSid: MESSAGE,
      MessageSid: MESSAGE,
      MessagingServiceSid: sid('MG', 9),
      AccountSid: ACCOUNT,
    })
    expect(e.parties).toEqual([
      { name: 'To', value: '+14155550100' },
      { name: 'From', value: '+14155550123' },
    ])
    expect(e.text).toEqual([{ name: 'Body', value: 'My blood sugar was 310 this morning' }])
    expect(e.location).toEqual([
      { name: 'ToCountry', value: 'US', kind: 'country' },
      { name: 'ToState', value: 'CA', kind: 'state' },
      { name: 'ToCity', value: 'SAN FRANCISCO', kind: 'city' },
      { name: 'FromZip', value: '94110', kind: 'zip' },
      { name: 'FromState', value: 'CA', kind: 'state' },
      { name: 'FromCity', value: 'SAN FRANCISCO', kind: 'city' },
      { name: 'FromCountry', value: 'US', kind: 'country' },
      { name: 'ToZip', value: '94103', kind: 'zip' },
    ])
    expect(e.safe).toEqual({ NumMedia: '0', SmsStatus: 'received', NumSegments: '1', ApiVersion: '2010-04-01' })
    expect(e.names).toEqual([])
    expect(e.unknown).toEqual([])
    expect(bucketCount(e)).toBe(inboundSms.length)
  })

  it('MMS (7.2): media URLs are media, content types safe, channel mms', () => {
    // biome-ignore format: packed list
    const mms: FormPairs = [
      ...inboundSms.filter(([k]) => k !== 'NumMedia'), ['NumMedia', '2'], ['MediaContentType0', 'image/jpeg'],
      ['MediaUrl0', 'https://api.twilio.com/2010-04-01/Accounts/AC/Messages/MM/Media/ME1'], ['MediaContentType1', 'application/pdf'],
      ['MediaUrl1', 'https://api.twilio.com/2010-04-01/Accounts/AC/Messages/MM/Media/ME2'],
    ]
    const e = one('messaging', mms)
    expect(e.channel).toBe('mms')
    expect(e.media.map((f) => f.name)).toEqual(['MediaUrl0', 'MediaUrl1'])
    expect(e.safe).toMatchObject({
      MediaContentType0: 'image/jpeg',
      MediaContentType1: 'application/pdf',
      NumMedia: '2',
    })
    expect(bucketCount(e)).toBe(mms.length)
  })

  it('WhatsApp interactive reply (7.3): names, parties, JSON attributes, channel whatsapp', () => {
    // biome-ignore format: packed list
    const wa: FormPairs = [
      ['OriginalRepliedMessageSender', 'whatsapp:+14155238886'], ['ExternalUserId', 'whatsapp:ID.4566'], ['SmsMessageSid', MESSAGE],
      ['FrequentlyForwarded', 'false'], ['NumMedia', '0'], ['ProfileName', 'Jane D'], ['MessageType', 'interactive'], ['SmsSid', MESSAGE],
      ['WaId', '15551230000'], ['SmsStatus', 'received'], ['Body', 'Confirm'], ['Forwarded', 'false'], ['ButtonText', 'Confirm'],
      ['To', 'whatsapp:+14155238886'], ['ButtonPayload', '{"verifyEmail":"jane@example.com"}'], ['NumSegments', '1'],
      ['MessageSid', MESSAGE], ['AccountSid', ACCOUNT], ['OriginalRepliedMessageSid', sid('MM', 5)],
      ['ChannelMetadata', '{"type":"whatsapp","data":{"context":{"ProfileName":"Jane D","WaId":"15551230000"}}}'],
      ['From', 'whatsapp:+15551230000'], ['ApiVersion', '2010-04-01'],
    ]
    const e = one('messaging', wa)
    expect(e.channel).toBe('whatsapp')
    expect(e.names).toEqual([{ name: 'ProfileName', value: 'Jane D' }])
    expect(e.parties.map((f) => f.name).sort()).toEqual([
      'ExternalUserId',
      'From',
      'OriginalRepliedMessageSender',
      'To',
      'WaId',
    ])
    expect(e.text.map((f) => f.name)).toEqual(['Body', 'ButtonText'])
    expect(e.attributes).toEqual([
      { name: 'ButtonPayload', value: { verifyEmail: 'jane@example.com' } },
      {
        name: 'ChannelMetadata',
        value: { type: 'whatsapp', data: { context: { ProfileName: 'Jane D', WaId: '15551230000' } } },
      },
    ])
    expect(e.sids.OriginalRepliedMessageSid).toBe(sid('MM', 5))
    expect(e.unknown).toEqual([])
    expect(bucketCount(e)).toBe(wa.length)
  })

  it('status callback (7.4): message.status, discriminated by the status', () => {
    // biome-ignore format: packed list
    const status = (s: string): FormPairs => [
      ['AccountSid', ACCOUNT], ['From', '+14155550100'], ['To', '+14155550123'], ['MessageSid', MESSAGE], ['MessageStatus', s],
      ['SmsSid', MESSAGE], ['SmsStatus', s], ['ApiVersion', '2010-04-01'],
    ]
    const delivered = one('messaging', status('delivered'))
    expect(delivered).toMatchObject({ kind: 'message.status', resourceSid: MESSAGE, discriminator: 'status:delivered' })
    expect(one('messaging', status('delivered')).discriminator).toBe(delivered.discriminator)
    expect(one('messaging', status('sent')).discriminator).not.toBe(delivered.discriminator)
  })

  it('location share and unknown or odd fields are not trusted', () => {
    // biome-ignore format: packed list
    const fields: FormPairs = [
      ...inboundSms, ['Latitude', '37.7749'], ['Longitude', '-122.4194'], ['Address', '1 Main St'], ['Label', 'Home'],
      ['BrandNewTwilioField', 'whatever'], ['ErrorCode', '+15551230000'], ['MessageType', 'Jane Doe'], ['RawDlrDoneDate', '2607171206'],
      ['ReferralCtwaClid', 'click-123'], ['CallToken', 'opaque'],
    ]
    const e = one('messaging', fields)
    expect(e.location.filter((f) => ['coordinate', 'address'].includes(f.kind)).map((f) => f.name)).toEqual([
      'Latitude',
      'Longitude',
      'Address',
      'Label',
    ])
    expect(e.unknown.map((f) => f.name)).toEqual([
      'BrandNewTwilioField',
      'ErrorCode',
      'MessageType',
      'RawDlrDoneDate',
      'ReferralCtwaClid',
      'CallToken',
    ])
    expect(e.safe.ErrorCode).toBeUndefined()
    expect(bucketCount(e)).toBe(fields.length)
  })

  it('safe fields must have the expected shape: numbers short, times ISO 8601 or RFC 2822', () => {
    // biome-ignore format: packed list
    const e = one('messaging', [
      ...inboundSms, ['Index', '4155550199'], ['DateCreated', 'Jane 2026'], ['DateUpdated', '2026-07-17T12:00:00Z'],
      ['Timestamp', 'Wed, 20 Apr 2022 23:45:25 +0000'], ['Final', 'yes'],
    ])
    expect(e.unknown.map((f) => f.name)).toEqual(['Index', 'DateCreated', 'Final'])
    expect(e.safe).toMatchObject({ DateUpdated: '2026-07-17T12:00:00Z', Timestamp: 'Wed, 20 Apr 2022 23:45:25 +0000' })
  })

  it('field names that are Object.prototype keys are plain unknown fields', () => {
    const e = one('messaging', [...inboundSms, ['__proto__', 'x'], ['constructor', 'y'], ['toString', 'z']])
    expect(e.unknown).toEqual([
      { name: '__proto__', value: 'x' },
      { name: 'constructor', value: 'y' },
      { name: 'toString', value: 'z' },
    ])
    expect(Object.getPrototypeOf(e.safe)).toBe(Object.prototype)
  })

  it('JSON nested deeper than 32 levels is not parsed into attributes', () => {
    const deep = '['.repeat(40) + ']'.repeat(40)
    const e = one('messaging', [...inboundSms, ['Attributes', deep]])
    expect(e.attributes).toEqual([])
    expect(e.unknown).toEqual([{ name: 'Attributes', value: deep }])
  })

  it('a SID field whose value is not a SID is unknown; a webhook without its resource SID is refused', () => {
    const odd = one('messaging', [...inboundSms, ['ParentSid', 'Jane Doe']])
    expect(odd.unknown).toEqual([{ name: 'ParentSid', value: 'Jane Doe' }])
    const missing = inboundSms.filter(([k]) => !['MessageSid', 'SmsSid', 'SmsMessageSid'].includes(k))
    expect(normalize({ product: 'messaging', fields: missing, meta: meta() })).toEqual({
      ok: false,
      error: 'missing-field',
    })
    const malformed = inboundSms.map(([k, v]): [string, string] =>
      k.endsWith('Sid') && k !== 'AccountSid' && k !== 'MessagingServiceSid' ? [k, '+15551230000'] : [k, v],
    )
    expect(normalize({ product: 'messaging', fields: malformed, meta: meta() })).toEqual({
      ok: false,
      error: 'missing-field',
    })
  })

  it('empty values identify nobody and are kept as empty safe values', () => {
    const e = one('messaging', [...inboundSms.filter(([k]) => k !== 'Body'), ['Body', ''], ['ProfileName', '']])
    expect(e.text).toEqual([])
    expect(e.safe).toMatchObject({ Body: '', ProfileName: '' })
  })
})

// biome-ignore format: packed list
const call: FormPairs = [
  ['Called', '+14155550100'], ['ToState', 'CA'], ['CallerCountry', 'US'], ['Direction', 'inbound'], ['CallerState', 'MN'],
  ['ToZip', '94103'], ['CallSid', CALL], ['To', '+14155550100'], ['CallerZip', '56091'], ['ToCountry', 'US'],
  ['StirVerstat', 'TN-Validation-Passed-A'], ['CallToken', 'opaque-token'], ['CalledZip', '94103'], ['ApiVersion', '2010-04-01'],
  ['CalledCity', 'SAN FRANCISCO'], ['CallStatus', 'ringing'], ['From', '+15075550123'], ['AccountSid', ACCOUNT],
  ['CalledCountry', 'US'], ['CallerCity', 'WALDORF'], ['Caller', '+15075550123'], ['FromCountry', 'US'], ['ToCity', 'SAN FRANCISCO'],
  ['FromCity', 'WALDORF'], ['CalledState', 'CA'], ['FromZip', '56091'], ['FromState', 'MN'], ['CallerName', 'DOE JANE'],
]

describe('voice', () => {
  it('incoming call (7.5): call.received, CallerName a name, CallToken unknown', () => {
    const e = one('voice', call, meta('d50dc30c'.repeat(8)))
    expect(e).toMatchObject({ product: 'voice', kind: 'call.received', channel: 'voice', resourceSid: CALL })
    expect(e.names).toEqual([{ name: 'CallerName', value: 'DOE JANE' }])
    expect(e.parties.map((f) => f.name).sort()).toEqual(['Called', 'Caller', 'From', 'To'])
    expect(e.unknown).toEqual([{ name: 'CallToken', value: 'opaque-token' }])
    expect(e.location).toHaveLength(16)
    expect(bucketCount(e)).toBe(call.length)
  })

  it('<Gather> (7.6): call.gather; a retry (same signed content) keeps the discriminator, another gather changes it', () => {
    // biome-ignore format: packed list
    const gather: FormPairs = [
      ...call.filter(([k]) => k !== 'CallStatus'), ['CallStatus', 'in-progress'], ['SpeechResult', 'refill my metformin'], ['Confidence', '0.92'],
    ]
    const first = one('voice', gather, meta('1'.repeat(64)))
    expect(first.kind).toBe('call.gather')
    expect(first.text).toEqual([{ name: 'SpeechResult', value: 'refill my metformin' }])
    expect(first.safe.Confidence).toBe('0.92')
    expect(one('voice', gather, meta('1'.repeat(64))).discriminator).toBe(first.discriminator)
    expect(one('voice', gather, meta('2'.repeat(64))).discriminator).not.toBe(first.discriminator)
    const digits = one('voice', [...call, ['Digits', '19800101']])
    expect(digits.kind).toBe('call.gather')
    expect(digits.unknown).toContainEqual({ name: 'Digits', value: '19800101' })
  })

  it('status callback and recording callback (7.7)', () => {
    const status = one('voice', [
      ...call.filter(([k]) => k !== 'CallStatus'),
      ['CallStatus', 'completed'],
      ['CallDuration', '42'],
      ['Timestamp', 'Wed, 20 Apr 2022 23:45:25 +0000'],
    ])
    expect(status).toMatchObject({
      kind: 'call.status',
      discriminator: 'status:completed',
      occurredAt: '2022-04-20T23:45:25.000Z',
    })
    // biome-ignore format: packed list
    const recording = one('voice', [
      ['RecordingSource', 'StartCallRecordingAPI'], ['RecordingTrack', 'both'], ['RecordingSid', sid('RE', 3)],
      ['RecordingUrl', 'https://api.twilio.com/2010-04-01/Accounts/AC/Recordings/RE3'], ['RecordingStatus', 'completed'],
      ['RecordingChannels', '2'], ['ErrorCode', '0'], ['CallSid', CALL], ['RecordingStartTime', 'Wed, 20 Apr 2022 23:45:25 +0000'],
      ['AccountSid', ACCOUNT], ['RecordingDuration', '11'],
    ])
    expect(recording).toMatchObject({
      kind: 'call.recording',
      resourceSid: CALL,
      discriminator: `recording:${sid('RE', 3)}:completed`,
    })
    expect(recording.media).toEqual([
      { name: 'RecordingUrl', value: 'https://api.twilio.com/2010-04-01/Accounts/AC/Recordings/RE3' },
    ])
    expect(recording.unknown).toEqual([])
  })
})

describe('transcriptions', () => {
  it('recording transcription (7.8): transcription.completed with the text scrubbed later', () => {
    // biome-ignore format: packed list
    const e = one('transcription', [
      ['TranscriptionSid', sid('TR', 1)], ['TranscriptionText', 'Hi this is Jane calling about my lab results'], ['TranscriptionStatus', 'completed'],
      ['TranscriptionUrl', 'https://api.twilio.com/2010-04-01/Accounts/AC/Transcriptions/TR1'], ['RecordingSid', sid('RE', 1)],
      ['CallSid', CALL], ['AccountSid', ACCOUNT], ['From', '+15075550123'], ['CallStatus', 'completed'],
    ])
    expect(e).toMatchObject({
      kind: 'transcription.completed',
      channel: 'voice',
      resourceSid: sid('TR', 1),
      discriminator: 'transcription:completed',
    })
    expect(e.text).toEqual([{ name: 'TranscriptionText', value: 'Hi this is Jane calling about my lab results' }])
    expect(e.media.map((f) => f.name)).toEqual(['TranscriptionUrl'])
  })

  it('real-time <Transcription> (7.9): transcript is text, the rest attributes, ordered by SequenceId', () => {
    // biome-ignore format: packed list
    const fields: FormPairs = [
      ['AccountSid', ACCOUNT], ['CallSid', CALL], ['TranscriptionSid', sid('GT', 7)], ['Timestamp', '2026-07-17T12:05:03.123Z'],
      ['SequenceId', '7'], ['TranscriptionEvent', 'transcription-content'], ['Track', 'inbound_track'], ['LanguageCode', 'en-US'],
      ['TranscriptionData', '{"transcript":"my date of birth is march third","confidence":0.93}'], ['Final', 'true'],
    ]
    const e = one('transcription', fields)
    // biome-ignore format: packed list
    expect(e).toMatchObject({
      kind: 'transcription.realtime', resourceSid: sid('GT', 7), discriminator: 'transcription-content:7', occurredAt: '2026-07-17T12:05:03.123Z',
    })
    expect(e.text).toEqual([{ name: 'TranscriptionData.transcript', value: 'my date of birth is march third' }])
    expect(e.attributes).toEqual([{ name: 'TranscriptionData', value: { confidence: 0.93 } }])
    const next = one(
      'transcription',
      fields.map(([k, v]): [string, string] => (k === 'SequenceId' ? [k, '8'] : [k, v])),
    )
    expect(next.discriminator).not.toBe(e.discriminator)
  })

  it('unparseable JSON in a JSON field is kept as unknown', () => {
    const e = one('transcription', [
      ['TranscriptionSid', sid('GT', 1)],
      ['TranscriptionEvent', 'transcription-content'],
      ['TranscriptionData', 'not json: 555-0199'],
    ])
    expect(e.unknown).toEqual([{ name: 'TranscriptionData', value: 'not json: 555-0199' }])
    expect(e.attributes).toEqual([])
  })
})

describe('conversations', () => {
  // biome-ignore format: packed list
  const added: FormPairs = [
    ['AccountSid', ACCOUNT], ['EventType', 'onMessageAdded'], ['Source', 'SMS'], ['ConversationSid', sid('CH', 1)], ['ChatServiceSid', sid('IS', 1)],
    ['MessagingServiceSid', sid('MG', 1)], ['Author', '+15551230000'], ['ParticipantSid', sid('MB', 1)], ['MessageSid', sid('IM', 1)],
    ['Body', 'Can I reschedule?'], ['Attributes', '{}'], ['Index', '3'], ['DateCreated', '2026-07-17T12:00:00Z'],
    ['Media', '[{"Sid":"ME1","Filename":"insurance-card.jpg","ContentType":"image/jpeg","Size":48231}]'], ['RetryCount', '0'],
  ]

  it('pre-action events are recognised and produce nothing to forward', () => {
    for (const t of ['onMessageAdd', 'onConversationAdd', 'onParticipantUpdate', 'onMessageRemove'])
      expect(isConversationsPreEvent(t)).toBe(true)
    for (const t of ['onMessageAdded', 'onConversationStateUpdated', 'onDeliveryUpdated', undefined, 'MessageAdd'])
      expect(isConversationsPreEvent(t)).toBe(false)
    const pre = added.map(([k, v]): [string, string] => (k === 'EventType' ? [k, 'onMessageAdd'] : [k, v]))
    expect(normalize({ product: 'conversations', fields: pre, meta: meta() })).toEqual({ ok: true, value: [] })
  })

  it('onMessageAdded: conversation.message.added about the message', () => {
    const e = one('conversations', added)
    expect(e).toMatchObject({
      kind: 'conversation.message.added',
      channel: 'sms',
      resourceSid: sid('IM', 1),
      discriminator: 'onMessageAdded',
      occurredAt: '2026-07-17T12:00:00.000Z',
    })
    expect(e.parties).toEqual([{ name: 'Author', value: '+15551230000' }])
    expect(e.attributes).toEqual([
      { name: 'Attributes', value: {} },
      {
        name: 'Media',
        value: [{ Sid: 'ME1', Filename: 'insurance-card.jpg', ContentType: 'image/jpeg', Size: 48231 }],
      },
    ])
    expect(bucketCount(e)).toBe(added.length)
  })

  it('onParticipantAdded with repeated MessagingBinding.Address (7.12)', () => {
    // biome-ignore format: packed list
    const e = one('conversations', [
      ['EventType', 'onParticipantAdded'], ['ConversationSid', sid('CH', 2)], ['ParticipantSid', sid('MB', 2)], ['DateCreated', '2026-07-17T12:00:00Z'],
      ['RoleSid', sid('RL', 2)], ['Attributes', '{}'], ['MessagingBinding.Type', 'SMS'], ['MessagingBinding.ProxyAddress', '+14155550100'],
      ['MessagingBinding.Address', '+15551230000'], ['MessagingBinding.Address', '+15551230001'], ['Identity', ''], ['AccountSid', ACCOUNT],
    ])
    expect(e).toMatchObject({ kind: 'conversation.participant', resourceSid: sid('MB', 2), channel: 'sms' })
    expect(e.parties.filter((f) => f.name === 'MessagingBinding.Address').map((f) => f.value)).toEqual([
      '+15551230000',
      '+15551230001',
    ])
    expect(e.safe['MessagingBinding.Type']).toBe('SMS')
  })

  it('updates of one message differ by their update time; a retry does not', () => {
    // biome-ignore format: packed list
    const updated = (at: string): FormPairs => [
      ['EventType', 'onMessageUpdated'], ['ConversationSid', sid('CH', 1)], ['MessageSid', sid('IM', 1)], ['DateUpdated', at], ['AccountSid', ACCOUNT], ['Body', 'x'],
    ]
    const a = one('conversations', updated('2026-07-17T12:01:00Z'))
    expect(a.kind).toBe('conversation.message.updated')
    expect(one('conversations', updated('2026-07-17T12:01:00Z')).discriminator).toBe(a.discriminator)
    expect(one('conversations', updated('2026-07-17T12:02:00Z')).discriminator).not.toBe(a.discriminator)
  })

  it('a webhook without EventType is refused', () => {
    expect(normalize({ product: 'conversations', fields: [['AccountSid', ACCOUNT]], meta: meta() })).toEqual({
      ok: false,
      error: 'missing-field',
    })
  })
})

describe('Event Streams', () => {
  // biome-ignore format: packed list
  const inbound = {
    specversion: '1.0', type: 'com.twilio.messaging.inbound-message.received', source: `/2010-04-01/Accounts/${ACCOUNT}/Messages/${MESSAGE}.json`,
    id: 'EZ00000000000000000000000000000001', dataschema: 'https://events-schemas.twilio.com/Messaging.InboundMessageV1/5',
    datacontenttype: 'application/json', time: '2026-07-17T12:05:00.000Z',
    data: {
      messageSid: MESSAGE, accountSid: ACCOUNT, from: '+15551230000', to: '+14155550100', body: 'refill please', numMedia: 0,
      fromCity: 'SAN FRANCISCO', fromZip: '94110', messagingServiceSid: sid('MG', 1), recipients: ['+15551230000'],
    },
  }
  // biome-ignore format: packed list
  const conversation = {
    specversion: '1.0', type: 'com.twilio.conversations.message.added', id: 'EZ2', time: '2026-07-17T12:06:00Z',
    data: {
      AccountSid: ACCOUNT, ConversationSid: sid('CH', 1), MessageSid: sid('IM', 1), Author: 'jane.doe@example.com', MessageBody: 'hello',
      MessagingBinding: { Address: '+15551230000', ProxyAddress: '+14155550100' }, Media: [{ Filename: 'x.jpg' }], Attributes: '{"mrn":"12345"}',
    },
  }

  it('one event per CloudEvent, keyed by its id, SIDs unchanged', () => {
    const result = normalize({ product: 'events', body: [inbound, conversation], meta: meta() })
    if (!result.ok) throw new Error(result.error)
    const [a, b] = result.value as [NormalizedEvent, NormalizedEvent]
    // biome-ignore format: packed list
    expect(a).toMatchObject({
      product: 'events', kind: 'message.received', channel: 'sms', resourceSid: MESSAGE, discriminator: inbound.id, occurredAt: inbound.time,
    })
    expect(a.sids).toEqual({ MessageSid: MESSAGE, AccountSid: ACCOUNT, MessagingServiceSid: sid('MG', 1) })
    expect(a.parties.map((f) => f.name)).toEqual(['data.from', 'data.to'])
    expect(a.text).toEqual([{ name: 'data.body', value: 'refill please' }])
    expect(a.location.map((f) => [f.name, f.kind])).toEqual([
      ['data.fromCity', 'city'],
      ['data.fromZip', 'zip'],
    ])
    expect(a.unknown).toEqual([{ name: 'data.recipients', value: '+15551230000' }])
    expect(a.safe).toMatchObject({
      specversion: '1.0',
      type: inbound.type,
      id: inbound.id,
      'data.numMedia': '0',
      source: inbound.source,
      dataschema: inbound.dataschema,
    })

    expect(b).toMatchObject({ kind: 'conversation.message.added', resourceSid: sid('IM', 1), discriminator: 'EZ2' })
    expect(b.parties.map((f) => f.name)).toEqual([
      'data.Author',
      'data.MessagingBinding.Address',
      'data.MessagingBinding.ProxyAddress',
    ])
    expect(b.text).toEqual([{ name: 'data.MessageBody', value: 'hello' }])
    expect(b.attributes).toEqual([
      { name: 'data.Media', value: [{ Filename: 'x.jpg' }] },
      { name: 'data.Attributes', value: { mrn: '12345' } },
    ])
  })

  it('nested Twilio parameters are classified by their own names', () => {
    // biome-ignore format: packed list
    const body = [{
      id: 'EZ9', type: 'com.twilio.voice.status-callback.call.completed',
      data: { request: { parameters: { CallSid: CALL, AccountSid: ACCOUNT, From: '+15551230000', CallStatus: 'completed', CallerZip: '56091', Mystery: 'x' } } },
    }]
    const r = normalize({ product: 'events', body, meta: meta() })
    if (!r.ok) throw new Error(r.error)
    const e = r.value[0] as NormalizedEvent
    expect(e).toMatchObject({ kind: 'call.status', channel: 'voice', resourceSid: CALL })
    expect(e.sids).toEqual({ CallSid: CALL, AccountSid: ACCOUNT })
    expect(e.parties).toEqual([{ name: 'data.request.parameters.From', value: '+15551230000' }])
    expect(e.safe['data.request.parameters.CallStatus']).toBe('completed')
    expect(e.location).toEqual([{ name: 'data.request.parameters.CallerZip', value: '56091', kind: 'zip' }])
    expect(e.unknown).toEqual([{ name: 'data.request.parameters.Mystery', value: 'x' }])
  })

  it('maps CloudEvent types to event kinds', () => {
    const kind = (type: string) => {
      const r = normalize({ product: 'events', body: [{ id: 'EZ1', type, data: {} }], meta: meta() })
      return r.ok ? r.value[0]?.kind : r.error
    }
    expect(kind('com.twilio.messaging.message.delivered')).toBe('message.status')
    expect(kind('com.twilio.conversations.participant.added')).toBe('conversation.participant')
    expect(kind('com.twilio.voice.status-callback.call.completed')).toBe('call.status')
    expect(kind('com.twilio.eventstreams.test-event')).toBe('stream.event')
  })

  it('refuses anything that is not an array of CloudEvents, whole batch', () => {
    expect(normalize({ product: 'events', body: inbound, meta: meta() })).toEqual({ ok: false, error: 'not-a-batch' })
    expect(normalize({ product: 'events', body: [inbound, 'x'], meta: meta() })).toEqual({
      ok: false,
      error: 'malformed-event',
    })
    expect(normalize({ product: 'events', body: [{ type: 'x' }], meta: meta() })).toEqual({
      ok: false,
      error: 'malformed-event',
    })
    expect(normalize({ product: 'events', body: [], meta: meta() })).toEqual({ ok: true, value: [] })
    const deep = JSON.parse('['.repeat(40) + ']'.repeat(40))
    expect(normalize({ product: 'events', body: [{ id: 'EZ1', type: 'x', data: { a: deep } }], meta: meta() })).toEqual(
      { ok: false, error: 'malformed-event' },
    )
  })
})

describe('the classification table', () => {
  // biome-ignore format: packed list
  it.each([
    ['Body', 'text'], ['SpeechResult', 'text'], ['UnstableSpeechResult', 'text'], ['From', 'party'], ['WaId', 'party'],
    ['ForwardedFrom', 'party'], ['MessagingBinding.Address', 'party'], ['CallerName', 'name'], ['FriendlyName', 'name'],
    ['ClientIdentity', 'name'], ['MediaUrl7', 'media'], ['RecordingUrl', 'media'], ['Attributes', 'json'], ['AddOns', 'json'],
    ['InteractiveData', 'json'], ['FlowData', 'json'], ['CallerZip', 'location'], ['AccountSid', 'sid'], ['ApiVersion', 'safe'],
  ])('%s -> %s', (name, bucket) => {
    expect(ruleFor(name)?.bucket).toBe(bucket)
  })

  it.each([
    'StirPassportToken',
    'SipHeader_X-Patient',
    'CallToken',
    'UniqueName',
    'Digits',
    'SipSourceIp',
    'ChannelStatusMessage',
  ])('%s is unknown (PHI)', (name) => {
    expect(ruleFor(name)).toBeUndefined()
  })
})
