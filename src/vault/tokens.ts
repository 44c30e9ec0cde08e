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
import type { MintBudget } from './mint-budget'
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
  /** The mint budget (Durable Object namespace `MINT_BUDGET`). Without it a value that needs a new token rejects. */
  budget?: DurableObjectNamespace<MintBudget>
  /** Once aborted (the webhook's deadline passed), the store starts no more KV writes: tokenize rejects instead. */
  signal?: AbortSignal
}

/** What the tokenize calls of one store (one webhook) cost and declined: for the request's log line. */
export interface TokenizeStats {
  /** Distinct values tokenized (found or minted). */
  values: number
  /** New tokens minted (two KV writes each). */
  minted: number
  /** Distinct values answered "redact, no token" because a cost bound was reached. */
  declined: number
}

/** Who a tokenizer works for: the tenant, and the sender whose mint budget new values of this event spend. */
export interface TokenizerContext {
  /** The event's sender as Twilio gave it (a phone number, an address): only its blind index is ever kept. */
  sender?: string
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

/** A distinct value first asked for in a flush, before its index is known. */
interface Wanted {
  id: string
  tenant: string
  sender: string | undefined
  type: PhiType
  value: string
  normalized: string
}

/** A tokenize call waiting for the next flush. */
interface Call {
  tenant: string
  sender: string | undefined
  requests: readonly TokenRequest[]
  resolve: (tokens: Array<string | null>) => void
  reject: (error: unknown) => void
}

/** The token store of one configuration over one KV namespace, opened for one request. */
export class TokenStore {
  readonly #kv: KVNamespace
  readonly #config: VaultConfig
  readonly #now: () => number
  /** Shared by every store of this index key and namespace in the isolate; undefined when lookups are not cached. */
  readonly #cache: IndexCache | undefined
  /** The same cache, which erasure clears even when this configuration does not use it. */
  readonly #sharedCache: IndexCache
  readonly #budget: DurableObjectNamespace<MintBudget> | undefined
  readonly #signal: AbortSignal | undefined
  /** Distinct values this store tokenized: bounded by VAULT_MAX_VALUES_PER_WEBHOOK (one webhook). */
  readonly #counted = new Set<string>()
  /**
   * Answers under way in this store (one request) by value: the events of one webhook with the same value share one
   * lookup, at most one mint and one token. Only within this store: a promise of another request's I/O must never be awaited
   * here (workerd cancels its continuations when that request ends), so concurrent webhooks look up on their own.
   */
  readonly #answers = new Map<string, Promise<string | null>>()
  /** Calls made since the last flush: the events of one webhook ask together, so their values are batched. */
  #waiting: Call[] = []
  readonly #stats: TokenizeStats = { values: 0, minted: 0, declined: 0 }
  /** Mints reserved or made by this store: bounded by VAULT_MAX_MINTS_PER_WEBHOOK. */
  #mints = 0

  constructor(kv: KVNamespace, config: VaultConfig, options: TokenStoreOptions = {}) {
    this.#kv = kv
    this.#config = config
    this.#now = options.now ?? Date.now
    this.#sharedCache = indexCacheFor(config, kv, options.indexCacheEntries)
    this.#cache = config.indexCacheSeconds > 0 ? this.#sharedCache : undefined
    this.#budget = options.budget
    this.#signal = options.signal
  }

  /** A Tokenizer bound to one tenant (and the sender of the event it serves). */
  tokenizerFor(tenant: string, context: TokenizerContext = {}): Tokenizer {
    return { tokenize: (requests) => this.#tokenize(tenant, context.sender, requests) }
  }

  /** What this store's tokenize calls cost so far. */
  stats(): TokenizeStats {
    return { ...this.#stats }
  }

  #tokenize(
    tenant: string,
    sender: string | undefined,
    requests: readonly TokenRequest[],
  ): Promise<Array<string | null>> {
    if (requests.length === 0) return Promise.resolve([])
    if (!tenant) return Promise.reject(new Error('vault: tenant required'))
    return new Promise((resolve, reject) => {
      this.#waiting.push({ tenant, sender, requests, resolve, reject })
      // Every event of a webhook calls tokenize in the same turn (deidentify is synchronous up to that call), so one
      // flush a microtask later sees them all: one batch of reads, one budget call, one set of writes per webhook.
      if (this.#waiting.length === 1) queueMicrotask(() => this.#flush())
    })
  }

  #flush(): void {
    const calls = this.#waiting
    this.#waiting = []
    const ids = calls.map((call) =>
      call.requests.map((request) => {
        const normalized = normalizeForIndex(request.type, request.value, request.canonical)
        return { id: `${call.tenant}\u0000${request.type}\u0000${normalized}`, request, normalized, call }
      }),
    )
    const wanted = new Map<string, Wanted>()
    for (const { id, request, normalized, call } of ids.flat()) {
      if (this.#answers.has(id) || wanted.has(id)) continue
      wanted.set(id, {
        id,
        tenant: call.tenant,
        sender: call.sender,
        type: request.type,
        value: request.value,
        normalized,
      })
    }
    if (wanted.size > 0) {
      const batch = this.#resolveBatch([...wanted.values()])
      for (const id of wanted.keys()) {
        const answer = batch.then((tokens) => tokens.get(id) ?? null)
        // Shared while under way only: a later call looks up again (an erasure meanwhile must be seen), and a failure
        // is never remembered.
        const done = (): void => {
          if (this.#answers.get(id) === answer) this.#answers.delete(id)
        }
        answer.then(done, done)
        this.#answers.set(id, answer)
      }
    }
    calls.forEach((call, i) => {
      Promise.all((ids[i] ?? []).map(({ id }) => this.#answers.get(id) as Promise<string | null>)).then(
        call.resolve,
        call.reject,
      )
    })
  }

  /**
   * Tokens for a batch of distinct values, in order: the first ones within VAULT_MAX_VALUES_PER_WEBHOOK are looked
   * up (isolate cache, else KV); of those not found, the first ones within VAULT_MAX_MINTS_PER_WEBHOOK and the mint
   * budget are minted. Every other value answers null: the engine redacts it without a token.
   */
  async #resolveBatch(batch: readonly Wanted[]): Promise<Map<string, string | null>> {
    const tokens = new Map<string, string | null>()
    const allowed: Wanted[] = []
    for (const wanted of batch) {
      if (this.#counted.has(wanted.id)) {
        allowed.push(wanted)
      } else if (this.#counted.size < this.#config.maxValuesPerWebhook) {
        this.#counted.add(wanted.id)
        this.#stats.values++
        allowed.push(wanted)
      } else {
        this.#stats.declined++
        tokens.set(wanted.id, null)
      }
    }
    if (allowed.length === 0) return tokens
    const keys = await importVaultKeys(this.#config)
    // Taken before any read: an erasure in this isolate while we wait on KV must not be undone by our fill.
    const generation = this.#cache?.generation
    const sightings = await Promise.all(
      allowed.map(async (w) => {
        const index = await blindIndex(keys, w.tenant, w.type, w.normalized)
        return { wanted: w, sighting: { tenant: w.tenant, type: w.type, value: w.value, index, generation, keys } }
      }),
    )
    this.#checkDeadline()
    const found = await Promise.all(sightings.map(({ sighting }) => this.#find(sighting)))
    const misses = sightings.filter(({ wanted }, i) => {
      const token = found[i]
      if (token !== undefined) tokens.set(wanted.id, token)
      return token === undefined
    })
    const granted = await this.#grant(misses, keys)
    this.#checkDeadline()
    const minted = await Promise.all(granted.map(({ sighting }) => this.#mint(sighting)))
    for (const [i, { wanted }] of granted.entries()) tokens.set(wanted.id, minted[i] as string)
    this.#stats.minted += minted.length
    for (const { wanted } of misses) {
      if (tokens.has(wanted.id)) continue
      this.#stats.declined++
      tokens.set(wanted.id, null)
    }
    return tokens
  }

  /** The values of `misses` that may be minted: within this webhook's bound, then within the mint budget. */
  async #grant<T extends { wanted: Wanted }>(misses: readonly T[], keys: VaultKeys): Promise<T[]> {
    const room = Math.max(0, this.#config.maxMintsPerWebhook - this.#mints)
    const candidates = misses.slice(0, room)
    if (candidates.length === 0) return []
    this.#mints += candidates.length
    const groups = new Map<string, T[]>()
    for (const candidate of candidates) {
      const key = `${candidate.wanted.tenant}\u0000${candidate.wanted.sender ?? ''}`
      groups.set(key, [...(groups.get(key) ?? []), candidate])
    }
    const grants = await Promise.all(
      [...groups.values()].map(async (group) => {
        const { tenant, sender } = (group[0] as T).wanted
        const granted = await this.#takeBudget(tenant, sender, group.length, keys)
        return group.slice(0, granted)
      }),
    )
    const granted = grants.flat()
    this.#mints -= candidates.length - granted.length
    return granted
  }

  /** Mints granted by the tenant's budget (and its sender's). Rejects when the budget cannot answer (fail closed). */
  async #takeBudget(tenant: string, sender: string | undefined, count: number, keys: VaultKeys): Promise<number> {
    const { mintsPerTenantPerHour: tenantLimit, mintsPerSenderPerHour: senderLimit } = this.#config
    if (tenantLimit === 0 || (sender !== undefined && senderLimit === 0)) return 0
    if (!this.#budget) throw new Error('vault: mint budget unavailable')
    const namespace = this.#budget
    const senderIndex =
      sender === undefined ? undefined : await blindIndex(keys, tenant, 'SENDER', normalizeSender(sender))
    const stub = namespace.get(namespace.idFromName(`tenant:${tenant}`))
    const { granted } = await stub.take({
      count,
      tenantLimit,
      senderLimit,
      now: this.#now(),
      ...(senderIndex === undefined ? {} : { sender: senderIndex }),
    })
    return Math.max(0, Math.min(count, granted))
  }

  #checkDeadline(): void {
    if (this.#signal?.aborted) throw new Error('vault: the webhook deadline passed')
  }

  /** The token of an index from the isolate's cache or KV; undefined when the value has none yet. */
  async #find(sighting: Sighting): Promise<string | undefined> {
    const cached = this.#cache?.get(sighting.index, this.#now())
    if (cached !== undefined) return cached
    const known = await this.#kv.get(INDEX_PREFIX + sighting.index)
    if (known && isToken(known)) {
      this.#remember(sighting.generation, sighting.index, known)
      return known
    }
    return undefined
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

/** A sender's form for its budget key: trimmed and lower-cased (`whatsapp:+1…` stays apart from `+1…`). */
function normalizeSender(sender: string): string {
  return sender.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '')
}
