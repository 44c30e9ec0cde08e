import { runInDurableObject } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it, vi } from 'vitest'
import { audit, auditTrail, type AuditEntry } from '../../src/audit'
import { chainHash, checkChain, GENESIS_HASH } from '../../src/audit/chain'
import type { AuditTrail } from '../../src/audit/trail'
import { loadConfig } from '../../src/config'
import type { AuditRecord } from '../../src/model/audit'

/** A fresh trail per test: its own Durable Object instance. */
function freshTrail(): DurableObjectStub<AuditTrail> {
  return env.AUDIT_TRAIL.get(env.AUDIT_TRAIL.newUniqueId())
}

const TOKEN_A = 'tok_AAAAAAAAAAAAAAAAAAAAAA'
const TOKEN_B = 'tok_BBBBBBBBBBBBBBBBBBBBBB'

function entry(overrides: Partial<AuditRecord> = {}): AuditRecord {
  return {
    type: 'audit.detokenize',
    actor: 'key-1',
    scope: 'detokenize',
    purpose: 'ticket:ZD-1',
    tokens: [TOKEN_A],
    outcome: 'allowed',
    at: '2026-03-01T10:00:00.000Z',
    ...overrides,
  }
}

describe('audit trail (Durable Object)', () => {
  it('numbers records from 1 and chains each to the one before', async () => {
    const trail = freshTrail()
    const first = await trail.append([entry()])
    const second = await trail.append([
      entry({ actor: 'key-2' }),
      entry({ outcome: 'denied', reason: 'missing-scope', tokens: [] }),
    ])
    expect([first, second].map((r) => (r.ok ? [r.value.first, r.value.last] : r.error))).toEqual([
      [1, 1],
      [2, 3],
    ])
    const { records } = await trail.query({}, 10)
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3])
    expect(records[0]?.prevHash).toBe(GENESIS_HASH)
    expect(records[1]?.prevHash).toBe(records[0]?.hash)
    expect(records[0]?.hash).toBe(await chainHash(GENESIS_HASH, 1, entry()))
    expect(await checkChain(records, { seq: 0, hash: GENESIS_HASH })).toMatchObject({
      ok: true,
      checked: 3,
      lastSeq: 3,
    })
    expect(await trail.verify()).toMatchObject({ ok: true, checked: 3, complete: true })
    expect(await trail.head()).toMatchObject({ seq: 3, hash: records[2]?.hash })
  })

  it('filters by actor, action (exact or prefix), outcome, token and time, and pages with a cursor', async () => {
    const trail = freshTrail()
    await trail.append([
      entry({ at: '2026-03-01T09:00:00.000Z' }),
      entry({ type: 'audit.message.requested', scope: 'messages', tokens: [TOKEN_B], at: '2026-03-01T10:00:00.000Z' }),
      entry({
        type: 'audit.message.sent',
        scope: 'messages',
        tokens: [TOKEN_B],
        sid: 'SM0123456789abcdef0123456789abcdef',
        at: '2026-03-01T10:00:01.000Z',
      }),
      entry({ actor: 'anonymous', outcome: 'denied', reason: 'no-key', tokens: [], at: '2026-03-02T08:00:00.000Z' }),
    ])
    const seqs = async (filter: Parameters<AuditTrail['query']>[0]) =>
      (await trail.query(filter, 10)).records.map((r) => r.seq)
    expect(await seqs({ actor: 'anonymous' })).toEqual([4])
    expect(await seqs({ type: 'audit.message.*' })).toEqual([2, 3])
    expect(await seqs({ type: 'audit.message.sent' })).toEqual([3])
    expect(await seqs({ outcome: 'denied' })).toEqual([4])
    expect(await seqs({ token: TOKEN_B })).toEqual([2, 3])
    expect(
      await seqs({ fromMs: Date.parse('2026-03-01T10:00:00Z'), toMs: Date.parse('2026-03-02T00:00:00Z') }),
    ).toEqual([2, 3])
    const page1 = await trail.query({}, 3)
    expect(page1.records.map((r) => r.seq)).toEqual([1, 2, 3])
    expect(page1.next).toBe(3)
    const page2 = await trail.query({ afterSeq: page1.next }, 3)
    expect(page2.records.map((r) => r.seq)).toEqual([4])
    expect(page2.next).toBeUndefined()
  })

  it('refuses records that could hold a value instead of an id (PHI-free by construction)', async () => {
    const trail = freshTrail()
    const refused = [
      entry({ purpose: 'call back Rosa Delgado' }),
      entry({ tokens: ['+14155550161'] }),
      entry({ reason: 'Patient said 415 555 0161' }),
      entry({ actor: 'rosa@example.org' }),
      entry({ subject: 'Rosa Delgado, DOB 1950-02-03' }),
      entry({ type: 'audit.Rosa Delgado' as AuditRecord['type'] }),
      entry({ counts: { 'Rosa Delgado': 1 } }),
    ]
    const fields = []
    for (const record of refused) {
      const result = await trail.append([record])
      fields.push(result.ok ? 'stored' : result.error.refused)
    }
    expect(fields).toEqual(['purpose', 'tokens', 'reason', 'actor', 'subject', 'type', 'counts'])
    expect((await trail.head()).seq).toBe(0)
  })

  it('stores, chains and answers only the known fields of a record, whatever else the object carries', async () => {
    const trail = freshTrail()
    const carrying = { ...entry(), value: '+14155550123', body: { name: 'Rosa Delgado' } } as AuditRecord
    expect((await trail.append([carrying])).ok).toBe(true)
    const [stored] = (await trail.query({}, 10)).records
    const { seq, prevHash, hash, ...fields } = stored!
    expect([seq, prevHash]).toEqual([1, GENESIS_HASH])
    expect(fields).toEqual(entry())
    expect(hash).toBe(await chainHash(GENESIS_HASH, 1, entry()))
    expect(JSON.stringify(stored)).not.toMatch(/5550123|Rosa/)
  })

  it('audit() copies only the known fields of an entry before it logs, stores or copies it', async () => {
    const config = loadConfig(env)
    if (!config.ok) throw new Error('test config')
    const logs: string[] = []
    vi.spyOn(console, 'info').mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(' ')))
    const extra = { note: 'Rosa Delgado called', phone: '+14155550123' }
    const subject = `known-fields-${crypto.randomUUID()}`
    const entry: AuditEntry = {
      type: 'audit.trail.read',
      actor: 'key-1',
      scope: 'audit',
      tokens: [],
      outcome: 'allowed',
      subject,
    }
    expect(await audit(env, config.value, { ...entry, ...extra } as AuditEntry)).toBe(true)
    const { records } = await auditTrail(env).query({ type: 'audit.trail.read' }, 1000)
    const stored = records.find((r) => r.subject === subject)
    expect(stored).toBeDefined()
    expect(Object.keys(stored!).sort()).toEqual([
      'actor',
      'at',
      'hash',
      'outcome',
      'prevHash',
      'scope',
      'seq',
      'subject',
      'tokens',
      'type',
    ])
    expect(logs.join('\n')).not.toMatch(/Rosa|5550123/)
  })

  it('accepts a new action type without any change to the store (roster changes)', async () => {
    const trail = freshTrail()
    const roster = entry({
      type: 'audit.roster.updated',
      scope: 'roster',
      tokens: [],
      subject: 'roster:main',
      counts: { added: 3, removed: 1 },
    })
    await trail.append([roster])
    const [stored] = (await trail.query({ type: 'audit.roster.*' }, 10)).records
    expect(stored).toMatchObject({
      type: 'audit.roster.updated',
      subject: 'roster:main',
      counts: { added: 3, removed: 1 },
    })
    expect(await trail.verify()).toMatchObject({ ok: true, checked: 1 })
  })

  it('detects a record changed after it was written, and says which one', async () => {
    const trail = freshTrail()
    await trail.append([entry(), entry({ actor: 'key-2' }), entry({ actor: 'key-3' })])
    await runInDurableObject(trail, (_instance, state) => {
      const record = JSON.stringify({ ...entry({ actor: 'key-2' }), tokens: [TOKEN_B] })
      state.storage.sql.exec('UPDATE audit_records SET record = ? WHERE seq = 2', record)
    })
    expect(await trail.verify()).toMatchObject({ ok: false, brokenAt: 2, problem: 'hash' })
  })

  it('detects a changed index column and a removed record', async () => {
    const column = freshTrail()
    await column.append([entry(), entry()])
    await runInDurableObject(column, (_instance, state) => {
      state.storage.sql.exec("UPDATE audit_records SET actor = 'someone-else' WHERE seq = 1")
    })
    expect(await column.verify()).toMatchObject({ ok: false, brokenAt: 1 })

    const removed = freshTrail()
    await removed.append([entry(), entry(), entry()])
    await runInDurableObject(removed, (_instance, state) => {
      state.storage.sql.exec('DELETE FROM audit_records WHERE seq = 2')
    })
    expect(await removed.verify()).toMatchObject({ ok: false, brokenAt: 2, problem: 'gap' })
  })

  it('retention removes only the oldest records and moves the anchor, so what remains still verifies', async () => {
    const trail = freshTrail()
    await trail.append([
      entry({ at: '2019-01-01T00:00:00.000Z' }),
      entry({ at: '2019-06-01T00:00:00.000Z' }),
      entry({ at: '2026-01-01T00:00:00.000Z' }),
      entry({ at: '2026-02-01T00:00:00.000Z' }),
    ])
    const before = (await trail.query({}, 10)).records
    const pruned = await trail.prune(Date.parse('2020-01-01T00:00:00Z'), 100)
    expect(pruned).toEqual({ removed: 2, anchor: { seq: 2, hash: before[1]?.hash } })
    expect((await trail.query({}, 10)).records.map((r) => r.seq)).toEqual([3, 4])
    expect((await trail.query({ token: TOKEN_A }, 10)).records.map((r) => r.seq)).toEqual([3, 4])
    expect(await trail.verify()).toMatchObject({ ok: true, checked: 2, complete: true, anchor: { seq: 2 } })
    // New records keep chaining from the head, not from the anchor.
    await trail.append([entry()])
    expect(await trail.verify()).toMatchObject({ ok: true, checked: 3, lastSeq: 5 })
    expect(await trail.prune(Date.parse('2020-01-01T00:00:00Z'), 100)).toMatchObject({ removed: 0 })
  })

  it('verifies a long trail in batches, each continuing from the last record checked', async () => {
    const trail = freshTrail()
    await trail.append(Array.from({ length: 7 }, (_, i) => entry({ actor: `key-${i}` })))
    const first = await trail.verify(undefined, 3)
    expect(first).toMatchObject({ ok: true, checked: 3, lastSeq: 3, complete: false })
    const second = await trail.verify(3, 3)
    expect(second).toMatchObject({ ok: true, checked: 3, lastSeq: 6, complete: false })
    expect(await trail.verify(6, 3)).toMatchObject({ ok: true, checked: 1, lastSeq: 7, complete: true })
  })

  it('never forks the chain under concurrent appends', async () => {
    const trail = freshTrail()
    await Promise.all(Array.from({ length: 20 }, (_, i) => trail.append([entry({ actor: `key-${i}` })])))
    const { records } = await trail.query({}, 100)
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    expect(await trail.verify()).toMatchObject({ ok: true, checked: 20, complete: true })
  })
})
