/**
 * Attack suite, issue 11 finding "partial publish": the events of one webhook are queued all together or not at all
 * (one queue batch), and a webhook that cannot finish before its deadline answers 503 with nothing published.
 */
import { env as bindings } from 'cloudflare:workers'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import { ACCOUNT, BASE, formRequest, jsonRequest, recordingQueue, run, sid } from '../helpers/twilio'
import { freshIndexKey } from '../vault/helpers'

let serial = 0x7c000

/** An Event Streams batch of `n` inbound messages. */
function batch(n: number): string {
  return JSON.stringify(
    // biome-ignore format: packed list
    Array.from({ length: n }, (_, i) => ({
      specversion: '1.0', type: 'com.twilio.messaging.inbound-message.received', id: `EZ${(serial + i).toString(16)}`,
      data: { messageSid: sid('SM', serial + i), accountSid: ACCOUNT, from: '+15005550130', body: `message ${i}` },
    })),
  )
}

/** Events in what was queued: a message per (event, destination), or fan-out messages holding several. */
function eventsIn(sent: unknown[]): string[] {
  return sent.flatMap((m) => {
    const message = m as { v: number; envelope?: { id: string }; events?: { envelope: { id: string } }[] }
    return message.v === 2 ? (message.events ?? []).map((e) => e.envelope.id) : [message.envelope?.id ?? '']
  })
}

beforeEach(() => {
  for (const method of ['log', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation(() => undefined)
})
afterEach(() => vi.restoreAllMocks())

describe('attack: all or nothing, on time', () => {
  it('150 events and a queue that fails after its first batch: all 150 queued in one batch, or none', async () => {
    const queue = recordingQueue()
    const sendBatch = queue.sendBatch.bind(queue)
    let calls = 0
    queue.sendBatch = async (messages: Iterable<MessageSendRequest<unknown>>) => {
      calls++
      if (calls > 1) throw new Error('queue unavailable')
      return sendBatch(messages)
    }
    serial += 200
    const { res } = await run(jsonRequest(`${BASE}/twilio/events`, batch(150)), {}, queue)
    const queued = new Set(eventsIn(queue.sent)).size
    // One batch holds the whole webhook: the queue's later failure can no longer split it.
    expect(calls).toBe(1)
    expect(res.status).toBe(200)
    expect(queued).toBe(150)
  })

  it('150 events and a queue that refuses: 503 and nothing queued', async () => {
    serial += 200
    const queue = recordingQueue(true)
    const { res } = await run(jsonRequest(`${BASE}/twilio/events`, batch(150)), {}, queue)
    expect(res.status).toBe(503)
    expect(queue.sent).toHaveLength(0)
  })

  it('a vault too slow for the deadline: 503, nothing published, and the retry is processed', async () => {
    const slow = (kv: KVNamespace) =>
      new Proxy(kv, {
        get(target, prop) {
          const value = Reflect.get(target, prop) as unknown
          if (typeof value !== 'function') return value
          return async (...args: unknown[]) => {
            if (prop === 'put') await new Promise((resolve) => setTimeout(resolve, 700))
            return (value as (...a: unknown[]) => unknown).apply(target, args)
          }
        },
      })
    const env = { VAULT_INDEX_KEY: freshIndexKey(), WEBHOOK_DEADLINE_MS: '300' } as Partial<Env>
    const message = sid('SM', serial++)
    // biome-ignore format: packed list
    const pairs: [string, string][] = [
      ['AccountSid', ACCOUNT], ['MessageSid', message], ['From', '+15005550131'], ['To', '+14155550100'], ['Body', 'hello'],
    ]
    const late = await run(formRequest(`${BASE}/twilio/messaging`, pairs), {
      ...env,
      VAULT: slow((bindings as unknown as Env).VAULT),
    })
    expect(late.res.status).toBe(503)
    expect(late.res.headers.get('Retry-After')).toBe('5')
    expect(late.queue.sent).toHaveLength(0)
    const retry = await run(formRequest(`${BASE}/twilio/messaging`, pairs), env)
    expect(retry.res.status).toBe(200)
    expect(retry.queue.sent).toHaveLength(1)
  })
})
