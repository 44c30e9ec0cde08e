import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { checkChain, GENESIS_HASH } from '../../src/audit/chain'
import type { Env } from '../../src/env'
import { app } from '../../src/index'
import type { StoredAuditRecord } from '../../src/model/audit'
import { BASE, call, captureLogs, MESSAGE_SID, stubFetch } from '../admin/helpers'
import { ROSTER_PREFIX } from '../../src/vault/roster'
import { TENANT_A, testEnv, vaultOf } from '../vault/helpers'

afterEach(() => vi.restoreAllMocks())

type Page = { records: StoredAuditRecord[]; next: string | null }

async function page(query: string, key = 'test-admin-audit'): Promise<Page> {
  const res = await call('GET', `/v1/audit${query}`, key)
  expect(res.status).toBe(200)
  return (await res.json()) as Page
}

/** An audit trail whose store is down: every append rejects, every read too. */
function failingTrail(): Env['AUDIT_TRAIL'] {
  const down = async () => {
    throw new Error('storage unavailable')
  }
  const stub = { append: down, query: down, verify: down, head: down, prune: down }
  return { idFromName: () => ({}), get: () => stub } as unknown as Env['AUDIT_TRAIL']
}

/** Runs one request through the app with the test env and some bindings replaced. */
async function withEnv(overrides: Partial<Env>, request: Request): Promise<Response> {
  const ctx = createExecutionContext()
  const res = await app.fetch(request, { ...(env as unknown as Env), ...overrides } as Env, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

function adminRequest(method: string, path: string, key: string, body?: unknown): Request {
  const headers: Record<string, string> = { Authorization: `Bearer ${key}` }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  return new Request(BASE + path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
}

describe('GET /v1/audit', () => {
  it('lists the reveal a key made, with its purpose and tokens and never the value', async () => {
    const [token] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'NAME', value: 'Audited Trailperson' }])
    const reveal = await call('POST', '/v1/detokenize', 'test-admin-detokenize', {
      tokens: [token],
      purpose: 'audit-trail',
    })
    expect(reveal.status).toBe(200)
    const { records } = await page(`?token=${token}`)
    expect(records).toEqual([
      expect.objectContaining({
        type: 'audit.detokenize',
        actor: 'test-detokenize',
        scope: 'detokenize',
        purpose: 'audit-trail',
        tokens: [token],
        outcome: 'allowed',
        seq: expect.any(Number),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ])
    expect(JSON.stringify(records)).not.toContain('Trailperson')
  })

  it('records failed logins, refusals and the reading of the trail itself', async () => {
    const start = new Date().toISOString()
    await call('POST', '/v1/detokenize', 'not-a-key', { tokens: ['tok_AAAAAAAAAAAAAAAAAAAAAA'], purpose: 'x' })
    await call('DELETE', '/v1/tokens/tok_AAAAAAAAAAAAAAAAAAAAAA', 'test-admin-detokenize')
    const { records } = await page(`?from=${start}`)
    const summary = records.map((r) => [r.type, r.actor, r.outcome, r.reason])
    expect(summary).toContainEqual(['audit.detokenize', 'anonymous', 'denied', 'unknown-key'])
    expect(summary).toContainEqual(['audit.token.erased', 'test-detokenize', 'denied', 'missing-scope'])
    const again = await page(`?from=${start}&action=audit.trail.read&actor=test-audit`)
    expect(again.records.length).toBeGreaterThanOrEqual(1)
    expect(again.records.every((r) => r.type === 'audit.trail.read' && r.outcome === 'allowed')).toBe(true)
  })

  it('pages with a cursor and filters by action prefix, outcome and time', async () => {
    const start = new Date().toISOString()
    for (let i = 0; i < 3; i++) await call('GET', '/v1/dead-letters', 'test-admin-detokenize')
    const first = await page(`?from=${start}&action=audit.dead-letter.*&outcome=denied&limit=2`)
    expect(first.records).toHaveLength(2)
    expect(first.next).not.toBeNull()
    const second = await page(`?from=${start}&action=audit.dead-letter.*&outcome=denied&limit=2&cursor=${first.next}`)
    expect(second.records).toHaveLength(1)
    expect(second.next).toBeNull()
    const seqs = [...first.records, ...second.records].map((r) => r.seq)
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
    const future = await page(`?from=2999-01-01&action=audit.dead-letter.*`)
    expect(future.records).toEqual([])
  })

  it.each([
    ['?from=yesterday', 'from'],
    ['?to=2026-13-45T99:00:00Z', 'to'],
    ['?actor=Rosa%20Delgado', 'actor'],
    ['?action=detokenize', 'action'],
    ['?token=%2B14155550161', 'token'],
    ['?outcome=maybe', 'outcome'],
    ['?limit=0', 'limit'],
    ['?cursor=abc', 'cursor'],
  ])('answers 400 to %s (about %s) without echoing it', async (query, name) => {
    const res = await call('GET', `/v1/audit${query}`, 'test-admin-audit')
    expect(res.status).toBe(400)
    const body = await res.text()
    expect(JSON.parse(body)).toMatchObject({ error: 'invalid-request' })
    expect(JSON.parse(body).detail).toContain(name)
    for (const echoed of ['Rosa', '4155550161', 'yesterday', 'maybe']) expect(body).not.toContain(echoed)
  })

  it('needs the audit scope', async () => {
    expect((await call('GET', '/v1/audit', 'test-admin-detokenize')).status).toBe(403)
    expect((await call('GET', '/v1/audit/export', undefined)).status).toBe(401)
    expect((await call('GET', '/v1/audit', 'test-admin-all')).status).toBe(200)
  })
})

describe('GET /v1/audit/export and /v1/audit/verify', () => {
  it('exports NDJSON whose records re-compute to the chain, and verifies the whole trail', async () => {
    await call('POST', '/v1/detokenize', 'test-admin-detokenize', {
      tokens: ['tok_ZZZZZZZZZZZZZZZZZZZZZZ'],
      purpose: 'export-test',
    })
    const res = await call('GET', '/v1/audit/export', 'test-admin-audit')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toContain('application/x-ndjson')
    const lines = (await res.text()).trim().split('\n')
    // The export ends with a marker line (issue 14 review): records are every line before it, and it counts them.
    const end = JSON.parse(lines.pop() as string)
    const records = lines.map((line) => JSON.parse(line) as StoredAuditRecord)
    expect(records.length).toBeGreaterThan(0)
    expect(end).toEqual({ end: true, count: records.length })
    expect(records.some((r) => r.purpose === 'export-test')).toBe(true)
    const head = await call('GET', '/v1/audit/verify', 'test-admin-audit')
    const verified = (await head.json()) as { ok: boolean; complete: boolean; anchor: { seq: number; hash: string } }
    expect(verified).toMatchObject({ ok: true, complete: true })
    // An unfiltered export is the chain itself: anyone can check it offline (npm run audit:verify).
    expect(
      await checkChain(records, verified.anchor.seq === 0 ? { seq: 0, hash: GENESIS_HASH } : verified.anchor),
    ).toMatchObject({
      ok: true,
      checked: records.length,
    })
    const exported = await page('?action=audit.trail.exported')
    expect(exported.records.length).toBeGreaterThan(0)
  })
})

describe('GET /v1/audit/export end marker', () => {
  it('ends with {"end":true,"count":0} when nothing matches, so an empty export is told from a cut one', async () => {
    const res = await call('GET', '/v1/audit/export?from=2000-01-01&to=2000-01-02', 'test-admin-audit')
    expect([res.status, await res.text()]).toEqual([200, '{"end":true,"count":0}\n'])
  })

  it('says the export stopped short when the trail stops answering after the first page', async () => {
    const real = env.AUDIT_TRAIL.get(env.AUDIT_TRAIL.idFromName('audit-trail'))
    await real.append(
      Array.from({ length: 1001 }, () => ({
        type: 'audit.trail.read' as const,
        actor: 'export-filler',
        scope: 'audit',
        tokens: [],
        outcome: 'allowed' as const,
        at: new Date().toISOString(),
      })),
    )
    let queries = 0
    const stub = {
      append: (records: Parameters<typeof real.append>[0]) => real.append(records),
      query: async (...args: Parameters<typeof real.query>) => {
        if (++queries > 1) throw new Error('storage unavailable')
        return await real.query(...args)
      },
    }
    const flaky = { idFromName: () => ({}), get: () => stub } as unknown as Env['AUDIT_TRAIL']
    const logs = captureLogs()
    const res = await withEnv(
      { AUDIT_TRAIL: flaky },
      adminRequest('GET', '/v1/audit/export?actor=export-filler', 'test-admin-audit'),
    )
    expect(res.status).toBe(200)
    const lines = (await res.text()).trim().split('\n')
    expect(lines).toHaveLength(1001)
    expect(JSON.parse(lines[1000] as string)).toEqual({ end: false, error: 'audit-unavailable', count: 1000 })
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({ event: 'audit', outcome: 'export-failed', reason: 'Error' }),
    )
  })
})

describe('no unaudited admin call: when the trail cannot store a record the call is refused', () => {
  it('reveals nothing (503)', async () => {
    const [token] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'NAME', value: 'Unstored Person' }])
    const logs = captureLogs()
    const res = await withEnv(
      { AUDIT_TRAIL: failingTrail() },
      adminRequest('POST', '/v1/detokenize', 'test-admin-detokenize', { tokens: [token], purpose: 'store-down' }),
    )
    expect(res.status).toBe(503)
    const body = await res.text()
    expect(JSON.parse(body)).toMatchObject({ error: 'audit-unavailable' })
    expect(body).not.toContain('Unstored')
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({ event: 'audit', outcome: 'store-failed', reason: 'Error' }),
    )
  })

  it('sends no message: Twilio is never called', async () => {
    const [token] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'PHONE', value: '+14155550123' }])
    const captured = stubFetch(() => Response.json({ sid: MESSAGE_SID, status: 'queued' }, { status: 201 }))
    const res = await withEnv(
      { AUDIT_TRAIL: failingTrail() },
      adminRequest('POST', '/v1/messages', 'test-admin-messages', { to: token, body: 'Hi', from: '+15005550006' }),
    )
    expect(res.status).toBe(503)
    expect(captured).toHaveLength(0)
  })

  it('erases nothing, replays nothing and lets no key in', async () => {
    const [token] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'NAME', value: 'Kept Person' }])
    const failing = { AUDIT_TRAIL: failingTrail() }
    const erase = await withEnv(failing, adminRequest('DELETE', `/v1/tokens/${token}`, 'test-admin-erase'))
    expect(erase.status).toBe(503)
    expect((await vaultOf().reveal(token as string)).ok).toBe(true)
    const login = await withEnv(
      failing,
      adminRequest('POST', '/v1/detokenize', 'not-a-key', { tokens: [token], purpose: 'x' }),
    )
    expect(login.status).toBe(503)
    const read = await withEnv(failing, adminRequest('GET', '/v1/audit', 'test-admin-audit'))
    expect(read.status).toBe(503)
  })

  it('erases no token in bulk, changes no roster and gives no token for a value', async () => {
    const failing = { AUDIT_TRAIL: failingTrail() }
    const [token] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'PHONE', value: '+14155550133' }])
    const erase = await withEnv(
      failing,
      adminRequest('POST', '/v1/tokens/erase', 'test-admin-erase', { tokens: [token] }),
    )
    expect(erase.status).toBe(503)
    expect((await vaultOf().reveal(token as string)).ok).toBe(true)
    const rosterKeys = async () =>
      (await testEnv.VAULT.list({ prefix: `${ROSTER_PREFIX}${TENANT_A}:` })).keys.map((k) => k.name)
    const before = await rosterKeys()
    const identifiers = [{ type: 'NAME', value: 'Rostered Person' }]
    const put = await withEnv(
      failing,
      adminRequest('PUT', '/v1/known-identifiers', 'test-admin-all', { tenant: TENANT_A, identifiers }),
    )
    expect(put.status).toBe(503)
    const removed = await withEnv(
      failing,
      adminRequest('DELETE', `/v1/known-identifiers?tenant=${TENANT_A}`, 'test-admin-all'),
    )
    expect(removed.status).toBe(503)
    expect(await rosterKeys()).toEqual(before)
    const lookup = { type: 'PHONE', value: '+14155550133', purpose: 'find-thread', accountSid: TENANT_A }
    const found = await withEnv(failing, adminRequest('POST', '/v1/tokenize', 'test-admin-all', lookup))
    expect(found.status).toBe(503)
    expect(await found.text()).not.toContain(token)
  })

  it('refuses when a configured audit destination cannot take its copy either', async () => {
    const [token] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'NAME', value: 'Copied Person' }])
    const auditor = [
      {
        name: 'auditor',
        url: 'https://audit.example.test/hooks',
        secret: 'whsec_Tx+j0WfcQag9nDw9Td5P+Dg7r57QJzdn/amRzpTcG/8=',
        events: ['audit.*'],
      },
    ]
    const failingQueue = {
      send: async () => Promise.reject(new Error('queue down')),
      sendBatch: async () => Promise.reject(new Error('queue down')),
    } as unknown as Queue
    const res = await withEnv(
      { DESTINATIONS: JSON.stringify(auditor), EVENTS: failingQueue } as Partial<Env>,
      adminRequest('POST', '/v1/detokenize', 'test-admin-detokenize', { tokens: [token], purpose: 'copy-down' }),
    )
    expect(res.status).toBe(503)
    // The trail still holds what happened: the reveal attempt and that the values were withheld.
    const { records } = await page(`?token=${token}`)
    expect(records.map((r) => [r.outcome, r.reason])).toEqual([
      ['allowed', undefined],
      ['error', 'audit-unavailable'],
    ])
  })
})
