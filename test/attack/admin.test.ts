/**
 * Attack suite, issue 11 admin findings: `purpose` is a configured code (a name or a number in it is refused and never
 * logged); erasure takes the token in the body (the path route still works, marked deprecated); keys expire; a full
 * reveal batch fits the default budget; a malformed Content-Length is a 400.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import { app } from '../../src/index'
import { auditLines, BASE, call, captureLogs } from '../admin/helpers'
import { TENANT_A, vaultOf } from '../vault/helpers'

afterEach(() => vi.restoreAllMocks())

async function tokenFor(value: string): Promise<string> {
  const [token] = await vaultOf()
    .tokenizerFor(TENANT_A)
    .tokenize([{ type: 'NAME', value }])
  return token as string
}

describe('attack: admin API', () => {
  it.each([
    ['a phone number in a reason code', 'ticket:4155550123'],
    ['a name', 'call-back-rosa-delgado'],
    ['a date', 'dob-1961-04-22'],
  ])('refuses a purpose with %s, and never logs it', async (_what, purpose) => {
    const token = await tokenFor('Purpose Tester')
    const logs = captureLogs()
    const res = await call('POST', '/v1/detokenize', 'test-admin-detokenize', { tokens: [token], purpose })
    expect(res.status).toBe(400)
    expect(await res.text()).not.toContain(purpose)
    expect(logs.raw()).not.toContain(purpose)
    for (const part of ['4155550123', 'rosa', '1961']) expect(logs.raw().toLowerCase()).not.toContain(part)
  })

  it('accepts a configured purpose code and logs it', async () => {
    const token = await tokenFor('Purpose Accepted')
    const logs = captureLogs()
    const res = await call('POST', '/v1/detokenize', 'test-admin-detokenize', { tokens: [token], purpose: 'treatment' })
    expect(res.status).toBe(200)
    expect(auditLines(logs.lines(), 'audit.detokenize')).toContainEqual(
      expect.objectContaining({ outcome: 'allowed', purpose: 'treatment' }),
    )
  })

  it('erases by request body (no token in the URL)', async () => {
    const token = await tokenFor('Body Erasure')
    const logs = captureLogs()
    const res = await call('POST', '/v1/tokens/erase', 'test-admin-erase', {
      tokens: [token],
      purpose: 'patient-request',
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('Deprecation')).toBeNull()
    expect(await res.json()).toEqual({ results: [{ token, erased: [token] }] })
    expect(auditLines(logs.lines(), 'audit.token.erased')).toEqual([
      expect.objectContaining({ outcome: 'allowed', keyId: 'test-erase', purpose: 'patient-request', token }),
    ])
    expect((await vaultOf().reveal(token)).ok).toBe(false)
    const again = await call('POST', '/v1/tokens/erase', 'test-admin-erase', { tokens: [token] })
    expect(await again.json()).toEqual({ results: [{ token, error: 'not-found' }] })
  })

  it('the path route still erases, marked deprecated with a link to its successor', async () => {
    const token = await tokenFor('Path Erasure')
    const res = await call('DELETE', `/v1/tokens/${token}`, 'test-admin-erase')
    expect(res.status).toBe(200)
    expect(res.headers.get('Deprecation')).toMatch(/^@\d+$/)
    expect(res.headers.get('Link')).toBe('</v1/tokens/erase>; rel="successor-version"')
    const refused = await call('DELETE', `/v1/tokens/${token}`, undefined)
    expect(refused.status).toBe(401)
    expect(refused.headers.get('Deprecation')).toMatch(/^@\d+$/)
  })

  it('an expired key gets 401 and the refusal is audited under its id', async () => {
    const token = await tokenFor('Expired Key')
    const logs = captureLogs()
    const res = await call('POST', '/v1/detokenize', 'test-admin-expired', { tokens: [token], purpose: 'treatment' })
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual({ error: 'unauthorized' })
    expect(auditLines(logs.lines(), 'audit.detokenize')).toEqual([
      expect.objectContaining({ outcome: 'denied', keyId: 'test-expired', reason: 'expired-key' }),
    ])
  })

  it('a 100-token reveal fits the default budget (once a minute), not an endless 429', async () => {
    const tokens = Array.from({ length: 100 }, (_, i) => `tok_Bulk${String(i).padStart(18, 'A')}`)
    const res = await call('POST', '/v1/detokenize', 'test-admin-bulk', { tokens, purpose: 'treatment' })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { results: unknown[] }).results).toHaveLength(100)
  })

  it('a key whose budget is smaller than the call gets a clear 400, not a 429 it can never get past', async () => {
    const tokens = Array.from({ length: 4 }, (_, i) => `tok_Small${String(i).padStart(17, 'A')}`)
    const res = await call('POST', '/v1/detokenize', 'test-admin-limited', { tokens, purpose: 'treatment' })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { detail: string }).detail).toContain('1-3 tokens')
  })

  it('a malformed Content-Length that reaches the Worker is a 400, not a 500', async () => {
    const request = new Request(`${BASE}/v1/detokenize`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer test-admin-detokenize',
        'Content-Type': 'application/json',
        'Content-Length': 'abc',
      },
      body: '{}',
    })
    const ctx = createExecutionContext()
    const res = await app.fetch(request, env as unknown as Env, ctx)
    await waitOnExecutionContext(ctx)
    expect(request.headers.get('Content-Length')).toBe('abc')
    expect(res.status).toBe(400)
  })
})
