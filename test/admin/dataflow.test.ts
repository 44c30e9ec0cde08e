import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import { app } from '../../src/index'
import { BASE, auditLines, call, captureLogs } from './helpers'

afterEach(() => vi.restoreAllMocks())

describe('GET /v1/dataflow', () => {
  it('answers the inventory of the live configuration to a key with the config scope, and audits the read', async () => {
    const destinations = [
      {
        name: 'helpdesk',
        adapter: 'zendesk',
        subdomain: 'clinic',
        events: ['message.received'],
        allowFreeText: true,
        headers: { Authorization: 'secret:ZD_AUTH' },
      },
    ]
    const e = { ...(env as unknown as Env), DESTINATIONS: JSON.stringify(destinations), ZD_AUTH: 'Basic ZGV2' } as Env
    const logs = captureLogs()
    const ctx = createExecutionContext()
    const res = await app.fetch(
      new Request(`${BASE}/v1/dataflow`, { headers: { Authorization: 'Bearer test-admin-config' } }),
      e,
      ctx,
    )
    await waitOnExecutionContext(ctx)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const body = await res.text()
    const inventory = JSON.parse(body)
    expect(inventory.warnings).toEqual([
      {
        route: '/twilio/messaging',
        type: 'message.received',
        destination: 'helpdesk',
        problem: 'free-text-without-baa',
      },
      { route: '/twilio/events', type: 'message.received', destination: 'helpdesk', problem: 'free-text-without-baa' },
    ])
    expect(inventory.unrouted).toContain('call.gather')
    // Names and kinds only: no secret, header value or URL.
    for (const secret of ['ZGV2', 'Basic', 'ZD_AUTH']) expect(body).not.toContain(secret)
    expect(auditLines(logs.lines(), 'audit.config.read')).toEqual([
      expect.objectContaining({ outcome: 'allowed', keyId: 'test-config' }),
    ])
  })

  it('needs the config scope', async () => {
    expect((await call('GET', '/v1/dataflow', 'test-admin-audit')).status).toBe(403)
    expect((await call('GET', '/v1/dataflow', 'test-admin-all')).status).toBe(200)
  })
})
