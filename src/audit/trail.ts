/**
 * The durable audit trail: one SQLite-backed Durable Object holding every audit record, append-only and hash-chained
 * (src/audit/chain.ts). Its RPC methods are the only way in: append, query, verify, head and retention pruning; there
 * is no update and no delete of a single record. Appends, pruning and verification run one at a time, so the chain
 * never forks.
 */
import { DurableObject } from 'cloudflare:workers'
import type { Env } from '../env'
import type { AuditRecord, StoredAuditRecord } from '../model/audit'
import { err, ok, type Result } from '../result'
import { chainHash, checkChain, GENESIS_HASH, type ChainAnchor, type ChainCheck } from './chain'
import { invalidAuditField, knownAuditFields } from './shape'

/** What a query selects. Every filter is optional; records come in trail order (oldest first). */
export interface AuditFilter {
  /** Inclusive lower bound, epoch ms. */
  fromMs?: number
  /** Exclusive upper bound, epoch ms. */
  toMs?: number
  actor?: string
  /** An exact type (`audit.detokenize`) or a prefix ending in `.*` (`audit.message.*`). */
  type?: string
  outcome?: string
  token?: string
  /** Only records naming at least one of these accounts (what a key bound to tenants may read). */
  accounts?: readonly string[]
  /** Only records after this seq (the cursor of the page before). */
  afterSeq?: number
}

/** Where appended records landed: their seqs and chain hashes. */
export interface Appended {
  first: number
  last: number
  hashes: string[]
}

/** One page of records; `next` is the cursor of the following page when there is one. */
export interface AuditPage {
  records: StoredAuditRecord[]
  next?: number
}

/** The newest record's position and hash, and where the chain starts after retention. */
export interface AuditHead {
  seq: number
  hash: string
  anchor: ChainAnchor
}

/** What a verify call answers: the chain check of one batch, whether it reached the head, and the anchor. */
export type VerifyResult = ChainCheck & { complete: boolean; anchor: ChainAnchor }

/** Most records one query page may hold. */
export const MAX_AUDIT_PAGE = 1000
/** Most records one verify call checks (the caller continues from `lastSeq`). */
export const MAX_VERIFY_BATCH = 5000

interface Meta {
  head_seq: number
  head_hash: string
  anchor_seq: number
  anchor_hash: string
}

type Row = Record<string, SqlStorageValue>

/** Durable Object holding the audit trail (bound as AUDIT_TRAIL; the Worker uses one instance, `audit-trail`). */
export class AuditTrail extends DurableObject<Env> {
  /** Appends, pruning and verification, one after the other. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env)
    const sql = ctx.storage.sql
    sql.exec(`CREATE TABLE IF NOT EXISTS audit_records (
      seq INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, type TEXT NOT NULL, actor TEXT NOT NULL, outcome TEXT NOT NULL,
      record TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)`)
    sql.exec('CREATE INDEX IF NOT EXISTS audit_records_at ON audit_records (at_ms)')
    sql.exec('CREATE INDEX IF NOT EXISTS audit_records_actor ON audit_records (actor, seq)')
    sql.exec('CREATE INDEX IF NOT EXISTS audit_records_type ON audit_records (type, seq)')
    sql.exec(
      'CREATE TABLE IF NOT EXISTS audit_tokens (token TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (token, seq)) WITHOUT ROWID',
    )
    // Which records name which account: a key bound to tenants reads only theirs (added later: older records name none).
    sql.exec(
      'CREATE TABLE IF NOT EXISTS audit_accounts (account TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (account, seq)) WITHOUT ROWID',
    )
    sql.exec(`CREATE TABLE IF NOT EXISTS audit_meta (id INTEGER PRIMARY KEY CHECK (id = 1), head_seq INTEGER NOT NULL,
      head_hash TEXT NOT NULL, anchor_seq INTEGER NOT NULL, anchor_hash TEXT NOT NULL)`)
    sql.exec('INSERT OR IGNORE INTO audit_meta VALUES (1, 0, ?, 0, ?)', GENESIS_HASH, GENESIS_HASH)
  }

  /**
   * Stores records in order, chained to the newest one; all or none. Refuses the whole batch when a record has a
   * field of a disallowed shape (naming the field, never its value).
   */
  async append(records: AuditRecord[]): Promise<Result<Appended, { refused: string }>> {
    return await this.serially(async () => {
      for (const record of records) {
        const field = invalidAuditField(record)
        if (field !== undefined) return err({ refused: field })
      }
      // Only the known fields are chained and stored, whatever else the caller's objects carry.
      records = records.map(knownAuditFields)
      const meta = this.meta()
      let seq = meta.head_seq
      let previous = meta.head_hash
      const rows: { seq: number; record: AuditRecord; prev: string; hash: string }[] = []
      for (const record of records) {
        seq++
        const hash = await chainHash(previous, seq, record)
        rows.push({ seq, record, prev: previous, hash })
        previous = hash
      }
      const sql = this.ctx.storage.sql
      this.ctx.storage.transactionSync(() => {
        for (const { seq: n, record, prev, hash } of rows) {
          sql.exec(
            'INSERT INTO audit_records VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            ...[
              n,
              Date.parse(record.at),
              record.type,
              record.actor,
              record.outcome,
              JSON.stringify(record),
              prev,
              hash,
            ],
          )
          for (const token of new Set(record.tokens)) sql.exec('INSERT INTO audit_tokens VALUES (?, ?)', token, n)
          for (const account of new Set(record.accounts))
            sql.exec('INSERT INTO audit_accounts VALUES (?, ?)', account, n)
        }
        sql.exec('UPDATE audit_meta SET head_seq = ?, head_hash = ? WHERE id = 1', seq, previous)
      })
      return ok({ first: meta.head_seq + 1, last: seq, hashes: rows.map((r) => r.hash) })
    })
  }

  /** One page of records matching `filter`, oldest first. */
  async query(filter: AuditFilter, limit: number): Promise<AuditPage> {
    const pageSize = Math.max(1, Math.min(MAX_AUDIT_PAGE, Math.floor(limit)))
    const where: string[] = []
    const params: SqlStorageValue[] = []
    const add = (clause: string, value: SqlStorageValue) => {
      where.push(clause)
      params.push(value)
    }
    if (filter.afterSeq !== undefined) add('r.seq > ?', filter.afterSeq)
    if (filter.fromMs !== undefined) add('r.at_ms >= ?', filter.fromMs)
    if (filter.toMs !== undefined) add('r.at_ms < ?', filter.toMs)
    if (filter.actor !== undefined) add('r.actor = ?', filter.actor)
    if (filter.outcome !== undefined) add('r.outcome = ?', filter.outcome)
    if (filter.type?.endsWith('.*')) {
      const prefix = filter.type.slice(0, -1)
      add('substr(r.type, 1, ?) = ?', prefix.length)
      params.push(prefix)
    } else if (filter.type !== undefined) add('r.type = ?', filter.type)
    if (filter.token !== undefined) add('r.seq IN (SELECT seq FROM audit_tokens WHERE token = ?)', filter.token)
    if (filter.accounts !== undefined) {
      // No account at all matches nothing (fail closed), never everything.
      const marks = filter.accounts.map(() => '?').join(', ') || 'NULL'
      where.push(`r.seq IN (SELECT seq FROM audit_accounts WHERE account IN (${marks}))`)
      params.push(...filter.accounts)
    }
    const sqlText = `SELECT r.* FROM audit_records r ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.seq LIMIT ?`
    const rows = this.ctx.storage.sql.exec<Row>(sqlText, ...params, pageSize + 1).toArray()
    const records = rows.slice(0, pageSize).map(toStored)
    const last = records.at(-1)
    return rows.length > pageSize && last ? { records, next: last.seq } : { records }
  }

  /**
   * Re-computes the chain from `afterSeq` (the anchor when absent) over at most `max` records. A continuation starts
   * from the stored hash of record `afterSeq`, so a long trail is checked in several calls.
   */
  async verify(afterSeq?: number, max: number = MAX_VERIFY_BATCH): Promise<VerifyResult> {
    return await this.serially(async () => {
      const meta = this.meta()
      const anchor = { seq: meta.anchor_seq, hash: meta.anchor_hash }
      let start: ChainAnchor = anchor
      if (afterSeq !== undefined && afterSeq > anchor.seq) {
        const row = this.ctx.storage.sql
          .exec<Row>('SELECT hash FROM audit_records WHERE seq = ?', afterSeq)
          .toArray()[0]
        if (!row) return { ok: false, checked: 0, brokenAt: afterSeq, problem: 'gap', complete: false, anchor }
        start = { seq: afterSeq, hash: String(row.hash) }
      }
      const batch = Math.max(1, Math.min(MAX_VERIFY_BATCH, Math.floor(max)))
      const rows = this.ctx.storage.sql
        .exec<Row>('SELECT * FROM audit_records WHERE seq > ? ORDER BY seq LIMIT ?', start.seq, batch)
        .toArray()
      const records = rows.map(toStored)
      const mismatch = records.find((r, i) => !columnsMatch(rows[i] as Row, r))
      const check = await checkChain(records, start)
      if (check.ok && mismatch)
        return { ok: false, checked: check.checked, brokenAt: mismatch.seq, problem: 'hash', complete: false, anchor }
      if (!check.ok) return { ...check, complete: false, anchor }
      const complete = check.lastSeq >= meta.head_seq
      if (complete && check.lastHash !== meta.head_hash) {
        return { ok: false, checked: check.checked, brokenAt: meta.head_seq, problem: 'hash', complete, anchor }
      }
      return { ...check, complete, anchor }
    })
  }

  /** The newest record's seq and hash, and the retention anchor (also what readiness asks: the store answers). */
  async head(): Promise<AuditHead> {
    const meta = this.meta()
    return { seq: meta.head_seq, hash: meta.head_hash, anchor: { seq: meta.anchor_seq, hash: meta.anchor_hash } }
  }

  /**
   * Retention: removes up to `max` of the oldest records written before `beforeMs`, and moves the anchor to the last
   * one removed, so the chain that remains still verifies from its first record.
   */
  async prune(beforeMs: number, max: number): Promise<{ removed: number; anchor: ChainAnchor }> {
    return await this.serially(async () => {
      const sql = this.ctx.storage.sql
      const rows = sql
        .exec<Row>(
          'SELECT seq, hash FROM audit_records WHERE at_ms < ? ORDER BY seq LIMIT ?',
          beforeMs,
          Math.max(1, max),
        )
        .toArray()
      // Only a leading run of old records can go: a record kept must keep everything after it chained.
      const first = sql.exec<Row>('SELECT MIN(seq) AS seq FROM audit_records').toArray()[0]?.seq
      let expected = Number(first)
      const removable: Row[] = []
      for (const row of rows) {
        if (Number(row.seq) !== expected) break
        removable.push(row)
        expected++
      }
      const last = removable.at(-1)
      if (!last) {
        const meta = this.meta()
        return { removed: 0, anchor: { seq: meta.anchor_seq, hash: meta.anchor_hash } }
      }
      const anchor = { seq: Number(last.seq), hash: String(last.hash) }
      this.ctx.storage.transactionSync(() => {
        sql.exec('DELETE FROM audit_records WHERE seq <= ?', anchor.seq)
        sql.exec('DELETE FROM audit_tokens WHERE seq <= ?', anchor.seq)
        sql.exec('DELETE FROM audit_accounts WHERE seq <= ?', anchor.seq)
        sql.exec('UPDATE audit_meta SET anchor_seq = ?, anchor_hash = ? WHERE id = 1', anchor.seq, anchor.hash)
      })
      return { removed: removable.length, anchor }
    })
  }

  private meta(): Meta {
    const row = this.ctx.storage.sql.exec<Row>('SELECT * FROM audit_meta WHERE id = 1').one()
    return {
      head_seq: Number(row.head_seq),
      head_hash: String(row.head_hash),
      anchor_seq: Number(row.anchor_seq),
      anchor_hash: String(row.anchor_hash),
    }
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task)
    this.queue = run.catch(() => undefined)
    return run
  }
}

function toStored(row: Row): StoredAuditRecord {
  const record = JSON.parse(String(row.record)) as AuditRecord
  return { ...record, seq: Number(row.seq), prevHash: String(row.prev_hash), hash: String(row.hash) }
}

/** The indexed columns must say what the hashed record says: a changed column would mislead filtered queries. */
function columnsMatch(row: Row, record: StoredAuditRecord): boolean {
  return (
    row.type === record.type &&
    row.actor === record.actor &&
    row.outcome === record.outcome &&
    Number(row.at_ms) === Date.parse(record.at)
  )
}
