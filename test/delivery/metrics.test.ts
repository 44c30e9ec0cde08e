/**
 * Delivery metrics: each attempt counted by destination and outcome with its latency, dead letters counted once
 * stored, with the real queues and counter object; what Analytics Engine receives read through a recording wrapper
 * (miniflare's dataset keeps nothing to read back).
 */
import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { consumeEvents } from '../../src/delivery'
import { envelopeOf } from '../../src/delivery/envelope'
import type { DeliveryMessage } from '../../src/delivery/types'
import type { Env } from '../../src/env'
import { readCounters } from '../../src/metrics'
import { ACCOUNT, BASE, formRequest, sid } from '../helpers/twilio'
import { delta, recordingDataset, type MetricsBody } from '../metrics/helpers'
import { sampleEvent, stubFetch } from './helpers'

afterEach(() => vi.restoreAllMocks())

const testEnv = env as unknown as Env

/**
 * The counter totals, read directly: a GET /v1/metrics would be audited, and its audit record copied to the `auditor`
 * destination would be one more delivery. Deliveries to `auditor` (other reads' copies) are left out.
 */
async function readMetrics(): Promise<MetricsBody> {
  const read = await readCounters(testEnv)
  if (!read.ok) throw new Error('counters unavailable')
  const deliveries = Object.entries(read.value.groups.deliveries).filter(([label]) => !label.startsWith('auditor '))
  return { ...read.value, groups: { ...read.value.groups, deliveries: Object.fromEntries(deliveries) } }
}

async function messageTo(destination: string): Promise<DeliveryMessage> {
  const event = sampleEvent()
  return { v: 1, destination, envelope: await envelopeOf(event), kinds: event.fields }
}

describe('delivery metrics', () => {
  it('counts a delivered attempt by destination and outcome, with its latency and the status', async () => {
    stubFetch(() => new Response('ok', { status: 202 }))
    const before = await readMetrics()
    const dataset = recordingDataset()
    const batch = createMessageBatch('phi-firewall-events', [
      { id: 'd1', timestamp: new Date(), attempts: 1, body: await messageTo('crm') },
    ])
    const ctx = createExecutionContext()
    await consumeEvents(batch, { ...testEnv, METRICS: dataset } as Env, ctx)
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(['d1'])
    await waitOnExecutionContext(ctx)
    expect(dataset.points).toEqual([
      { indexes: ['delivery'], blobs: ['delivery', 'crm', 'delivered'], doubles: [1, expect.any(Number), 1, 202] },
    ])
    expect(delta(before, await readMetrics())).toEqual({ deliveries: { 'crm delivered': 1 } })
  })

  it('counts a retry, then the exhausted attempt and the dead letter the real dead-letter consumer stores', async () => {
    stubFetch(() => new Response('down', { status: 500 }))
    const before = await readMetrics()
    const dataset = recordingDataset()
    const message = await messageTo('broken')
    const batch = createMessageBatch('phi-firewall-events', [
      { id: 'r1', timestamp: new Date(), attempts: 1, body: message },
      // Past the test schedule's two retries: dead-lettered.
      { id: 'r2', timestamp: new Date(), attempts: 3, body: await messageTo('broken') },
    ])
    const ctx = createExecutionContext()
    await consumeEvents(batch, { ...testEnv, METRICS: dataset } as Env, ctx)
    const result = await getQueueResult(batch, ctx)
    expect(result.explicitAcks).toEqual(['r2'])
    await waitOnExecutionContext(ctx)
    expect(dataset.points.map((p) => p.blobs)).toEqual(
      expect.arrayContaining([
        ['delivery', 'broken', 'retry'],
        ['delivery', 'broken', 'exhausted'],
      ]),
    )
    expect(dataset.points.find((p) => p.blobs?.[2] === 'exhausted')?.doubles).toEqual([1, expect.any(Number), 3, 500])
    await vi.waitFor(async () => expect(delta(before, await readMetrics()).deadLetters).toEqual({ broken: 1 }), {
      timeout: 8000,
      interval: 50,
    })
    expect(delta(before, await readMetrics()).deliveries).toEqual({ 'broken retry': 1, 'broken exhausted': 1 })
  })

  it('counts the deliveries of a real webhook once the queue consumer ran', async () => {
    const captured = stubFetch()
    const before = await readMetrics()
    const message = sid('SM', 0xd17)
    // biome-ignore format: packed list
    const pairs: [string, string][] = [
      ['MessageSid', message], ['AccountSid', ACCOUNT], ['From', '+14155550177'], ['To', '+14155550100'],
      ['Body', 'This is Jane Roe, please call 415-555-0177'], ['NumMedia', '0'], ['SmsStatus', 'received'],
    ]
    const res = await exports.default.fetch(formRequest(`${BASE}/twilio/messaging`, pairs))
    expect(res.status).toBe(200)
    // Every destination subscribed to message.received gets one delivery (the stub answers 200).
    await vi.waitFor(
      async () => {
        const hosts = new Set(captured.filter((c) => c.body.includes(message)).map((c) => c.host.split('.')[0]))
        expect(hosts.size).toBeGreaterThan(0)
        const moved = delta(before, await readMetrics())
        expect(moved.webhooks).toEqual({ '/twilio/messaging 200': 1 })
        expect(moved.deliveries).toEqual(Object.fromEntries([...hosts].map((h) => [`${h} delivered`, 1])))
      },
      { timeout: 8000, interval: 50 },
    )
  })
})
