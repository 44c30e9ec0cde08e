import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import type { RevealRateLimiter } from '../../src/vault/reveal-limiter'
import { TENANT_A, vaultOf } from '../vault/helpers'
import { auditLines, call, captureLogs } from './helpers'

afterEach(() => vi.restoreAllMocks())

describe('POST /v1/detokenize', () => {
  it('reveals tokens to a key with the detokenize scope and audits the reveal without the values', async () => {
    const [phone, name] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([
        { type: 'PHONE', value: '(415) 555-0161' },
        { type: 'NAME', value: 'Rosa Delgado' },
      ])
    const unknown = 'tok_ZZZZZZZZZZZZZZZZZZZZZZ'
    const logs = captureLogs()
    const res = await call('POST', '/v1/detokenize', 'test-admin-detokenize', {
      tokens: [phone, name, unknown, phone],
      purpose: 'ticket',
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(await res.json()).toEqual({
      results: [
        { token: phone, type: 'PHONE', value: '(415) 555-0161' },
        { token: name, type: 'NAME', value: 'Rosa Delgado' },
        { token: unknown, error: 'not-found' },
        { token: phone, type: 'PHONE', value: '(415) 555-0161' },
      ],
    })
    const audits = auditLines(logs.lines(), 'audit.detokenize')
    expect(audits).toEqual([
      expect.objectContaining({ outcome: 'not-found', keyId: 'test-detokenize', token: unknown }),
      expect.objectContaining({
        outcome: 'allowed',
        keyId: 'test-detokenize',
        scope: 'detokenize',
        purpose: 'ticket',
        sids: { token0: phone, token1: name },
        counts: { tokens: 2 },
      }),
    ])
    for (const secret of ['555-0161', '5550161', 'Rosa', 'Delgado']) expect(logs.raw()).not.toContain(secret)
  })

  it.each([
    [{ tokens: ['tok_AAAAAAAAAAAAAAAAAAAAAA'] }, 'purpose'],
    [{ tokens: ['tok_AAAAAAAAAAAAAAAAAAAAAA'], purpose: '' }, 'purpose'],
    [{ tokens: ['tok_AAAAAAAAAAAAAAAAAAAAAA'], purpose: 'call back Rosa Delgado' }, 'purpose'],
    [{ tokens: [], purpose: 'callback' }, 'tokens'],
    [{ tokens: 'tok_AAAAAAAAAAAAAAAAAAAAAA', purpose: 'callback' }, 'tokens'],
    [{ tokens: ['+14155550161'], purpose: 'callback' }, 'tokens'],
    [{ tokens: Array.from({ length: 101 }, () => 'tok_AAAAAAAAAAAAAAAAAAAAAA'), purpose: 'callback' }, 'tokens'],
  ])('answers 400 to %j (about %s) without echoing it, and audits the refusal', async (body, field) => {
    const logs = captureLogs()
    const res = await call('POST', '/v1/detokenize', 'test-admin-detokenize', body)
    expect(res.status).toBe(400)
    const text = await res.text()
    expect(JSON.parse(text)).toMatchObject({ error: 'invalid-request' })
    expect(JSON.parse(text).detail).toContain(field)
    for (const secret of ['5550161', 'Rosa']) {
      expect(text).not.toContain(secret)
      expect(logs.raw()).not.toContain(secret)
    }
    expect(auditLines(logs.lines(), 'audit.detokenize')).toEqual([
      expect.objectContaining({ outcome: 'denied', reason: 'invalid-request', keyId: 'test-detokenize' }),
    ])
  })

  it('answers 400 to a body that is not JSON', async () => {
    const res = await call('POST', '/v1/detokenize', 'test-admin-detokenize', undefined)
    expect(res.status).toBe(400)
  })

  it('rate-limits reveals per key with 429 and Retry-After, and audits the refusal', async () => {
    const [token] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'NAME', value: 'Limit Tester' }])
    const logs = captureLogs()
    // 3 reveals per minute for test-limited: a 429 must come within 7 single reveals even across a minute boundary.
    const statuses: number[] = []
    let limited: Response | undefined
    for (let i = 0; i < 7 && !limited; i++) {
      const res = await call('POST', '/v1/detokenize', 'test-admin-limited', { tokens: [token], purpose: 'rate-test' })
      statuses.push(res.status)
      if (res.status === 429) limited = res
    }
    expect(limited).toBeDefined()
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(3)
    const retryAfter = Number(limited?.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(await limited?.json()).toMatchObject({ error: 'rate-limited' })
    expect(auditLines(logs.lines(), 'audit.detokenize')).toContainEqual(
      expect.objectContaining({ outcome: 'rate-limited', keyId: 'test-limited', token }),
    )
    // Another key keeps its own budget.
    const request = { tokens: [token], purpose: 'rate-test' }
    const other = await call('POST', '/v1/detokenize', 'test-admin-detokenize', request)
    expect(other.status).toBe(200)
  })

  it('counts every requested token against the budget, all or nothing, per one-minute window', async () => {
    const namespace = (env as unknown as Env).REVEAL_LIMITER as unknown as DurableObjectNamespace<RevealRateLimiter>
    const limiter = namespace.get(namespace.idFromName('unit-window'))
    const t = Date.UTC(2026, 10, 24, 21, 0, 10)
    expect(await limiter.take(2, 3, t)).toEqual({ allowed: true, retryAfterSeconds: 50, remaining: 1 })
    expect(await limiter.take(2, 3, t + 1000)).toEqual({ allowed: false, retryAfterSeconds: 49, remaining: 1 })
    expect(await limiter.take(1, 3, t + 2000)).toEqual({ allowed: true, retryAfterSeconds: 48, remaining: 0 })
    expect(await limiter.take(3, 3, t + 50_000)).toEqual({ allowed: true, retryAfterSeconds: 60, remaining: 0 })
  })
})
