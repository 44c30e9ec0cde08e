/** Settings scoped by Twilio account (a subaccount per clinic): validated up front, problems name the path only. */
import { describe, expect, it } from 'vitest'
import { parseDestinationsConfig } from '../../src/config/destinations'
import { parsePolicyConfig, policyFor } from '../../src/config/policy'
import type { Env } from '../../src/env'
import { DEFAULT_POLICY } from '../../src/phi/policy'

const CLINIC_A = 'AC' + 'a'.repeat(32)
const CLINIC_B = 'AC' + 'b'.repeat(32)
const SECRET = 'whsec_cHY35rmY2h7zCd58wBDCLywNltsXqem/PBKQ9lbhiKM='
const hook = {
  name: 'clinic-a',
  url: 'https://a.example.test/hooks',
  secret: 'secret:CLINIC_A_KEY',
  accounts: [CLINIC_A],
}

function destinations(value: unknown) {
  return parseDestinationsConfig({ CLINIC_A_KEY: SECRET, DESTINATIONS: value } as unknown as Env)
}

function policy(value: unknown) {
  return parsePolicyConfig({ PHI_POLICY: value } as unknown as Env)
}

describe('destinations scoped by account', () => {
  it('keeps `accounts` from a JSON string and from structured TOML alike; absent means every account', () => {
    const fromToml = destinations([
      hook,
      { name: 'shared', url: 'https://s.example.test/', secret: 'secret:CLINIC_A_KEY' },
    ])
    expect(
      destinations(
        JSON.stringify([hook, { name: 'shared', url: 'https://s.example.test/', secret: 'secret:CLINIC_A_KEY' }]),
      ),
    ).toEqual(fromToml)
    if (!fromToml.ok) throw new Error('expected a valid configuration')
    expect(fromToml.value.destinations.map((d) => d.accounts)).toEqual([[CLINIC_A], undefined])
  })

  it.each([
    [{ ...hook, accounts: [] }, 'DESTINATIONS[clinic-a].accounts'],
    [{ ...hook, accounts: CLINIC_A }, 'DESTINATIONS[clinic-a].accounts'],
    [{ ...hook, accounts: [CLINIC_A, 'AC+14155550199'] }, 'DESTINATIONS[clinic-a].accounts[1]'],
    [{ ...hook, accounts: [CLINIC_A.toUpperCase().replace(/^AC/, 'AC')] }, 'DESTINATIONS[clinic-a].accounts[0]'],
    [{ ...hook, accounts: [CLINIC_A, CLINIC_A] }, 'DESTINATIONS[clinic-a].accounts'],
    // A misspelt `accounts` would silently send every clinic's events: refused, the key named.
    [{ ...hook, accounts: undefined, acounts: [CLINIC_A] }, 'DESTINATIONS[clinic-a].acounts'],
    // A key that is not name-shaped is not repeated (it could be anything pasted).
    [{ ...hook, 'Jane Doe +14155550199': true }, 'DESTINATIONS[clinic-a].?'],
    // Another adapter's option is unknown here.
    [{ ...hook, subdomain: 'clinic' }, 'DESTINATIONS[clinic-a].subdomain'],
  ])('refuses %j naming %s, never the value', (entry, setting) => {
    const result = destinations([entry])
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.setting).toBe(setting)
    expect(JSON.stringify(result.error)).not.toMatch(/4155550199|Jane|A{32}/)
  })

  it('still accepts every adapter option of its own adapter', () => {
    const zendesk = {
      name: 'zd',
      adapter: 'zendesk',
      subdomain: 'clinic',
      object: 'ticket',
      tags: ['sms'],
      priority: 'high',
      accounts: [CLINIC_B],
    }
    const result = destinations([zendesk])
    expect(result.ok && result.value.destinations[0]?.accounts).toEqual([CLINIC_B])
  })
})

describe('PHI_POLICY per account', () => {
  it("applies an account's overrides on top of the shared ones (actions merged per type), from JSON or TOML", () => {
    const value = {
      actions: { DATE: 'redact' },
      accounts: { [CLINIC_B]: { actions: { PHONE: 'redact' }, unknownFields: 'scrub' } },
    }
    const parsed = policy(JSON.stringify(value))
    expect(policy(value)).toEqual(parsed)
    if (!parsed.ok) throw new Error('expected a valid policy')
    const shared = policyFor(parsed.value, CLINIC_A)
    const own = policyFor(parsed.value, CLINIC_B)
    expect([shared.actions.DATE, shared.actions.PHONE, shared.unknownFields]).toEqual([
      'redact',
      DEFAULT_POLICY.actions.PHONE,
      'drop',
    ])
    expect([own.actions.DATE, own.actions.PHONE, own.unknownFields]).toEqual(['redact', 'redact', 'scrub'])
    expect(policyFor(parsed.value, undefined)).toBe(shared)
    // An AccountSid shaped like an Object.prototype member finds nothing.
    expect(policyFor(parsed.value, 'constructor')).toBe(shared)
  })

  it.each([
    [{ acounts: {} }, 'PHI_POLICY'],
    [{ accounts: [] }, 'PHI_POLICY.accounts'],
    [{ accounts: { '+14155550199': {} } }, 'PHI_POLICY.accounts'],
    [{ accounts: { [CLINIC_A]: 'redact' } }, `PHI_POLICY.accounts.${CLINIC_A}`],
    [{ accounts: { [CLINIC_A]: { action: { DATE: 'redact' } } } }, `PHI_POLICY.accounts.${CLINIC_A}`],
    [{ accounts: { [CLINIC_A]: { accounts: {} } } }, `PHI_POLICY.accounts.${CLINIC_A}`],
    [{ accounts: { [CLINIC_A]: { unknownFields: 'keep' } } }, `PHI_POLICY.accounts.${CLINIC_A}`],
  ])('refuses %j naming %s, never the value', (value, setting) => {
    const result = policy(JSON.stringify(value))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.setting).toBe(setting)
    expect(result.error.problem).not.toMatch(/4155550199|keep/)
  })

  it('without accounts behaves as before', () => {
    expect(policy('')).toEqual({ ok: true, value: { phi: DEFAULT_POLICY } })
    const unknown = policy('{"acounts":{}}')
    expect(unknown.ok === false && unknown.error.problem).toMatch(/^has an unknown key acounts \(known: actions, /)
  })
})
