/**
 * The whole token life cycle through the real app: a signed Twilio webhook tokenizes the patient's number,
 * an authorised agent reveals it and replies by token, the patient is erased.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import { ACCOUNT, BASE as TWILIO_BASE, formRequest, run, sid } from '../helpers/twilio'
import { dumpVault, testEnv } from '../vault/helpers'
import { MESSAGE_SID, call, stubFetch } from './helpers'

afterEach(() => vi.restoreAllMocks())

const PATIENT = '+14155550133'
const CLINIC = '+15005550006'

function inboundSms(n: number): Request {
  // biome-ignore format: packed list
  return formRequest(`${TWILIO_BASE}/twilio/messaging`, [
    ['ToCountry', 'US'], ['SmsMessageSid', sid('SM', 0x700 + n)], ['NumMedia', '0'], ['SmsSid', sid('SM', 0x700 + n)],
    ['SmsStatus', 'received'], ['Body', 'Hi, my refill is late'], ['To', CLINIC], ['NumSegments', '1'],
    ['MessageSid', sid('SM', 0x700 + n)], ['AccountSid', ACCOUNT], ['From', PATIENT], ['ApiVersion', '2010-04-01'],
  ])
}

/** Tokens in a forwarded event. */
function tokensIn(text: string): string[] {
  return [...new Set(text.match(/tok_[A-Za-z0-9]{16,64}/g) ?? [])]
}

async function reveal(tokens: string[]): Promise<{ token: string; type?: string; value?: string }[]> {
  const res = await call('POST', '/v1/detokenize', 'test-admin-all', { tokens, purpose: 'round-trip' })
  expect(res.status).toBe(200)
  return ((await res.json()) as { results: { token: string; type?: string; value?: string }[] }).results
}

describe('webhook -> token -> reveal -> reply -> erase', () => {
  it('gives a patient one stable token, resolvable by an agent, usable to reply, and none after erasure', async () => {
    const first = await run(inboundSms(1))
    expect(first.res.status).toBe(200)
    expect(first.queue.text()).not.toContain('5550133')
    const results = await reveal(tokensIn(first.queue.text()))
    const patient = results.find((r) => r.value === PATIENT)?.token as string
    expect(patient).toMatch(/^tok_/)

    // No plaintext of the number anywhere in the vault after a real webhook.
    for (const entry of await dumpVault()) {
      expect([entry.name, entry.value, JSON.stringify(entry.metadata)].join(' ')).not.toContain('5550133')
    }

    // The same patient texting again gets the same token.
    const second = await run(inboundSms(2))
    expect(tokensIn(second.queue.text())).toContain(patient)

    // Reply by token: Twilio gets the number, the agent never does.
    const accepted = { sid: MESSAGE_SID, status: 'queued', to: PATIENT }
    const captured = stubFetch(() => Response.json(accepted, { status: 201 }))
    const replyBody = { to: patient, body: 'It is ready.', from: CLINIC }
    const reply = await call('POST', '/v1/messages', 'test-admin-all', replyBody)
    expect(reply.status).toBe(201)
    expect(await reply.text()).not.toContain('5550133')
    expect(captured.map((c) => [c.url, new URLSearchParams(c.body).get('To')])).toEqual([
      [`https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT}/Messages.json`, PATIENT],
    ])

    // Erasure: the token is gone and the next message mints a new one.
    expect((await call('DELETE', `/v1/tokens/${patient}`, 'test-admin-all')).status).toBe(200)
    expect(await reveal([patient])).toEqual([{ token: patient, error: 'not-found' }])
    const third = await run(inboundSms(3))
    expect(tokensIn(third.queue.text())).not.toContain(patient)
  })

  it('answers the webhook 503 and forwards nothing when the vault KV is down (fail closed)', async () => {
    const down = (() => Promise.reject(new Error('KV unavailable'))) as never
    const brokenKv = { get: down, put: down, delete: down, list: down, getWithMetadata: down } as unknown as KVNamespace
    const { res, queue } = await run(inboundSms(4), { VAULT: brokenKv } as Partial<Env>)
    expect(res.status).toBe(503)
    expect(queue.sent).toHaveLength(0)
    expect(testEnv.VAULT).not.toBe(brokenKv)
  })
})
