import { afterEach, describe, expect, it, vi } from 'vitest'
import { BASE, auditLines, call, captureLogs } from './helpers'
import { exports } from 'cloudflare:workers'

afterEach(() => vi.restoreAllMocks())

const body = { tokens: ['tok_AAAAAAAAAAAAAAAAAAAAAA'], purpose: 'callback' }

describe('admin API keys', () => {
  it('answers 401 with a Bearer challenge without a key, and audits the refusal', async () => {
    const logs = captureLogs()
    const res = await call('POST', '/v1/detokenize', undefined, body)
    expect(res.status).toBe(401)
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="phi-firewall"')
    expect(await res.json()).toEqual({ error: 'unauthorized' })
    expect(auditLines(logs.lines(), 'audit.detokenize')).toEqual([
      expect.objectContaining({ outcome: 'denied', reason: 'no-key', keyId: 'anonymous', scope: 'detokenize' }),
    ])
  })

  it.each([
    ['an unknown key', 'Bearer not-a-configured-key'],
    ['a key hash instead of the key', 'Bearer 741e2221bf54d99295b701e26e2e2e096e9fb1e4e175b7c03962bad3aa0c484c'],
    ['another scheme', 'Basic dGVzdC1hZG1pbi1kZXRva2VuaXplOg=='],
    ['an empty bearer', 'Bearer '],
  ])('answers 401 to %s and never logs what was presented', async (_name, authorization) => {
    const logs = captureLogs()
    const res = await exports.default.fetch(`${BASE}/v1/detokenize`, {
      method: 'POST',
      headers: { Authorization: authorization, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect(res.status).toBe(401)
    expect(res.headers.get('WWW-Authenticate')).toContain('Bearer')
    const [line] = auditLines(logs.lines(), 'audit.detokenize')
    expect(line).toMatchObject({ outcome: 'denied', keyId: 'anonymous' })
    expect(logs.raw()).not.toContain(authorization.split(' ')[1] || '\u0000')
  })

  it.each([
    ['test-admin-none', 'test-none', '/v1/detokenize', 'detokenize'],
    ['test-admin-messages', 'test-messages', '/v1/detokenize', 'detokenize'],
    ['test-admin-detokenize', 'test-detokenize', '/v1/messages', 'messages'],
    ['test-admin-detokenize', 'test-detokenize', '/v1/tokens/tok_AAAAAAAAAAAAAAAAAAAAAA', 'erase'],
  ])('answers 403 when key %s lacks the scope of %s', async (key, id, path, scope) => {
    const logs = captureLogs()
    const method = scope === 'erase' ? 'DELETE' : 'POST'
    const res = await call(method, path, key, method === 'POST' ? body : undefined)
    expect(res.status).toBe(403)
    expect(res.headers.get('WWW-Authenticate')).toBe(
      `Bearer realm="phi-firewall", error="insufficient_scope", scope="${scope}"`,
    )
    expect(await res.json()).toEqual({ error: 'forbidden', scope })
    const lines = logs.lines().filter((l) => l.outcome === 'denied')
    expect(lines).toEqual([expect.objectContaining({ reason: 'missing-scope', keyId: id, scope })])
    expect(logs.raw()).not.toContain(key)
  })

  it('lets a key with the scope through (accepts the scheme case-insensitively)', async () => {
    const res = await exports.default.fetch(`${BASE}/v1/detokenize`, {
      method: 'POST',
      headers: { Authorization: 'bearer test-admin-detokenize', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect(res.status).toBe(200)
  })
})
