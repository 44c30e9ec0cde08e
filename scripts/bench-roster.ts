/**
 * Cost of patient memory (issue 12), for `npm run bench` (or alone: `npm run bench -- --roster-only`):
 *   - a 100,000-patient synthetic roster (name, date of birth, MRN, phone each): bytes held per isolate and the time to
 *     load it from its KV shards into the sorted set the webhook path searches (in Node, over an in-memory KV);
 *   - KV reads of sender memory per webhook, counted on the MemoryStore the webhook path uses, with the isolate cache
 *     (VAULT_INDEX_CACHE_SECONDS) on and off.
 */
import type { VaultConfig } from '../src/config/vault.ts'
import type { NormalizedEvent } from '../src/model/normalized.ts'
import { clearMemoryCache, MemoryStore } from '../src/vault/memory.ts'
import { clearRosterCache, RosterStore, rosterSize, type RosterType } from '../src/vault/roster.ts'

/** Figures of one run. */
export interface RosterBench {
  patients: number
  entries: number
  /** Bytes of the loaded set (8 per entry). */
  bytes: number
  /** Median load time from KV shards into the set, cold isolate cache. */
  loadMs: number
  buildSeconds: number
  memoryReads: { webhooks: number; cached: number; uncached: number; maxPerWebhook: number }
}

/** A KV namespace in memory that counts reads (the bench's stand-in: only its interface matters here). */
function memoryKv(): KVNamespace & { reads: number } {
  const store = new Map<string, string | ArrayBuffer>()
  const kv = {
    reads: 0,
    async get(key: string | string[], type?: string): Promise<unknown> {
      kv.reads++
      if (Array.isArray(key)) return new Map(key.map((k) => [k, (store.get(k) as string | undefined) ?? null]))
      const v = store.get(key)
      if (v === undefined) return null
      if (type === 'arrayBuffer') return v instanceof ArrayBuffer ? v : new TextEncoder().encode(v).buffer
      return typeof v === 'string' ? v : new TextDecoder().decode(v)
    },
    async put(key: string, value: string | ArrayBuffer) {
      store.set(key, typeof value === 'string' ? value : value.slice(0))
    },
    async delete(key: string) {
      store.delete(key)
    },
    async list(options: { prefix?: string } = {}) {
      const keys = [...store.keys()].filter((k) => k.startsWith(options.prefix ?? '')).map((name) => ({ name }))
      return { keys, list_complete: true, cacheStatus: null }
    },
  }
  return kv as unknown as KVNamespace & { reads: number }
}

const FIRST = ['deja', 'kofi', 'marisol', 'helen', 'aurelio', 'grace', 'will', 'hope', 'nguyen', 'amara', 'bao', 'ines']
const LAST = ['williams', 'mensah', 'renteria', 'kowalski', 'trevino', 'young', 'okafor', 'tran', 'haddad', 'silva']

/** A number written in letters (names hold no digits). */
function letters(n: number): string {
  let out = ''
  do {
    out += String.fromCharCode(97 + (n % 26))
    n = Math.floor(n / 26)
  } while (n > 0)
  return out
}

function config(indexCacheSeconds: number): VaultConfig {
  const key = new Uint8Array(32).fill(7)
  return {
    currentKeyId: 'k1',
    keys: new Map([['k1', new Uint8Array(32).fill(3)]]),
    indexKey: key,
    ttlSeconds: 86_400,
    reencryptBatch: 100,
    indexCacheSeconds,
  }
}

/** Builds the synthetic roster, measures its load, and counts memory reads per webhook. */
export async function rosterBench(patients = 100_000): Promise<RosterBench> {
  const kv = memoryKv()
  const roster = new RosterStore(kv, config(60))
  const tenant = 'AC5e1f0b2c3d4e5f60718293a4b5c6d7e8'
  const started = performance.now()
  const batch = 5_000
  for (let p = 0; p < patients; p += batch) {
    const ids: Array<{ type: RosterType; value: string }> = []
    for (let i = p; i < Math.min(patients, p + batch); i++) {
      const name = `${FIRST[i % FIRST.length]}${letters(i % 97)} ${LAST[(i * 7) % LAST.length]}${letters(Math.floor(i / 97))}`
      ids.push({ type: 'NAME', value: name })
      ids.push({
        type: 'DATE',
        value: `${1930 + (i % 90)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      })
      ids.push({ type: 'MRN', value: String(10_000_000 + i * 13) })
      ids.push({ type: 'PHONE', value: `+1612${String(1_000_000 + i * 7).slice(-7)}` })
    }
    await roster.put(tenant, ids, p === 0)
  }
  const buildSeconds = (performance.now() - started) / 1000
  const times: number[] = []
  let entries = 0
  for (let run = 0; run < 7; run++) {
    clearRosterCache()
    const t0 = performance.now()
    entries = rosterSize(await roster.load(tenant))
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return { patients, entries, bytes: entries * 8, loadMs: times[3]!, buildSeconds, memoryReads: await memoryReads() }
}

/** Webhooks from 50 senders, 20 each in turn: KV reads of sender memory per webhook, cache on and off. */
async function memoryReads(): Promise<RosterBench['memoryReads']> {
  const webhooks = 1_000
  const count = async (cacheSeconds: number): Promise<{ total: number; max: number }> => {
    clearMemoryCache()
    const kv = memoryKv()
    let max = 0
    for (let i = 0; i < webhooks; i++) {
      // One store per webhook, as the worker opens one per request.
      const memory = new MemoryStore(kv, config(cacheSeconds))
      const event = {
        parties: [
          { name: 'From', value: `+1612555${String(1000 + (i % 50))}` },
          { name: 'To', value: '+14155550100' },
        ],
        sids: {},
      } as unknown as NormalizedEvent
      const before = kv.reads
      const ids = await memory.idsOf('AC1', event)
      await memory.load('AC1', [ids.party!, ids.conversation!])
      max = Math.max(max, kv.reads - before)
      // Writes read nothing more: remember() works from the entry just loaded (cached) when it can.
      if (i < 50) await memory.remember('AC1', ids, [`name${i}`])
    }
    return { total: kv.reads, max }
  }
  const cached = await count(60)
  const uncached = await count(0)
  return {
    webhooks,
    cached: cached.total / webhooks,
    uncached: uncached.total / webhooks,
    maxPerWebhook: Math.max(cached.max, uncached.max),
  }
}

/** The bench section, as markdown. */
export function rosterSection(r: RosterBench): string {
  const mb = (r.bytes / 1024 / 1024).toFixed(2)
  return (
    `### 5. Patient memory (issue 12)\n\n` +
    `| measure | value |\n| --- | --- |\n` +
    `| roster of ${r.patients.toLocaleString('en-US')} synthetic patients (name, date of birth, MRN, phone) | ${r.entries.toLocaleString('en-US')} keyed hashes |\n` +
    `| roster held per isolate (sorted 64-bit hashes) | ${mb} MB |\n` +
    `| roster load from its 16 KV shards (median of 7, cold isolate cache, in-memory KV: the shards are searched as read) | ${r.loadMs.toFixed(2)} ms |\n` +
    `| roster upload in batches of 5,000 (hashing + merge, in-memory KV) | ${r.buildSeconds.toFixed(1)} s |\n` +
    `| sender memory KV reads per webhook (${r.memoryReads.webhooks} webhooks from 50 senders, cache 60 s) | ${r.memoryReads.cached.toFixed(3)} |\n` +
    `| same with VAULT_INDEX_CACHE_SECONDS=0 | ${r.memoryReads.uncached.toFixed(3)} |\n` +
    `| most memory KV reads of any one webhook | ${r.memoryReads.maxPerWebhook} |`
  )
}
