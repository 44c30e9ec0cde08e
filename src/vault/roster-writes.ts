/**
 * Roster changes of one tenant, one after the other, inside the tenant's Durable Object (`MINT_BUDGET`, named
 * `tenant:<AccountSid>`). A change is a read-merge-write of up to 16 shards and a manifest: two changes at once could
 * each read the old shards and the last to write would drop what the other added. KV has no compare-and-swap, so the
 * object is the one writer: its changes queue, and it keeps the shards it wrote in its own SQLite storage (strongly
 * consistent), reading KV only for a tenant it has never written (a roster loaded before this object kept a copy).
 * KV stays what the webhooks read.
 */
import type { MintBudget } from './mint-budget'
import { applyRosterChange, clearRosterShards, kvShards, type RosterWriter, type ShardStore } from './roster'

type Sql = DurableObjectStorage['sql']

/** The serialized roster writer an object holds. */
export class RosterWrites {
  readonly #sql: Sql
  readonly #kv: ShardStore
  #queue: Promise<unknown> = Promise.resolve()

  constructor(sql: Sql, kv: KVNamespace) {
    this.#sql = sql
    this.#kv = kvShards(kv)
    sql.exec(
      'CREATE TABLE IF NOT EXISTS roster_shards (tenant TEXT NOT NULL, shard INTEGER NOT NULL, hashes BLOB NOT NULL, PRIMARY KEY (tenant, shard))',
    )
    sql.exec('CREATE TABLE IF NOT EXISTS roster_tenants (tenant TEXT PRIMARY KEY)')
  }

  /** Applies one change after every change queued before it. */
  change(tenant: string, fresh: readonly BigUint64Array[], replace: boolean): ReturnType<RosterWriter['change']> {
    return this.#serially(() => applyRosterChange(this.#store(), tenant, fresh, replace))
  }

  /** Deletes the tenant's roster after every change queued before. */
  clear(tenant: string): Promise<number> {
    return this.#serially(() => clearRosterShards(this.#store(), tenant))
  }

  #serially<T>(run: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(run)
    this.#queue = next.catch(() => undefined)
    return next
  }

  /** Shards read from this object's copy once it has one, written to both the copy and KV. */
  #store(): ShardStore {
    const sql = this.#sql
    const kv = this.#kv
    const kept = (tenant: string) =>
      sql.exec('SELECT 1 FROM roster_tenants WHERE tenant = ?', tenant).toArray().length > 0
    return {
      async read(tenant, shard) {
        if (!kept(tenant)) return await kv.read(tenant, shard)
        const row = sql
          .exec<{ hashes: ArrayBuffer }>(
            'SELECT hashes FROM roster_shards WHERE tenant = ? AND shard = ?',
            tenant,
            shard,
          )
          .toArray()[0]
        return row ? new BigUint64Array(row.hashes.slice(0)) : new BigUint64Array(0)
      },
      async write(tenant, shard, hashes, changed) {
        await kv.write(tenant, shard, hashes, changed)
        if (hashes.length === 0) sql.exec('DELETE FROM roster_shards WHERE tenant = ? AND shard = ?', tenant, shard)
        else sql.exec('INSERT OR REPLACE INTO roster_shards VALUES (?, ?, ?)', tenant, shard, hashes.slice().buffer)
      },
      async manifest(tenant, filled) {
        await kv.manifest(tenant, filled)
        // Every shard has been written to the copy by now: from here on it is the one read.
        if (filled === null) sql.exec('DELETE FROM roster_tenants WHERE tenant = ?', tenant)
        else sql.exec('INSERT OR IGNORE INTO roster_tenants VALUES (?)', tenant)
      },
    }
  }
}

/** A writer that sends each change of a tenant's roster to that tenant's object (`tenant:<AccountSid>`). */
export function tenantRosterWriter(namespace: DurableObjectNamespace<MintBudget>): RosterWriter {
  const stub = (tenant: string) => namespace.get(namespace.idFromName(`tenant:${tenant}`))
  return {
    change: async (tenant, fresh, replace) => await stub(tenant).rosterChange(tenant, [...fresh], replace),
    clear: async (tenant) => await stub(tenant).rosterClear(tenant),
  }
}
