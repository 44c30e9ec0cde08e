/**
 * The vault's mint budget: how many new tokens a tenant (Twilio AccountSid), and each sender within it, may mint per
 * clock hour. A Durable Object per tenant, because KV is eventually consistent (two colos could each grant a full
 * budget). Only a webhook that needs a new token calls it: a returning patient mints nothing and costs no call.
 * Senders are kept as their blind index (an HMAC under the vault's index key), never as a number or address.
 */
import { DurableObject } from 'cloudflare:workers'
import type { Env } from '../env'
import type { RosterChange } from './roster'
import { RosterWrites } from './roster-writes'

/** One request for new tokens. */
export interface MintRequest {
  /** New tokens wanted by one webhook. */
  count: number
  /** Blind index of the webhook's sender, when it has one. */
  sender?: string
  tenantLimit: number
  senderLimit: number
  /** Clock in milliseconds (tests); default Date.now(). */
  now?: number
}

/** What the budget granted: between 0 and the count asked for. */
export interface MintGrant {
  granted: number
}

const HOUR_MS = 3_600_000
const TENANT_SCOPE = 'tenant'

/**
 * Durable Object of one tenant's vault: counts mints per tenant and per sender in fixed one-hour windows, and is the
 * one writer of the tenant's roster (src/vault/roster-writes.ts).
 */
export class MintBudget extends DurableObject<Env> {
  #rosterWrites: RosterWrites | undefined

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env)
    ctx.storage.sql.exec(
      'CREATE TABLE IF NOT EXISTS mints (scope TEXT PRIMARY KEY, window INTEGER NOT NULL, used INTEGER NOT NULL)',
    )
    ctx.storage.sql.exec('CREATE INDEX IF NOT EXISTS mints_window ON mints (window)')
  }

  /** Readiness probe (GET /ready): the object answers. */
  ping(): true {
    return true
  }

  /** Grants up to `count` mints within both budgets of the current hour, and counts what it granted. */
  take(request: MintRequest): MintGrant {
    const now = request.now ?? Date.now()
    const window = now - (now % HOUR_MS)
    const sql = this.ctx.storage.sql
    // Counters of past hours are of no use: dropped as we go, so the object holds one hour of senders at most.
    sql.exec('DELETE FROM mints WHERE window < ?', window)
    const usedBy = (scope: string): number => {
      const rows = sql.exec<{ used: number }>('SELECT used FROM mints WHERE scope = ? AND window = ?', scope, window)
      return rows.toArray()[0]?.used ?? 0
    }
    const senderScope = request.sender === undefined ? undefined : `sender:${request.sender}`
    let granted = Math.min(
      Math.max(0, Math.floor(request.count)),
      Math.max(0, request.tenantLimit - usedBy(TENANT_SCOPE)),
    )
    if (senderScope) granted = Math.min(granted, Math.max(0, request.senderLimit - usedBy(senderScope)))
    if (granted === 0) return { granted }
    for (const scope of senderScope ? [TENANT_SCOPE, senderScope] : [TENANT_SCOPE]) {
      sql.exec(
        'INSERT INTO mints (scope, window, used) VALUES (?, ?, ?) ON CONFLICT(scope) DO UPDATE SET ' +
          'used = CASE WHEN mints.window = excluded.window THEN mints.used + excluded.used ELSE excluded.used END, ' +
          'window = excluded.window',
        scope,
        window,
        granted,
      )
    }
    return { granted }
  }

  /** Applies one change of the tenant's roster (keyed hashes by shard), after the changes queued before it. */
  async rosterChange(
    tenant: string,
    fresh: BigUint64Array[],
    replace: boolean,
  ): Promise<Omit<RosterChange, 'identifiers'>> {
    return await this.#roster().change(tenant, fresh, replace)
  }

  /** Deletes the tenant's roster, after the changes queued before. */
  async rosterClear(tenant: string): Promise<number> {
    return await this.#roster().clear(tenant)
  }

  #roster(): RosterWrites {
    this.#rosterWrites ??= new RosterWrites(this.ctx.storage.sql, this.env.VAULT)
    return this.#rosterWrites
  }
}
