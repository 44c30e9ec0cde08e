/**
 * Twilio -> ingest -> PHI engine -> real queue -> consumer -> stub destinations: a signed webhook arrives
 * de-identified, signed with Standard Webhooks; a replay of it publishes nothing, and its id derives from signed content.
 */
import { exports } from 'cloudflare:workers'
import { Webhook } from 'standardwebhooks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { eventId } from '../../src/delivery/envelope'
import { EMPTY_TWIML } from '../../src/twilio/twiml'
import { BASE, formRequest, sid } from '../helpers/twilio'
import { TEST_SECRETS } from './bindings'
import { stubFetch } from './helpers'

const PATIENT = '+14155550199'
// Structured identifiers only: free-text recall is the PHI engine's own suite.
const RAW_PHI = [PATIENT, '4155550199', '+14155550100']

afterEach(() => {
  vi.restoreAllMocks()
})

describe('end to end', () => {
  it("delivers a Twilio SMS de-identified and signed; a retry of it publishes nothing, and the id is the signed content's", async () => {
    const captured = stubFetch()
    const message = sid('SM', 0xe2e0 + Math.floor(Math.random() * 0xffff))
    const account = sid('AC', 0xa1)
    const pairs: [string, string][] = [
      ['AccountSid', account],
      ['MessageSid', message],
      ['SmsSid', message],
      ['SmsMessageSid', message],
      ['From', PATIENT],
      ['To', '+14155550100'],
      ['Body', 'Please call me back about my refill'],
      ['NumMedia', '0'],
      ['NumSegments', '1'],
      ['SmsStatus', 'received'],
      ['ApiVersion', '2010-04-01'],
    ]

    const first = await exports.default.fetch(formRequest(`${BASE}/twilio/messaging`, pairs))
    expect(first.status).toBe(200)
    const forMessage = () => captured.filter((c) => c.body.includes(message))
    await vi.waitFor(
      () =>
        expect(
          forMessage()
            .map((c) => c.host)
            .sort(),
        ).toEqual(['crm.example.test', 'minimal.example.test']),
      {
        timeout: 8000,
        interval: 25,
      },
    )
    const crm = forMessage().find((c) => c.host === 'crm.example.test')
    if (!crm) throw new Error('unreachable')
    const payload = new Webhook(TEST_SECRETS.crm).verify(crm.body, crm.headers) as {
      id: string
      type: string
      twilio: Record<string, string>
      data: Record<string, unknown>
    }
    expect(payload.type).toBe('message.received')
    expect(payload.twilio).toMatchObject({ AccountSid: account, MessageSid: message })
    expect(payload.data.From).toMatch(/^tok_[A-Za-z0-9]{16,}$/)
    expect(String(payload.data.Body)).toContain('refill')
    for (const request of forMessage()) for (const raw of RAW_PHI) expect(request.body).not.toContain(raw)

    // Twilio retries the same webhook: answered as the first time, and nothing more is published (replay guard).
    const retry = await exports.default.fetch(formRequest(`${BASE}/twilio/messaging`, pairs))
    expect(retry.status).toBe(200)
    expect(await retry.text()).toBe(EMPTY_TWIML)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(forMessage().filter((c) => c.host === 'crm.example.test')).toHaveLength(1)
    // The event id derives from signed content only: a retry processed after a failed first attempt (503) carries
    // the same webhook-id, so receivers can dedupe.
    expect(payload.id).toBe(await eventId('message.received', message, 'received'))
  })
})
