/**
 * Sender memory (docs/vault.md §11): name words seen with confidence in a party's or a conversation's earlier webhooks,
 * kept encrypted in the VAULT namespace like token records (same keyring, AAD binding, TTL, re-encryption walk):
 *   mem:p:<blind index of the party>   -> JSON record, AES-GCM ciphertext of {words, convs}   (metadata {kid})
 *   mem:c:<HMAC of the conversation>   -> JSON record, AES-GCM ciphertext of {words}
 * The party entry is named by the party's own blind index (the `idx` of its token record), so erasing the party's
 * token finds and deletes it, and the conversations it wrote to. One KV read per webhook (a bulk get of every entry
 * the webhook's events need), cached per isolate for VAULT_INDEX_CACHE_SECONDS.
 */
import type { VaultConfig } from '../config/vault'
import type { NormalizedEvent } from '../model/normalized'
import { partyType } from '../phi/deidentify'
import { addRemembered } from '../phi/known'
import { blindIndex, importVaultKeys, seal, unseal, type VaultKeys } from './crypto'
import { normalizeForIndex } from './normalize'
import { ERASED_PREFIX, parseTokenRecord, sealedOf, type TokenMetadata, type TokenRecord } from './records'

/** KV key prefix of sender and conversation memories. */
export const MEMORY_PREFIX = 'mem:'
/** Most conversations a party's entry lists (to forget them with the party). */
const MAX_CONVERSATIONS = 32
/** Most entries of the isolate's memory cache. */
const CACHE_ENTRIES = 5_000
/** KV bulk reads take at most 100 keys. */
const MAX_KEYS_PER_READ = 100
/** Record type in the AAD binding: a memory cannot be moved onto a token record, nor the other way round. */
const RECORD_TYPE = 'MEMORY'

const SENDER_FIELDS = ['From', 'Author', 'Caller', 'data.from']
const RECIPIENT_FIELDS = ['To', 'Called', 'data.to']

/** Where one event's memory lives: its sender's entry and its conversation's entry (ids without the prefix). */
export interface MemoryIds {
  party?: string
  conversation?: string
}

interface Remembered {
  words: string[]
  convs: string[]
}

interface CacheEntry {
  value: Remembered
  expiresAt: number
}

// Per isolate, keyed by entry id (an HMAC under the index key, so another key never shares an entry).
const cache = new Map<string, CacheEntry>()

/** Drops the isolate's memory cache (tests: "a fresh isolate"). */
export function clearMemoryCache(): void {
  cache.clear()
}

function empty(): Remembered {
  return { words: [], convs: [] }
}

/** Options of a memory store. */
export interface MemoryOptions {
  now?: () => number
}

/** Sender and conversation memory of one vault configuration over one KV namespace. */
export class MemoryStore {
  readonly #kv: KVNamespace
  readonly #config: VaultConfig
  readonly #now: () => number
  /** Entries this store (one request) has read: remembering after the engine ran reads nothing again. */
  readonly #read = new Map<string, Remembered>()

  constructor(kv: KVNamespace, config: VaultConfig, options: MemoryOptions = {}) {
    this.#kv = kv
    this.#config = config
    this.#now = options.now ?? Date.now
  }

  /** The entries of an event: its sender's (From, Author, Caller) and its conversation's (ConversationSid or From/To). */
  async idsOf(tenant: string, event: NormalizedEvent): Promise<MemoryIds> {
    const keys = await importVaultKeys(this.#config)
    const sender = event.parties.find((p) => SENDER_FIELDS.includes(p.name))
    const recipient = event.parties.find((p) => RECIPIENT_FIELDS.includes(p.name))
    const ids: MemoryIds = {}
    if (sender && sender.value.trim()) ids.party = `p:${await partyIndex(keys, tenant, sender.value)}`
    const sid = event.sids.ConversationSid
    const pair =
      sender && recipient
        ? [normalizeParty(sender.value), normalizeParty(recipient.value)].sort().join('\u0000')
        : undefined
    const conversation = sid ? `sid\u0000${sid}` : pair
    if (conversation) ids.conversation = `c:${await blindIndex(keys, tenant, 'MEMORY:CONVERSATION', conversation)}`
    return ids
  }

  /** Remembered words of the given entries: from the isolate's cache, else one bulk KV read of all the others. */
  async load(tenant: string, ids: readonly string[]): Promise<Map<string, string[]>> {
    const now = this.#now()
    const out = new Map<string, string[]>()
    const missing: string[] = []
    for (const id of new Set(ids)) {
      const hit = this.#read.get(id) ?? this.#cached(id, now)
      if (hit) {
        this.#read.set(id, hit)
        out.set(id, hit.words)
      } else missing.push(id)
    }
    if (missing.length === 0) return out
    const keys = await importVaultKeys(this.#config)
    const read = missing.slice(0, MAX_KEYS_PER_READ)
    const raw = await this.#kv.get(
      read.map((id) => MEMORY_PREFIX + id),
      'text',
    )
    for (const id of read) {
      const value = await this.#open(keys, tenant, id, raw.get(MEMORY_PREFIX + id) ?? null)
      this.#fill(id, value, now)
      this.#read.set(id, value)
      out.set(id, value.words)
    }
    return out
  }

  /**
   * Adds words to an event's entries (most recent last, bounded) and writes the entries that changed. The party's
   * entry lists the conversation, so erasing the party forgets it too.
   */
  async remember(tenant: string, ids: MemoryIds, words: readonly string[]): Promise<number> {
    if (words.length === 0) return 0
    const keys = await importVaultKeys(this.#config)
    let writes = 0
    for (const id of [ids.party, ids.conversation]) {
      if (!id) continue
      const current = this.#read.get(id) ?? this.#cached(id, this.#now()) ?? (await this.#readEntry(keys, tenant, id))
      const nextWords = addRemembered(current.words, words)
      const addConv = id === ids.party && ids.conversation && !current.convs.includes(ids.conversation)
      if (nextWords.length === current.words.length && nextWords.every((w, i) => w === current.words[i]) && !addConv)
        continue
      const next: Remembered = {
        words: nextWords,
        convs: addConv ? [...current.convs, ids.conversation!].slice(-MAX_CONVERSATIONS) : current.convs,
      }
      await this.#write(keys, tenant, id, next)
      writes++
    }
    return writes
  }

  /** Forgets a party's memory and the conversations it wrote to (called when its token is erased). */
  async forgetParty(tenant: string, partyIndexValue: string): Promise<void> {
    const id = `p:${partyIndexValue}`
    const keys = await importVaultKeys(this.#config)
    const remembered = await this.#readEntry(keys, tenant, id)
    const all = [id, ...remembered.convs]
    for (const gone of all) cache.delete(gone)
    // A re-encryption that read the entry before this deletion must not write it back (see maintenance.ts).
    const tombstone = { expiration: Math.floor(this.#now() / 1000) + 3600 }
    await Promise.all(
      all.map(async (gone) => {
        await this.#kv.put(ERASED_PREFIX + gone, '1', tombstone)
        await this.#kv.delete(MEMORY_PREFIX + gone)
      }),
    )
  }

  #cached(id: string, now: number): Remembered | undefined {
    if (this.#config.indexCacheSeconds <= 0) return undefined
    const entry = cache.get(id)
    if (!entry || entry.expiresAt <= now) return undefined
    return entry.value
  }

  #fill(id: string, value: Remembered, now: number): void {
    if (this.#config.indexCacheSeconds <= 0) return
    cache.delete(id)
    cache.set(id, { value, expiresAt: now + this.#config.indexCacheSeconds * 1000 })
    while (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value as string)
  }

  async #readEntry(keys: VaultKeys, tenant: string, id: string): Promise<Remembered> {
    return this.#open(keys, tenant, id, await this.#kv.get(MEMORY_PREFIX + id))
  }

  async #open(keys: VaultKeys, tenant: string, id: string, raw: string | null): Promise<Remembered> {
    if (raw === null) return empty()
    const record = parseTokenRecord(raw)
    if (!record || record.tenant !== tenant || record.exp <= Math.floor(this.#now() / 1000)) return empty()
    const plain = await unseal(keys, sealedOf(record), { tenant, type: RECORD_TYPE, token: id, index: id })
    if (plain === undefined) return empty()
    try {
      const parsed = JSON.parse(plain) as Partial<Remembered>
      const strings = (v: unknown): string[] =>
        Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
      return { words: strings(parsed.words), convs: strings(parsed.convs) }
    } catch {
      return empty()
    }
  }

  async #write(keys: VaultKeys, tenant: string, id: string, value: Remembered): Promise<void> {
    // Retention counts from the last time something was learned, as long as a token record's from its first sighting.
    const expiration = Math.floor(this.#now() / 1000) + this.#config.ttlSeconds
    const sealed = await seal(keys, JSON.stringify(value), { tenant, type: RECORD_TYPE, token: id, index: id })
    const record = {
      ...{ v: 1, tenant, type: RECORD_TYPE, idx: id, exp: expiration },
      ...{ kid: sealed.keyId, iv: sealed.iv, ct: sealed.ciphertext },
    } as unknown as TokenRecord
    await this.#kv.put(MEMORY_PREFIX + id, JSON.stringify(record), {
      expiration,
      metadata: { kid: sealed.keyId } satisfies TokenMetadata,
    })
    this.#fill(id, value, this.#now())
    this.#read.set(id, value)
  }
}

function normalizeParty(value: string): string {
  const { type, canonical } = partyType(value)
  return `${type}\u0000${normalizeForIndex(type, value, canonical)}`
}

/** The blind index the vault files the party's token under (the same HMAC, so erasure can find the memory). */
async function partyIndex(keys: VaultKeys, tenant: string, value: string): Promise<string> {
  const { type, canonical } = partyType(value)
  const tenDigits = (type === 'PHONE' || type === 'FAX') && canonical && /^\d{10}$/.test(canonical)
  return blindIndex(keys, tenant, type, normalizeForIndex(type, value, tenDigits ? `1${canonical}` : canonical))
}
