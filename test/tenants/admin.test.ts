/**
 * Admin keys bound to tenants (Twilio accounts) read only their own: the audit trail (query and export) lists the
 * records naming one of their accounts, and /v1/dataflow shows only their accounts' flows.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import { app } from '../../src/index'
import type { StoredAuditRecord } from '../../src/model/audit'
import { BASE, call } from '../admin/helpers'
import { TENANT_A, TENANT_B, vaultOf } from '../vault/helpers'

afterEach(() => vi.restoreAllMocks())

const TENANT_KEY = 'test-admin-tenant-ops'

async function records(path: string, key: string): Promise<StoredAuditRecord[]> {
  const res = await call('GET', path, key)
  expect(res.status).toBe(200)
  if (path.startsWith('/v1/audit/export')) {
    const lines = (await res.text())
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as StoredAuditRecord | { end: boolean; count: number })
    // The export ends with a marker line saying it is complete and how many records it holds.
    const last = lines.pop() as { end: boolean; count: number }
    expect(last).toEqual({ end: true, count: lines.length })
    return lines as StoredAuditRecord[]
  }
  return ((await res.json()) as { records: StoredAuditRecord[] }).records
}

describe('the audit trail of a key bound to tenants', () => {
  it('lists and exports only records naming its accounts: reveals of its tokens by anyone, and its own calls', async () => {
    const [own] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'PHONE', value: '+14155550171' }])
    const [foreign] = await vaultOf()
      .tokenizerFor(TENANT_B)
      .tokenize([{ type: 'PHONE', value: '+14155550172' }])
    // A key bound to no tenant reveals one token of each clinic; each record names the token's account.
    for (const token of [own, foreign]) {
      const res = await call('POST', '/v1/detokenize', 'test-admin-detokenize', {
        tokens: [token],
        purpose: 'tenant-test',
      })
      expect(res.status).toBe(200)
    }
    // An unscoped key's call that concerns no account (reading the data flows).
    expect((await call('GET', '/v1/dataflow', 'test-admin-config')).status).toBe(200)
    // The tenant's own key reads the flows: its record names its account.
    expect((await call('GET', '/v1/dataflow', TENANT_KEY)).status).toBe(200)

    const everything = await records('/v1/audit?limit=1000&from=2000-01-01', 'test-admin-audit')
    const revealOf = (list: StoredAuditRecord[], token: string | null | undefined) =>
      list.find((r) => r.type === 'audit.detokenize' && r.outcome === 'allowed' && r.tokens.includes(token as string))
    expect(revealOf(everything, own)?.accounts).toEqual([TENANT_A])
    expect(revealOf(everything, foreign)?.accounts).toEqual([TENANT_B])

    for (const path of ['/v1/audit?limit=1000', '/v1/audit/export']) {
      const mine = await records(path, TENANT_KEY)
      expect(mine.length).toBeGreaterThan(0)
      expect(mine.every((r) => r.accounts?.includes(TENANT_A))).toBe(true)
      expect(revealOf(mine, own)).toBeDefined()
      expect(revealOf(mine, foreign)).toBeUndefined()
      expect(mine.some((r) => r.actor === 'test-config')).toBe(false)
      expect(mine.some((r) => r.actor === 'test-tenant-ops' && r.type === 'audit.config.read')).toBe(true)
      // A filter narrows within its accounts, never beyond them.
      const byToken = await records(`${path}${path.includes('?') ? '&' : '?'}token=${foreign}`, TENANT_KEY)
      expect(byToken).toEqual([])
    }
  })
})

describe('GET /v1/dataflow per account', () => {
  const secret = 'whsec_80H/0Ab0u/t2O33MG5sW4oC6M4NiD3xZLv4QhAe/HNA='
  const destinations = [
    {
      name: 'clinic-a-crm',
      url: 'https://a.example.test/',
      secret,
      events: ['message.*'],
      baa: true,
      accounts: [TENANT_A],
    },
    {
      name: 'clinic-b-crm',
      url: 'https://b.example.test/',
      secret,
      events: ['message.*'],
      allowFreeText: true,
      accounts: [TENANT_B],
    },
    { name: 'shared-siem', url: 'https://siem.example.test/', secret, events: ['call.*'] },
  ]
  const policy = { accounts: { [TENANT_B]: { unknownFields: 'scrub' } } }

  async function dataflow(key: string) {
    const e = {
      ...(env as unknown as Env),
      DESTINATIONS: JSON.stringify(destinations),
      PHI_POLICY: JSON.stringify(policy),
    } as Env
    const ctx = createExecutionContext()
    const res = await app.fetch(
      new Request(`${BASE}/v1/dataflow`, { headers: { Authorization: `Bearer ${key}` } }),
      e,
      ctx,
    )
    await waitOnExecutionContext(ctx)
    expect(res.status).toBe(200)
    return { text: await res.clone().text(), inventory: (await res.json()) as InventoryShape }
  }

  type Flow = { type: string; destinations: { destination: string }[] }
  type Section = {
    unknownFields: string
    routes: { route: string; events: Flow[] }[]
    warnings: { destination: string; account?: string }[]
  }
  type InventoryShape = Section & { accounts: Record<string, Section> }
  const receivers = (section: Section, route: string, type: string) =>
    section.routes
      .find((r) => r.route === route)
      ?.events.find((e) => e.type === type)
      ?.destinations.map((d) => d.destination)

  it('shows every account its own flows to a key bound to no tenant', async () => {
    const { inventory } = await dataflow('test-admin-config')
    expect(Object.keys(inventory.accounts)).toEqual([TENANT_A, TENANT_B].sort())
    // An account no setting names reaches the unscoped destinations only.
    expect(receivers(inventory, '/twilio/messaging', 'message.received')).toEqual([])
    expect(receivers(inventory, '/twilio/voice', 'call.status')).toEqual(['shared-siem'])
    expect(receivers(inventory.accounts[TENANT_A] as Section, '/twilio/messaging', 'message.received')).toEqual([
      'clinic-a-crm',
    ])
    expect(receivers(inventory.accounts[TENANT_B] as Section, '/twilio/messaging', 'message.received')).toEqual([
      'clinic-b-crm',
    ])
    expect(receivers(inventory.accounts[TENANT_B] as Section, '/twilio/voice', 'call.status')).toEqual(['shared-siem'])
    expect(inventory.accounts[TENANT_B]?.unknownFields).toBe('scrub')
    expect(inventory.accounts[TENANT_A]?.unknownFields).toBe('drop')
    expect(inventory.warnings).toContainEqual(
      expect.objectContaining({ destination: 'clinic-b-crm', account: TENANT_B }),
    )
  })

  it("shows a key bound to a tenant its account only, never another clinic's destinations", async () => {
    const { inventory, text } = await dataflow(TENANT_KEY)
    expect(Object.keys(inventory.accounts)).toEqual([TENANT_A])
    expect(receivers(inventory.accounts[TENANT_A] as Section, '/twilio/messaging', 'message.received')).toEqual([
      'clinic-a-crm',
    ])
    expect(text).not.toContain('clinic-b-crm')
    expect(text).not.toContain(TENANT_B)
  })
})
