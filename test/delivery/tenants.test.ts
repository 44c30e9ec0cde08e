/**
 * Per-clinic routing end to end: signed webhooks of two subaccounts (one signing with its own Auth Token) go through
 * the real queue to the stub CRMs; each clinic's CRM receives only its own clinic's events, the unscoped ones both.
 */
import { exports } from 'cloudflare:workers'
import { Webhook } from 'standardwebhooks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BASE, formRequest, SUB_TOKEN, sid } from '../helpers/twilio'
import { CLINIC_ACCOUNTS, TEST_SECRETS } from './bindings'
import { stubFetch } from './helpers'

afterEach(() => vi.restoreAllMocks())

const PATIENTS = { a: '+14155550161', b: '+14155550162' }

function sms(account: string, message: string, from: string): [string, string][] {
  // biome-ignore format: packed list
  return [
    ['AccountSid', account], ['MessageSid', message], ['SmsSid', message], ['From', from], ['To', '+14155550100'],
    ['Body', 'Can I move my appointment to Friday?'], ['NumMedia', '0'], ['SmsStatus', 'received'], ['ApiVersion', '2010-04-01'],
  ]
}

describe('per-clinic routing', () => {
  it("delivers each subaccount's SMS to its own clinic CRM and the shared destinations, never to the other clinic", async () => {
    const captured = stubFetch()
    const base = 0xc0ffee + Math.floor(Math.random() * 0xffff)
    const messages = { a: sid('SM', base), b: sid('SM', base + 1) }
    const fromA = await exports.default.fetch(
      formRequest(`${BASE}/twilio/messaging`, sms(CLINIC_ACCOUNTS.a, messages.a, PATIENTS.a)),
    )
    // Clinic b's subaccount signs with its own token (TWILIO_SUBACCOUNT_TOKENS).
    const fromB = await exports.default.fetch(
      formRequest(`${BASE}/twilio/messaging`, sms(CLINIC_ACCOUNTS.b, messages.b, PATIENTS.b), { token: SUB_TOKEN }),
    )
    expect([fromA.status, fromB.status]).toEqual([200, 200])

    const hostsOf = (message: string) =>
      captured
        .filter((c) => c.body.includes(message))
        .map((c) => c.host)
        .sort()
    const waitOptions = { timeout: 8000, interval: 25 }
    await vi.waitFor(
      () => expect(hostsOf(messages.a)).toEqual(['clinic-a.example.test', 'crm.example.test', 'minimal.example.test']),
      waitOptions,
    )
    await vi.waitFor(
      () => expect(hostsOf(messages.b)).toEqual(['clinic-b.example.test', 'crm.example.test', 'minimal.example.test']),
      waitOptions,
    )
    // Nothing more arrives later (a delivery to the wrong clinic would be a breach, not a delay).
    await new Promise((resolve) => setTimeout(resolve, 300))
    const atClinic = (host: string) =>
      captured.filter((c) => c.host === host && (c.body.includes(messages.a) || c.body.includes(messages.b)))
    expect(atClinic('clinic-a.example.test')).toHaveLength(1)
    expect(atClinic('clinic-b.example.test')).toHaveLength(1)

    for (const [clinic, host] of [
      ['a', 'clinic-a.example.test'],
      ['b', 'clinic-b.example.test'],
    ] as const) {
      const [request] = atClinic(host)
      if (!request) throw new Error('unreachable')
      const payload = new Webhook(TEST_SECRETS.others).verify(request.body, request.headers) as {
        twilio: Record<string, string>
        data: Record<string, unknown>
      }
      expect(payload.twilio).toMatchObject({ AccountSid: CLINIC_ACCOUNTS[clinic], MessageSid: messages[clinic] })
      expect(payload.data.From).toMatch(/^tok_[A-Za-z0-9]{16,}$/)
      expect(request.body).not.toContain(PATIENTS[clinic].slice(2))
    }
  })
})
