/**
 * Replay protection at ingest: a SQLite-backed Durable Object that remembers, by a keyed digest of its signed content,
 * every webhook the firewall accepted. One object holds one shard of the digests (the route picks it by the digest).
 *
 * A webhook first claims its digest. The first copy gets the claim and is processed; it then marks the digest done
 * with the status it answered (stored for the replay window), or releases it when it failed (503), so Twilio's retry
 * is processed again. A copy arriving while the first is still processed waits here for its outcome; a copy arriving
 * after it answers as the first did and publishes nothing. Claims live in memory only (one storage write per webhook,
 * at completion); a claim whose holder vanished lapses after its lease, so a digest is never stuck. Digests are HMACs:
 * nothing here is PHI.
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
  status: number
}

/** Durable Object remembering accepted webhooks by digest (one shard). */
export class ReplayGuard extends DurableObject {
  /**
   * Claims under way, in this object's memory only: a claim is taken and given back at every webhook, so keeping it
   * out of storage saves a write (and its commit) per webhook. Should the object be evicted meanwhile, the claim is
   * simply gone: a concurrent copy may then be processed too, under the same event ids. Accepted digests are stored.
   */
  readonly #pending = new Map<string, { claim: string; expires: number }>()

  constructor(ctx: DurableObjectState, env: unknown) {
    super(ctx, env as never)
    const sql = ctx.storage.sql
    sql.exec(
      'CREATE TABLE IF NOT EXISTS accepted ' +
        '(digest TEXT PRIMARY KEY, status INTEGER NOT NULL, expires INTEGER NOT NULL)',
    )
    sql.exec('CREATE INDEX IF NOT EXISTS accepted_expires ON accepted (expires)')
  }

  /** Readiness probe (GET /ready): the object answers. */
  ping(): true {
    return true
  }

  /** Claims a digest for processing, or tells how an earlier copy was answered. Reads storage, never writes it. */
  async claim(digest: string, options: ClaimOptions): Promise<ClaimOutcome> {
    const start = Date.now()
    for (;;) {
      const now = (options.now ?? Date.now()) + (Date.now() - start)
      const done = this.#done(digest, now)
      if (done !== undefined) return { kind: 'replay', status: done }
      const held = this.#pending.get(digest)
      if (!held || held.expires <= now) {
        const claim = crypto.randomUUID()
        this.#pending.set(digest, { claim, expires: now + options.leaseMs })
        return { kind: 'claimed', claim }
      }
      // Another copy holds the claim: wait for its outcome (other calls to this object run meanwhile).
      if (Date.now() - start >= options.waitMs) return { kind: 'busy' }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
  }

  /**
   * Marks a digest as answered with `status`, for `keepMs` from now: later copies are replays. Also when the lease
   * lapsed and another copy claimed meanwhile: both were processed (same event ids), the digest stays done.
   */
  complete(digest: string, status: number, keepMs: number, now: number = Date.now()): void {
    const sql = this.ctx.storage.sql
    const expires = now + keepMs
    sql.exec('INSERT OR REPLACE INTO accepted (digest, status, expires) VALUES (?, ?, ?)', digest, status, expires)
    // Expired digests go with the writes that are made anyway: a bounded number each time.
    const sweep = 'DELETE FROM accepted WHERE rowid IN (SELECT rowid FROM accepted WHERE expires <= ? LIMIT ?)'
    sql.exec(sweep, now, SWEEP_ROWS)
    this.#pending.delete(digest)
  }

  /** Gives a claim back after a failure: the next copy (Twilio's retry) is processed, not treated as a replay. */
  release(digest: string, claim: string): void {
    if (this.#pending.get(digest)?.claim === claim) this.#pending.delete(digest)
  }

  #done(digest: string, now: number): number | undefined {
    const query = 'SELECT status FROM accepted WHERE digest = ? AND expires > ?'
    const rows = this.ctx.storage.sql.exec<Row>(query, digest, now)
    return rows.toArray()[0]?.status
  }
}
