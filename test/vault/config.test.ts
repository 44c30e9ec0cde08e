import { describe, expect, it } from 'vitest'
import { parseVaultConfig } from '../../src/config/vault'
import { TEST_BINDINGS } from '../bindings'
import { TEST_KEYS, envWith, keyring } from './helpers'

function problemOf(overrides: Record<string, string | undefined>) {
  const result = parseVaultConfig(envWith(overrides))
  return result.ok ? undefined : result.error
}

describe('vault config', () => {
  it('parses the keyring, index key and default retention', () => {
    const result = parseVaultConfig(envWith({ VAULT_TTL_DAYS: undefined }))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.currentKeyId).toBe('k2')
    expect([...result.value.keys.keys()]).toEqual(['k1', 'k2'])
    expect(result.value.ttlSeconds).toBe(365 * 86_400)
    expect(result.value.reencryptBatch).toBe(200)
    expect(result.value.indexCacheSeconds).toBe(60)
  })

  it('reads VAULT_INDEX_CACHE_SECONDS from 0 (off) to 300; empty means the default', () => {
    for (const [raw, seconds] of [
      ['0', 0],
      ['1', 1],
      ['300', 300],
      [' 45 ', 45],
      ['', 60],
    ] as const) {
      const result = parseVaultConfig(envWith({ VAULT_INDEX_CACHE_SECONDS: raw }))
      expect(result.ok && result.value.indexCacheSeconds).toBe(seconds)
    }
  })

  it.each([
    [{ VAULT_KEYS: undefined }, 'VAULT_KEYS'],
    [{ VAULT_KEYS: 'k1=abc' }, 'VAULT_KEYS'],
    [{ VAULT_KEYS: JSON.stringify({ current: 'k3', keys: { k1: TEST_KEYS.k1 } }) }, 'VAULT_KEYS'],
    [{ VAULT_KEYS: JSON.stringify({ current: 'k1', keys: { k1: 'c2hvcnQ=' } }) }, 'VAULT_KEYS'],
    [{ VAULT_KEYS: JSON.stringify({ current: 'k1', keys: { k1: btoa('\0'.repeat(32)) } }) }, 'VAULT_KEYS'],
    [{ VAULT_KEYS: JSON.stringify({ current: 'a', keys: { a: TEST_KEYS.k1, b: TEST_KEYS.k1 } }) }, 'VAULT_KEYS'],
    [{ VAULT_KEYS: JSON.stringify({ current: 'k 1', keys: { 'k 1': TEST_KEYS.k1 } }) }, 'VAULT_KEYS'],
    [{ VAULT_INDEX_KEY: undefined }, 'VAULT_INDEX_KEY'],
    [{ VAULT_INDEX_KEY: 'not base64!' }, 'VAULT_INDEX_KEY'],
    [{ VAULT_INDEX_KEY: TEST_KEYS.k1 }, 'VAULT_INDEX_KEY'],
    [{ VAULT_TTL_DAYS: '0' }, 'VAULT_TTL_DAYS'],
    [{ VAULT_TTL_DAYS: '1.5' }, 'VAULT_TTL_DAYS'],
    [{ VAULT_REENCRYPT_BATCH: '5000' }, 'VAULT_REENCRYPT_BATCH'],
    [{ VAULT_INDEX_CACHE_SECONDS: '-1' }, 'VAULT_INDEX_CACHE_SECONDS'],
    [{ VAULT_INDEX_CACHE_SECONDS: '301' }, 'VAULT_INDEX_CACHE_SECONDS'],
    [{ VAULT_INDEX_CACHE_SECONDS: '1.5' }, 'VAULT_INDEX_CACHE_SECONDS'],
    [{ VAULT_INDEX_CACHE_SECONDS: 'sixty' }, 'VAULT_INDEX_CACHE_SECONDS'],
  ])('rejects %j naming %s and never echoing a key', (overrides, setting) => {
    const error = problemOf(overrides)
    expect(error?.setting).toBe(setting)
    for (const secret of [TEST_KEYS.k1, TEST_KEYS.k2, TEST_BINDINGS.VAULT_INDEX_KEY]) {
      expect(error?.problem).not.toContain(secret)
    }
  })

  it('explains VAULT_INDEX_CACHE_SECONDS: its range and that 0 turns the cache off', () => {
    expect(problemOf({ VAULT_INDEX_CACHE_SECONDS: '3600' })).toEqual({
      setting: 'VAULT_INDEX_CACHE_SECONDS',
      problem: 'must be an integer between 0 and 300 (0 disables the cache)',
    })
  })

  it('accepts a rotated keyring', () => {
    expect(problemOf({ VAULT_KEYS: keyring('k1', ['k2', 'k1']) })).toBeUndefined()
  })
})
