/** The data-flow inventory: who receives what, flagged free text without a BAA, and the per-type field kind table. */
import { describe, expect, it } from 'vitest'
import { parseDestinationsConfig, type Destination } from '../../src/config/destinations'
import { dataflowInventory, EVENT_FIELD_KINDS, formatInventory } from '../../src/delivery/dataflow'
import type { Env } from '../../src/env'
import { deidentify } from '../../src/phi/deidentify'
import { DEFAULT_POLICY } from '../../src/phi/policy'
import type { Tokenizer } from '../../src/phi/types'
import { normalize, type TwilioWebhook } from '../../src/twilio/payloads'
import { TEST_SECRETS } from '../delivery/bindings'

function destinations(list: Record<string, unknown>[]): Destination[] {
  const parsed = parseDestinationsConfig({ DESTINATIONS: JSON.stringify(list) } as unknown as Env)
  if (!parsed.ok) throw new Error(`${parsed.error.setting} ${parsed.error.problem}`)
  return parsed.value.destinations
}

const configured = destinations([
  {
    name: 'crm',
    url: 'https://crm.example.test/in',
    secret: TEST_SECRETS.crm,
    baa: true,
    events: ['message.*', 'call.*'],
  },
  { name: 'tickets', adapter: 'zendesk', subdomain: 'clinic', events: ['message.received'], allowFreeText: true },
  {
    name: 'minimal',
    url: 'https://min.example.test/in',
    secret: TEST_SECRETS.others,
    fields: ['From', 'MessageStatus'],
  },
  { name: 'siem', url: 'https://siem.example.test/in', secret: TEST_SECRETS.others, events: ['audit.*'] },
])

describe('dataflow inventory', () => {
  it('lists, per route and event type, each destination with BAA status, adapter and the field kinds it receives', () => {
    const inventory = dataflowInventory(configured, 'drop')
    const messaging = inventory.routes.find((r) => r.route === '/twilio/messaging')
    expect(messaging?.channels).toEqual(['sms', 'mms', 'whatsapp', 'other'])
    const received = messaging?.events.find((e) => e.type === 'message.received')
    expect(received?.carries).toEqual(['safe', 'token', 'text', 'location', 'media', 'attributes'])
    expect(received?.destinations).toEqual([
      {
        destination: 'crm',
        adapter: 'webhook',
        baa: true,
        receives: ['safe', 'token', 'text', 'location', 'media', 'attributes'],
        timestamps: 'exact',
        freeTextWithoutBaa: false,
      },
      {
        destination: 'tickets',
        adapter: 'zendesk',
        baa: false,
        receives: ['safe', 'token', 'text'],
        timestamps: 'exact',
        freeTextWithoutBaa: true,
      },
      {
        destination: 'minimal',
        adapter: 'webhook',
        baa: false,
        receives: ['safe', 'token'],
        fields: ['From', 'MessageStatus'],
        timestamps: 'exact',
        freeTextWithoutBaa: false,
      },
    ])
    const audit = inventory.routes.at(-1)
    expect(audit?.events[0]?.destinations.map((d) => d.destination)).toEqual(['siem'])
  })

  it('flags every flow of free text to a destination without a BAA, and lists what nobody receives', () => {
    const inventory = dataflowInventory(configured, 'drop')
    expect(inventory.warnings).toEqual([
      {
        route: '/twilio/messaging',
        type: 'message.received',
        destination: 'tickets',
        problem: 'free-text-without-baa',
      },
      { route: '/twilio/events', type: 'message.received', destination: 'tickets', problem: 'free-text-without-baa' },
    ])
    expect(inventory.unrouted).toEqual([])
    expect(dataflowInventory([], 'drop').unrouted).toContain('transcription.completed')
  })

  it('counts scrubbed unknown fields as text when the policy keeps them', () => {
    const [minimal] = destinations([
      { name: 'm', url: 'https://m.example.test/', secret: TEST_SECRETS.others, allowFreeText: true },
    ])
    const drop = dataflowInventory([minimal as Destination], 'drop')
    const scrub = dataflowInventory([minimal as Destination], 'scrub')
    const status = (i: typeof drop) => i.routes[0]?.events.find((e) => e.type === 'message.status')
    expect(status(drop)?.carries).toEqual(['safe', 'token', 'location'])
    expect(status(scrub)?.carries).toEqual(['safe', 'token', 'text', 'location'])
    expect(status(scrub)?.destinations[0]?.freeTextWithoutBaa).toBe(true)
  })

  it('prints one line per flow, the flag included, and never a URL or a secret', () => {
    const text = formatInventory(dataflowInventory(configured, 'drop'))
    expect(text).toContain(
      'message.received               -> tickets [zendesk, no BAA] safe, token, text   !! free text without BAA',
    )
    expect(text).toContain('2 flow(s) send free text to a destination without a BAA.')
    for (const secret of ['https://', 'whsec_', 'example.test']) expect(text).not.toContain(secret)
  })
})

/** A tokenizer that never stores anything: the kinds are what matters here. */
const tokenizer: Tokenizer = {
  tokenize: async (requests) => requests.map((_, i) => `tok_${String(i).padStart(4, '0')}ABCDEFGHIJKLMNOPQR`),
}
const meta = { receivedAt: new Date('2026-07-17T12:00:00Z'), idempotencyToken: 'd50dc30c-5d0d-418d-92ea-12cd8fd05f09' }
const A = 'AC' + 'a'.repeat(32)
const sid = (prefix: string) => prefix + '1'.repeat(32)

/** Realistic webhooks of every event type (field lists of docs/ingest.md and Twilio's request references). */
const WEBHOOKS: TwilioWebhook[] = [
  {
    product: 'messaging',
    meta,
    fields: [
      ['AccountSid', A],
      ['MessageSid', sid('MM')],
      ['From', 'whatsapp:+15551230000'],
      ['To', 'whatsapp:+14155550100'],
      ['Body', 'my address is 12 Elm St'],
      ['NumMedia', '1'],
      ['MediaUrl0', 'https://api.twilio.com/x'],
      ['MediaContentType0', 'image/jpeg'],
      ['FromCity', 'BOSTON'],
      ['FromZip', '02115'],
      ['FromState', 'MA'],
      ['ProfileName', 'Jane Doe'],
      ['ChannelMetadata', '{"type":"whatsapp"}'],
      ['Latitude', '42.3'],
      ['Longitude', '-71.1'],
    ],
  },
  {
    product: 'messaging',
    meta,
    fields: [
      ['AccountSid', A],
      ['MessageSid', sid('SM')],
      ['From', '+14155550100'],
      ['To', '+15551230000'],
      ['MessageStatus', 'delivered'],
      ['ToCity', 'BOSTON'],
      ['ErrorCode', '30003'],
    ],
  },
  {
    product: 'voice',
    meta,
    fields: [
      ['AccountSid', A],
      ['CallSid', sid('CA')],
      ['From', '+15551230000'],
      ['To', '+14155550100'],
      ['CallStatus', 'ringing'],
      ['CallerName', 'DOE JANE'],
      ['CallerCity', 'WALDORF'],
      ['CallerZip', '56091'],
      ['Direction', 'inbound'],
    ],
  },
  {
    product: 'voice',
    meta,
    fields: [
      ['AccountSid', A],
      ['CallSid', sid('CA')],
      ['From', '+15551230000'],
      ['CallStatus', 'completed'],
      ['CallDuration', '42'],
      ['RecordingUrl', 'https://api.twilio.com/r'],
      ['FromZip', '56091'],
    ],
  },
  {
    product: 'voice',
    meta,
    fields: [
      ['AccountSid', A],
      ['CallSid', sid('CA')],
      ['From', '+15551230000'],
      ['CallStatus', 'in-progress'],
      ['SpeechResult', 'refill for Jane'],
      ['Confidence', '0.9'],
      ['CallerCity', 'WALDORF'],
    ],
  },
  {
    product: 'voice',
    meta,
    fields: [
      ['AccountSid', A],
      ['CallSid', sid('CA')],
      ['RecordingSid', sid('RE')],
      ['RecordingUrl', 'https://api.twilio.com/r'],
      ['RecordingStatus', 'completed'],
      ['From', '+15551230000'],
    ],
  },
  {
    product: 'transcription',
    meta,
    fields: [
      ['AccountSid', A],
      ['CallSid', sid('CA')],
      ['TranscriptionSid', sid('TR')],
      ['TranscriptionText', 'Hi this is Jane'],
      ['TranscriptionStatus', 'completed'],
      ['RecordingUrl', 'https://api.twilio.com/r'],
      ['TranscriptionUrl', 'https://api.twilio.com/t'],
      ['From', '+15551230000'],
      ['CallerCity', 'WALDORF'],
    ],
  },
  {
    product: 'transcription',
    meta,
    fields: [
      ['AccountSid', A],
      ['CallSid', sid('CA')],
      ['TranscriptionSid', sid('GT')],
      ['TranscriptionEvent', 'transcription-content'],
      ['SequenceId', '7'],
      ['TranscriptionData', '{"transcript":"my date of birth","confidence":0.9}'],
      ['Final', 'true'],
    ],
  },
  {
    product: 'conversations',
    meta,
    fields: [
      ['AccountSid', A],
      ['EventType', 'onMessageAdded'],
      ['ConversationSid', sid('CH')],
      ['MessageSid', sid('IM')],
      ['Author', '+15551230000'],
      ['Body', 'reschedule'],
      ['Attributes', '{}'],
      ['Media', '[{"Sid":"ME1","Filename":"card.jpg"}]'],
    ],
  },
  {
    product: 'conversations',
    meta,
    fields: [
      ['AccountSid', A],
      ['EventType', 'onParticipantAdded'],
      ['ConversationSid', sid('CH')],
      ['ParticipantSid', sid('MB')],
      ['MessagingBinding.Address', '+15551230000'],
      ['Identity', 'jane'],
      ['Attributes', '{}'],
    ],
  },
  {
    product: 'conversations',
    meta,
    fields: [
      ['AccountSid', A],
      ['EventType', 'onConversationUpdated'],
      ['ConversationSid', sid('CH')],
      ['FriendlyName', 'Jane Doe'],
      ['Attributes', '{}'],
      ['State', 'active'],
    ],
  },
  {
    product: 'events',
    meta,
    body: [
      {
        specversion: '1.0',
        type: 'com.twilio.messaging.inbound-message.received',
        id: 'EZ1',
        time: '2026-07-17T12:00:00Z',
        data: {
          messageSid: sid('SM'),
          accountSid: A,
          from: '+15551230000',
          to: '+14155550100',
          body: 'hello',
          numMedia: 0,
        },
      },
      {
        specversion: '1.0',
        type: 'com.twilio.voice.status-callback.call.completed',
        id: 'EZ2',
        time: '2026-07-17T12:00:00Z',
        data: { callSid: sid('CA'), accountSid: A, from: '+15551230000' },
      },
    ],
  },
]

describe('EVENT_FIELD_KINDS (what the inventory says each event type carries)', () => {
  it('covers the kinds real webhooks of each type produce', async () => {
    const seen = new Set<string>()
    for (const webhook of WEBHOOKS) {
      const normalized = normalize(webhook)
      expect(normalized.ok).toBe(true)
      if (!normalized.ok) continue
      for (const event of normalized.value) {
        const clean = await deidentify(event, DEFAULT_POLICY, tokenizer)
        seen.add(clean.kind)
        for (const kind of new Set(Object.values(clean.fields))) {
          expect({ type: clean.kind, kind, listed: EVENT_FIELD_KINDS[clean.kind].includes(kind) }).toEqual({
            type: clean.kind,
            kind,
            listed: true,
          })
        }
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(11)
  })
})
