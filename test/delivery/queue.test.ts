/** End to end with real Queues in workerd: publish -> consumer -> stub destinations -> dead letters -> replay. */
import { env } from 'cloudflare:workers'
import { Webhook } from 'standardwebhooks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadConfig, type Config } from '../../src/config'
import { publish } from '../../src/delivery'
import { publishAudit } from '../../src/delivery/audit-sink'
import { listDeadLetters, replayDeadLetter, getDeadLetter, DEAD_LETTER_PREFIX } from '../../src/delivery/dead-letters'
import { eventId } from '../../src/delivery/envelope'
import type { Env } from '../../src/env'
import { TEST_SECRETS } from './bindings'
import { deliveriesTo, sampleEvent, stubFetch, uniqueSid } from './helpers'

const testEnv = env as unknown as Env

function config(): Config {
  const loaded = loadConfig(testEnv)
  if (!loaded.ok) throw new Error(`test config invalid: ${loaded.error.setting} ${loaded.error.problem}`)
  return loaded.value
}

const waitOptions = { timeout: 8000, interval: 25 }

afterEach(() => {
  vi.restoreAllMocks()
})

describe('publish -> queue -> destination', () => {
  it('delivers a signed envelope that verifies with the standardwebhooks package, with each rotated key', async () => {
    const captured = stubFetch()
    const event = sampleEvent()
    const id = await eventId(event.kind, event.resourceSid, event.discriminator)

    await publish(testEnv, config(), [event])

    await vi.waitFor(() => expect(deliveriesTo(captured, 'crm.example.test', id)).toHaveLength(1), waitOptions)
    const [request] = deliveriesTo(captured, 'crm.example.test', id)
    if (!request) throw new Error('unreachable')
    expect(request.method).toBe('POST')
    expect(request.url).toBe('https://crm.example.test/hooks')
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.headers['x-api-key']).toBe('test-crm-api-key')
    expect(request.headers['x-tenant']).toBe('clinic-1')
    expect(request.headers['webhook-signature']?.split(' ')).toHaveLength(2)

    // Both the current and the previous key verify (zero-downtime rotation on the receiver side).
    for (const secret of [TEST_SECRETS.crm, TEST_SECRETS.crmPrevious]) {
      const payload = new Webhook(secret).verify(request.body, request.headers)
      expect(payload).toEqual({
        id,
        type: 'message.received',
        channel: 'sms',
        occurredAt: '2026-11-24T20:00:00.000Z',
        twilio: { AccountSid: 'AC00000000000000000000000000000000', MessageSid: event.resourceSid },
        data: event.data,
        tokens: event.tokens,
        redactions: { NAME: 1, PHONE: 2 },
      })
    }
    expect(() => new Webhook(TEST_SECRETS.others).verify(request.body, request.headers)).toThrow()
    expect(request.headers['webhook-id']).toBe(id)
    expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(300)
  })

  it('sends a destination without a BAA only tokens, safe metadata and counts', async () => {
    const captured = stubFetch()
    const event = sampleEvent()
    const id = await eventId(event.kind, event.resourceSid, event.discriminator)

    await publish(testEnv, config(), [event])

    await vi.waitFor(() => expect(deliveriesTo(captured, 'minimal.example.test', id)).toHaveLength(1), waitOptions)
    const [request] = deliveriesTo(captured, 'minimal.example.test', id)
    if (!request) throw new Error('unreachable')
    const payload = new Webhook(TEST_SECRETS.others).verify(request.body, request.headers) as Record<string, unknown>
    expect(payload.data).toEqual({
      From: 'tok_AbCdEfGhIjKlMnOp12',
      To: 'tok_QrStUvWxYz0123456789',
      SmsStatus: 'received',
      NumMedia: '0',
    })
    expect(payload.tokens).toEqual({ From: 'PHONE', To: 'PHONE' })
    expect(payload.redactions).toEqual({ NAME: 1, PHONE: 2 })
    // No free text, location, attributes or media anywhere in the bytes sent.
    for (const withheld of ['refill', '[NAME]', 'FromCity', 'FromState', 'ChannelMetadata', 'scrubbed', 'MediaUrl0']) {
      expect(request.body).not.toContain(withheld)
    }
  })

  it('only delivers to destinations subscribed to the event type', async () => {
    const captured = stubFetch()
    const event = sampleEvent()
    const id = await eventId(event.kind, event.resourceSid, event.discriminator)

    await publish(testEnv, config(), [event])

    await vi.waitFor(() => expect(captured.filter((c) => c.headers['webhook-id'] === id)).toHaveLength(2), waitOptions)
    // Let the queue drain a little more: nothing else arrives for flaky/broken/auditor.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const hosts = captured.filter((c) => c.headers['webhook-id'] === id).map((c) => c.host)
    expect(hosts.sort()).toEqual(['crm.example.test', 'minimal.example.test'])
  })

  it('gives a Twilio retry of the same webhook the same id', async () => {
    const captured = stubFetch()
    const sid = uniqueSid('SM')
    const first = sampleEvent({ resourceSid: sid })
    const retry = sampleEvent({ resourceSid: sid, occurredAt: '2026-11-24T20:00:05.000Z' })
    const id = await eventId(first.kind, sid, first.discriminator)

    await publish(testEnv, config(), [first])
    await publish(testEnv, config(), [retry])

    await vi.waitFor(() => expect(deliveriesTo(captured, 'crm.example.test', id)).toHaveLength(2), waitOptions)
    const ids = deliveriesTo(captured, 'crm.example.test', id).map((c) => (JSON.parse(c.body) as { id: string }).id)
    expect(ids).toEqual([id, id])
    // A different webhook about the same message (a status callback) is a different event.
    const status = await eventId('message.status', sid, 'delivered')
    expect(status).not.toBe(id)
  })

  it('retries a destination failing twice with 503 and delivers with the same webhook-id', async () => {
    let failures = 0
    const captured = stubFetch((request) => {
      if (request.host === 'flaky.example.test' && failures < 2) {
        failures++
        return new Response('unavailable', { status: 503 })
      }
      return new Response(null, { status: 204 })
    })
    const sid = uniqueSid('CA')
    const event = sampleEvent({
      product: 'voice',
      kind: 'call.status',
      channel: 'voice',
      resourceSid: sid,
      discriminator: 'completed',
      sids: { AccountSid: 'AC00000000000000000000000000000000', CallSid: sid },
      data: { CallStatus: 'completed', CallDuration: '42', From: 'tok_AbCdEfGhIjKlMnOp12' },
      fields: { CallStatus: 'safe', CallDuration: 'safe', From: 'token' },
      tokens: { From: 'PHONE' },
      redactions: {},
    })
    const id = await eventId('call.status', sid, 'completed')

    await publish(testEnv, config(), [event])

    await vi.waitFor(() => expect(deliveriesTo(captured, 'flaky.example.test', id)).toHaveLength(3), waitOptions)
    const attempts = deliveriesTo(captured, 'flaky.example.test', id)
    for (const attempt of attempts) {
      expect(attempt.headers['webhook-id']).toBe(id)
      expect((new Webhook(TEST_SECRETS.others).verify(attempt.body, attempt.headers) as { id: string }).id).toBe(id)
    }
    // Delivered on the third attempt: nothing in the dead letters.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(deliveriesTo(captured, 'flaky.example.test', id)).toHaveLength(3)
    expect(await getDeadLetter(testEnv, `${id}.flaky`)).toBeUndefined()
  })

  it('dead-letters a destination that keeps failing, lists it, and replays it with the same webhook-id', async () => {
    let brokenStatus = 500
    const captured = stubFetch((request) =>
      request.host === 'broken.example.test' ? new Response('down', { status: brokenStatus }) : new Response('ok'),
    )
    const sid = uniqueSid('TR')
    const event = transcription(sid)
    const id = await eventId('transcription.completed', sid, 'completed')
    const deadId = `${id}.broken`

    await publish(testEnv, config(), [event])

    // Schedule "0,0" = 3 attempts, then the dead-letter queue, then the store.
    await vi.waitFor(async () => expect(await getDeadLetter(testEnv, deadId)).toBeDefined(), waitOptions)
    expect(deliveriesTo(captured, 'broken.example.test', id)).toHaveLength(3)
    const stored = await getDeadLetter(testEnv, deadId)
    expect(stored).toMatchObject({
      id: deadId,
      eventId: id,
      destination: 'broken',
      type: 'transcription.completed',
      reason: 'exhausted',
      lastStatus: 500,
      attempts: 3,
    })
    // Stored de-identified as sent (the destination has a BAA, so scrubbed text is kept for replay).
    expect(stored?.message.envelope.data).toEqual(event.data)

    const page = await listDeadLetters(testEnv, { limit: 1000 })
    const listed = page.items.find((item) => item.id === deadId)
    // biome-ignore format: packed list
    expect(listed).toEqual({
      id: deadId, eventId: id, destination: 'broken', type: 'transcription.completed', reason: 'exhausted', lastStatus: 500, attempts: 3,
      failedAt: expect.any(String), accounts: ['AC00000000000000000000000000000000'],
    })
    expect(JSON.stringify(page)).not.toContain('whsec_')
    expect(JSON.stringify(page)).not.toContain('Patient reports')

    brokenStatus = 200
    const replayed = await replayDeadLetter(testEnv, config(), deadId, 'test-dead-letters')
    expect(replayed.ok).toBe(true)
    await vi.waitFor(() => expect(deliveriesTo(captured, 'broken.example.test', id)).toHaveLength(4), waitOptions)
    const last = deliveriesTo(captured, 'broken.example.test', id)[3]
    if (!last) throw new Error('unreachable')
    expect(last.headers['webhook-id']).toBe(id)
    expect(new Webhook(TEST_SECRETS.others).verify(last.body, last.headers)).toMatchObject({ id, data: event.data })
    expect(await getDeadLetter(testEnv, deadId)).toBeUndefined()
    expect(await replayDeadLetter(testEnv, config(), deadId, 'test-dead-letters')).toEqual({
      ok: false,
      error: 'not-found',
    })
  })

  it('sends a permanent 4xx straight to the dead letters after one attempt', async () => {
    const captured = stubFetch((request) =>
      request.host === 'broken.example.test' ? new Response('bad', { status: 422 }) : new Response('ok'),
    )
    const sid = uniqueSid('TR')
    const id = await eventId('transcription.completed', sid, 'completed')

    await publish(testEnv, config(), [transcription(sid)])

    await vi.waitFor(async () => expect(await getDeadLetter(testEnv, `${id}.broken`)).toBeDefined(), waitOptions)
    expect(deliveriesTo(captured, 'broken.example.test', id)).toHaveLength(1)
    expect(await getDeadLetter(testEnv, `${id}.broken`)).toMatchObject({
      reason: 'rejected',
      lastStatus: 422,
      attempts: 1,
    })
  })

  it('honours 429 as retryable and 410 as gone', async () => {
    let calls = 0
    const captured = stubFetch((request) => {
      if (request.host !== 'broken.example.test') return new Response('ok')
      calls++
      return calls === 1
        ? new Response('slow down', { status: 429, headers: { 'retry-after': '0' } })
        : new Response('gone', { status: 410 })
    })
    const sid = uniqueSid('TR')
    const id = await eventId('transcription.completed', sid, 'completed')

    await publish(testEnv, config(), [transcription(sid)])

    await vi.waitFor(async () => expect(await getDeadLetter(testEnv, `${id}.broken`)).toBeDefined(), waitOptions)
    expect(deliveriesTo(captured, 'broken.example.test', id)).toHaveLength(2)
    expect(await getDeadLetter(testEnv, `${id}.broken`)).toMatchObject({ reason: 'gone', lastStatus: 410, attempts: 2 })
  })

  it('rejects when the queue cannot take the events, so ingest can answer 503', async () => {
    const refusing = {
      ...testEnv,
      EVENTS: {
        send: () => Promise.reject(new Error('queue down')),
        sendBatch: () => Promise.reject(new Error('queue down')),
      },
    } as unknown as Env
    await expect(publish(refusing, config(), [sampleEvent()])).rejects.toThrow()
  })

  it('queues audit records only for destinations subscribed to audit.*, without the free-text purpose', async () => {
    const captured = stubFetch()
    const at = new Date().toISOString()
    await publishAudit(testEnv, config(), {
      type: 'audit.detokenize',
      actor: 'test-detokenize',
      scope: 'detokenize',
      purpose: 'call back Jane about her refill',
      tokens: ['tok_AbCdEfGhIjKlMnOp12'],
      outcome: 'allowed',
      at,
    })
    await vi.waitFor(() => expect(captured.filter((c) => c.body.includes(at))).toHaveLength(1), waitOptions)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const audits = captured.filter((c) => c.body.includes(at))
    expect(audits.map((c) => c.host)).toEqual(['audit.example.test'])
    const payload = new Webhook(TEST_SECRETS.others).verify(audits[0]?.body ?? '', audits[0]?.headers ?? {}) as Record<
      string,
      unknown
    >
    expect(payload).toMatchObject({
      type: 'audit.detokenize',
      channel: 'audit',
      occurredAt: at,
      data: { actor: 'test-detokenize', scope: 'detokenize', outcome: 'allowed', tokens: ['tok_AbCdEfGhIjKlMnOp12'] },
    })
    expect(audits[0]?.body).not.toContain('Jane')
  })

  it('writes nothing to the queue for an empty batch and keeps dead letters under the documented prefix', async () => {
    await publish(testEnv, config(), [])
    const listed = await testEnv.DELIVERY_STATE.list({ prefix: DEAD_LETTER_PREFIX })
    for (const key of listed.keys) expect(key.name.startsWith('dead-letter:evt_')).toBe(true)
  })
})

function transcription(sid: string) {
  return sampleEvent({
    product: 'transcription',
    kind: 'transcription.completed',
    channel: 'voice',
    resourceSid: sid,
    discriminator: 'completed',
    sids: { AccountSid: 'AC00000000000000000000000000000000', TranscriptionSid: sid },
    data: { TranscriptionText: 'Patient reports [SYMPTOM-FREE TEXT] since [DATE]', TranscriptionStatus: 'completed' },
    fields: { TranscriptionText: 'text', TranscriptionStatus: 'safe' },
    tokens: {},
    redactions: { DATE: 1 },
  })
}
