/**
 * Tokens over KV: mint (random, never derived from the value), look up by blind index, reveal, erase.
 * Every KV or crypto failure while tokenizing rejects, so ingest answers 5xx and forwards nothing.
 */
import type { VaultConfig } from '../config/vault'
import type { PhiType, TokenRequest, Tokenizer } from '../phi/types'
import { err, ok, type Result } from '../result'
import { blindIndex, importVaultKeys, seal, unseal, type VaultKeys } from './crypto'
import { indexCacheFor, type IndexCache } from './index-cache'
import { MemoryStore } from './memory'
import { normalizeForIndex } from './normalize'
import {
  ERASED_PREFIX,
  INDEX_PREFIX,
  TOKEN_PATTERN,
  TOKEN_PREFIX,
  parseTokenRecord,
  sealedOf,
  type TokenMetadata,
  type TokenRecord,
} from './records'

/** A revealed token. */
export interface Revealed {
  token: string
  type: PhiType
  /** The tenant (Twilio AccountSid) the value was seen in. */
  tenant: string
  /** The value as first seen. */
  value: string
}

/** Why an erasure did nothing. */
export type EraseFailure = 'not-found' | 'other-tenant'

/** Why a reveal found nothing usable. */
export type RevealFailure = 'not-found' | 'undecryptable'

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const TOKEN_CHARS = 22 // ~131 bits

/** A new random token: `tok_` + 22 base62 characters, unbiased (rejection sampling). */
export function mintToken(): string {
  let out = 'tok_'
  while (out.length < 4 + TOKEN_CHARS) {
    for (const byte of crypto.getRandomValues(new Uint8Array(32))) {
      // 248 = 4 * 62: bytes above it would bias the first characters.
      if (byte < 248 && out.length < 4 + TOKEN_CHARS) out += BASE62[byte % 62]
    }
  }
  return out
}

/** Whether a string has the shape of a token. */
export function isToken(text: string): boolean {
  return TOKEN_PATTERN.test(text)
}

/** Options of a token store. */
export interface TokenStoreOptions {
  /** Clock in milliseconds (default Date.now); also ages the index cache. */
  now?: () => number
  /** Bound of the isolate's index cache for this index key and namespace, fixed when it is first created. */
  indexCacheEntries?: number
}

/** One distinct value of a tokenize call, with everything its lookup (and maybe its mint) needs. */
interface Sighting {
  tenant: string
  type: PhiType
  /** The value as seen: what a mint encrypts. */
  value: string
  /** Its blind index (HMAC of the normalised value). */
  index: string
  /** The cache's erasure generation when the call began: a lookup that an erasure overtook does not fill. */
  generation: number | undefined
  keys: VaultKeys
}

/** The token store of one configuration over one KV namespace. */
export class TokenStore {
  readonly #kv: KVNamespace
  readonly #config: VaultConfig
  readonly #now: () => number
  /** Shared by every store of this index key and namespace in the isolate; undefined when lookups are not cached. */
  readonly #cache: IndexCache | undefined
  /** Lookups under way in this store (one request): events of one webhook with the same new value share them. */
  readonly #pending = new Map<string, Promise<string>>()
  /** The same cache, which erasure clears even when this configuration does not use it. */
  readonly #sharedCache: IndexCache

  constructor(kv: KVNamespace, config: VaultConfig, options: TokenStoreOptions = {}) {
    this.#kv = kv
    this.#config = config
    this.#now = options.now ?? Date.now
    this.#sharedCache = indexCacheFor(config, kv, options.indexCacheEntries)
    this.#cache = config.indexCacheSeconds > 0 ? this.#sharedCache : undefined
  }

  /** A Tokenizer bound to one tenant. */
  tokenizerFor(tenant: string): Tokenizer {
    return { tokenize: (requests) => this.#tokenize(tenant, requests) }
  }

  async #tokenize(tenant: string, requests: readonly TokenRequest[]): Promise<string[]> {
    if (requests.length === 0) return []
    if (!tenant) throw new Error('vault: tenant required')
    const keys = await importVaultKeys(this.#config)
    // One index lookup per distinct (type, normalised value); results fan back out to every request.
    const groups = new Map<string, { type: PhiType; value: string; normalized: string }>()
    const groupOf = requests.map((request) => {
      const normalized = normalizeForIndex(request.type, request.value, request.canonical)
      const id = `${request.type}\u0000${normalized}`
      if (!groups.has(id)) groups.set(id, { type: request.type, value: request.value, normalized })
      return id
    })
    const tokens = new Map<string, string>()
    // Taken before any read: an erasure in this isolate while we wait on KV must not be undone by our fill.
    const generation = this.#cache?.generation
    await Promise.all(
      Array.from(groups, async ([id, group]) => {
        const index = await blindIndex(keys, tenant, group.type, group.normalized)
        tokens.set(id, await this.#lookup({ tenant, type: group.type, value: group.value, index, generation, keys }))
      }),
    )
    return groupOf.map((id) => tokens.get(id) as string)
  }

  /** The token of an index: from the isolate's cache, a lookup of it already under way here, or KV (minting). */
  #lookup(sighting: Sighting): Promise<string> {
    const { index } = sighting
    const cache = this.#cache
    if (!cache) return this.#readOrMint(sighting)
    const cached = cache.get(index, this.#now())
    if (cached !== undefined) return Promise.resolve(cached)
    // Several events of one webhook with a new value: one read, one mint, one token. Only within this store, which
    // serves one request: a promise of another request's I/O must never be awaited here (workerd cancels its
    // continuations when that request ends), so concurrent webhooks look up on their own (docs/vault.md §5).
    const underWay = this.#pending.get(index)
    if (underWay) return underWay
    const lookup = this.#readOrMint(sighting)
    this.#pending.set(index, lookup)
    const done = (): void => {
      if (this.#pending.get(index) === lookup) this.#pending.delete(index)
    }
    lookup.then(done, done)
    return lookup
  }

  async #readOrMint(sighting: Sighting): Promise<string> {
    const known = await this.#kv.get(INDEX_PREFIX + sighting.index)
    if (known && isToken(known)) {
      this.#remember(sighting.generation, sighting.index, known)
      return known
    }
    return this.#mint(sighting)
  }

  /**
   * Caches a lookup for VAULT_INDEX_CACHE_SECONDS from now (a hit never extends it), unless an erasure ran in this
   * isolate since the lookup began. A mapping expiring sooner than that may be handed out at most that much longer,
   * as KV's own edge cache does.
   */
  #remember(generation: number | undefined, index: string, token: string): void {
    if (!this.#cache || this.#cache.generation !== generation) return
    this.#cache.set(index, token, this.#now() + this.#config.indexCacheSeconds * 1000)
  }

  async #mint({ tenant, type, value, index, generation, keys }: Sighting): Promise<string> {
    const token = mintToken()
    const expiration = Math.floor(this.#now() / 1000) + this.#config.ttlSeconds
    const sealed = await seal(keys, value, { tenant, type, token, index })
    const record: TokenRecord = {
      ...{ v: 1, tenant, type, idx: index, exp: expiration },
      ...{ kid: sealed.keyId, iv: sealed.iv, ct: sealed.ciphertext },
    }
    // Record first, index second: the index never points at a token that cannot be resolved.
    await this.#kv.put(TOKEN_PREFIX + token, JSON.stringify(record), {
      expiration,
      metadata: { kid: sealed.keyId } satisfies TokenMetadata,
    })
    // Last write wins when two first sightings race; the loser's record stays resolvable (docs/vault.md).
    await this.#kv.put(INDEX_PREFIX + index, token, { expiration })
    this.#remember(generation, index, token)
    return token
  }

  /** Decrypts one token. Rejects only when KV cannot answer. */
  async reveal(token: string): Promise<Result<Revealed, RevealFailure>> {
    if (!isToken(token)) return err('not-found')
    const [raw, erased] = await Promise.all([this.#kv.get(TOKEN_PREFIX + token), this.#kv.get(ERASED_PREFIX + token)])
    if (raw === null || erased !== null) return err('not-found')
    const record = parseTokenRecord(raw)
    if (!record) return err('undecryptable')
    if (record.exp <= Math.floor(this.#now() / 1000)) return err('not-found')
    const keys = await importVaultKeys(this.#config)
    const binding = { tenant: record.tenant, type: record.type, token, index: record.idx }
    const value = await unseal(keys, sealedOf(record), binding)
    if (value === undefined) return err('undecryptable')
    return ok({ token, type: record.type, tenant: record.tenant, value })
  }

  /**
   * The token the vault already holds for a value within a tenant, found by the same blind index (and normalisation)
   * as tokenizing uses; never mints, and never answers from the isolate's cache (an erasure elsewhere must show).
   * `not-found` when the value was never seen, or its token was erased or expired. Rejects only when KV cannot answer.
   */
  async find(tenant: string, type: PhiType, value: string): Promise<Result<string, 'not-found'>> {
    if (!tenant) return err('not-found')
    const keys = await importVaultKeys(this.#config)
    const index = await blindIndex(keys, tenant, type, normalizeForIndex(type, value))
    const token = await this.#kv.get(INDEX_PREFIX + index)
    if (token === null || !isToken(token)) return err('not-found')
    // The index can outlive its record by a moment (erasure, expiry): only a token that still resolves counts.
    const revealed = await this.reveal(token)
    if (!revealed.ok || revealed.value.tenant !== tenant || revealed.value.type !== type) return err('not-found')
    return ok(token)
  }

  /**
   * Erases a token (crypto-shredding: the only ciphertext is deleted) and makes the index forget the value,
   * so the next sighting mints a new token. When the index points at another token for the same value
   * (a lost first-sighting race), that token is erased too. Answers every token erased. With `tenants`, a
   * token of any other tenant is refused (`other-tenant`) and left alone.
   */
  async erase(token: string, tenants?: ReadonlySet<string>): Promise<Result<string[], EraseFailure>> {
    if (!isToken(token)) return err('not-found')
    const raw = await this.#kv.get(TOKEN_PREFIX + token)
    if (raw === null) {
      // Unknown to KV (expired, already erased): this isolate must not keep handing it out either.
      this.#sharedCache.forget(undefined, [token])
      return err('not-found')
    }
    const record = parseTokenRecord(raw)
    if (tenants && !(record && tenants.has(record.tenant))) return err('other-tenant')
    const erased = [token]
    if (record) {
      const indexKey = INDEX_PREFIX + record.idx
      const current = await this.#kv.get(indexKey)
      if (current !== null) {
        if (current !== token && isToken(current)) erased.push(current)
        // Index first: a crash halfway leaves an unreachable ciphertext (expires), never a dangling index.
        await this.#kv.delete(indexKey)
      }
    }
    // Before the KV writes below: from here on this isolate mints a new token for the value (docs/vault.md §6).
    this.#sharedCache.forget(record?.idx, erased)
    // The party's remembered name words go with its token (docs/vault.md §11).
    if (record) await new MemoryStore(this.#kv, this.#config, { now: this.#now }).forgetParty(record.tenant, record.idx)
    // The tombstone outlives nothing it guards: it expires with the record (or after the TTL if unreadable).
    const expiration = record?.exp ?? Math.floor(this.#now() / 1000) + this.#config.ttlSeconds
    const tombstone = { expiration: Math.max(expiration, Math.floor(this.#now() / 1000) + 120) }
    await Promise.all(
      erased.map(async (t) => {
        await this.#kv.put(ERASED_PREFIX + t, '1', tombstone)
        await this.#kv.delete(TOKEN_PREFIX + t)
      }),
    )
    return ok(erased)
  }
}
