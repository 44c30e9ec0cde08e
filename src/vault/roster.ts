/**
 * The clinic's roster of known identifiers (docs/vault.md §12), kept only as keyed hashes of normalised forms:
 *   roster:<tenant>:<0-f>  -> binary, sorted 64-bit hashes (little-endian), sharded by the hash's top four bits
 * A hash is the first 8 bytes of HMAC-SHA256 under a roster key derived from VAULT_INDEX_KEY, over (tenant, type,
 * kind, normalised value): nothing in KV can be read back or matched without the key, and one tenant's entries never
 * match another's. Loaded per isolate as the 16 sorted shards themselves (8 bytes an entry, no copy: a lookup searches
 * the shard its hash's top bits name), cached for a minute.
 */
import type { VaultConfig } from '../config/vault'
import { derivedHmacKey } from '../derived-key'
import { knownFormsOf, type KnownCandidate, type KnownIdentifiers, type KnownKind } from '../phi/known'
import type { PhiType } from '../phi/types'

/** KV key prefix of roster shards. */
export const ROSTER_PREFIX = 'roster:'
/** The roster that applies to every Twilio account of this deployment (uploaded without a tenant). */
export const SHARED_ROSTER = '*'
/** Identifier types a roster takes. */
export const ROSTER_TYPES = ['NAME', 'DATE', 'MRN', 'PHONE', 'HEALTHPLAN', 'EMAIL', 'STREET', 'ZIP', 'SSN'] as const
/** One roster type. */
export type RosterType = (typeof ROSTER_TYPES)[number]
/** How long an isolate uses a loaded roster before reading it again (a change in this isolate shows at once). */
export const ROSTER_CACHE_SECONDS = 60

const SHARDS = 16
const encoder = new TextEncoder()

/** Which types a candidate of a kind may be known as (each is its own hash). */
const TYPES_OF_KIND: Record<KnownKind, RosterType[]> = {
  word: ['NAME'],
  pair: ['NAME', 'STREET'],
  digits: ['MRN', 'PHONE', 'HEALTHPLAN', 'SSN', 'ZIP'],
  date: ['DATE'],
  email: ['EMAIL'],
}

/** The roster's HMAC key: HMAC(VAULT_INDEX_KEY, label), so roster hashes never equal blind index entries. */
export function rosterKey(config: VaultConfig): Promise<CryptoKey> {
  return derivedHmacKey(config.indexKey, 'phi-roster-key/v1')
}

/** The 64-bit keyed hash of one normalised form. */
export async function rosterHash(key: CryptoKey, tenant: string, type: string, form: KnownCandidate): Promise<bigint> {
  const message = encoder.encode(JSON.stringify(['phi-roster/v1', tenant, type, form.kind, form.value]))
  const mac = await crypto.subtle.sign('HMAC', key, message)
  return new DataView(mac).getBigUint64(0, true)
}

/** The hashes of one identifier (a name gives one per word and per adjacent pair). */
export async function hashesOf(key: CryptoKey, tenant: string, type: RosterType, value: string): Promise<bigint[]> {
  return Promise.all(knownFormsOf(type, value).map((form) => rosterHash(key, tenant, type, form)))
}

function shardOf(hash: bigint): number {
  return Number(hash >> 60n)
}

function shardKey(tenant: string, shard: number): string {
  return `${ROSTER_PREFIX}${tenant}:${shard.toString(16)}`
}

/** The shard numbers a manifest lists; nothing for a missing or unreadable one. */
function parseManifest(raw: string | null): ReadonlySet<number> {
  if (raw === null) return new Set()
  try {
    const list: unknown = JSON.parse(raw)
    return new Set(
      Array.isArray(list) ? list.filter((n): n is number => Number.isInteger(n) && n >= 0 && n < SHARDS) : [],
    )
  } catch {
    return new Set()
  }
}

/** Which shards of a tenant's roster hold anything (a JSON list of shard numbers), written with every change. */
function manifestKey(tenant: string): string {
  return `${ROSTER_PREFIX}${tenant}:manifest`
}

/** Sorted, distinct union of two sorted arrays. */
function union(a: BigUint64Array, b: BigUint64Array): BigUint64Array {
  const out = new BigUint64Array(a.length + b.length)
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!
    if (n === 0 || out[n - 1] !== next) out[n++] = next
  }
  return out.slice(0, n)
}

/** Whether a sorted array holds a value (binary search). */
export function hasHash(sorted: BigUint64Array, value: bigint): boolean {
  let lo = 0
  let hi = sorted.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const v = sorted[mid]!
    if (v === value) return true
    if (v < value) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

/** A loaded roster: its shards, each sorted; a hash is in the shard of its top four bits. */
export type RosterSet = readonly BigUint64Array[]

/** Entries of a loaded roster. */
export function rosterSize(set: RosterSet): number {
  return set.reduce((n, s) => n + s.length, 0)
}

/** Whether a loaded roster holds a hash. */
export function rosterHas(set: RosterSet, hash: bigint): boolean {
  const shard = set[shardOf(hash)]
  return shard !== undefined && hasHash(shard, hash)
}

interface Loaded {
  shards: RosterSet
  expiresAt: number
}

// Per isolate: tenant -> its loaded roster.
const loaded = new Map<string, Loaded>()

/** Forgets every loaded roster of this isolate (tests: "a fresh isolate"). */
export function clearRosterCache(): void {
  loaded.clear()
}

/**
 * Where a roster change reads a tenant's shards and writes them. `write` always gets the shard's full new content
 * (empty: none); `changed` says whether it differs from what `read` gave.
 */
export interface ShardStore {
  read(tenant: string, shard: number): Promise<BigUint64Array>
  write(tenant: string, shard: number, hashes: BigUint64Array, changed: boolean): Promise<void>
  /** Writes which shards hold anything; `null` removes the manifest (the roster is gone). */
  manifest(tenant: string, filled: readonly number[] | null): Promise<void>
}

/** The shards as KV holds them (what the webhooks read). */
export function kvShards(kv: KVNamespace): ShardStore {
  return {
    async read(tenant, shard) {
      const raw = await kv.get(shardKey(tenant, shard), 'arrayBuffer')
      if (raw === null || raw.byteLength % 8 !== 0) return new BigUint64Array(0)
      return new BigUint64Array(raw)
    },
    async write(tenant, shard, hashes, changed) {
      if (!changed) return
      if (hashes.length === 0) await kv.delete(shardKey(tenant, shard))
      else await kv.put(shardKey(tenant, shard), hashes.slice().buffer as ArrayBuffer)
    },
    async manifest(tenant, filled) {
      if (filled === null) await kv.delete(manifestKey(tenant))
      else await kv.put(manifestKey(tenant), JSON.stringify(filled))
    },
  }
}

/**
 * One change of a tenant's roster, shard by shard (the union with what is there, or only `fresh` with `replace`),
 * then the manifest. A read-merge-write: concurrent changes of one tenant must come through one writer
 * (`RosterWriter`), or one may overwrite what the other added.
 */
export async function applyRosterChange(
  store: ShardStore,
  tenant: string,
  fresh: readonly BigUint64Array[],
  replace: boolean,
): Promise<Omit<RosterChange, 'identifiers'>> {
  let entries = 0
  let total = 0
  const filled: number[] = []
  await Promise.all(
    Array.from({ length: SHARDS }, async (_, shard) => {
      const adding = fresh[shard] ?? new BigUint64Array(0)
      entries += adding.length
      const current = await store.read(tenant, shard)
      const next = replace ? adding : union(current, adding)
      total += next.length
      await store.write(tenant, shard, next, next.length !== current.length || (replace && adding.length > 0))
      if (next.length > 0) filled.push(shard)
    }),
  )
  await store.manifest(
    tenant,
    filled.sort((a, b) => a - b),
  )
  return { entries, total }
}

/** Deletes a tenant's roster; answers how many hashes it held. */
export async function clearRosterShards(store: ShardStore, tenant: string): Promise<number> {
  let total = 0
  const empty = new BigUint64Array(0)
  await Promise.all(
    Array.from({ length: SHARDS }, async (_, shard) => {
      total += (await store.read(tenant, shard)).length
      await store.write(tenant, shard, empty, true)
    }),
  )
  await store.manifest(tenant, null)
  return total
}

/** Applies the changes of a tenant's roster: directly, or one at a time through the tenant's Durable Object. */
export interface RosterWriter {
  change(tenant: string, fresh: readonly BigUint64Array[], replace: boolean): Promise<Omit<RosterChange, 'identifiers'>>
  clear(tenant: string): Promise<number>
}

/** What a change did: counts only. */
export interface RosterChange {
  identifiers: number
  /** Hashes written by this change (words, pairs, dates, numbers), after removing duplicates. */
  entries: number
  /** Hashes the tenant's roster holds after the change. */
  total: number
}

/** The roster store of one vault configuration over one KV namespace. */
export class RosterStore {
  readonly #kv: KVNamespace
  readonly #config: VaultConfig
  readonly #now: () => number
  readonly #writer: RosterWriter

  /**
   * `writer`: how changes are applied; by default straight to KV (one writer at a time is then the caller's care:
   * the Worker passes the tenant's Durable Object, src/vault/roster-writes.ts).
   */
  constructor(kv: KVNamespace, config: VaultConfig, options: { now?: () => number; writer?: RosterWriter } = {}) {
    this.#kv = kv
    this.#config = config
    this.#now = options.now ?? Date.now
    const direct = kvShards(kv)
    this.#writer = options.writer ?? {
      change: (tenant, fresh, replace) => applyRosterChange(direct, tenant, fresh, replace),
      clear: (tenant) => clearRosterShards(direct, tenant),
    }
  }

  /** Adds identifiers to a tenant's roster; with `replace`, the roster holds only these afterwards. */
  async put(
    tenant: string,
    identifiers: ReadonlyArray<{ type: RosterType; value: string }>,
    replace: boolean,
  ): Promise<RosterChange> {
    const key = await rosterKey(this.#config)
    const all = (await Promise.all(identifiers.map((i) => hashesOf(key, tenant, i.type, i.value)))).flat()
    const byShard = Array.from({ length: SHARDS }, () => [] as bigint[])
    for (const h of all) byShard[shardOf(h)]!.push(h)
    // Only keyed hashes leave the Worker for the writer, never a value.
    const fresh = byShard.map((hashes) => BigUint64Array.from(new Set(hashes)).sort())
    const change = await this.#writer.change(tenant, fresh, replace)
    loaded.delete(tenant)
    return { identifiers: identifiers.length, ...change }
  }

  /** Deletes a tenant's roster; answers how many hashes it held. */
  async clear(tenant: string): Promise<number> {
    const total = await this.#writer.clear(tenant)
    loaded.delete(tenant)
    return total
  }

  /** Every tenant holding a roster (for DELETE of all). */
  async tenants(): Promise<string[]> {
    const out = new Set<string>()
    let cursor: string | undefined
    do {
      const page: KVNamespaceListResult<unknown> = await this.#kv.list({
        prefix: ROSTER_PREFIX,
        ...(cursor ? { cursor } : {}),
      })
      for (const k of page.keys) out.add(k.name.slice(ROSTER_PREFIX.length, k.name.lastIndexOf(':')))
      cursor = page.list_complete ? undefined : page.cursor
    } while (cursor)
    return [...out]
  }

  /**
   * A tenant's roster: from the isolate's cache, else its manifest (one read: which shards hold anything) and those
   * shards (in parallel, used as read). A tenant without a roster costs one read per isolate and cache period.
   */
  async load(tenant: string): Promise<RosterSet> {
    const now = this.#now()
    const hit = loaded.get(tenant)
    if (hit && hit.expiresAt > now) return hit.shards
    const filled = parseManifest(await this.#kv.get(manifestKey(tenant), 'text'))
    const empty = new BigUint64Array(0)
    const shards = await Promise.all(
      Array.from({ length: SHARDS }, (_, shard) => (filled.has(shard) ? this.#readShard(tenant, shard) : empty)),
    )
    loaded.set(tenant, { shards, expiresAt: now + ROSTER_CACHE_SECONDS * 1000 })
    return shards
  }

  /**
   * The known identifiers of an event of `tenant` over the given candidates: its own roster and the shared one.
   * Undefined when neither holds anything (no hashing at all then).
   */
  async matcherFor(tenant: string, candidates: readonly KnownCandidate[]): Promise<KnownIdentifiers | undefined> {
    const scopes = tenant === SHARED_ROSTER ? [SHARED_ROSTER] : [tenant, SHARED_ROSTER]
    const rosters = (await Promise.all(scopes.map(async (t) => [t, await this.load(t)] as const))).filter(
      ([, s]) => rosterSize(s) > 0,
    )
    if (rosters.length === 0 || candidates.length === 0) return undefined
    const key = await rosterKey(this.#config)
    const known = new Map<string, PhiType>()
    await Promise.all(
      candidates.flatMap((c) =>
        rosters.flatMap(([t, hashes]) =>
          TYPES_OF_KIND[c.kind].map(async (type) => {
            if (rosterHas(hashes, await rosterHash(key, t, type, c))) known.set(`${c.kind}:${c.value}`, type)
          }),
        ),
      ),
    )
    return { match: (kind, value) => known.get(`${kind}:${value}`), source: 'known:roster' }
  }

  #readShard(tenant: string, shard: number): Promise<BigUint64Array> {
    return kvShards(this.#kv).read(tenant, shard)
  }
}
