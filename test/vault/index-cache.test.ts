import { describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import type { TokenRequest } from '../../src/phi/types'
import type { VaultOptions } from '../../src/vault'
import { DEFAULT_INDEX_CACHE_ENTRIES, IndexCache } from '../../src/vault/index-cache'
import { TENANT_A, TENANT_B, countingKv, envWith, freshIndexKey, indexKeyOf, testEnv, vaultOf } from './helpers'

type Settings = Partial<Record<keyof Env, string>>

/**
 * Successive webhooks of one isolate, as the route opens the vault: a new vault per webhook, each over its own
 * counting Proxy of the namespace (like bench/stage-worker.ts), all under one fresh index key: the cache starts empty.
 */
function isolate(settings: Settings = {}, options: VaultOptions = {}) {
  const indexKey = freshIndexKey()
  const envOf = (kv: KVNamespace, extra: Settings) =>
    envWith({ ...settings, ...extra, VAULT_INDEX_KEY: indexKey, VAULT: kv } as never)
  return {
    async webhook(requests: TokenRequest[], tenant = TENANT_A, kv: KVNamespace = testEnv.VAULT) {
      const counts: Record<string, number> = {}
      const tokens = await vaultOf(envOf(countingKv(counts, kv), {}), options)
        .tokenizerFor(tenant)
        .tokenize(requests)
      return { tokens, counts }
    },
    /** A vault under the same key and namespace (the admin API's, or with `extra` settings another isolate's). */
    vault: (extra: Settings = {}, kv: KVNamespace = testEnv.VAULT) => vaultOf(envOf(kv, extra), options),
  }
}

/** A store that never reads or fills the cache: stands in for another isolate writing to the same namespace. */
const ELSEWHERE: Settings = { VAULT_INDEX_CACHE_SECONDS: '0' }

const MIX: TokenRequest[] = [
  { type: 'PHONE', value: '+14155550301' },
  { type: 'PHONE', value: '(415) 555-0302' },
  { type: 'NAME', value: 'Cache Person' },
  { type: 'NAME', value: 'cache person' },
  { type: 'EMAIL', value: 'cache@example.org' },
  { type: 'DATE', value: '04/05/1977' },
]

describe('index cache: successive webhooks', () => {
  it('reads KV once per distinct value, then answers repeated values from the isolate, no KV call', async () => {
    const one = isolate()
    const first = await one.webhook(MIX)
    expect(first.counts).toEqual({ get: 5, put: 10 })
    for (let i = 0; i < 3; i++) {
      const again = await one.webhook(MIX)
      expect(again.counts).toEqual({})
      expect(again.tokens).toEqual(first.tokens)
    }
    // A partly new webhook: only the new value goes to KV.
    const mixed = await one.webhook([MIX[0] as TokenRequest, { type: 'NAME', value: 'Someone New' }])
    expect(mixed.counts).toEqual({ get: 1, put: 2 })
    expect(mixed.tokens[0]).toBe(first.tokens[0])
  })

  it('fills on a KV hit too: a value another isolate minted costs one get here, then none', async () => {
    const one = isolate()
    const request: TokenRequest[] = [{ type: 'PHONE', value: '+14155550303' }]
    const [minted] = await one.vault(ELSEWHERE).tokenizerFor(TENANT_A).tokenize(request)
    const hit = await one.webhook(request)
    expect(hit).toEqual({ tokens: [minted], counts: { get: 1 } })
    expect(await one.webhook(request)).toEqual({ tokens: [minted], counts: {} })
  })

  it('shares a lookup under way between the events of one webhook with a new value: one read, one mint, one token', async () => {
    const one = isolate()
    const counts: Record<string, number> = {}
    const vault = one.vault({}, countingKv(counts, testEnv.VAULT))
    const request: TokenRequest[] = [{ type: 'PHONE', value: '+14155550311' }]
    // Two events of one Event Streams batch: deidentify runs per event with the request's one vault.
    const answers = await Promise.all([
      vault.tokenizerFor(TENANT_A).tokenize(request),
      vault.tokenizerFor(TENANT_A).tokenize(request),
    ])
    expect(new Set(answers.map((a) => a[0])).size).toBe(1)
    expect(counts).toEqual({ get: 1, put: 2 })
    expect(await testEnv.VAULT.get(await indexKeyOf(answers[0]?.[0] as string))).toBe(answers[0]?.[0])
  })

  it('never shares a lookup under way between webhooks: each request does its own I/O (workerd cancels a promise of another request)', async () => {
    const one = isolate()
    const request: TokenRequest[] = [{ type: 'PHONE', value: '+14155550312' }]
    const answers = await Promise.all([one.webhook(request), one.webhook(request)])
    for (const { counts } of answers) expect(counts.get).toBe(1)
    // The first-sighting race of docs/vault.md §5: every token handed out resolves, the index keeps one of them.
    const tokens = answers.map((a) => a.tokens[0] as string)
    const vault = one.vault()
    for (const token of tokens) expect((await vault.reveal(token)).ok).toBe(true)
    expect(tokens).toContain(await testEnv.VAULT.get(await indexKeyOf(tokens[0] as string)))
  })

  it('a failed lookup fails every event of the webhook that joined it, and is not remembered', async () => {
    const one = isolate({}, { now: () => 0 }) // a clock in 1970: KV rejects the expiration of the mint
    const vault = one.vault()
    const request: TokenRequest[] = [{ type: 'NAME', value: 'Joined Failure' }]
    const answers = await Promise.allSettled([
      vault.tokenizerFor(TENANT_A).tokenize(request),
      vault.tokenizerFor(TENANT_A).tokenize(request),
    ])
    expect(answers.map((a) => a.status)).toEqual(['rejected', 'rejected'])
    const retried = await isolate().webhook(request)
    expect(retried.counts).toEqual({ get: 1, put: 2 })
  })

  it('does not extend an entry on hits: after VAULT_INDEX_CACHE_SECONDS it reads KV again (same token)', async () => {
    let now = Date.now()
    const one = isolate({}, { now: () => now })
    const request: TokenRequest[] = [{ type: 'PHONE', value: '+14155550304' }]
    const first = await one.webhook(request)
    expect(first.counts).toEqual({ get: 1, put: 2 })
    const start = now
    for (const at of [1_000, 30_000, 59_999]) {
      now = start + at
      expect((await one.webhook(request)).counts).toEqual({})
    }
    now = start + 60_000
    const reread = await one.webhook(request)
    expect(reread.counts).toEqual({ get: 1 })
    expect(reread.tokens).toEqual(first.tokens)
    now = start + 119_999
    expect((await one.webhook(request)).counts).toEqual({})
    now = start + 120_000
    expect((await one.webhook(request)).counts).toEqual({ get: 1 })
  })

  it('follows VAULT_INDEX_CACHE_SECONDS', async () => {
    let now = Date.now()
    const one = isolate({ VAULT_INDEX_CACHE_SECONDS: '5' }, { now: () => now })
    const request: TokenRequest[] = [{ type: 'NAME', value: 'Five Seconds' }]
    await one.webhook(request)
    now += 4_999
    expect((await one.webhook(request)).counts).toEqual({})
    now += 1
    expect((await one.webhook(request)).counts).toEqual({ get: 1 })
  })

  it('is off with VAULT_INDEX_CACHE_SECONDS=0: every webhook reads the index in KV', async () => {
    const one = isolate({ VAULT_INDEX_CACHE_SECONDS: '0' })
    const first = await one.webhook(MIX)
    expect(first.counts).toEqual({ get: 5, put: 10 })
    for (let i = 0; i < 2; i++) {
      const again = await one.webhook(MIX)
      expect(again.counts).toEqual({ get: 5 })
      expect(again.tokens).toEqual(first.tokens)
    }
  })

  it('sees a change of the index in KV after the TTL (another isolate erased and re-minted)', async () => {
    let now = Date.now()
    const one = isolate({}, { now: () => now })
    const request: TokenRequest[] = [{ type: 'PHONE', value: '+14155550305' }]
    const [cached] = (await one.webhook(request)).tokens
    // Elsewhere the value was erased and seen again: the index now names another token.
    const indexKey = await indexKeyOf(cached as string)
    await testEnv.VAULT.put(indexKey, 'tok_MintedElsewhere0000000', { expirationTtl: 3600 })
    expect((await one.webhook(request)).tokens).toEqual([cached])
    now += 60_000
    expect((await one.webhook(request)).tokens).toEqual(['tok_MintedElsewhere0000000'])
  })
})

describe('index cache: erasure in the same isolate', () => {
  it('forgets the erased token: the next sighting mints a new token, other values stay cached', async () => {
    const one = isolate()
    const request: TokenRequest[] = [
      { type: 'PHONE', value: '+14155550306' },
      { type: 'NAME', value: 'Still Cached' },
    ]
    const [phone, name] = (await one.webhook(request)).tokens
    expect(await one.vault().erase(phone as string)).toEqual({ ok: true, value: [phone] })
    const next = await one.webhook([{ type: 'PHONE', value: '(415) 555-0306' }, request[1] as TokenRequest])
    expect(next.counts).toEqual({ get: 1, put: 2 })
    expect(next.tokens[0]).toMatch(/^tok_[A-Za-z0-9]{22}$/)
    expect(next.tokens[0]).not.toBe(phone)
    expect(next.tokens[1]).toBe(name)
    expect((await one.vault().reveal(next.tokens[0] as string)).ok).toBe(true)
    expect(await one.vault().reveal(phone as string)).toEqual({ ok: false, error: 'not-found' })
  })

  it('erasing a race loser forgets the index entry here, whichever token this isolate had cached', async () => {
    const one = isolate()
    const request: TokenRequest[] = [{ type: 'PHONE', value: '+14155550307' }]
    const [loser] = (await one.webhook(request)).tokens
    // Another location did not see the index yet, minted again and won the index.
    await testEnv.VAULT.delete(await indexKeyOf(loser as string))
    const [winner] = await one.vault(ELSEWHERE).tokenizerFor(TENANT_A).tokenize(request)
    expect(winner).not.toBe(loser)
    // Within the TTL this isolate keeps its cached token (docs/vault.md: the same window as KV's edge cache).
    expect((await one.webhook(request)).tokens).toEqual([loser])
    expect(await one.vault().erase(loser as string)).toEqual({ ok: true, value: [loser, winner] })
    const next = await one.webhook(request)
    expect(next.counts).toEqual({ get: 1, put: 2 })
    expect([loser, winner]).not.toContain(next.tokens[0])
  })

  it('an erasure while a lookup waits on KV: the lookup answers what it read, but does not cache it', async () => {
    const one = isolate()
    const request: TokenRequest[] = [{ type: 'PHONE', value: '+14155550308' }]
    const [old] = await one.vault(ELSEWHERE).tokenizerFor(TENANT_A).tokenize(request)
    // KV answers the index read with the old token; the answer is held until the erasure is done.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let answered = 0
    const slowKv = new Proxy(testEnv.VAULT, {
      get(target, prop) {
        const value = Reflect.get(target, prop) as unknown
        if (typeof value !== 'function') return value
        if (prop !== 'get') return (value as (...a: unknown[]) => unknown).bind(target)
        return async (...args: unknown[]) => {
          const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args)
          answered++
          await held
          return result
        }
      },
    })
    const pending = one.vault({}, slowKv).tokenizerFor(TENANT_A).tokenize(request)
    await vi.waitFor(() => expect(answered).toBe(1))
    expect(await one.vault().erase(old as string)).toEqual({ ok: true, value: [old] })
    release()
    expect(await pending).toEqual([old])
    const next = await one.webhook(request)
    expect(next.counts).toEqual({ get: 1, put: 2 })
    expect(next.tokens[0]).not.toBe(old)
  })

  it("an erasure through a vault that does not cache still clears this isolate's cache", async () => {
    const one = isolate()
    const request: TokenRequest[] = [{ type: 'NAME', value: 'Erased Uncached' }]
    const [token] = (await one.webhook(request)).tokens
    expect(await one.vault(ELSEWHERE).erase(token as string)).toEqual({ ok: true, value: [token] })
    const next = await one.webhook(request)
    expect(next.counts).toEqual({ get: 1, put: 2 })
    expect(next.tokens[0]).not.toBe(token)
  })
})

describe('index cache: bounds and scope', () => {
  it('is bounded: beyond the most entries the least recently used is gone (and costs one get again)', async () => {
    const one = isolate({}, { indexCacheEntries: 3 })
    const value = (n: number): TokenRequest[] => [{ type: 'NAME', value: `Bounded Person ${'abcdefgh'[n]}` }]
    for (const n of [1, 2, 3]) expect((await one.webhook(value(n))).counts).toEqual({ get: 1, put: 2 })
    expect((await one.webhook(value(1))).counts).toEqual({}) // 1 is now the most recently used
    expect((await one.webhook(value(4))).counts).toEqual({ get: 1, put: 2 }) // pushes out 2
    expect((await one.webhook(value(2))).counts).toEqual({ get: 1 }) // re-read, pushes out 3
    expect((await one.webhook(value(1))).counts).toEqual({})
    expect((await one.webhook(value(4))).counts).toEqual({})
    expect((await one.webhook(value(3))).counts).toEqual({ get: 1 })
  })

  it('never shares between tenants: the same value in another account is looked up and minted there', async () => {
    const one = isolate()
    const request: TokenRequest[] = [{ type: 'PHONE', value: '+14155550309' }]
    const a = await one.webhook(request, TENANT_A)
    const b = await one.webhook(request, TENANT_B)
    expect(b.counts).toEqual({ get: 1, put: 2 })
    expect(b.tokens[0]).not.toBe(a.tokens[0])
    expect((await one.webhook(request, TENANT_B)).counts).toEqual({})
  })

  it('never shares between index keys over the same namespace', async () => {
    const one = isolate()
    const two = isolate()
    const request: TokenRequest[] = [{ type: 'EMAIL', value: 'two.keys@example.org' }]
    const a = await one.webhook(request)
    const b = await two.webhook(request)
    expect(b.counts).toEqual({ get: 1, put: 2 })
    expect(b.tokens[0]).not.toBe(a.tokens[0])
    expect((await one.webhook(request)).tokens).toEqual(a.tokens)
  })

  it('never shares between namespaces under the same key', async () => {
    const one = isolate()
    const other = testEnv.DELIVERY_STATE
    const request: TokenRequest[] = [{ type: 'PHONE', value: '+14155550310' }]
    const a = await one.webhook(request)
    const b = await one.webhook(request, TENANT_A, other)
    try {
      expect(b.counts).toEqual({ get: 1, put: 2 })
      expect(b.tokens[0]).not.toBe(a.tokens[0])
      expect(await other.get(await indexKeyOf(b.tokens[0] as string, other))).toBe(b.tokens[0])
      expect((await one.webhook(request, TENANT_A, other)).counts).toEqual({})
      expect((await one.webhook(request)).tokens).toEqual(a.tokens)
    } finally {
      const index = await indexKeyOf(b.tokens[0] as string, other)
      await Promise.all([other.delete(index), other.delete(`tok:${b.tokens[0]}`)])
    }
  })
})

describe('index cache: odd bindings', () => {
  it('a binding that answers everything with a failing function: the vault opens and tokenize rejects', async () => {
    const broken = new Proxy({}, { get: () => () => Promise.reject(new Error('kv down')) }) as KVNamespace
    const vault = vaultOf(envWith({ VAULT: broken } as never))
    const request: TokenRequest[] = [{ type: 'PHONE', value: '+14155550312' }]
    await expect(vault.tokenizerFor(TENANT_A).tokenize(request)).rejects.toThrow('kv down')
    await expect(vault.tokenizerFor(TENANT_A).tokenize(request)).rejects.toThrow('kv down')
  })

  it('a wrapper that is not transparent (its own object) gets its own cache, never the namespace one', async () => {
    const one = isolate()
    const request: TokenRequest[] = [{ type: 'NAME', value: 'Wrapped Binding' }]
    const [token] = (await one.webhook(request)).tokens
    const kv = testEnv.VAULT
    const wrapper = {
      get: (key: string) => kv.get(key),
      put: (key: string, value: string, options?: KVNamespacePutOptions) => kv.put(key, value, options),
      delete: (key: string) => kv.delete(key),
    } as unknown as KVNamespace
    const viaWrapper = await one.webhook(request, TENANT_A, wrapper)
    expect(viaWrapper).toEqual({ tokens: [token], counts: { get: 1 } })
    expect((await one.webhook(request, TENANT_A, wrapper)).counts).toEqual({})
  })
})

describe('IndexCache', () => {
  it('holds at most its bound (default 10,000): the oldest entry goes first', () => {
    const cache = new IndexCache()
    for (let i = 0; i <= DEFAULT_INDEX_CACHE_ENTRIES; i++) cache.set(`i${i}`, `t${i}`, Infinity)
    expect(cache.size).toBe(DEFAULT_INDEX_CACHE_ENTRIES)
    expect(cache.get('i0', 0)).toBeUndefined()
    expect(cache.get('i1', 0)).toBe('t1')
    expect(cache.get(`i${DEFAULT_INDEX_CACHE_ENTRIES}`, 0)).toBe(`t${DEFAULT_INDEX_CACHE_ENTRIES}`)
  })

  it('drops an entry at its expiry, and forgets by index and by token', () => {
    const cache = new IndexCache(10)
    cache.set('a', 'tok_a', 100)
    cache.set('b', 'tok_b', 100)
    cache.set('c', 'tok_b', 100)
    cache.set('d', 'tok_d', 100)
    expect(cache.get('a', 99)).toBe('tok_a')
    expect(cache.get('a', 100)).toBeUndefined()
    expect(cache.size).toBe(3)
    const before = cache.generation
    cache.forget('d', ['tok_b'])
    expect(cache.generation).toBe(before + 1)
    expect(cache.size).toBe(0)
  })

  it('refuses a bound below one', () => {
    expect(() => new IndexCache(0)).toThrow()
  })
})
