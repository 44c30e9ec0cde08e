import { afterEach, describe, expect, it, vi } from 'vitest'
import { app } from '../../src/index'
import { TENANT_A, envWith, vaultOf } from '../vault/helpers'
import { BASE, MESSAGE_SID, auditLines, call, captureLogs, stubFetch, type Captured } from './helpers'

afterEach(() => vi.restoreAllMocks())

const TWILIO_URL = `https://api.twilio.com/2010-04-01/Accounts/${TENANT_A}/Messages.json`
const AUTH_TOKEN_BASIC = `Basic ${btoa('AC00000000000000000000000000000000:12345')}`

function twilioAccepts(request: Captured): Response {
  const to = new URLSearchParams(request.body).get('To')
  return Response.json({ sid: MESSAGE_SID, status: 'queued', to, body: 'echo' }, { status: 201 })
}

/** A minimal reply by the messages-scoped key. */
function sendHi(token: string): Promise<Response> {
  return call('POST', '/v1/messages', 'test-admin-messages', { to: token, body: 'Hi', from: '+15005550006' })
}

async function phoneToken(value = '(415) 555-0188'): Promise<string> {
  const [token] = await vaultOf()
    .tokenizerFor(TENANT_A)
    .tokenize([{ type: 'PHONE', value }])
  return token as string
}

describe('POST /v1/messages (reply to a patient by token)', () => {
  it('sends the resolved number to Twilio and answers only the message SID and status', async () => {
    const token = await phoneToken()
    const captured = stubFetch(twilioAccepts)
    const logs = captureLogs()
    const res = await call('POST', '/v1/messages', 'test-admin-messages', {
      to: token,
      body: 'Your refill is ready for pickup.',
      from: '+15005550006',
      purpose: 'ticket',
    })
    expect(res.status).toBe(201)
    const text = await res.text()
    expect(JSON.parse(text)).toEqual({ sid: MESSAGE_SID, status: 'queued' })
    for (const secret of ['5550188', '555-0188', '415']) expect(text).not.toContain(secret)

    expect(captured).toHaveLength(1)
    const [request] = captured
    expect(request?.url).toBe(TWILIO_URL)
    expect(request?.method).toBe('POST')
    expect(request?.headers.authorization).toBe(AUTH_TOKEN_BASIC)
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(request?.body).toBe(
      new URLSearchParams({
        To: '+14155550188',
        From: '+15005550006',
        Body: 'Your refill is ready for pickup.',
      }).toString(),
    )

    expect(auditLines(logs.lines(), 'audit.message.sent')).toEqual([
      expect.objectContaining({
        outcome: 'allowed',
        keyId: 'test-messages',
        scope: 'messages',
        purpose: 'ticket',
        token,
        sids: { message: MESSAGE_SID },
      }),
    ])
    for (const secret of ['5550188', 'refill is ready']) expect(logs.raw()).not.toContain(secret)
  })

  it('uses a Messaging Service when given one, and keeps the WhatsApp channel of the original sender', async () => {
    const token = await phoneToken('whatsapp:+447700900123')
    const captured = stubFetch(twilioAccepts)
    const service = 'MG0123456789abcdef0123456789abcdef'
    const res = await call('POST', '/v1/messages', 'test-admin-all', {
      to: token,
      body: 'Hello',
      messagingServiceSid: service,
    })
    expect(res.status).toBe(201)
    expect(captured[0]?.body).toBe(
      new URLSearchParams({ To: 'whatsapp:+447700900123', MessagingServiceSid: service, Body: 'Hello' }).toString(),
    )
  })

  it('authenticates with an API key SID and secret when configured', async () => {
    const token = await phoneToken()
    const captured = stubFetch(twilioAccepts)
    const keySid = 'SK0123456789abcdef0123456789abcdef'
    const env = envWith({ TWILIO_API_KEY_SID: keySid, TWILIO_API_KEY_SECRET: 'dev-api-key-secret' })
    const res = await app.request(
      `${BASE}/v1/messages`,
      {
        method: 'POST',
        headers: { Authorization: 'Bearer test-admin-messages', 'Content-Type': 'application/json' },
        body: JSON.stringify({ to: token, body: 'Hi', from: '+15005550006' }),
      },
      env,
    )
    expect(res.status).toBe(201)
    expect(captured[0]?.headers.authorization).toBe(`Basic ${btoa(`${keySid}:dev-api-key-secret`)}`)
  })

  it("maps a Twilio error to a clean 502 that never echoes Twilio's body (it quotes the number)", async () => {
    const token = await phoneToken()
    const logs = captureLogs()
    stubFetch(() =>
      Response.json(
        { code: 21610, message: 'Attempt to send to unsubscribed recipient +14155550188', status: 400, more_info: 'x' },
        { status: 400 },
      ),
    )
    const res = await sendHi(token)
    expect(res.status).toBe(502)
    const text = await res.text()
    expect(JSON.parse(text)).toEqual({ error: 'twilio-error', twilioStatus: 400, twilioCode: 21610 })
    expect(text).not.toContain('5550188')
    expect(logs.raw()).not.toContain('5550188')
    expect(auditLines(logs.lines(), 'audit.message.sent')).toEqual([
      expect.objectContaining({ outcome: 'error', reason: 'twilio-400', token }),
    ])
  })

  it('answers 502 when Twilio cannot be reached or answers nonsense', async () => {
    const token = await phoneToken()
    stubFetch(() => Promise.reject(new TypeError('network down +14155550188')))
    const down = await sendHi(token)
    expect(down.status).toBe(502)
    expect(await down.json()).toEqual({ error: 'twilio-error' })
    vi.restoreAllMocks()
    stubFetch(() => new Response('<html>+14155550188</html>', { status: 200 }))
    const odd = await sendHi(token)
    expect(odd.status).toBe(502)
    expect(await odd.text()).not.toContain('5550188')
  })

  it('refuses tokens that are not phone numbers, unknown tokens and bad requests without calling Twilio', async () => {
    const [nameToken] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'NAME', value: 'Not A Phone' }])
    const phone = await phoneToken()
    const captured = stubFetch(twilioAccepts)
    const send = (body: unknown) => call('POST', '/v1/messages', 'test-admin-messages', body)
    expect((await send({ to: nameToken, body: 'Hi', from: '+15005550006' })).status).toBe(422)
    expect((await send({ to: 'tok_ZZZZZZZZZZZZZZZZZZZZZZ', body: 'Hi', from: '+15005550006' })).status).toBe(404)
    expect((await send({ to: '+14155550188', body: 'Hi', from: '+15005550006' })).status).toBe(400)
    expect((await send({ to: phone, body: '', from: '+15005550006' })).status).toBe(400)
    expect((await send({ to: phone, body: 'x'.repeat(1601), from: '+15005550006' })).status).toBe(400)
    expect((await send({ to: phone, body: 'Hi' })).status).toBe(400)
    expect((await send({ to: phone, body: 'Hi', from: 'not a number!' })).status).toBe(400)
    const service = 'MG0123456789abcdef0123456789abcdef'
    const both = { to: phone, body: 'Hi', from: '+15005550006', messagingServiceSid: service }
    expect((await send(both)).status).toBe(400)
    expect(captured).toHaveLength(0)
  })

  it('answers 404 for an erased token', async () => {
    const token = await phoneToken('+14155550189')
    const captured = stubFetch(twilioAccepts)
    expect((await call('DELETE', `/v1/tokens/${token}`, 'test-admin-erase')).status).toBe(200)
    const res = await sendHi(token)
    expect(res.status).toBe(404)
    expect(captured).toHaveLength(0)
  })
})

describe('POST /v1/messages when Twilio does not answer', () => {
  it('gives up after TWILIO_REST_TIMEOUT_SECONDS with 504, says the message may have gone, and audits both records', async () => {
    const token = await phoneToken('(415) 555-0177')
    const aborted: string[] = []
    // Twilio hangs: the call ends only when the Worker's timeout aborts it.
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      (_input, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => {
            aborted.push('aborted')
            reject(new DOMException('The operation was aborted', 'TimeoutError'))
          })
        }),
    )
    const logs = captureLogs()
    const request = new Request(`${BASE}/v1/messages`, {
      method: 'POST',
      headers: { Authorization: 'Bearer test-admin-messages', 'Content-Type': 'application/json' },
      body: JSON.stringify({ to: token, body: 'Hi', from: '+15005550006' }),
    })
    const res = await app.fetch(request, envWith({ TWILIO_REST_TIMEOUT_SECONDS: '1' }))
    expect(res.status).toBe(504)
    expect(await res.json()).toEqual({
      error: 'twilio-timeout',
      detail: 'Twilio did not answer in time; the message may have been sent',
    })
    expect(aborted).toEqual(['aborted'])
    expect(auditLines(logs.lines(), 'audit.message.requested')).toEqual([
      expect.objectContaining({ outcome: 'allowed', token }),
    ])
    expect(auditLines(logs.lines(), 'audit.message.sent')).toEqual([
      expect.objectContaining({ outcome: 'error', reason: 'twilio-timeout', token }),
    ])
    expect(logs.raw()).not.toContain('5550177')
  })
})
