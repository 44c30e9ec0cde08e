/**
 * The audit trail's hash chain: a canonical JSON form of a record and the SHA-256 that links it to the record before.
 * Pure (Web Crypto only), so the Durable Object, the verify endpoint and `npm run audit:verify` on an export share it.
 *
 *   hash(n) = hex(SHA-256(hash(n-1) + "\n" + canonical(n)))      hash(0) = 64 zeros, or the retention anchor's hash
 *
 * canonical(n) is JSON with keys in this fixed order, absent keys left out: seq, at, type, actor, scope, outcome,
 * purpose, reason, sid, subject, tokens, counts (counts with its keys sorted).
 */
import type { AuditRecord, StoredAuditRecord } from '../model/audit'

/** `prevHash` of the first record of a trail that was never pruned. */
export const GENESIS_HASH = '0'.repeat(64)

/** Where a chain starts: the genesis, or the last record removed by retention. */
export interface ChainAnchor {
  /** Seq of the last removed record (0 for the genesis). */
  seq: number
  hash: string
}

/** The result of checking a run of stored records. */
export type ChainCheck =
  | { ok: true; checked: number; lastSeq: number; lastHash: string }
  | { ok: false; checked: number; brokenAt: number; problem: 'gap' | 'prev-hash' | 'hash' }

/** The exact text that is hashed for a record at position `seq`. */
export function canonicalRecord(seq: number, record: AuditRecord): string {
  const ordered: Record<string, unknown> = {
    seq,
    at: record.at,
    type: record.type,
    actor: record.actor,
    scope: record.scope,
  }
  ordered.outcome = record.outcome
  for (const key of ['purpose', 'reason', 'sid', 'subject'] as const)
    if (record[key] !== undefined) ordered[key] = record[key]
  ordered.tokens = record.tokens
  if (record.counts !== undefined) {
    ordered.counts = Object.fromEntries(Object.entries(record.counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  }
  return JSON.stringify(ordered)
}

/** The hash of a record at `seq` following `prevHash`. */
export async function chainHash(prevHash: string, seq: number, record: AuditRecord): Promise<string> {
  const bytes = new TextEncoder().encode(`${prevHash}\n${canonicalRecord(seq, record)}`)
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * Checks consecutive stored records from `anchor`: no gap in `seq`, each `prevHash` the hash before, each `hash`
 * recomputed from the record's own fields. The first failure is reported by its seq.
 */
export async function checkChain(records: Iterable<StoredAuditRecord>, anchor: ChainAnchor): Promise<ChainCheck> {
  let expectedSeq = anchor.seq + 1
  let previous = anchor.hash
  let checked = 0
  for (const stored of records) {
    if (stored.seq !== expectedSeq) return { ok: false, checked, brokenAt: expectedSeq, problem: 'gap' }
    if (stored.prevHash !== previous) return { ok: false, checked, brokenAt: stored.seq, problem: 'prev-hash' }
    if ((await chainHash(previous, stored.seq, stored)) !== stored.hash) {
      return { ok: false, checked, brokenAt: stored.seq, problem: 'hash' }
    }
    checked++
    previous = stored.hash
    expectedSeq++
  }
  return { ok: true, checked, lastSeq: expectedSeq - 1, lastHash: previous }
}
