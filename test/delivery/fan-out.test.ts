/**
 * A webhook whose per-destination messages do not fit one queue batch (100 messages): published as fan-out messages in
 * one batch, then split by the consumer into one delivery per (event, destination), with the usual ids and filters.
 */
import { env } from 'cloudflare:workers'
import { Webhook } from 'standardwebhooks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadConfig } from '../../src/config'
import { publish } from '../../src/delivery'
import { eventId } from '../../src/delivery/envelope'
import type { Env } from '../../src/env'
import { TEST_SECRETS } from './bindings'
import { deliveriesTo, sampleEvent, stubFetch, uniqueSid } from './helpers'

const testEnv = env as unknown as Env

afterEach(() => vi.restoreAllMocks())

describe('fan-out of a large webhook', () => {
  it('150 events to two destinations: one publish batch, 300 deliveries, each signed under its event id', async () => {
    const captured = stubFetch()
    const loaded = loadConfig(testEnv)
    if (!loaded.ok) throw new Error('test config invalid')
    const sendBatch = vi.spyOn(testEnv.EVENTS, 'sendBatch')
    const events = Array.from({ length: 150 }, () => sampleEvent({ resourceSid: uniqueSid('SM') }))
    const ids = await Promise.all(events.map((e) => eventId(e.kind, e.resourceSid, e.discriminator)))

    expect(await publish(testEnv, loaded.value, events)).toBe(300)
    expect(sendBatch).toHaveBeenCalledTimes(1)
    const [batch] = sendBatch.mock.calls[0] ?? []
    expect([...(batch ?? [])].every((m) => (m.body as { v: number }).v === 2)).toBe(true)
    sendBatch.mockRestore()

    const delivered = () => ids.filter((id) => deliveriesTo(captured, 'crm.example.test', id).length > 0).length
    await vi.waitFor(() => expect(delivered()).toBe(150), { timeout: 30_000, interval: 100 })
    await vi.waitFor(
      () => expect(ids.filter((id) => deliveriesTo(captured, 'minimal.example.test', id).length > 0)).toHaveLength(150),
      {
        timeout: 30_000,
        interval: 100,
      },
    )
    const [first] = deliveriesTo(captured, 'crm.example.test', ids[0] as string)
    expect(new Webhook(TEST_SECRETS.crm).verify(first?.body ?? '', first?.headers ?? {})).toMatchObject({ id: ids[0] })
    // The filter per destination still applies: no free text for the destination without a BAA.
    const [minimal] = deliveriesTo(captured, 'minimal.example.test', ids[1] as string)
    expect(minimal?.body).not.toContain('refill')
  }, 60_000)
})
