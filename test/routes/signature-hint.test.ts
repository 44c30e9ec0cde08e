import { afterEach, describe, expect, it, vi } from 'vitest'
import { BASE, formRequest, jsonRequest, run, sid } from '../helpers/twilio'

afterEach(() => vi.restoreAllMocks())

const ACCOUNT = sid('AC', 0xa1)
// biome-ignore format: packed list
const sms: [string, string][] = [
  ['MessageSid', sid('SM', 0x99)], ['AccountSid', ACCOUNT], ['From', '+15551230000'], ['To', '+14155550100'],
  ['Body', 'hint test'], ['SmsStatus', 'received'],
]

/** Runs a request and answers its status and its webhook log line. */
async function refused(request: Request, overrides: Record<string, string> = {}) {
  const lines: string[] = []
  for (const level of ['log', 'warn', 'error'] as const) {
    vi.spyOn(console, level).mockImplementation((line: unknown) => void lines.push(String(line)))
  }
  const { res } = await run(request, overrides)
  const entry = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === 'webhook') ?? {}
  return { status: res.status, entry, raw: lines.join('\n') }
}

describe('a bad signature logs why, when another address would have matched', () => {
  it.each([
    [
      'PUBLIC_BASE_URL differs from the address Twilio called',
      `${BASE}/twilio/messaging?site=north`,
      { PUBLIC_BASE_URL: 'https://phi.clinic.example' },
      {},
      'public-base-url',
    ],
    ['a trailing slash in the console URL', `${BASE}/twilio/messaging/?site=north`, {}, {}, 'trailing-slash'],
    ['http in the console URL', `${BASE.replace('https:', 'http:')}/twilio/messaging?site=north`, {}, {}, 'scheme'],
    [
      'a proxy in front (X-Forwarded-Host) and no PUBLIC_BASE_URL',
      'https://phi.hospital.example/twilio/messaging?site=north',
      {},
      { 'X-Forwarded-Host': 'phi.hospital.example', 'X-Forwarded-Proto': 'https' },
      'forwarded-host',
    ],
    [
      'a wrong PUBLIC_BASE_URL and a trailing slash',
      `${BASE}/twilio/messaging/?site=north`,
      { PUBLIC_BASE_URL: 'https://phi.clinic.example' },
      {},
      'public-base-url+trailing-slash',
    ],
  ])('%s', async (_name, signedUrl, overrides, headers, hint) => {
    const request = formRequest(`${BASE}/twilio/messaging?site=north`, sms, { signedUrl, headers })
    const signature = request.headers.get('X-Twilio-Signature') ?? ''
    const { status, entry, raw } = await refused(request, overrides)
    expect(status).toBe(403)
    expect(entry).toMatchObject({ route: '/twilio/messaging', status: 403, reason: 'bad-signature', hint })
    // Never the query, the host a proxy named, or the signature.
    for (const secret of ['north', 'hospital', signature]) expect(raw).not.toContain(secret)
  })

  it('works for JSON webhooks (Event Streams) too', async () => {
    const body = JSON.stringify([])
    const request = jsonRequest(`${BASE}/twilio/events`, body)
    const signedElsewhere = jsonRequest(`${BASE}/twilio/events/`, body)
    const forged = new Request(request.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Twilio-Signature': signedElsewhere.headers.get('X-Twilio-Signature') ?? '',
      },
      body,
    })
    const { status, entry } = await refused(forged)
    expect(status).toBe(403)
    expect(entry).toMatchObject({ reason: 'bad-signature', hint: 'trailing-slash' })
  })

  it('gives no hint when no other address matches (a wrong Auth Token)', async () => {
    const request = formRequest(`${BASE}/twilio/messaging`, sms, { token: 'some-other-token' })
    const { status, entry } = await refused(request)
    expect(status).toBe(403)
    expect(entry.reason).toBe('bad-signature')
    expect(entry).not.toHaveProperty('hint')
  })
})
