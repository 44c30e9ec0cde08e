import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import { app } from '../../src/index'
import { BASE, auditLines, captureLogs } from './helpers'

afterEach(() => vi.restoreAllMocks())

/** The test env with a limit of 3 failed logins per 15-minute window. */
const throttled = { ...(env as unknown as Env), ADMIN_FAILED_LOGIN_LIMIT: '3' } as Env

/** A call to the admin API from one client address (Cloudflare's CF-Connecting-IP). */
async function fromClient(address: string, key: string | undefined): Promise<Response> {
  const headers: Record<string, string> = { 'CF-Connecting-IP': address, 'Content-Type': 'application/json' }
  if (key !== undefined) headers.Authorization = `Bearer ${key}`
  const ctx = createExecutionContext()
  const body = JSON.stringify({ tokens: ['tok_AAAAAAAAAAAAAAAAAAAAAA'], purpose: 'throttle-test' })
  const res = await app.fetch(new Request(`${BASE}/v1/detokenize`, { method: 'POST', headers, body }), throttled, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

describe('failed admin logins are throttled per client address', () => {
  it('answers 429 with Retry-After after the limit, even to a valid key, and audits the lockout once', async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 200) + 1}`
    const logs = captureLogs()
    const statuses: number[] = []
    for (const key of ['guess-1', undefined, 'guess-3']) statuses.push((await fromClient(address, key)).status)
    expect(statuses).toEqual([401, 401, 401])
    const locked = await fromClient(address, 'test-admin-detokenize')
    expect(locked.status).toBe(429)
    expect(await locked.json()).toEqual({ error: 'too-many-failed-logins' })
    const retryAfter = Number(locked.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(900)
    expect((await fromClient(address, 'guess-4')).status).toBe(429)
    const lockouts = auditLines(logs.lines(), 'audit.detokenize').filter((l) => l.reason === 'login-throttled')
    expect(lockouts).toEqual([expect.objectContaining({ outcome: 'rate-limited', keyId: 'anonymous' })])
    // Neither the address nor a presented key is ever logged.
    for (const secret of [address, 'guess-1', 'guess-4']) expect(logs.raw()).not.toContain(secret)
  })

  it('keeps other clients, and valid keys under the limit, working', async () => {
    const noisy = '203.0.113.7'
    for (let i = 0; i < 3; i++) await fromClient(noisy, `wrong-${i}`)
    expect((await fromClient(noisy, 'test-admin-detokenize')).status).toBe(429)
    expect((await fromClient('203.0.113.8', 'test-admin-detokenize')).status).toBe(200)
    // A valid key does not count as a failure: a client that logs in correctly is never locked out.
    for (let i = 0; i < 5; i++) expect((await fromClient('203.0.113.9', 'test-admin-detokenize')).status).toBe(200)
  })

  it('fails closed (503) when the throttle cannot answer', async () => {
    const broken = {
      ...throttled,
      LOGIN_THROTTLE: { idFromName: () => ({}), get: () => ({ check: async () => Promise.reject(new Error('down')) }) },
    } as unknown as Env
    const ctx = createExecutionContext()
    const request = new Request(`${BASE}/v1/detokenize`, {
      method: 'POST',
      headers: { Authorization: 'Bearer test-admin-detokenize', 'Content-Type': 'application/json' },
      body: JSON.stringify({ tokens: ['tok_AAAAAAAAAAAAAAAAAAAAAA'], purpose: 'x' }),
    })
    const res = await app.fetch(request, broken, ctx)
    await waitOnExecutionContext(ctx)
    expect(res.status).toBe(503)
  })
})
