/**
 * /v1/dead-letters with a key bound to tenants: it lists, shows and replays only its own accounts' dead letters;
 * another clinic's answers 404 as if it did not exist, and the attempt is audited as denied.
 */
import { env, exports } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { getDeadLetter, storeDeadLetter, type DeadLetterSummary } from '../../src/delivery/dead-letters'
import { envelopeOf } from '../../src/delivery/envelope'
import type { Env } from '../../src/env'
import { CLINIC_ACCOUNTS } from './bindings'
import { deliveriesTo, sampleEvent, stubFetch, uniqueSid } from './helpers'

const testEnv = env as unknown as Env
const TENANT_KEY = 'test-admin-tenant-ops'

afterEach(() => vi.restoreAllMocks())

/** A dead letter of `clinic`'s event for its clinic CRM, stored as the dead-letter consumer stores it. */
async function deadLetterOf(clinic: 'a' | 'b'): Promise<{ id: string; eventId: string }> {
  const sid = uniqueSid('SM')
  const event = sampleEvent({ resourceSid: sid, sids: { AccountSid: CLINIC_ACCOUNTS[clinic], MessageSid: sid } })
  const envelope = await envelopeOf(event)
  const failure = { reason: 'exhausted' as const, status: 500, attempts: 3, at: new Date().toISOString() }
  const summary = await storeDeadLetter(
    testEnv,
    { v: 1, destination: `clinic-${clinic}`, envelope, kinds: event.fields, failure },
    3600,
  )
  return { id: summary.id, eventId: summary.eventId }
}

function get(path: string, key: string, method = 'GET'): Promise<Response> {
  return exports.default.fetch(`https://phi.example.test${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}` },
  })
}

async function listed(key: string): Promise<DeadLetterSummary[]> {
  const res = await get('/v1/dead-letters?limit=1000', key)
  expect(res.status).toBe(200)
  return ((await res.json()) as { items: DeadLetterSummary[] }).items
}

describe('dead letters of a key bound to tenants', () => {
  it("lists, shows and replays its own clinic's only; another clinic's is 404 and audited as denied", async () => {
    const captured = stubFetch()
    const own = await deadLetterOf('a')
    const foreign = await deadLetterOf('b')

    const mine = await listed(TENANT_KEY)
    expect(mine.map((d) => d.id)).toContain(own.id)
    expect(mine.map((d) => d.id)).not.toContain(foreign.id)
    expect(mine.every((d) => d.accounts.includes(CLINIC_ACCOUNTS.a))).toBe(true)
    expect(mine.find((d) => d.id === own.id)).toMatchObject({ destination: 'clinic-a', accounts: [CLINIC_ACCOUNTS.a] })
    // A key bound to no tenant sees every clinic's.
    expect((await listed('test-admin-dead-letters')).map((d) => d.id)).toEqual(
      expect.arrayContaining([own.id, foreign.id]),
    )

    expect((await get(`/v1/dead-letters/${own.id}`, TENANT_KEY)).status).toBe(200)
    const shown = await get(`/v1/dead-letters/${foreign.id}`, TENANT_KEY)
    expect(shown.status).toBe(404)
    expect(await shown.json()).toEqual({ error: 'not-found' })
    const replayForeign = await get(`/v1/dead-letters/${foreign.id}/replay`, TENANT_KEY, 'POST')
    expect(replayForeign.status).toBe(404)
    expect(await replayForeign.json()).toEqual({ error: 'not-found' })
    expect(await getDeadLetter(testEnv, foreign.id)).toBeDefined()

    const replay = await get(`/v1/dead-letters/${own.id}/replay`, TENANT_KEY, 'POST')
    expect(replay.status).toBe(202)
    await vi.waitFor(() => expect(deliveriesTo(captured, 'clinic-a.example.test', own.eventId)).toHaveLength(1), {
      timeout: 8000,
      interval: 25,
    })
    expect(deliveriesTo(captured, 'clinic-b.example.test', foreign.eventId)).toHaveLength(0)

    // The refusals are on record for both clinics (the key's own account and the one it asked about).
    const trail = await get(`/v1/audit?actor=test-tenant-ops&outcome=denied`, 'test-admin-audit')
    const records = (
      (await trail.json()) as { records: { type: string; subject?: string; reason?: string; accounts?: string[] }[] }
    ).records
    const refusals = records.filter((r) => r.subject === foreign.id)
    expect(refusals.map((r) => [r.type, r.reason])).toEqual([
      ['audit.dead-letter.access', 'other-tenant'],
      ['audit.dead-letter.replayed', 'other-tenant'],
    ])
    for (const r of refusals) expect(r.accounts).toEqual([CLINIC_ACCOUNTS.a, CLINIC_ACCOUNTS.b].sort())
    // Let the audit copies of these calls reach the stub before the test ends.
    await new Promise((resolve) => setTimeout(resolve, 200))
  })

  it("replays nothing to a destination since scoped away from the event's account (409 destination-removed)", async () => {
    // A dead letter of clinic b's event for clinic a's CRM: clinic a's CRM no longer takes clinic b's events.
    stubFetch()
    const sid = uniqueSid('SM')
    const event = sampleEvent({ resourceSid: sid, sids: { AccountSid: CLINIC_ACCOUNTS.b, MessageSid: sid } })
    const envelope = await envelopeOf(event)
    const failure = { reason: 'exhausted' as const, attempts: 3, at: new Date().toISOString() }
    const stored = await storeDeadLetter(
      testEnv,
      { v: 1, destination: 'clinic-a', envelope, kinds: event.fields, failure },
      3600,
    )
    const res = await get(`/v1/dead-letters/${stored.id}/replay`, 'test-admin-dead-letters', 'POST')
    expect(res.status).toBe(409)
    expect(await res.json()).toEqual({ error: 'destination-removed' })
    await new Promise((resolve) => setTimeout(resolve, 200))
  })
})
