import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Env } from '../src/env'
import { app } from '../src/index'
import { captureLogs } from './admin/helpers'

afterEach(() => vi.restoreAllMocks())

async function ready(overrides: Record<string, unknown>): Promise<Response> {
  const ctx = createExecutionContext()
  const res = await app.fetch(
    new Request('https://phi.example.test/ready'),
    { ...(env as unknown as Env), ...overrides } as Env,
    ctx,
  )
  await waitOnExecutionContext(ctx)
  return res
}

describe('GET /', () => {
  it('answers a health line with no data', async () => {
    const res = await exports.default.fetch('https://phi.example.test/')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('phi-firewall-twilio: ok\n')
  })

  it('stays a liveness line when the configuration is broken', async () => {
    const ctx = createExecutionContext()
    const res = await app.fetch(
      new Request('https://phi.example.test/'),
      { ...(env as unknown as Env), VAULT_KEYS: '' } as Env,
      ctx,
    )
    expect(res.status).toBe(200)
  })
})

describe('GET /ready', () => {
  it('answers 200 when the configuration loads and every binding answers', async () => {
    const res = await exports.default.fetch('https://phi.example.test/ready')
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(await res.json()).toEqual({ status: 'ready' })
  })

  it('answers 503 naming every failing setting, one per section, and never a value', async () => {
    const logs = captureLogs()
    const secret = 'whsec_Tx+j0WfcQag9nDw9Td5P+Dg7r57QJzdn/amRzpTcG/8='
    const res = await ready({
      VAULT_KEYS: '{"current":"k9","keys":{"k9":"c2hvcnQ="}}',
      DESTINATIONS: JSON.stringify([{ name: 'crm', url: 'ftp://crm.hospital.example/in', secret }]),
      AUDIT_RETENTION_DAYS: '3',
    })
    expect(res.status).toBe(503)
    const text = await res.text()
    expect(JSON.parse(text)).toEqual({
      status: 'not-ready',
      failing: ['VAULT_KEYS', 'AUDIT_RETENTION_DAYS', 'DESTINATIONS[crm].url'],
    })
    for (const value of ['c2hvcnQ', 'ftp://', 'whsec_', 'hospital']) {
      expect(text).not.toContain(value)
      expect(logs.raw()).not.toContain(value)
    }
    // The log line has the problem too, in our words.
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({
        event: 'ready',
        outcome: 'config-invalid',
        setting: 'DESTINATIONS[crm].url',
        problem: 'must be an https URL (http only for localhost)',
      }),
    )
  })

  it('answers 503 naming a binding that is missing or does not answer', async () => {
    const silent = { idFromName: () => ({}), get: () => ({ head: () => new Promise(() => undefined) }) }
    const broken = { get: async () => Promise.reject(new Error('kv down')) }
    const res = await ready({
      AUDIT_TRAIL: silent,
      DELIVERY_STATE: broken,
      EVENTS: undefined,
      LOGIN_THROTTLE: undefined,
    })
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({
      status: 'not-ready',
      failing: ['DELIVERY_STATE', 'EVENTS', 'LOGIN_THROTTLE', 'AUDIT_TRAIL'],
    })
    const guard = await ready({ REPLAY_GUARD: undefined })
    expect(await guard.json()).toEqual({ status: 'not-ready', failing: ['REPLAY_GUARD'] })
  })
})
