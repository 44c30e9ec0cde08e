/** Pure delivery policy: event ids, subscription patterns, the BAA filter, signatures, retry classification and delays. */
import fc from 'fast-check'
import { Webhook } from 'standardwebhooks'
import { describe, expect, it } from 'vitest'
import { parseDestinationsConfig, type Destination } from '../../src/config/destinations'
import { envelopeOf, eventId, filterFor, subscribes } from '../../src/delivery/envelope'
import { classifyStatus, parseRetryAfter, retryDelay } from '../../src/delivery/retry'
import { standardWebhookHeaders } from '../../src/delivery/signing'
import type { Env } from '../../src/env'
import { TEST_SECRETS } from './bindings'
import { sampleEvent } from './helpers'

function destination(raw: Record<string, unknown>): Destination {
  const parsed = parseDestinationsConfig({
    DESTINATIONS: [{ name: 'd', url: 'https://d.example.test/', secret: 'secret:D_KEY', ...raw }],
    D_KEY: TEST_SECRETS.others,
  } as unknown as Env)
  if (!parsed.ok) throw new Error(parsed.error.setting)
  return parsed.value.destinations[0] as Destination
}

describe('event id', () => {
  it('is deterministic from kind, resource SID and discriminator only', async () => {
    const a = await eventId('message.received', 'SM123', 'received')
    expect(a).toMatch(/^evt_[0-9a-f]{64}$/)
    expect(await eventId('message.received', 'SM123', 'received')).toBe(a)
    expect(await eventId('message.status', 'SM123', 'received')).not.toBe(a)
    expect(await eventId('message.received', 'SM124', 'received')).not.toBe(a)
    expect(await eventId('message.received', 'SM123', 'delivered')).not.toBe(a)
  })

  it('keeps the Twilio SIDs unchanged in the envelope', async () => {
    const event = sampleEvent()
    expect((await envelopeOf(event)).twilio).toEqual(event.sids)
  })
})

describe('subscriptions', () => {
  it('matches exact types, prefixes and * (which excludes audit)', () => {
    const all = destination({})
    expect(subscribes(all, 'message.received')).toBe(true)
    expect(subscribes(all, 'audit.detokenize')).toBe(false)
    const some = destination({ events: ['message.*', 'call.status', 'audit.*'] })
    expect(subscribes(some, 'message.status')).toBe(true)
    expect(subscribes(some, 'call.status')).toBe(true)
    expect(subscribes(some, 'call.received')).toBe(false)
    expect(subscribes(some, 'audit.token.erased')).toBe(true)
    expect(subscribes(destination({ events: ['conversation.message.*'] }), 'conversation.updated')).toBe(false)
  })
})

describe('per-destination filter', () => {
  it('cuts occurredAt and every safe date or time to the year for a destination with timestamps "year"', async () => {
    const event = sampleEvent({
      data: {
        ...sampleEvent().data,
        Timestamp: '2026-07-17T12:05:03.123Z',
        DateCreated: 'Mon, 16 Aug 2010 03:45:01 +0000',
        Day: '2026-07-17',
      },
      fields: { ...sampleEvent().fields, Timestamp: 'safe', DateCreated: 'safe', Day: 'safe' },
    })
    const full = await envelopeOf(event)
    const strict = filterFor(destination({ baa: true, timestamps: 'year' }), full, event.fields).envelope
    expect(strict.occurredAt).toBe('2026')
    expect(strict.data).toMatchObject({
      Timestamp: '2026',
      DateCreated: '2010',
      Day: '2026',
      SmsStatus: 'received',
      NumMedia: '0',
    })
    // Tokens, text and the ids are not timestamps: untouched.
    expect(strict.data.From).toBe(event.data.From)
    expect(strict.data.Body).toBe(event.data.Body)
    expect(strict.id).toBe(full.id)
    expect(strict.twilio).toEqual(full.twilio)
    // The default, and "exact", keep them as they came.
    for (const exact of [destination({ baa: true }), destination({ baa: true, timestamps: 'exact' })]) {
      const kept = filterFor(exact, full, event.fields).envelope
      expect(kept.occurredAt).toBe('2026-11-24T20:00:00.000Z')
      expect(kept.data).toMatchObject({
        Timestamp: '2026-07-17T12:05:03.123Z',
        DateCreated: 'Mon, 16 Aug 2010 03:45:01 +0000',
      })
    }
  })

  it('refuses any other timestamps setting, naming the destination and the setting', () => {
    const parsed = parseDestinationsConfig({
      DESTINATIONS: [{ name: 'd', url: 'https://d.example.test/', secret: 'secret:D_KEY', timestamps: 'day' }],
      D_KEY: TEST_SECRETS.others,
    } as unknown as Env)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.error.setting).toContain('timestamps')
  })

  it('gives a non-BAA destination tokens and safe fields only; allowFreeText adds text and nothing else', async () => {
    const event = sampleEvent()
    const full = await envelopeOf(event)
    expect(Object.keys(filterFor(destination({}), full, event.fields).envelope.data).sort()).toEqual([
      'From',
      'NumMedia',
      'SmsStatus',
      'To',
    ])
    expect(
      Object.keys(filterFor(destination({ allowFreeText: true }), full, event.fields).envelope.data).sort(),
    ).toEqual(['Body', 'From', 'NumMedia', 'SmsStatus', 'To'])
    expect(Object.keys(filterFor(destination({ baa: true }), full, event.fields).envelope.data).sort()).toEqual(
      Object.keys(event.data).sort(),
    )
  })

  it('applies the field allowlist on top, and drops any field whose kind is unknown (fail closed)', async () => {
    const event = sampleEvent()
    const full = await envelopeOf({ ...event, data: { ...event.data, Mystery: 'Jane Doe' } })
    const filtered = filterFor(destination({ baa: true, fields: ['Body', 'From', 'Mystery'] }), full, event.fields)
    expect(filtered.envelope.data).toEqual({ Body: event.data.Body, From: event.data.From })
    expect(filtered.envelope.tokens).toEqual({ From: 'PHONE' })
    expect(filtered.kinds).toEqual({ Body: 'text', From: 'token' })
    expect(filtered.dropped).toBe(8)
    expect(filtered.envelope.redactions).toEqual(event.redactions)
  })
})

describe('per-destination filter, for any event', () => {
  const kinds = ['safe', 'token', 'text', 'location', 'media', 'attributes'] as const
  const fieldsArb = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 12 }).filter((k) => k !== '__proto__'),
    fc.record({ value: fc.string(), kind: fc.option(fc.constantFrom(...kinds), { nil: undefined }) }),
  )

  it('never lets a field through whose kind the destination may not receive, nor one without a kind', async () => {
    const destinations = [
      destination({}),
      destination({ allowFreeText: true }),
      destination({ baa: true }),
      destination({ baa: true, fields: ['a', 'b'] }),
    ]
    await fc.assert(
      fc.asyncProperty(fieldsArb, async (fields) => {
        const data = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.value]))
        const fieldKinds = Object.fromEntries(Object.entries(fields).flatMap(([k, f]) => (f.kind ? [[k, f.kind]] : [])))
        const envelope = await envelopeOf(sampleEvent({ data, fields: fieldKinds, tokens: {} }))
        for (const dest of destinations) {
          const filtered = filterFor(dest, envelope, fieldKinds)
          for (const field of Object.keys(filtered.envelope.data)) {
            const kind = fieldKinds[field]
            expect(kind).toBeDefined()
            if (!dest.baa)
              expect(kind === 'safe' || kind === 'token' || (kind === 'text' && dest.allowFreeText)).toBe(true)
            if (dest.fields) expect(dest.fields).toContain(field)
          }
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('Standard Webhooks signing', () => {
  it('produces headers the reference library verifies, one signature per secret', async () => {
    const body = JSON.stringify({ id: 'evt_x', hello: 'world' })
    const now = Math.floor(Date.now() / 1000)
    const headers = await standardWebhookHeaders([TEST_SECRETS.crm, TEST_SECRETS.crmPrevious], 'evt_x', now, body)
    expect(headers['webhook-id']).toBe('evt_x')
    expect(headers['webhook-timestamp']).toBe(String(now))
    expect(new Webhook(TEST_SECRETS.crm).verify(body, headers)).toEqual({ id: 'evt_x', hello: 'world' })
    expect(new Webhook(TEST_SECRETS.crmPrevious).verify(body, headers)).toEqual({ id: 'evt_x', hello: 'world' })
    // Same signature as the reference signer.
    const [first] = (headers['webhook-signature'] as string).split(' ')
    expect(first).toBe(new Webhook(TEST_SECRETS.crm).sign('evt_x', new Date(now * 1000), body))
    expect(() => new Webhook(TEST_SECRETS.crm).verify(`${body} `, headers)).toThrow()
  })
})

describe('retry policy', () => {
  it('classifies statuses', () => {
    expect(classifyStatus(200, null)).toEqual({ kind: 'delivered', status: 200 })
    expect(classifyStatus(204, null)).toEqual({ kind: 'delivered', status: 204 })
    for (const status of [408, 409, 425, 429, 500, 502, 503, 504])
      expect(classifyStatus(status, null).kind).toBe('retry')
    for (const status of [400, 401, 403, 404, 413, 422])
      expect(classifyStatus(status, null)).toEqual({ kind: 'drop', status, reason: 'rejected' })
    expect(classifyStatus(410, null)).toEqual({ kind: 'drop', status: 410, reason: 'gone' })
    expect(classifyStatus(301, null)).toEqual({ kind: 'retry', status: 301, reason: 'redirect' })
    expect(classifyStatus(503, '120')).toEqual({
      kind: 'retry',
      status: 503,
      reason: 'http-503',
      retryAfterSeconds: 120,
    })
  })

  it('follows the schedule with ±20 % jitter, then stops', () => {
    const schedule = [5, 300, 1800, 7200, 18000, 36000, 36000]
    const failure = { status: 503, reason: 'http-503' }
    expect(retryDelay(schedule, 1, failure, () => 0.5)).toBe(5)
    expect(retryDelay(schedule, 2, failure, () => 0)).toBe(240)
    expect(retryDelay(schedule, 2, failure, () => 1)).toBe(360)
    expect(retryDelay(schedule, 7, failure, () => 1)).toBe(43_200)
    expect(retryDelay(schedule, 8, failure, () => 0.5)).toBeUndefined()
    for (let attempt = 1; attempt <= 7; attempt++) {
      for (const r of [0, 0.3, 0.999])
        expect(retryDelay(schedule, attempt, failure, () => r)).toBeLessThanOrEqual(43_200)
    }
  })

  it('honours Retry-After and a 60 s floor for 429/timeouts, capped by the longest hop', () => {
    const schedule = [5, 300, 1800]
    expect(retryDelay(schedule, 1, { status: 429, reason: 'http-429' }, () => 0.5)).toBe(60)
    expect(retryDelay(schedule, 1, { reason: 'timeout' }, () => 0.5)).toBe(60)
    expect(retryDelay(schedule, 1, { status: 503, reason: 'http-503', retryAfterSeconds: 900 }, () => 0.5)).toBe(900)
    expect(retryDelay(schedule, 1, { status: 503, reason: 'http-503', retryAfterSeconds: 999_999 }, () => 0.5)).toBe(
      2160,
    )
    expect(retryDelay([0, 0], 1, { status: 429, reason: 'http-429', retryAfterSeconds: 30 }, () => 0.5)).toBe(0)
  })

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-24T20:00:00Z')
    expect(parseRetryAfter('30', now)).toBe(30)
    expect(parseRetryAfter('Tue, 24 Nov 2026 20:01:00 GMT', now)).toBe(60)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })
})
