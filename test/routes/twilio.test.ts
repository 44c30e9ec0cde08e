import { env, exports } from 'cloudflare:workers'
import { getExpectedBodyHash, getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EMPTY_TWIML } from '../../src/twilio/twiml'
import {
  ACCOUNT,
  BASE,
  formBody,
  formRequest,
  jsonRequest,
  NEXT_TOKEN,
  recordingQueue,
  run,
  sid,
  signForm,
  SUB_ACCOUNT,
  SUB_TOKEN,
  TOKEN,
} from '../helpers/twilio'

type Pairs = [string, string][]

const PATIENT = '+15551230000'
const CLINIC = '+14155550100'
const MESSAGE = sid('SM', 0x51)
const CALL = sid('CA', 0xc1)

// biome-ignore format: packed list
const inboundSms: Pairs = [
  ['ToCountry', 'US'], ['ToState', 'CA'], ['SmsMessageSid', MESSAGE], ['NumMedia', '1'], ['ToCity', 'SAN FRANCISCO'],
  ['FromZip', '94110'], ['SmsSid', MESSAGE], ['FromState', 'CA'], ['SmsStatus', 'received'], ['FromCity', 'SAN FRANCISCO'],
  ['Body', 'Call me back at 415-555-0199 about my blood sugar'], ['FromCountry', 'US'], ['To', CLINIC],
  ['MessagingServiceSid', sid('MG', 1)], ['ToZip', '94103'], ['NumSegments', '1'], ['MessageSid', MESSAGE],
  ['AccountSid', ACCOUNT], ['From', PATIENT], ['ApiVersion', '2010-04-01'], ['ProfileName', 'Jane Doe'],
  ['MediaContentType0', 'image/jpeg'], ['MediaUrl0', `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT}/Messages/${MESSAGE}/Media/${sid('ME', 1)}`],
]

// biome-ignore format: packed list
const incomingCall: Pairs = [
  ['Called', CLINIC], ['ToState', 'CA'], ['CallerCountry', 'US'], ['Direction', 'inbound'], ['CallerState', 'MN'],
  ['CallSid', CALL], ['To', CLINIC], ['CallerZip', '56091'], ['CallStatus', 'ringing'], ['From', PATIENT],
  ['AccountSid', ACCOUNT], ['Caller', PATIENT], ['CallerName', 'DOE JANE'], ['ApiVersion', '2010-04-01'],
]

// biome-ignore format: packed list
const gather: Pairs = [
  ['CallSid', CALL], ['AccountSid', ACCOUNT], ['From', PATIENT], ['To', CLINIC], ['CallStatus', 'in-progress'],
  ['SpeechResult', 'my number is 415 555 0199'], ['Confidence', '0.92'], ['Direction', 'inbound'],
]

// biome-ignore format: packed list
const realtimeTranscription: Pairs = [
  ['AccountSid', ACCOUNT], ['CallSid', CALL], ['TranscriptionSid', sid('GT', 7)], ['Timestamp', '2026-07-17T12:05:03.123Z'],
  ['SequenceId', '7'], ['TranscriptionEvent', 'transcription-content'], ['Track', 'inbound_track'], ['LanguageCode', 'en-US'],
  ['TranscriptionData', JSON.stringify({ transcript: 'call me at 415 555 0199', confidence: 0.93 })], ['Final', 'true'],
]

// biome-ignore format: packed list
const messageAdded: Pairs = [
  ['AccountSid', ACCOUNT], ['EventType', 'onMessageAdded'], ['Source', 'SMS'], ['ConversationSid', sid('CH', 3)],
  ['ChatServiceSid', sid('IS', 3)], ['Author', PATIENT], ['ParticipantSid', sid('MB', 3)], ['MessageSid', sid('IM', 3)],
  ['Body', 'reschedule please, 415-555-0199'], ['Attributes', '{}'], ['Index', '4'], ['DateCreated', '2026-07-17T12:00:00Z'],
]

const url = (path: string, query = '') => `${BASE}/twilio/${path}${query}`

afterEach(() => vi.restoreAllMocks())

/** The first value of a field named `name` anywhere in what was queued. */
function findField(value: unknown, name: string): unknown {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findField(item, name)
      if (found !== undefined) return found
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === name && typeof inner === 'string') return inner
      const found = findField(inner, name)
      if (found !== undefined) return found
    }
  }
  return undefined
}

/** What must never reach the queue raw: structured identifiers (free-text recall is the engine's own suite). */
function expectNoRawPhi(text: string) {
  for (const raw of [
    PATIENT,
    '15551230000',
    'Jane Doe',
    'DOE JANE',
    '94110',
    '56091',
    'api.twilio.com',
    '415-555-0199',
  ]) {
    expect(text).not.toContain(raw)
  }
}

describe('accepted webhooks, signed by the twilio package', () => {
  it('messaging: inbound SMS/MMS answers empty TwiML and enqueues one de-identified event with SIDs unchanged', async () => {
    const { res, body, queue } = await run(formRequest(url('messaging'), inboundSms))
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/xml/)
    expect(body).toBe(EMPTY_TWIML)
    expect(queue.sent).toHaveLength(1)
    expect(queue.text()).toContain(MESSAGE)
    expect(queue.text()).toContain(ACCOUNT)
    expectNoRawPhi(queue.text())
  })

  it('messaging: a status callback is accepted and forwarded', async () => {
    const status: Pairs = [
      ['AccountSid', ACCOUNT],
      ['From', CLINIC],
      ['To', PATIENT],
      ['MessageSid', MESSAGE],
      ['MessageStatus', 'delivered'],
      ['SmsSid', MESSAGE],
      ['SmsStatus', 'delivered'],
      ['ApiVersion', '2010-04-01'],
    ]
    const { res, queue } = await run(formRequest(url('messaging'), status))
    expect(res.status).toBe(200)
    expect(queue.sent).toHaveLength(1)
    expect(queue.text()).toContain('delivered')
    expectNoRawPhi(queue.text())
  })

  it('voice: incoming call and <Gather> result answer empty TwiML', async () => {
    for (const pairs of [incomingCall, gather]) {
      const { res, body, queue } = await run(formRequest(url('voice'), pairs))
      expect(res.status).toBe(200)
      expect(res.headers.get('Content-Type')).toMatch(/^text\/xml/)
      expect(body).toBe(EMPTY_TWIML)
      expect(queue.sent).toHaveLength(1)
      expect(queue.text()).toContain(CALL)
      expectNoRawPhi(queue.text())
    }
  })

  it('transcriptions: recording transcription and real-time <Transcription> callbacks', async () => {
    // biome-ignore format: packed list
    const recording: Pairs = [
      ['TranscriptionSid', sid('TR', 2)], ['TranscriptionText', 'Hi, calling about my lab results, my number is 415-555-0199'],
      ['TranscriptionStatus', 'completed'], ['RecordingSid', sid('RE', 2)], ['CallSid', CALL], ['AccountSid', ACCOUNT],
      ['From', PATIENT], ['Caller', PATIENT], ['To', CLINIC], ['Called', CLINIC], ['CallStatus', 'completed'],
      ['RecordingUrl', `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT}/Recordings/${sid('RE', 2)}`],
    ]
    for (const pairs of [recording, realtimeTranscription]) {
      const { res, body, queue } = await run(formRequest(url('transcriptions'), pairs))
      expect(res.status).toBe(200)
      expect(body).toBe(EMPTY_TWIML)
      expect(queue.sent).toHaveLength(1)
      expect(queue.text()).toContain(CALL)
      expectNoRawPhi(queue.text())
    }
  })

  it('conversations: a post-action event is forwarded and answered 200 {}', async () => {
    const { res, body, queue } = await run(formRequest(url('conversations'), messageAdded))
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
    expect(body).toBe('{}')
    expect(queue.sent).toHaveLength(1)
    expect(queue.text()).toContain(sid('IM', 3))
    expectNoRawPhi(queue.text())
  })

  it('conversations: a pre-action event (onMessageAdd) gets 200 {} (publish unmodified) and is not forwarded', async () => {
    const pre = messageAdded
      .filter(([k]) => k !== 'MessageSid' && k !== 'Index')
      .map(([k, v]): [string, string] => (k === 'EventType' ? [k, 'onMessageAdd'] : [k, v]))
    const { res, body, queue } = await run(formRequest(url('conversations'), pre))
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
    expect(body).toBe('{}')
    expect(queue.sent).toHaveLength(0)
  })

  it('conversations: repeated MessagingBinding.Address (Group MMS) verifies and is forwarded', async () => {
    // biome-ignore format: packed list
    const participant: Pairs = [
      ['AccountSid', ACCOUNT], ['EventType', 'onParticipantAdded'], ['ConversationSid', sid('CH', 4)], ['ParticipantSid', sid('MB', 4)],
      ['DateCreated', '2026-07-17T12:00:00Z'], ['Attributes', '{}'], ['MessagingBinding.Type', 'SMS'],
      ['MessagingBinding.ProxyAddress', CLINIC], ['MessagingBinding.Address', PATIENT], ['MessagingBinding.Address', '+15551230001'],
    ]
    const { res, queue } = await run(formRequest(url('conversations'), participant))
    expect(res.status).toBe(200)
    expect(queue.sent).toHaveLength(1)
    expect(queue.text()).not.toContain('+15551230001')
    expectNoRawPhi(queue.text())
  })

  it('events: an Event Streams batch gives one event per CloudEvent and a 200', async () => {
    const batch = JSON.stringify([
      // biome-ignore format: packed list
      {
        specversion: '1.0', type: 'com.twilio.messaging.inbound-message.received', source: `/2010-04-01/Accounts/${ACCOUNT}/Messages/${MESSAGE}.json`,
        id: 'EZ00000000000000000000000000000001', dataschema: 'https://events-schemas.twilio.com/Messaging.InboundMessageV1/5',
        datacontenttype: 'application/json', time: '2026-07-17T12:05:00.000Z',
        data: { messageSid: MESSAGE, accountSid: ACCOUNT, from: PATIENT, to: CLINIC, body: 'text me at 415-555-0199', numMedia: 0, fromZip: '94110' },
      },
      // biome-ignore format: packed list
      {
        specversion: '1.0', type: 'com.twilio.messaging.message.delivered', source: '/2010-04-01/Accounts', id: 'EZ00000000000000000000000000000002',
        time: '2026-07-17T12:06:00.000Z', data: { messageSid: sid('SM', 0x52), accountSid: ACCOUNT, to: PATIENT, messageStatus: 'delivered' },
      },
    ])
    const { res, queue } = await run(jsonRequest(url('events'), batch))
    expect(res.status).toBe(200)
    expect(queue.sent).toHaveLength(2)
    expect(queue.text()).toContain(MESSAGE)
    expect(queue.text()).toContain(sid('SM', 0x52))
    expectNoRawPhi(queue.text())
  })

  it('events: an empty batch is acknowledged and nothing is enqueued', async () => {
    const { res, queue } = await run(jsonRequest(url('events'), '[]'))
    expect(res.status).toBe(200)
    expect(queue.sent).toHaveLength(0)
  })
})

describe('de-identification policy', () => {
  // biome-ignore format: packed list
  const dobSms: Pairs = [
    ['AccountSid', ACCOUNT], ['MessageSid', MESSAGE], ['SmsSid', MESSAGE], ['SmsStatus', 'received'], ['NumMedia', '0'],
    ['From', PATIENT], ['To', CLINIC], ['ApiVersion', '2010-04-01'], ['Body', 'my DOB is 04/22/1961, refill metformin 500mg'],
  ]

  it('the default keeps only the year of a date; PHI_POLICY set on the worker changes what is forwarded', async () => {
    const byDefault = await run(formRequest(url('messaging'), dobSms))
    expect(byDefault.res.status).toBe(200)
    expect(findField(byDefault.queue.sent, 'Body')).toBe('my DOB is [DATE:1961], refill metformin 500mg')

    // Another message (the same signed content again would be a replay, answered without publishing).
    const other = dobSms.map(([k, v]): [string, string] =>
      k === 'MessageSid' || k === 'SmsSid' ? [k, sid('SM', 0x53)] : [k, v],
    )
    const redacted = await run(formRequest(url('messaging'), other), { PHI_POLICY: '{"actions":{"DATE":"redact"}}' })
    expect(redacted.res.status).toBe(200)
    expect(findField(redacted.queue.sent, 'Body')).toBe('my DOB is [DATE], refill metformin 500mg')
  })
})

describe('which URL is verified', () => {
  it('accepts a request at :443 signed without port, and one without port signed with :443 (and http :80)', async () => {
    const ok1 = await run(
      formRequest('https://phi.example.test:443/twilio/messaging', inboundSms, { signedUrl: url('messaging') }),
    )
    expect(ok1.res.status).toBe(200)
    const ok2 = await run(
      formRequest(url('messaging'), inboundSms, { signedUrl: 'https://phi.example.test:443/twilio/messaging' }),
    )
    expect(ok2.res.status).toBe(200)
    const ok3 = await run(
      formRequest('http://phi.example.test/twilio/voice', gather, {
        signedUrl: 'http://phi.example.test:80/twilio/voice',
      }),
    )
    expect(ok3.res.status).toBe(200)
    const ok4 = await run(
      formRequest('https://phi.example.test:8443/twilio/voice', gather, {
        signedUrl: 'https://phi.example.test/twilio/voice',
      }),
    )
    expect(ok4.res.status).toBe(200)
  })

  it('rejects a signature made for another path or host', async () => {
    const other = await run(formRequest(url('messaging'), inboundSms, { signedUrl: url('voice') }))
    expect(other.res.status).toBe(403)
    const slash = await run(formRequest(url('messaging'), inboundSms, { signedUrl: `${url('messaging')}/` }))
    expect(slash.res.status).toBe(403)
    const host = await run(
      formRequest(url('messaging'), inboundSms, { signedUrl: 'https://evil.example/twilio/messaging' }),
    )
    expect(host.res.status).toBe(403)
    expect(other.queue.sent.length + slash.queue.sent.length + host.queue.sent.length).toBe(0)
  })

  it('verifies the raw query string as received, with + and escapes', async () => {
    const q = '?clinic=St+Mary%27s&name=William+O%27hara&x=a%2Bb'
    const { res, queue } = await run(formRequest(url('messaging', q), inboundSms))
    expect(res.status).toBe(200)
    expect(queue.sent).toHaveLength(1)
  })

  it("?name=William+O'hara signed by Twilio over the raw apostrophe verifies (the test client sends it as %27)", async () => {
    const raw = `${url('messaging')}?name=William+O'hara`
    const req = formRequest(raw, inboundSms)
    expect(req.url).toContain('O%27hara')
    const { res, queue } = await run(req)
    expect(res.status).toBe(200)
    expect(queue.sent).toHaveLength(1)
  })

  it('behind a proxy: PUBLIC_BASE_URL replaces the origin the worker sees', async () => {
    const publicUrl = 'https://hooks.clinic.example/twilio/messaging?site=2'
    const internal = 'http://10.0.0.5:8787/twilio/messaging?site=2'
    const good = await run(formRequest(internal, inboundSms, { signedUrl: publicUrl }), {
      PUBLIC_BASE_URL: 'https://hooks.clinic.example',
    })
    expect(good.res.status).toBe(200)
    const bad = await run(formRequest(internal, inboundSms), { PUBLIC_BASE_URL: 'https://hooks.clinic.example' })
    expect(bad.res.status).toBe(403)
    expect(bad.queue.sent).toHaveLength(0)
  })
})

describe('tokens: rotation and subaccounts', () => {
  it('accepts the next token during rotation and refuses any other token', async () => {
    const next = await run(formRequest(url('messaging'), inboundSms, { token: NEXT_TOKEN }))
    expect(next.res.status).toBe(200)
    const wrong = await run(formRequest(url('messaging'), inboundSms, { token: 'not-the-token' }))
    expect(wrong.res.status).toBe(403)
    expect(wrong.queue.sent).toHaveLength(0)
  })

  it('picks the subaccount token by AccountSid; the parent token does not verify a subaccount webhook', async () => {
    const pairs = inboundSms.map(([k, v]): [string, string] => (k === 'AccountSid' ? [k, SUB_ACCOUNT] : [k, v]))
    const sub = await run(formRequest(url('messaging'), pairs, { token: SUB_TOKEN }))
    expect(sub.res.status).toBe(200)
    expect(sub.queue.text()).toContain(SUB_ACCOUNT)
    const parent = await run(formRequest(url('messaging'), pairs, { token: TOKEN }))
    expect(parent.res.status).toBe(403)
    expect(parent.queue.sent).toHaveLength(0)
    const subTokenForParent = await run(formRequest(url('messaging'), inboundSms, { token: SUB_TOKEN }))
    expect(subTokenForParent.res.status).toBe(403)
  })

  it('the AccountSid is the vault tenant: one phone, one token per account, different across accounts', async () => {
    const phone = `+1555${String(Date.now()).slice(-7)}`
    const withAccount = (account: string, n: number): Pairs =>
      inboundSms.map(([k, v]): [string, string] => {
        if (k === 'AccountSid') return [k, account]
        if (k === 'From') return [k, phone]
        if (k.endsWith('MessageSid') || k === 'SmsSid') return [k, sid('SM', n)]
        return [k, v]
      })
    const fromToken = async (account: string, token: string, n: number) => {
      const { res, queue } = await run(formRequest(url('messaging'), withAccount(account, n), { token }))
      expect(res.status).toBe(200)
      expect(queue.text()).not.toContain(phone)
      return findField(queue.sent, 'From')
    }
    const first = await fromToken(ACCOUNT, TOKEN, 0x701)
    expect(first).toMatch(/^tok_[A-Za-z0-9]{16,}$/)
    expect(await fromToken(ACCOUNT, TOKEN, 0x702)).toBe(first)
    const sub = await fromToken(SUB_ACCOUNT, SUB_TOKEN, 0x703)
    expect(sub).toMatch(/^tok_[A-Za-z0-9]{16,}$/)
    expect(sub).not.toBe(first)
  })

  it('Event Streams: the subaccount token verifies its batch; a batch naming two accounts is refused', async () => {
    const event = (account: string, n: number) => ({
      specversion: '1.0',
      type: 'com.twilio.messaging.message.sent',
      id: `EZ${n}`,
      data: { messageSid: sid('SM', n), accountSid: account },
    })
    const sub = await run(jsonRequest(url('events'), JSON.stringify([event(SUB_ACCOUNT, 1)]), { token: SUB_TOKEN }))
    expect(sub.res.status).toBe(200)
    const mixed = await run(
      jsonRequest(url('events'), JSON.stringify([event(SUB_ACCOUNT, 1), event(ACCOUNT, 2)]), { token: SUB_TOKEN }),
    )
    expect(mixed.res.status).toBe(403)
    expect(mixed.queue.sent).toHaveLength(0)
  })
})

describe('JSON tampering', () => {
  const body = JSON.stringify([
    { specversion: '1.0', type: 'com.twilio.eventstreams.test-event', id: 'EZ1', data: { test: 'ok' } },
  ])

  it('refuses a body changed after signing', async () => {
    const signed = jsonRequest(url('events'), body)
    const tampered = new Request(signed.url, {
      method: 'POST',
      headers: signed.headers,
      body: body.replace('ok', 'ko'),
    })
    const { res, queue } = await run(tampered)
    expect(res.status).toBe(403)
    expect(queue.sent).toHaveLength(0)
  })

  it('refuses a bodySHA256 swapped to match a forged body', async () => {
    const forged = body.replace('ok', 'forged')
    const signed = jsonRequest(url('events'), body)
    const swapped = signed.url.replace(/bodySHA256=[0-9a-f]+/, `bodySHA256=${getExpectedBodyHash(forged)}`)
    const { res, queue } = await run(new Request(swapped, { method: 'POST', headers: signed.headers, body: forged }))
    expect(res.status).toBe(403)
    expect(queue.sent).toHaveLength(0)
  })

  it('refuses JSON without bodySHA256 even when the URL signature is right', async () => {
    const signature = getExpectedTwilioSignature(TOKEN, url('events'), {})
    const req = new Request(url('events'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Twilio-Signature': signature },
      body,
    })
    const { res, queue } = await run(req)
    expect(res.status).toBe(403)
    expect(queue.sent).toHaveLength(0)
  })
})

describe('bad input never reaches the queue', () => {
  const post = (path: string, body: string, headers: Record<string, string>) =>
    new Request(url(path), { method: 'POST', headers, body })

  it('401 when X-Twilio-Signature is absent', async () => {
    const { res, queue } = await run(
      post('messaging', formBody(inboundSms), { 'Content-Type': 'application/x-www-form-urlencoded' }),
    )
    expect(res.status).toBe(401)
    expect(queue.sent).toHaveLength(0)
  })

  it('403 for a wrong or malformed signature', async () => {
    for (const signature of ['RSOYDt4T1cUTdK1PDd93/VVr8B8=', 'not base64 at all', '']) {
      const { res, queue } = await run(
        post('messaging', formBody(inboundSms), {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Twilio-Signature': signature,
        }),
      )
      expect(res.status).toBe(403)
      expect(queue.sent).toHaveLength(0)
    }
  })

  it('403 when a signed field was changed', async () => {
    const signature = signForm(url('messaging'), inboundSms)
    const changed = inboundSms.map(([k, v]): [string, string] => (k === 'Body' ? [k, 'changed'] : [k, v]))
    const { res, queue } = await run(
      post('messaging', formBody(changed), {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Twilio-Signature': signature,
      }),
    )
    expect(res.status).toBe(403)
    expect(queue.sent).toHaveLength(0)
  })

  it('400 when a single-valued field appears twice, even though the twilio signer accepts the duplicate', async () => {
    for (const name of ['Body', 'From', 'To', 'MessageSid']) {
      const value = inboundSms.find(([k]) => k === name)?.[1] ?? ''
      const pairs: Pairs = [...inboundSms, [name, value]]
      const { res, queue } = await run(formRequest(url('messaging'), pairs))
      expect(res.status).toBe(400)
      expect(queue.sent).toHaveLength(0)
    }
  })

  it('405 with Allow: POST for GET and other methods on every webhook route', async () => {
    for (const path of ['messaging', 'voice', 'transcriptions', 'conversations', 'events']) {
      for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
        const { res, queue } = await run(new Request(url(path), { method }))
        expect(res.status).toBe(405)
        expect(res.headers.get('Allow')).toBe('POST')
        expect(queue.sent).toHaveLength(0)
      }
    }
  })

  it('413 when the declared or the actual body exceeds MAX_BODY_BYTES', async () => {
    const big: Pairs = [...inboundSms.filter(([k]) => k !== 'Body'), ['Body', 'x'.repeat(2000)]]
    const declared = await run(formRequest(url('messaging'), big), { MAX_BODY_BYTES: '1024' })
    expect(declared.res.status).toBe(413)
    expect(declared.queue.sent).toHaveLength(0)

    // A streamed body with no Content-Length is counted as it is read.
    const bytes = new TextEncoder().encode(formBody(big))
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(bytes.slice(0, 1000))
        controller.enqueue(bytes.slice(1000))
        controller.close()
      },
    })
    // biome-ignore format: packed list
    const streamed = new Request(url('messaging'), {
      method: 'POST', body: stream,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signForm(url('messaging'), big) },
    })
    expect(streamed.headers.get('Content-Length')).toBeNull()
    const actual = await run(streamed, { MAX_BODY_BYTES: '1024' })
    expect(actual.res.status).toBe(413)
    expect(actual.queue.sent).toHaveLength(0)

    // The default 256 KB cap.
    const huge = await run(
      formRequest(url('messaging'), [...inboundSms.filter(([k]) => k !== 'Body'), ['Body', 'y'.repeat(262_145)]]),
    )
    expect(huge.res.status).toBe(413)
  })

  it('415 for the wrong content type (JSON on a form route, form on /events, none at all)', async () => {
    const jsonOnForm = await run(
      post('messaging', '{}', {
        'Content-Type': 'application/json',
        'X-Twilio-Signature': signForm(url('messaging'), []),
      }),
    )
    expect(jsonOnForm.res.status).toBe(415)
    const formOnJson = await run(
      post('events', 'a=1', {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Twilio-Signature': signForm(url('events'), []),
      }),
    )
    expect(formOnJson.res.status).toBe(415)
    const none = await run(
      new Request(url('voice'), { method: 'POST', headers: { 'X-Twilio-Signature': 'x' }, body: new Uint8Array([1]) }),
    )
    expect(none.res.status).toBe(415)
    expect(jsonOnForm.queue.sent.length + formOnJson.queue.sent.length + none.queue.sent.length).toBe(0)
  })

  it('accepts a charset parameter and any case in the media type', async () => {
    const req = formRequest(url('messaging'), inboundSms, {
      headers: { 'Content-Type': 'Application/X-WWW-Form-URLencoded;charset=utf-8' },
    })
    const { res } = await run(req)
    expect(res.status).toBe(200)
    for (const type of ['application/json; charset=utf-8', 'application/cloudevents-batch+json']) {
      const events = await run(jsonRequest(url('events'), '[]', { headers: { 'Content-Type': type } }))
      expect(events.res.status).toBe(200)
    }
  })

  it('400 for a malformed form body, even when correctly signed', async () => {
    const raw = 'AccountSid=AC1&Body=%ZZoops'
    const signature = getExpectedTwilioSignature(TOKEN, url('messaging'), {})
    const { res, queue } = await run(
      post('messaging', raw, { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature }),
    )
    expect(res.status).toBe(400)
    expect(queue.sent).toHaveLength(0)
  })

  it('400 for malformed JSON, a non-array and a non-CloudEvent element, when correctly signed', async () => {
    for (const body of ['[{"id":', '{"id":"EZ1","type":"x"}', '[{"id":"EZ1","type":"com.twilio.x"}, 42]']) {
      const { res, queue } = await run(jsonRequest(url('events'), body))
      expect(res.status).toBe(400)
      expect(queue.sent).toHaveLength(0)
    }
  })

  it('an AccountSid naming an Object.prototype member (valueOf, constructor, __proto__) falls back to the main token, never a 500', async () => {
    for (const account of ['valueOf', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const { res, queue } = await run(
        formRequest(url('messaging'), [
          ['AccountSid', account],
          ['MessageSid', MESSAGE],
          ['Body', 'hi'],
        ]),
      )
      // Signed with the main token and no subaccount entry of that name: verified as the main account.
      expect(res.status).toBe(200)
      expect(queue.sent).toHaveLength(1)
    }
  })

  it('400 for a signed webhook that lacks its resource SID', async () => {
    const pairs = inboundSms.filter(([k]) => !['MessageSid', 'SmsSid', 'SmsMessageSid'].includes(k))
    const { res, queue } = await run(formRequest(url('messaging'), pairs))
    expect(res.status).toBe(400)
    expect(queue.sent).toHaveLength(0)
  })
})

describe('fail closed downstream', () => {
  it('503 and nothing enqueued when the queue rejects', async () => {
    const queue = recordingQueue(true)
    // A message not accepted before (an accepted one would be a replay: answered 200, nothing published).
    const fresh = inboundSms.map(([k, v]): [string, string] =>
      /^(Sms)?(Message)?Sid$|^SmsSid$/.test(k) && k !== 'MessagingServiceSid' ? [k, sid('SM', 0x54)] : [k, v],
    )
    const { res } = await run(formRequest(url('messaging'), fresh), {}, queue)
    expect(res.status).toBe(503)
    expect(queue.sent).toHaveLength(0)
  })

  it('503 and nothing enqueued when the vault cannot tokenize (one failing event fails the whole batch)', async () => {
    const broken = new Proxy({}, { get: () => () => Promise.reject(new Error('kv down')) }) as KVNamespace
    const batch = JSON.stringify(
      [1, 2].map((n) => ({
        specversion: '1.0',
        type: 'com.twilio.messaging.inbound-message.received',
        id: `EZ${n}`,
        data: { messageSid: sid('SM', n), accountSid: ACCOUNT, from: PATIENT },
      })),
    )
    const { res, queue } = await run(jsonRequest(url('events'), batch), { VAULT: broken })
    expect(res.status).toBe(503)
    expect(queue.sent).toHaveLength(0)
  })
})

describe('config errors', () => {
  it('answers a generic 500, and logs the setting and the problem, never the value', async () => {
    const lines: string[] = []
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void lines.push(String(line)))
    const configLine = () => JSON.parse(lines.filter((l) => JSON.parse(l).event === 'config').at(-1) ?? '{}')
    const missing = await run(formRequest(url('messaging'), inboundSms), { TWILIO_AUTH_TOKEN: '' })
    expect(missing.res.status).toBe(500)
    expect(missing.body).toBe('Internal Server Error\n')
    expect(configLine()).toMatchObject({ setting: 'TWILIO_AUTH_TOKEN', problem: 'is required (the Twilio Auth Token)' })
    const subs = await run(formRequest(url('messaging'), inboundSms), {
      TWILIO_SUBACCOUNT_TOKENS: '{"ACnope": secret-value',
    })
    expect(subs.res.status).toBe(500)
    expect(subs.body).toBe('Internal Server Error\n')
    expect(configLine()).toMatchObject({
      setting: 'TWILIO_SUBACCOUNT_TOKENS',
      problem: expect.stringContaining('must be a JSON object'),
    })
    const base = await run(formRequest(url('messaging'), inboundSms), { PUBLIC_BASE_URL: 'hooks.clinic.example/path' })
    expect(base.res.status).toBe(500)
    expect(configLine()).toMatchObject({ setting: 'PUBLIC_BASE_URL' })
    // A destination path with brackets passes the log filter; the caller learns neither it nor the secret's name.
    const secretName = [{ name: 'crm', url: 'https://crm.example.test/in', secret: 'secret:CRM_SIGNING_KEY' }]
    const destination = await run(formRequest(url('messaging'), inboundSms), {
      DESTINATIONS: JSON.stringify(secretName),
    })
    expect(destination.res.status).toBe(500)
    expect(destination.body).toBe('Internal Server Error\n')
    expect(configLine()).toEqual({
      level: 'error',
      event: 'config',
      outcome: 'invalid',
      route: '/twilio',
      setting: 'DESTINATIONS[crm].secret',
      problem: 'refers to secret CRM_SIGNING_KEY, which is not set',
    })
    expect(
      missing.queue.sent.length + subs.queue.sent.length + base.queue.sent.length + destination.queue.sent.length,
    ).toBe(0)
    for (const value of ['secret-value', 'hooks.clinic.example']) expect(lines.join('\n')).not.toContain(value)
  })
})

describe('logs', () => {
  it('writes exactly one PHI-free line per request: route, status, ms, SIDs, counts', async () => {
    const lines: string[] = []
    for (const method of ['log', 'warn', 'error'] as const)
      vi.spyOn(console, method).mockImplementation((line: unknown) => void lines.push(String(line)))
    const webhookLines = () => lines.filter((l) => JSON.parse(l).event === 'webhook')
    await run(formRequest(url('messaging', '?name=William+O%27hara'), inboundSms))
    expect(webhookLines()).toHaveLength(1)
    const entry = JSON.parse(webhookLines()[0] ?? '{}')
    expect(entry).toMatchObject({
      event: 'webhook',
      route: '/twilio/messaging',
      status: 200,
      outcome: 'forwarded',
      counts: { events: 1 },
    })
    // The queued message count rides on the request's own line: no separate "queued" line per webhook.
    expect(entry.counts.messages).toBeGreaterThan(0)
    expect(lines.filter((l) => JSON.parse(l).outcome === 'queued')).toHaveLength(0)
    expect(entry.sids).toMatchObject({ MessageSid: MESSAGE, AccountSid: ACCOUNT })
    expect(typeof entry.ms).toBe('number')

    lines.length = 0
    await run(
      new Request(url('voice'), {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Twilio-Signature': 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=',
        },
        body: formBody(incomingCall),
      }),
    )
    expect(webhookLines()).toHaveLength(1)
    expect(JSON.parse(webhookLines()[0] ?? '{}')).toMatchObject({
      event: 'webhook',
      route: '/twilio/voice',
      status: 403,
      reason: 'bad-signature',
    })

    const all = lines.join('\n')
    for (const raw of [PATIENT, 'Jane', 'hara', 'blood', 'AAAAAAAAAAAA', '94110']) expect(all).not.toContain(raw)
  })
})

describe('no destinations', () => {
  it('acknowledges Twilio and logs `no-destination`, not `forwarded`, when nothing subscribes', async () => {
    const lines: string[] = []
    for (const method of ['log', 'warn', 'error'] as const)
      vi.spyOn(console, method).mockImplementation((line: unknown) => void lines.push(String(line)))
    // A message of its own: the same signed content as an earlier test would be answered as a replay.
    const unseen = sid('SM', 0x5d0)
    const pairs = inboundSms.map(([k, v]): [string, string] => [k, v === MESSAGE ? unseen : v])
    const { res, queue } = await run(formRequest(url('messaging'), pairs), { DESTINATIONS: '[]' })
    expect(res.status).toBe(200)
    expect(queue.sent).toHaveLength(0)
    const entry = JSON.parse(lines.find((l) => JSON.parse(l).event === 'webhook') ?? '{}')
    expect(entry).toMatchObject({ status: 200, outcome: 'no-destination', counts: { events: 1, messages: 0 } })
  })
})

describe('through the deployed entry point (exports.default)', () => {
  it('serves a signed webhook, and refuses an unsigned one', async () => {
    const ok = await exports.default.fetch(formRequest(url('messaging'), inboundSms))
    expect(ok.status).toBe(200)
    expect(await ok.text()).toBe(EMPTY_TWIML)
    const unsigned = await exports.default.fetch(url('voice'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: formBody(incomingCall),
    })
    expect(unsigned.status).toBe(401)
    const get = await exports.default.fetch(url('events'))
    expect(get.status).toBe(405)
    void env
  })
})
