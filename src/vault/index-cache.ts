/**
 * Per-isolate cache of blind index -> token in front of the KV index lookup (docs/vault.md §2a).
 * Never holds plaintext: the key is the HMAC blind index, the value the random token. Bounded by age
 * (VAULT_INDEX_CACHE_SECONDS, fixed at fill time: a hit never extends it) and by size (least recently used out).
 */
import type { VaultConfig } from '../config/vault'

/** Default most entries per (blind-index key, namespace): 2-3 MB at most (two short strings and a number each). */
export const DEFAULT_INDEX_CACHE_ENTRIES = 10_000

interface Entry {
  token: string
  /** Clock time (ms) after which the entry is no longer used. */
  expiresAt: number
}

/** A bounded, time-limited map of blind index -> token. */
export class IndexCache {
  readonly #entries = new Map<string, Entry>()
  readonly #maxEntries: number
  #generation = 0

  constructor(maxEntries: number = DEFAULT_INDEX_CACHE_ENTRIES) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new Error('index cache: maxEntries must be >= 1')
    this.#maxEntries = maxEntries
  }

  /** Bumped by every erasure: a lookup that started before it must not fill (it may have read an erased token). */
  get generation(): number {
    return this.#generation
  }

  /** Entries held, expired ones included until they are touched or pushed out. */
  get size(): number {
    return this.#entries.size
  }

  /** The token cached for an index, if still fresh at `now`; marks it most recently used. */
  get(index: string, now: number): string | undefined {
    const entry = this.#entries.get(index)
    if (!entry) return undefined
    this.#entries.delete(index)
    if (entry.expiresAt <= now) return undefined
    this.#entries.set(index, entry)
    return entry.token
  }

  /** Caches a token until `expiresAt`, pushing out the least recently used entries beyond the bound. */
  set(index: string, token: string, expiresAt: number): void {
    this.#entries.delete(index)
    this.#entries.set(index, { token, expiresAt })
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value as string
      this.#entries.delete(oldest)
    }
  }

  /**
   * Forgets an index and every entry pointing at one of `tokens`. Lookups under way do not fill: they may have read
   * an erased token (the generation they started under is gone).
   */
  forget(index: string | undefined, tokens: readonly string[]): void {
    this.#generation++
    if (index !== undefined) this.#entries.delete(index)
    if (tokens.length === 0) return
    const erased = new Set(tokens)
    for (const [key, entry] of this.#entries) if (erased.has(entry.token)) this.#entries.delete(key)
  }
}

// Scoped by namespace, then by blind-index key: a lookup through another configuration of the same key over the same
// namespace would get the same token from KV, so it may share; another key or namespace never does. (Another key's
// blind indexes differ anyway: they are HMACs under that key.)
const caches = new WeakMap<object, Map<string, IndexCache>>()
const NAMESPACE_IDENTITY = Symbol('phi-vault.namespace')

/** The cache of one blind-index key over one KV namespace in this isolate. */
export function indexCacheFor(config: VaultConfig, kv: KVNamespace, maxEntries?: number): IndexCache {
  const identity = namespaceIdentity(kv)
  let byKey = caches.get(identity)
  if (!byKey) {
    byKey = new Map()
    caches.set(identity, byKey)
  }
  const label = keyLabel(config.indexKey)
  let cache = byKey.get(label)
  if (!cache) {
    cache = new IndexCache(maxEntries)
    byKey.set(label, cache)
  }
  return cache
}

/** A short label of a key (FNV-1a, two lanes): names the scope without keeping a copy of the key as a map key. */
function keyLabel(key: Uint8Array): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ key.length
  for (const byte of key) {
    a = Math.imul(a ^ byte, 0x01000193) >>> 0
    b = Math.imul(b ^ byte ^ 0x5a, 0x01000193) >>> 0
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')
}

/**
 * A stable identity of the namespace behind a binding. The binding object is tagged with a private symbol, so a
 * transparent wrapper (a counting Proxy made per request) still reaches the same namespace's cache. A binding that
 * cannot be tagged, or a wrapper that does not pass the tag through, is its own identity (no sharing: only slower).
 */
function namespaceIdentity(kv: KVNamespace): object {
  try {
    const tagged: unknown = Reflect.get(kv, NAMESPACE_IDENTITY)
    if (isIdentity(tagged)) return tagged
    const identity: Identity = { namespace: true }
    // Configurable: proxy invariants then never make reading it through an odd wrapper throw.
    Object.defineProperty(kv, NAMESPACE_IDENTITY, { value: identity, configurable: true })
    return Reflect.get(kv, NAMESPACE_IDENTITY) === identity ? identity : kv
  } catch {
    return kv
  }
}

interface Identity {
  namespace: true
}

function isIdentity(value: unknown): value is Identity {
  return typeof value === 'object' && value !== null && (value as Partial<Identity>).namespace === true
}
