import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import { app } from '../../src/index'
import { BASE, auditLines, call, captureLogs } from './helpers'

afterEach(() => vi.restoreAllMocks())

const TEXT = 'Hi this is Maria Lopez, DOB 03/14/1962, call me at 415-555-0123 about my insulin'
const SCRUBBED = 'Hi this is [NAME], DOB [DATE:1962], call me at [PHONE] about my insulin'
const FINDINGS = [
  { type: 'NAME', action: 'tokenize', start: 11, end: 22 },
  { type: 'DATE', action: 'generalize', start: 28, end: 38 },
  { type: 'PHONE', action: 'tokenize', start: 51, end: 63 },
]

const testEnv = env as unknown as Env

/** Calls the worker with other settings than the test bindings (destinations, policy). */
async function scrubWith(settings: Partial<Env>, body: unknown): Promise<Response> {
  const ctx = createExecutionContext()
  const headers = { Authorization: 'Bearer test-admin-scrub', 'Content-Type': 'application/json' }
  const request = new Request(`${BASE}/v1/scrub`, { method: 'POST', headers, body: JSON.stringify(body) })
  const res = await app.fetch(request, { ...testEnv, ...settings } as Env, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

const DESTINATIONS = JSON.stringify([
  {
    name: 'crm',
    url: 'https://crm.example.test/hooks',
    secret: 'whsec_Tx+j0WfcQag9nDw9Td5P+Dg7r57QJzdn/amRzpTcG/8=',
    baa: true,
  },
  {
    name: 'analytics',
    url: 'https://analytics.example.test/hooks',
    secret: 'whsec_Tx+j0WfcQag9nDw9Td5P+Dg7r57QJzdn/amRzpTcG/8=',
  },
])

describe('POST /v1/scrub', () => {
  it('answers the de-identified text with placeholders and the findings, and mints nothing', async () => {
    const vaultBefore = (await testEnv.VAULT.list()).keys.length
    const logs = captureLogs()
    const res = await call('POST', '/v1/scrub', 'test-admin-scrub', { text: TEXT, channel: 'sms' })
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(await res.json()).toEqual({ text: SCRUBBED, findings: FINDINGS, receivesText: true })
    expect((await testEnv.VAULT.list()).keys.length).toBe(vaultBefore)
    // Audited with counts only; the text appears in no log line.
    expect(auditLines(logs.lines(), 'audit.scrub')).toEqual([
      expect.objectContaining({
        outcome: 'allowed',
        keyId: 'test-scrub',
        counts: { characters: TEXT.length, findings: 3, tokens: 0 },
      }),
    ])
    for (const value of ['Maria', 'Lopez', '555-0123', '1962']) expect(logs.raw()).not.toContain(value)
  })

  it('uses the configured PHI_POLICY, and sms when no channel is given', async () => {
    const res = await scrubWith({ PHI_POLICY: '{"actions":{"DATE":"redact"}}' }, { text: TEXT })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { text: string; findings: { action: string }[] }
    expect(body.text).toBe('Hi this is [NAME], DOB [DATE], call me at [PHONE] about my insulin')
    expect(body.findings.map((f) => f.action)).toEqual(['tokenize', 'redact', 'tokenize'])
  })

  it('answers what a named destination receives: the text for a BAA destination, none for one without', async () => {
    const crm = await scrubWith({ DESTINATIONS }, { text: TEXT, destination: 'crm' })
    expect(await crm.json()).toEqual({ text: SCRUBBED, findings: FINDINGS, receivesText: true })
    const analytics = await scrubWith({ DESTINATIONS }, { text: TEXT, destination: 'analytics' })
    expect(await analytics.json()).toEqual({ text: '', findings: FINDINGS, receivesText: false })
  })

  it('refuses malformed requests with 400, without echoing what was sent, and audits the refusal', async () => {
    const logs = captureLogs()
    const cases: [unknown, string][] = [
      [{}, 'text must be a string of at most 32768 characters'],
      [{ text: 'x'.repeat(32_769) }, 'text must be a string of at most 32768 characters'],
      [{ text: 'hello', channel: 'fax' }, 'channel must be one of sms, voice, chat'],
      [
        { text: 'hello', destination: 'Maria Lopez 415-555-0123' },
        'destination must be the name of a configured destination',
      ],
      // Checked by the schema the OpenAPI document publishes: a body that is no object is named as such.
      [[TEXT], 'the body must be a JSON object'],
    ]
    for (const [body, detail] of cases) {
      const res = await call('POST', '/v1/scrub', 'test-admin-scrub', body)
      expect(res.status).toBe(400)
      expect(await res.json()).toEqual({ error: 'invalid-request', detail })
    }
    expect(auditLines(logs.lines(), 'audit.scrub').map((l) => l.reason)).toEqual(
      Array(cases.length).fill('invalid-request'),
    )
    expect(logs.raw()).not.toContain('Maria')
  })

  it('needs the scrub scope: 401 without a key, 403 with another scope', async () => {
    expect((await call('POST', '/v1/scrub', undefined, { text: TEXT })).status).toBe(401)
    const res = await call('POST', '/v1/scrub', 'test-admin-config', { text: TEXT })
    expect(res.status).toBe(403)
    expect(await res.json()).toEqual({ error: 'forbidden', scope: 'scrub' })
    expect((await call('POST', '/v1/scrub', 'test-admin-all', { text: TEXT })).status).toBe(200)
  })
})
