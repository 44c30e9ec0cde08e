/** GET /v1/metrics: auth (401/403), the agreed shape, the audited read; /ready with the optional metrics bindings. */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import { app } from '../../src/index'
import { auditLines, BASE, call, captureLogs } from '../admin/helpers'

afterEach(() => vi.restoreAllMocks())

async function fetchWith(path: string, overrides: Record<string, unknown>, key?: string): Promise<Response> {
  const ctx = createExecutionContext()
  const headers: Record<string, string> = key ? { Authorization: `Bearer ${key}` } : {}
  const res = await app.fetch(
    new Request(BASE + path, { headers }),
    { ...(env as unknown as Env), ...overrides } as Env,
    ctx,
  )
  await waitOnExecutionContext(ctx)
  return res
}

describe('GET /v1/metrics', () => {
  it('refuses a call without a key (401) or without the metrics scope (403), and audits the refusals', async () => {
    const logs = captureLogs()
    const anonymous = await call('GET', '/v1/metrics', undefined)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({ error: 'unauthorized' })
    const unknown = await call('GET', '/v1/metrics', 'not-a-key')
    expect(unknown.status).toBe(401)
    const forbidden = await call('GET', '/v1/metrics', 'test-admin-config')
    expect(forbidden.status).toBe(403)
    expect(await forbidden.json()).toEqual({ error: 'forbidden', scope: 'metrics' })
    expect((await call('GET', '/v1/metrics', 'test-admin-expired')).status).toBe(401)
    expect(auditLines(logs.lines(), 'audit.metrics.read').map((l) => l.outcome)).toEqual([
      'denied',
      'denied',
      'denied',
      'denied',
    ])
  })

  it('answers the agreed shape: since, then every group with numbers only, and audits the read', async () => {
    const logs = captureLogs()
    for (const key of ['test-admin-metrics', 'test-admin-all']) {
      const res = await call('GET', '/v1/metrics', key)
      expect(res.status).toBe(200)
      expect(res.headers.get('Cache-Control')).toBe('no-store')
      const body = (await res.json()) as { since: string; groups: Record<string, Record<string, unknown>> }
      expect(Object.keys(body)).toEqual(['since', 'groups'])
      expect(new Date(body.since).toISOString()).toBe(body.since)
      expect(Object.keys(body.groups)).toEqual([
        'webhooks',
        'redactions',
        'tokens',
        'deliveries',
        'deadLetters',
        'engine',
      ])
      for (const labels of Object.values(body.groups))
        for (const n of Object.values(labels)) expect(typeof n).toBe('number')
    }
    expect(auditLines(logs.lines(), 'audit.metrics.read')).toEqual([
      expect.objectContaining({ outcome: 'allowed', keyId: 'test-metrics' }),
      expect.objectContaining({ outcome: 'allowed', keyId: 'test-all' }),
    ])
  })

  it('answers 503 when the counter object is not bound, and audits it as an error', async () => {
    const logs = captureLogs()
    const res = await fetchWith('/v1/metrics', { METRICS_COUNTERS: undefined }, 'test-admin-metrics')
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ error: 'unavailable' })
    expect(auditLines(logs.lines(), 'audit.metrics.read')).toEqual([
      expect.objectContaining({ outcome: 'error', reason: 'counters-unavailable', keyId: 'test-metrics' }),
    ])
  })
})

describe('GET /ready and the optional metrics bindings', () => {
  it('stays ready without Analytics Engine or the counter object, and names them as optional', async () => {
    const logs = captureLogs()
    const res = await fetchWith('/ready', { METRICS: undefined, METRICS_COUNTERS: undefined })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ready', optionalFailing: ['METRICS', 'METRICS_COUNTERS'] })
    expect(logs.lines()).toContainEqual({
      level: 'warn',
      event: 'ready',
      outcome: 'optional-binding-failed',
      setting: 'METRICS',
    })
  })

  it('names them beside a real failure too', async () => {
    const res = await fetchWith('/ready', { METRICS: undefined, VAULT: undefined })
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ status: 'not-ready', failing: ['VAULT'], optionalFailing: ['METRICS'] })
  })
})
