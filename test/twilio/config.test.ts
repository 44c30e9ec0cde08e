import { describe, expect, it } from 'vitest'
import { parseTwilioConfig } from '../../src/config/twilio'
import type { Env } from '../../src/env'

const env = (vars: Partial<Env>) => vars as Env
const SUB = 'AC' + 'b'.repeat(32)

describe('parseTwilioConfig', () => {
  it('reads the primary and next tokens, subaccount tokens and the public origin', () => {
    const result = parseTwilioConfig(
      env({
        TWILIO_AUTH_TOKEN: 'primary-token',
        TWILIO_AUTH_TOKEN_NEXT: 'next-token',
        TWILIO_SUBACCOUNT_TOKENS: JSON.stringify({ [SUB]: ['sub-token', 'sub-next'] }),
        PUBLIC_BASE_URL: 'https://hooks.clinic.example:8443/',
      }),
    )
    expect(result).toEqual({
      ok: true,
      value: {
        authTokens: ['primary-token', 'next-token'],
        subaccountTokens: { [SUB]: ['sub-token', 'sub-next'] },
        publicBaseUrl: 'https://hooks.clinic.example:8443',
      },
    })
  })

  it('optional settings may be absent or empty', () => {
    expect(
      parseTwilioConfig(
        env({
          TWILIO_AUTH_TOKEN: 'primary-token',
          TWILIO_AUTH_TOKEN_NEXT: '',
          PUBLIC_BASE_URL: '',
          TWILIO_SUBACCOUNT_TOKENS: '',
        }),
      ),
    ).toEqual({
      ok: true,
      value: { authTokens: ['primary-token'], subaccountTokens: {} },
    })
  })

  it.each([
    [{}, 'TWILIO_AUTH_TOKEN'],
    [{ TWILIO_AUTH_TOKEN: '   ' }, 'TWILIO_AUTH_TOKEN'],
    [{ TWILIO_AUTH_TOKEN: 'has space inside' }, 'TWILIO_AUTH_TOKEN'],
    [{ TWILIO_AUTH_TOKEN: 'ok-token', TWILIO_AUTH_TOKEN_NEXT: 'bad token' }, 'TWILIO_AUTH_TOKEN_NEXT'],
    [{ TWILIO_AUTH_TOKEN: 'ok-token', TWILIO_SUBACCOUNT_TOKENS: '{"AC1": secret-value' }, 'TWILIO_SUBACCOUNT_TOKENS'],
    [{ TWILIO_AUTH_TOKEN: 'ok-token', TWILIO_SUBACCOUNT_TOKENS: '["secret-value"]' }, 'TWILIO_SUBACCOUNT_TOKENS'],
    [
      { TWILIO_AUTH_TOKEN: 'ok-token', TWILIO_SUBACCOUNT_TOKENS: '{"not-a-sid":"secret-value"}' },
      'TWILIO_SUBACCOUNT_TOKENS',
    ],
    [
      { TWILIO_AUTH_TOKEN: 'ok-token', TWILIO_SUBACCOUNT_TOKENS: `{"${SUB}":["a-token","b-token","c-token"]}` },
      'TWILIO_SUBACCOUNT_TOKENS',
    ],
    [{ TWILIO_AUTH_TOKEN: 'ok-token', TWILIO_SUBACCOUNT_TOKENS: `{"${SUB}":42}` }, 'TWILIO_SUBACCOUNT_TOKENS'],
    [{ TWILIO_AUTH_TOKEN: 'ok-token', PUBLIC_BASE_URL: 'hooks.clinic.example' }, 'PUBLIC_BASE_URL'],
    [{ TWILIO_AUTH_TOKEN: 'ok-token', PUBLIC_BASE_URL: 'https://hooks.clinic.example/twilio' }, 'PUBLIC_BASE_URL'],
    [
      { TWILIO_AUTH_TOKEN: 'ok-token', PUBLIC_BASE_URL: 'https://user:secret-value@hooks.clinic.example' },
      'PUBLIC_BASE_URL',
    ],
    [{ TWILIO_AUTH_TOKEN: 'ok-token', PUBLIC_BASE_URL: 'https://hooks.clinic.example?x=1' }, 'PUBLIC_BASE_URL'],
    [{ TWILIO_AUTH_TOKEN: 'ok-token', PUBLIC_BASE_URL: 'ftp://hooks.clinic.example' }, 'PUBLIC_BASE_URL'],
  ] as [Partial<Env>, string][])('%j names %s, never the value', (vars, setting) => {
    const result = parseTwilioConfig(env(vars))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.setting).toBe(setting)
    expect(JSON.stringify(result.error)).not.toContain('secret-value')
  })
})
