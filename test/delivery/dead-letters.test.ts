/** Dead-letter store fed by the runtime's dead-letter queue, oversized messages, and the /v1/dead-letters edge. */
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadConfig, type Config } from '../../src/config'
import { consumeDeadLetters, consumeEvents, publish } from '../../src/delivery'
import { getDeadLetter } from '../../src/delivery/dead-letters'
import { envelopeOf, eventId } from '../../src/delivery/envelope'
import { MAX_MESSAGE_BYTES } from '../../src/delivery/publish'
import type { DeliveryMessage } from '../../src/delivery/types'
import type { Env } from '../../src/env'
import { deliveriesTo, sampleEvent, stubFetch } from './helpers'

const testEnv = env as unknown as Env

function config(): Config {
  const loaded = loadConfig(testEnv)
  if (!loaded.ok) throw new Error(loaded.error.setting)
  return loaded.value
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('dead-letter queue consumer', () => {
  it('stores a message the runtime gave up on as exhausted, and acks it', async () => {
    const event = sampleEvent()
    const envelope = await envelopeOf(event)
    const body: DeliveryMessage = { v: 1, destination: 'crm', envelope, kinds: event.fields }
    const batch = createMessageBatch('phi-firewall-dead-letters', [
      { id: 'm1', timestamp: new Date(), attempts: 4, body },
    ])
    const ctx = createExecutionContext()
    await consumeDeadLetters(batch, testEnv, ctx)
    const result = await getQueueResult(batch, ctx)
    expect(result.explicitAcks).toEqual(['m1'])
    expect(await getDeadLetter(testEnv, `${envelope.id}.crm`)).toMatchObject({
      reason: 'exhausted',
      attempts: 4,
      destination: 'crm',
    })
  })

  it('acks and ignores a body it did not write (never stores unknown data)', async () => {
    const batch = createMessageBatch('phi-firewall-dead-letters', [
      { id: 'm2', timestamp: new Date(), attempts: 1, body: { Body: 'raw text' } },
    ])
    const ctx = createExecutionContext()
    await consumeDeadLetters(batch, testEnv, ctx)
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(['m2'])
    expect(
      (await testEnv.DELIVERY_STATE.list({ prefix: 'dead-letter:' })).keys.map((k) => k.name).join(),
    ).not.toContain('raw')
  })

  it('dead-letters an event for a destination removed from the config', async () => {
    const sent = vi.spyOn(testEnv.DEAD_LETTERS, 'send')
    const event = sampleEvent()
    const envelope = await envelopeOf(event)
    const body: DeliveryMessage = { v: 1, destination: 'gone-away', envelope, kinds: event.fields }
    const batch = createMessageBatch('phi-firewall-events', [{ id: 'm3', timestamp: new Date(), attempts: 1, body }])
    const ctx = createExecutionContext()
    await consumeEvents(batch, testEnv, ctx)
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(['m3'])
    expect(sent).toHaveBeenCalledWith(
      expect.objectContaining({
        destination: 'gone-away',
        failure: expect.objectContaining({ reason: 'destination-removed' }),
      }),
      { contentType: 'json' },
    )
  })
})

describe('message size', () => {
  it('sheds the bulkiest free-text fields of an oversized event and still delivers ids, tokens and counts', async () => {
    const captured = stubFetch()
    const event = sampleEvent({ channel: 'sms' })
    event.data.Body = 'x'.repeat(MAX_MESSAGE_BYTES + 10)
    const id = await eventId(event.kind, event.resourceSid, event.discriminator)
    await publish(testEnv, config(), [event])
    await vi.waitFor(() => expect(deliveriesTo(captured, 'crm.example.test', id)).toHaveLength(1), {
      timeout: 8000,
      interval: 25,
    })
    const payload = JSON.parse(deliveriesTo(captured, 'crm.example.test', id)[0]?.body ?? '{}')
    expect(payload.data.Body).toBeUndefined()
    expect(payload.data.From).toBe('tok_AbCdEfGhIjKlMnOp12')
    expect(payload.redactions).toEqual({ NAME: 1, PHONE: 2 })
  })
})

describe('/v1/dead-letters', () => {
  it('refuses a request without an API key', async () => {
    const list = await exports.default.fetch('https://phi.example.test/v1/dead-letters')
    expect(list.status).toBe(401)
    const replay = await exports.default.fetch(
      `https://phi.example.test/v1/dead-letters/evt_${'0'.repeat(64)}.crm/replay`,
      { method: 'POST' },
    )
    expect(replay.status).toBe(401)
  })
})

describe('/v1/dead-letters with an API key', () => {
  const auth = (key: string) => ({ Authorization: `Bearer ${key}` })

  it('refuses a key without the dead-letters scope', async () => {
    const res = await exports.default.fetch('https://phi.example.test/v1/dead-letters', {
      headers: auth('test-admin-none'),
    })
    expect(res.status).toBe(403)
  })

  it('lists, shows and replays a dead letter with the same webhook-id', async () => {
    let status = 500
    const captured = stubFetch((request) =>
      request.host === 'broken.example.test' ? new Response(null, { status }) : new Response('ok'),
    )
    const event = sampleEvent({
      kind: 'transcription.completed',
      product: 'transcription',
      channel: 'voice',
      discriminator: 'completed',
      data: { TranscriptionStatus: 'completed' },
      fields: { TranscriptionStatus: 'safe' },
      tokens: {},
    })
    const id = await eventId(event.kind, event.resourceSid, event.discriminator)
    const deadId = `${id}.broken`
    await publish(testEnv, config(), [event])
    await vi.waitFor(async () => expect(await getDeadLetter(testEnv, deadId)).toBeDefined(), {
      timeout: 8000,
      interval: 25,
    })

    const list = await exports.default.fetch('https://phi.example.test/v1/dead-letters?limit=1000', {
      headers: auth('test-admin-dead-letters'),
    })
    expect(list.status).toBe(200)
    const page = (await list.json()) as { items: { id: string }[]; cursor: string | null }
    expect(page.items.map((item) => item.id)).toContain(deadId)
    expect(JSON.stringify(page)).not.toMatch(/whsec_|example\.test/)

    const shown = await exports.default.fetch(`https://phi.example.test/v1/dead-letters/${deadId}`, {
      headers: auth('test-admin-dead-letters'),
    })
    expect(shown.status).toBe(200)
    expect(await shown.json()).toMatchObject({
      id: deadId,
      reason: 'exhausted',
      lastStatus: 500,
      message: { envelope: { id } },
    })

    expect(
      (
        await exports.default.fetch('https://phi.example.test/v1/dead-letters?limit=0', {
          headers: auth('test-admin-dead-letters'),
        })
      ).status,
    ).toBe(400)
    const missing = await exports.default.fetch(
      `https://phi.example.test/v1/dead-letters/evt_${'f'.repeat(64)}.broken/replay`,
      {
        method: 'POST',
        headers: auth('test-admin-dead-letters'),
      },
    )
    expect(missing.status).toBe(404)

    status = 200
    const replay = await exports.default.fetch(`https://phi.example.test/v1/dead-letters/${deadId}/replay`, {
      method: 'POST',
      headers: auth('test-admin-dead-letters'),
    })
    expect(replay.status).toBe(202)
    expect(await replay.json()).toMatchObject({ replayed: { id: deadId, eventId: id, destination: 'broken' } })
    await vi.waitFor(() => expect(deliveriesTo(captured, 'broken.example.test', id)).toHaveLength(4), {
      timeout: 8000,
      interval: 25,
    })
    expect(await getDeadLetter(testEnv, deadId)).toBeUndefined()
    // The replay is audited to the audit destination (who, not what): for each of the two replay calls, the record
    // stored before it (`replay-requested`) and its result. Waiting for all four keeps none in flight after the test.
    const auditCopies = (type: string) =>
      captured.filter((c) => c.host === 'audit.example.test' && c.body.includes(`"type":"${type}"`))
    await vi.waitFor(
      () => {
        expect(auditCopies('audit.dead-letter.replay-requested')).toHaveLength(2)
        expect(auditCopies('audit.dead-letter.replayed')).toHaveLength(2)
      },
      { timeout: 8000, interval: 25 },
    )
    expect(auditCopies('audit.dead-letter.replayed').some((c) => c.body.includes('"outcome":"allowed"'))).toBe(true)
  })
})
