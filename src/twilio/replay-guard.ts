/**
 * Replay protection at ingest: a SQLite-backed Durable Object that remembers, by a keyed digest of its signed content,
 * every webhook the firewall accepted. One object holds one shard of the digests (the route picks it by the digest).
 *
 * A webhook first claims its digest. The first copy gets the claim and is processed; it then marks the digest done
 * with the status it answered (kept for the replay window), or releases it when it failed (503), so Twilio's retry
 * is processed again. A copy arriving while the first is still processed waits here for its outcome; a copy arriving
 * after it answers as the first did and publishes nothing. A claim whose holder vanished (its isolate was evicted)
 * lapses after its lease, so a digest is never stuck. Digests are HMACs: nothing here is PHI.
 */
import { DurableObject } from 'cloudflare:workers'

/** What a claim answers. */
export type ClaimOutcome =
  /** This copy is the first (or the earlier ones failed): process it, then complete or release with `claim`. */
  | { kind: 'claimed'; claim: string }
  /** Accepted before: answer `status` as the first did, publish nothing. */
  | { kind: 'replay'; status: number }
  /** Another copy is still being processed and did not finish within the wait. */
  | { kind: 'busy' }

/** Options of a claim. */
export interface ClaimOptions {
  /** How long the claim holds if its holder never completes nor releases it. */
  leaseMs: number
  /** How long to wait for another copy in progress before answering `busy`. */
  waitMs: number
  /** Clock in milliseconds (tests); default Date.now(). */
  now?: number
}

const POLL_MS = 25
/** Expired rows dropped per call: the table shrinks steadily without a long pause on one request. */
const SWEEP_ROWS = 100

interface Row extends Record<string, SqlStorageValue> {
  state: string
  status: number
  claim: string
  expires: number
}

/** Durable Object remembering accepted webhooks by digest (one shard). */
export class ReplayGuard extends DurableObject {
  constructor(ctx: DurableObjectState, env: unknown) {
    super(ctx, env as never)
    const sql = ctx.storage.sql
    sql.exec(
      'CREATE TABLE IF NOT EXISTS seen (digest TEXT PRIMARY KEY, state TEXT NOT NULL, status INTEGER NOT NULL, ' +
        'claim TEXT NOT NULL, expires INTEGER NOT NULL)',
    )
    sql.exec('CREATE INDEX IF NOT EXISTS seen_expires ON seen (expires)')
  }

  /** Claims a digest for processing, or tells how an earlier copy was answered. */
  async claim(digest: string, options: ClaimOptions): Promise<ClaimOutcome> {
    const start = Date.now()
    for (;;) {
      const now = (options.now ?? Date.now()) + (Date.now() - start)
      this.#sweep(now)
      const row = this.#row(digest, now)
      if (row?.state === 'done') return { kind: 'replay', status: row.status }
      if (!row) {
        const claim = crypto.randomUUID()
        this.ctx.storage.sql.exec(
          'INSERT OR REPLACE INTO seen (digest, state, status, claim, expires) VALUES (?, ?, 0, ?, ?)',
          digest,
          'pending',
          claim,
          now + options.leaseMs,
        )
        return { kind: 'claimed', claim }
      }
      // Another copy holds the claim: wait for its outcome (other calls to this object run meanwhile).
      if (Date.now() - start >= options.waitMs) return { kind: 'busy' }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
  }

  /**
   * Marks a claimed digest as answered with `status`, for `keepMs` from now: later copies are replays. Also when the
   * lease lapsed and another copy claimed meanwhile: both were processed (same event ids), the digest stays done.
   */
  complete(digest: string, status: number, keepMs: number, now: number = Date.now()): void {
    this.ctx.storage.sql.exec(
      'INSERT OR REPLACE INTO seen (digest, state, status, claim, expires) VALUES (?, ?, ?, ?, ?)',
      digest,
      'done',
      status,
      '',
      now + keepMs,
    )
  }

  /** Gives a claim back after a failure: the next copy (Twilio's retry) is processed, not treated as a replay. */
  release(digest: string, claim: string): void {
    this.ctx.storage.sql.exec("DELETE FROM seen WHERE digest = ? AND state = 'pending' AND claim = ?", digest, claim)
  }

  #row(digest: string, now: number): Row | undefined {
    const rows = this.ctx.storage.sql.exec<Row>(
      'SELECT state, status, claim, expires FROM seen WHERE digest = ? AND expires > ?',
      digest,
      now,
    )
    return rows.toArray()[0]
  }

  #sweep(now: number): void {
    this.ctx.storage.sql.exec(
      'DELETE FROM seen WHERE rowid IN (SELECT rowid FROM seen WHERE expires <= ? LIMIT ?)',
      now,
      SWEEP_ROWS,
    )
  }
}
