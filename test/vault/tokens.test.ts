import { describe, expect, it } from 'vitest'
import { DEFAULT_VAULT_TTL_DAYS } from '../../src/config/vault'
import { INDEX_PREFIX, TOKEN_PREFIX } from '../../src/vault/records'
import { TENANT_A, TENANT_B, dumpVault, envWith, indexKeyOf, testEnv, vaultOf } from './helpers'

const TOKEN = /^tok_[A-Za-z0-9]{22}$/

describe('tokenize', () => {
  it('gives random tok_ tokens, one per distinct value, the same one for the same value across requests', async () => {
    const tokenizer = vaultOf().tokenizerFor(TENANT_A)
    const first = await tokenizer.tokenize([
      { type: 'PHONE', value: '(415) 555-0123' },
      { type: 'NAME', value: 'Maria Gonzalez' },
      { type: 'PHONE', value: '+1 415 555 0123' },
    ])
    expect(first).toHaveLength(3)
    for (const token of first) expect(token).toMatch(TOKEN)
    expect(first[0]).toBe(first[2])
    expect(first[0]).not.toBe(first[1])

    // A later request (a new vault instance, as in a new webhook) with other spellings of the same values.
    const second = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([
        { type: 'NAME', value: '  maria   GONZALEZ ' },
        { type: 'PHONE', value: 'four one five five five five zero one two three', canonical: '4155550123' },
        { type: 'PHONE', value: 'whatsapp:+14155550123' },
      ])
    expect(second).toEqual([first[1], first[0], first[0]])
  })

  it('normalises emails, identifiers and accents before indexing', async () => {
    const tokenizer = vaultOf().tokenizerFor(TENANT_A)
    const [a, b, c, d, e, f] = await tokenizer.tokenize([
      { type: 'EMAIL', value: 'Maria.G@Example.COM' },
      { type: 'EMAIL', value: ' maria.g@example.com' },
      { type: 'SSN', value: '123-45-6789' },
      { type: 'SSN', value: '123 45 6789' },
      { type: 'NAME', value: 'José Núñez' },
      { type: 'NAME', value: 'jose nunez' },
    ])
    expect(a).toBe(b)
    expect(c).toBe(d)
    expect(e).toBe(f)
    expect(new Set([a, c, e]).size).toBe(3)
  })

  it('gives different tokens to different values, types and tenants', async () => {
    const vault = vaultOf()
    const [p1, p2, fax] = await vault.tokenizerFor(TENANT_A).tokenize([
      { type: 'PHONE', value: '+14155550123' },
      { type: 'PHONE', value: '+14155550124' },
      { type: 'FAX', value: '+14155550123' },
    ])
    const [otherTenant] = await vault.tokenizerFor(TENANT_B).tokenize([{ type: 'PHONE', value: '+14155550123' }])
    expect(new Set([p1, p2, fax, otherTenant]).size).toBe(4)
  })

  it('answers an empty list without touching KV', async () => {
    expect(await vaultOf().tokenizerFor(TENANT_A).tokenize([])).toEqual([])
  })

  it('rejects (so ingest fails closed) when KV refuses the write, and leaves no index entry', async () => {
    const tenant = 'AC99999999999999999999999999999999'
    const before = (await testEnv.VAULT.list({ prefix: INDEX_PREFIX })).keys.length
    // A clock in 1970 makes KV reject the expiration as already past: a real KV failure, not a mock.
    const vault = vaultOf(testEnv, { now: () => 0 })
    await expect(vault.tokenizerFor(tenant).tokenize([{ type: 'NAME', value: 'Fail Closed' }])).rejects.toThrow()
    expect((await testEnv.VAULT.list({ prefix: INDEX_PREFIX })).keys).toHaveLength(before)
    // The same value with a working vault gets a fresh, resolvable token.
    const [token] = await vaultOf()
      .tokenizerFor(tenant)
      .tokenize([{ type: 'NAME', value: 'Fail Closed' }])
    expect((await vaultOf().reveal(token as string)).ok).toBe(true)
  })

  it('rejects without a tenant', async () => {
    await expect(
      vaultOf()
        .tokenizerFor('')
        .tokenize([{ type: 'NAME', value: 'Ann' }]),
    ).rejects.toThrow()
  })
})

describe('what KV holds', () => {
  it('never holds a plaintext value, phone digits, name or email in any key, value or metadata', async () => {
    const values = {
      phone: '+1 (415) 555-0199',
      name: 'Maria Gonzalez',
      email: 'maria.gonzalez@example.com',
      dob: '03/14/1961',
      mrn: 'MRN 8675309',
    }
    const tokens = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([
        { type: 'PHONE', value: values.phone },
        { type: 'NAME', value: values.name },
        { type: 'EMAIL', value: values.email },
        { type: 'DATE', value: values.dob },
        { type: 'MRN', value: values.mrn },
        { type: 'PHONE', value: 'five five five zero one nine eight', canonical: '5550198' },
      ])
    // biome-ignore format: packed list
    const needles = [
      ...Object.values(values),
      '4155550199', '5550199', '555-0199', '0199', '5550198',
      'maria', 'gonzalez', 'Maria', 'Gonzalez', 'example.com',
      '1961', '03/14', '8675309', 'five five',
    ]
    const entries = await dumpVault()
    expect(entries.length).toBeGreaterThanOrEqual(12)
    for (const token of tokens) {
      expect(entries.some((e) => e.name === TOKEN_PREFIX + token)).toBe(true)
    }
    for (const entry of entries) {
      const stored = [entry.name, entry.value ?? '', JSON.stringify(entry.metadata ?? null)].join('\n')
      for (const needle of needles) expect(stored.toLowerCase()).not.toContain(needle.toLowerCase())
      expect(entry.name).toMatch(/^(idx:[A-Za-z0-9_-]{43}|(tok|gone):tok_[A-Za-z0-9]{16,64}|meta:reencrypt-cursor)$/)
    }
  })

  it('sets the retention TTL on every entry (default and configured)', async () => {
    const before = Math.floor(Date.now() / 1000)
    const [long] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'NAME', value: 'Default Ttl' }])
    const shortVault = vaultOf(envWith({ VAULT_TTL_DAYS: '7' }))
    const [short] = await shortVault.tokenizerFor(TENANT_A).tokenize([{ type: 'NAME', value: 'Short Ttl' }])
    const after = Math.floor(Date.now() / 1000)
    const entries = await dumpVault()
    for (const [token, days] of [
      [long, DEFAULT_VAULT_TTL_DAYS],
      [short, 7],
    ] as const) {
      const names = [TOKEN_PREFIX + token, await indexKeyOf(token as string)]
      const mine = entries.filter((e) => names.includes(e.name))
      expect(mine).toHaveLength(2)
      for (const entry of mine) {
        expect(entry.expiration).toBeGreaterThanOrEqual(before + days * 86_400)
        expect(entry.expiration).toBeLessThanOrEqual(after + days * 86_400)
      }
    }
    // Every entry in the namespace expires: nothing is kept forever.
    for (const entry of entries) expect(entry.expiration).toBeGreaterThan(after)
  })
})

describe('reveal', () => {
  it('returns the value as first seen, its type and tenant', async () => {
    const vault = vaultOf()
    const [token] = await vault.tokenizerFor(TENANT_A).tokenize([{ type: 'PHONE', value: '(415) 555-0123' }])
    await vault.tokenizerFor(TENANT_A).tokenize([{ type: 'PHONE', value: '+14155550123' }])
    expect(await vaultOf().reveal(token as string)).toEqual({
      ok: true,
      value: { token, type: 'PHONE', tenant: TENANT_A, value: '(415) 555-0123' },
    })
  })

  it('answers not-found for unknown or malformed tokens', async () => {
    const vault = vaultOf()
    expect(await vault.reveal('tok_AAAAAAAAAAAAAAAAAAAAAA')).toEqual({ ok: false, error: 'not-found' })
    expect(await vault.reveal('+14155550123')).toEqual({ ok: false, error: 'not-found' })
  })

  it('refuses a record moved to another token (AAD binds the token)', async () => {
    const vault = vaultOf()
    const [a, b] = await vault.tokenizerFor(TENANT_A).tokenize([
      { type: 'NAME', value: 'Alice Moved' },
      { type: 'NAME', value: 'Bob Target' },
    ])
    const recordOfA = await testEnv.VAULT.get(TOKEN_PREFIX + a)
    await testEnv.VAULT.put(TOKEN_PREFIX + b, recordOfA as string, { expirationTtl: 3600 })
    expect(await vault.reveal(b as string)).toEqual({ ok: false, error: 'undecryptable' })
    expect((await vault.reveal(a as string)).ok).toBe(true)
  })

  it('stops resolving once the retention period has passed', async () => {
    const [token] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'NAME', value: 'Expiring Soon' }])
    const later = Date.now() + (DEFAULT_VAULT_TTL_DAYS * 86_400 + 1) * 1000
    expect(await vaultOf(testEnv, { now: () => later }).reveal(token as string)).toEqual({
      ok: false,
      error: 'not-found',
    })
  })
})

describe('erase', () => {
  it('crypto-shreds the token, makes the index forget the value, and the next sighting gets a new token', async () => {
    const vault = vaultOf()
    const tokenizer = vault.tokenizerFor(TENANT_A)
    const [token, keep] = await tokenizer.tokenize([
      { type: 'PHONE', value: '+14155550177' },
      { type: 'NAME', value: 'Kept Person' },
    ])
    const indexKey = await indexKeyOf(token as string)
    const keptIndexKey = await indexKeyOf(keep as string)
    expect(await vault.erase(token as string)).toEqual({ ok: true, value: [token] })
    expect(await vault.reveal(token as string)).toEqual({ ok: false, error: 'not-found' })
    const names = (await dumpVault()).map((e) => e.name)
    expect(names).not.toContain(indexKey)
    expect(names).not.toContain(TOKEN_PREFIX + token)
    expect(names).toContain(keptIndexKey)

    const [again, kept] = await tokenizer.tokenize([
      { type: 'PHONE', value: '(415) 555-0177' },
      { type: 'NAME', value: 'Kept Person' },
    ])
    expect(again).toMatch(TOKEN)
    expect(again).not.toBe(token)
    expect(kept).toBe(keep)
    expect(await vault.erase(token as string)).toEqual({ ok: false, error: 'not-found' })
  })
})

describe('first-sighting race (KV is eventually consistent)', () => {
  /** A vault without the isolate's index cache: these tests are about KV itself (the cache: index-cache.test.ts). */
  const uncachedVault = () => vaultOf(envWith({ VAULT_INDEX_CACHE_SECONDS: '0' }))

  it('keeps both tokens resolvable when two first messages from a new number race; the index keeps one', async () => {
    const request = [{ type: 'PHONE' as const, value: '+14155550142' }]
    // Two isolates (or locations): within one isolate the two sightings would share one lookup.
    const [[t1], [t2]] = await Promise.all([
      uncachedVault().tokenizerFor(TENANT_A).tokenize(request),
      uncachedVault().tokenizerFor(TENANT_A).tokenize(request),
    ])
    for (const token of [t1, t2]) {
      expect(await vaultOf().reveal(token as string)).toMatchObject({ ok: true, value: { value: '+14155550142' } })
    }
    const [next] = await uncachedVault().tokenizerFor(TENANT_A).tokenize(request)
    expect([t1, t2]).toContain(next)
    const indexKey = await indexKeyOf(t1 as string)
    expect(await indexKeyOf(t2 as string)).toBe(indexKey)
    expect(await testEnv.VAULT.get(indexKey)).toBe(next)
  })

  it('a stale index read mints a second token; the later write wins the index and both stay resolvable', async () => {
    const vault = uncachedVault()
    const request = [{ type: 'PHONE' as const, value: '+14155550143' }]
    const [first] = await vault.tokenizerFor(TENANT_A).tokenize(request)
    // Another location has not seen the index entry yet: simulate by hiding it.
    const indexKey = await indexKeyOf(first as string)
    await testEnv.VAULT.delete(indexKey)
    const [second] = await vault.tokenizerFor(TENANT_A).tokenize(request)
    expect(second).not.toBe(first)
    expect(await testEnv.VAULT.get(indexKey)).toBe(second)
    expect((await vault.reveal(first as string)).ok).toBe(true)
    expect((await vault.reveal(second as string)).ok).toBe(true)
    expect((await vault.tokenizerFor(TENANT_A).tokenize(request))[0]).toBe(second)
  })

  it('erasing the losing token also erases the token the index kept for the same value', async () => {
    const vault = uncachedVault()
    const request = [{ type: 'PHONE' as const, value: '+14155550144' }]
    const [loser] = await vault.tokenizerFor(TENANT_A).tokenize(request)
    await testEnv.VAULT.delete(await indexKeyOf(loser as string))
    const [winner] = await vault.tokenizerFor(TENANT_A).tokenize(request)
    expect(await vault.erase(loser as string)).toEqual({ ok: true, value: [loser, winner] })
    expect((await vault.reveal(winner as string)).ok).toBe(false)
    const [fresh] = await vault.tokenizerFor(TENANT_A).tokenize(request)
    expect([loser, winner]).not.toContain(fresh)
  })
})

describe('KV round trips', () => {
  /** The real namespace, counting the operations that go through it. */
  function countingKv(counts: Record<string, number>): KVNamespace {
    return new Proxy(testEnv.VAULT, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver)
        if (typeof value !== 'function') return value
        return (...args: unknown[]) => {
          counts[String(prop)] = (counts[String(prop)] ?? 0) + 1
          return value.apply(target, args)
        }
      },
    })
  }

  it('does one index get per distinct value, two puts per first sighting and none afterwards (cache off)', async () => {
    const requests = [
      { type: 'PHONE' as const, value: '+14155550171' },
      { type: 'PHONE' as const, value: '(415) 555-0171' },
      { type: 'NAME' as const, value: 'Round Trip' },
      { type: 'NAME' as const, value: 'round trip' },
      { type: 'EMAIL' as const, value: 'rt@example.org' },
      { type: 'DATE' as const, value: '04/05/1977' },
    ]
    const uncached = (counts: Record<string, number>) =>
      vaultOf(envWith({ VAULT: countingKv(counts), VAULT_INDEX_CACHE_SECONDS: '0' } as never))
    const first: Record<string, number> = {}
    await uncached(first).tokenizerFor(TENANT_A).tokenize(requests)
    expect(first).toEqual({ get: 4, put: 8 })
    const again: Record<string, number> = {}
    await uncached(again).tokenizerFor(TENANT_A).tokenize(requests)
    expect(again).toEqual({ get: 4 })
  })
})
