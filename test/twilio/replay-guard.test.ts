/** The replay guard and mint budget Durable Objects on their own: claims, waits, leases, windows, partial grants. */
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import type { Env } from '../../src/env'
import type { ReplayGuard } from '../../src/twilio/replay-guard'
import type { MintBudget } from '../../src/vault/mint-budget'

const bindings = env as unknown as Env
const guards = bindings.REPLAY_GUARD as unknown as DurableObjectNamespace<ReplayGuard>
const budgets = bindings.MINT_BUDGET as unknown as DurableObjectNamespace<MintBudget>
let serial = 0
const digest = () => `${(++serial).toString(16).padStart(8, '0')}${'a'.repeat(56)}`

describe('ReplayGuard', () => {
  it('claims once, answers busy to a copy while claimed, and replays after completion', async () => {
    const guard = guards.get(guards.idFromName('unit-guard'))
    const d = digest()
    const first = await guard.claim(d, { leaseMs: 60_000, waitMs: 0 })
    expect(first.kind).toBe('claimed')
    expect(await guard.claim(d, { leaseMs: 60_000, waitMs: 0 })).toEqual({ kind: 'busy' })
    await guard.complete(d, 200, 60_000)
    expect(await guard.claim(d, { leaseMs: 60_000, waitMs: 0 })).toEqual({ kind: 'replay', status: 200 })
  })

  it('a released claim lets the next copy be processed; a foreign claim id releases nothing', async () => {
    const guard = guards.get(guards.idFromName('unit-guard'))
    const d = digest()
    const first = await guard.claim(d, { leaseMs: 60_000, waitMs: 0 })
    if (first.kind !== 'claimed') throw new Error('unreachable')
    await guard.release(d, 'someone-else')
    expect(await guard.claim(d, { leaseMs: 60_000, waitMs: 0 })).toEqual({ kind: 'busy' })
    await guard.release(d, first.claim)
    expect((await guard.claim(d, { leaseMs: 60_000, waitMs: 0 })).kind).toBe('claimed')
  })

  it('a waiting copy gets the outcome of the first once it completes', async () => {
    const guard = guards.get(guards.idFromName('unit-guard'))
    const d = digest()
    await guard.claim(d, { leaseMs: 60_000, waitMs: 0 })
    const waiting = guard.claim(d, { leaseMs: 60_000, waitMs: 5000 })
    await guard.complete(d, 200, 60_000)
    expect(await waiting).toEqual({ kind: 'replay', status: 200 })
  })

  it('a claim whose holder vanished lapses after its lease; a done digest is forgotten after its window', async () => {
    const guard = guards.get(guards.idFromName('unit-guard'))
    const d = digest()
    const now = Date.now()
    await guard.claim(d, { leaseMs: 1000, waitMs: 0, now })
    expect((await guard.claim(d, { leaseMs: 1000, waitMs: 0, now: now + 2000 })).kind).toBe('claimed')
    await guard.complete(d, 200, 1000, now)
    expect((await guard.claim(d, { leaseMs: 1000, waitMs: 0, now: now + 500 })).kind).toBe('replay')
    expect((await guard.claim(d, { leaseMs: 1000, waitMs: 0, now: now + 5000 })).kind).toBe('claimed')
  })
})

describe('MintBudget', () => {
  it('grants within both budgets, partially when asked for more, per clock hour', async () => {
    const budget = budgets.get(budgets.idFromName('unit-budget'))
    const hour = Date.UTC(2026, 11, 2, 10)
    const take = (count: number, sender: string | undefined, now: number) =>
      budget.take({ count, tenantLimit: 10, senderLimit: 4, now, ...(sender ? { sender } : {}) })
    expect(await take(3, 'a', hour)).toEqual({ granted: 3 })
    expect(await take(3, 'a', hour + 1000)).toEqual({ granted: 1 })
    expect(await take(5, 'b', hour + 2000)).toEqual({ granted: 4 })
    expect(await take(5, undefined, hour + 3000)).toEqual({ granted: 2 })
    expect(await take(1, 'c', hour + 4000)).toEqual({ granted: 0 })
    // The next hour starts afresh.
    expect(await take(3, 'a', hour + 3_600_000)).toEqual({ granted: 3 })
  })
})
