import { describe, expect, it } from 'vitest'
import { parseAdminConfig } from '../../src/config/admin'
import { envWith } from '../vault/helpers'

const HASH = '741e2221bf54d99295b701e26e2e2e096e9fb1e4e175b7c03962bad3aa0c484c'

function parse(overrides: Record<string, string | undefined>) {
  return parseAdminConfig(envWith(overrides))
}

describe('admin config', () => {
  it('parses hashed keys with scopes and per-key reveal limits', () => {
    const result = parse({})
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const limited = result.value.keys.find((k) => k.id === 'test-limited')
    expect(limited?.revealsPerMinute).toBe(3)
    expect(result.value.keys.find((k) => k.id === 'test-all')?.scopes).toEqual(
      new Set([
        'detokenize',
        'messages',
        'erase',
        'dead-letters',
        'tokenize',
        'roster',
        'audit',
        'config',
        'metrics',
        'scrub',
      ]),
    )
    expect(result.value.keys.find((k) => k.id === 'test-detokenize')?.revealsPerMinute).toBe(100)
    expect(result.value.twilioRest).toEqual({ username: 'AC00000000000000000000000000000000', password: '12345' })
  })

  it('locks the admin API when no keys are configured', () => {
    const result = parse({ ADMIN_API_KEYS: undefined })
    expect(result.ok && result.value.keys).toEqual([])
  })

  it.each([
    [{ ADMIN_API_KEYS: 'secret-key-in-plain' }, 'ADMIN_API_KEYS'],
    [{ ADMIN_API_KEYS: '{}' }, 'ADMIN_API_KEYS'],
    [{ ADMIN_API_KEYS: JSON.stringify([{ id: 'a', sha256: 'plain-key', scopes: [] }]) }, 'ADMIN_API_KEYS'],
    [{ ADMIN_API_KEYS: JSON.stringify([{ id: 'a', sha256: HASH.toUpperCase(), scopes: [] }]) }, 'ADMIN_API_KEYS'],
    [{ ADMIN_API_KEYS: JSON.stringify([{ id: 'a', sha256: HASH, scopes: ['admin'] }]) }, 'ADMIN_API_KEYS'],
    [{ ADMIN_API_KEYS: JSON.stringify([{ id: 'a b', sha256: HASH, scopes: [] }]) }, 'ADMIN_API_KEYS'],
    [
      { ADMIN_API_KEYS: JSON.stringify([{ id: 'a', sha256: HASH, scopes: [], revealsPerMinute: 0 }]) },
      'ADMIN_API_KEYS',
    ],
    [{ ADMIN_API_KEYS: JSON.stringify(['a', 'b'].map((id) => ({ id, sha256: HASH, scopes: [] }))) }, 'ADMIN_API_KEYS'],
    [{ ADMIN_API_KEYS: JSON.stringify([{ id: 'a', sha256: HASH, scopes: [], tenants: ['x'] }]) }, 'ADMIN_API_KEYS'],
    [{ ADMIN_API_KEYS: JSON.stringify([{ id: 'a', sha256: HASH, scopes: [], tenants: [] }]) }, 'ADMIN_API_KEYS'],
    [{ ADMIN_REVEALS_PER_MINUTE: 'lots' }, 'ADMIN_REVEALS_PER_MINUTE'],
    [{ TWILIO_ACCOUNT_SID: 'not-a-sid' }, 'TWILIO_ACCOUNT_SID'],
    [{ TWILIO_API_KEY_SID: 'SK0123456789abcdef0123456789abcdef' }, 'TWILIO_API_KEY_SECRET'],
    [{ TWILIO_API_KEY_SECRET: 'dev-secret' }, 'TWILIO_API_KEY_SID'],
    [{ TWILIO_REPLY_MESSAGING_SERVICE_SID: 'MG-nope' }, 'TWILIO_REPLY_MESSAGING_SERVICE_SID'],
  ])('rejects %j naming %s without echoing the value', (overrides, setting) => {
    const result = parse(overrides)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.setting).toBe(setting)
    expect(result.error.problem).not.toContain('secret-key-in-plain')
    expect(result.error.problem).not.toContain('plain-key')
    expect(result.error.problem).not.toContain('dev-secret')
  })
})
