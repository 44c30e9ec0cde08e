/**
 * Per-clinic routing at ingest: an event is queued only for the destinations of its AccountSid (plus the unscoped
 * ones), under its account's policy; an account no destination serves is acknowledged, kept nowhere, and logged.
 */
import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import type { DeliveryMessage } from '../../src/delivery/types'
import { EMPTY_TWIML } from '../../src/twilio/twiml'
import { captureLogs } from '../admin/helpers'
import { BASE, formRequest, run, sid } from '../helpers/twilio'

afterEach(() => vi.restoreAllMocks())

const CLINIC_A = sid('AC', 0xc1a)
const CLINIC_B = sid('AC', 0xc1b)
const CLINIC_C = sid('AC', 0xc1c)
const SECRET = 'whsec_80H/0Ab0u/t2O33MG5sW4oC6M4NiD3xZLv4QhAe/HNA='
const PATIENT = '+14155550142'

// biome-ignore format: packed list
const destination = (name: string, accounts?: string[]) => ({
  name, url: `https://${name}.example.test/hooks`, secret: SECRET, events: ['message.*'], baa: true, ...(accounts ? { accounts } : {}),
})

let counter = 0
function sms(account: string, body = 'Please call me at 415-555-0123 about my refill'): [string, string][] {
  const message = sid('SM', 0x7e0000 + ++counter)
  // biome-ignore format: packed list
  return [
    ['AccountSid', account], ['MessageSid', message], ['SmsSid', message], ['From', PATIENT], ['To', '+14155550100'],
    ['Body', body], ['NumMedia', '0'], ['SmsStatus', 'received'], ['ApiVersion', '2010-04-01'],
  ]
}

async function vaultKeys(): Promise<number> {
  let count = 0
  let cursor: string | undefined
  do {
    const page = await (env as unknown as Env).VAULT.list(cursor ? { cursor } : {})
    count += page.keys.length
    cursor = page.list_complete ? undefined : page.cursor
  } while (cursor)
  return count
}

const messagesOf = (sent: unknown[]) => sent as DeliveryMessage[]

describe('routing by AccountSid', () => {
  const scoped = JSON.stringify([
    destination('clinic-a', [CLINIC_A]),
    destination('clinic-b', [CLINIC_B, CLINIC_C]),
    destination('shared'),
  ])

  it("queues each clinic's event for its own destinations and the unscoped ones only", async () => {
    const a = await run(formRequest(`${BASE}/twilio/messaging`, sms(CLINIC_A)), { DESTINATIONS: scoped })
    const b = await run(formRequest(`${BASE}/twilio/messaging`, sms(CLINIC_B)), { DESTINATIONS: scoped })
    expect([a.res.status, b.res.status]).toEqual([200, 200])
    expect(
      messagesOf(a.queue.sent)
        .map((m) => m.destination)
        .sort(),
    ).toEqual(['clinic-a', 'shared'])
    expect(
      messagesOf(b.queue.sent)
        .map((m) => m.destination)
        .sort(),
    ).toEqual(['clinic-b', 'shared'])
    for (const m of messagesOf(a.queue.sent)) expect(m.envelope.twilio.AccountSid).toBe(CLINIC_A)
    expect(a.queue.text() + b.queue.text()).not.toContain('5550142')
  })

  it('acknowledges an account no destination serves: 200, nothing queued, nothing minted, one PHI-free log line', async () => {
    // An unscoped destination of audit records only takes no Twilio event.
    const siem = { name: 'siem', url: 'https://siem.example.test/hooks', secret: SECRET, events: ['audit.*'] }
    const only = JSON.stringify([destination('clinic-a', [CLINIC_A]), destination('clinic-b', [CLINIC_B]), siem])
    const logs = captureLogs()
    const before = await vaultKeys()
    const { res, body, queue } = await run(formRequest(`${BASE}/twilio/messaging`, sms(CLINIC_C)), {
      DESTINATIONS: only,
    })
    expect(res.status).toBe(200)
    expect(body).toBe(EMPTY_TWIML)
    expect(queue.sent).toEqual([])
    expect(await vaultKeys()).toBe(before)
    const line = logs.lines().find((l) => l.event === 'webhook')
    expect(line).toMatchObject({
      outcome: 'no-destination',
      reason: 'account-unrouted',
      status: 200,
      counts: { events: 1 },
    })
    expect(line?.sids).toMatchObject({ AccountSid: CLINIC_C })
    expect(logs.raw()).not.toMatch(/5550142|5550123|refill/)
  })

  it('de-identifies each account under its own PHI_POLICY overrides', async () => {
    const policy = JSON.stringify({ accounts: { [CLINIC_B]: { actions: { PHONE: 'redact' } } } })
    const overrides = { DESTINATIONS: scoped, PHI_POLICY: policy }
    const a = await run(formRequest(`${BASE}/twilio/messaging`, sms(CLINIC_A)), overrides)
    const b = await run(formRequest(`${BASE}/twilio/messaging`, sms(CLINIC_B)), overrides)
    const bodyOf = (sent: unknown[]) =>
      String(messagesOf(sent).find((m) => m.destination === 'shared')?.envelope.data.Body)
    expect(bodyOf(a.queue.sent)).toMatch(/tok_[A-Za-z0-9]{16,}/)
    expect(bodyOf(b.queue.sent)).not.toContain('tok_')
    expect(bodyOf(b.queue.sent)).toContain('[PHONE]')
    expect(bodyOf(a.queue.sent) + bodyOf(b.queue.sent)).not.toContain('555-0123')
  })
})
