/** Signature verification against every vector of twilio-webhooks.md (sections 1.2, 1.4, 1.6, 1.7) and the twilio signer. */
import fc from 'fast-check'
import { getExpectedBodyHash, getExpectedTwilioSignature, validateRequest } from 'twilio/lib/webhooks/webhooks'
import { describe, expect, it } from 'vitest'
import type { TwilioConfig } from '../../src/config/twilio'
import type { FormPairs } from '../../src/twilio/form'
import {
  canonicalUrl,
  sha256Hex,
  signatureBase,
  tokensForAccounts,
  urlCandidates,
  verifyFormRequest,
  verifyJsonRequest,
} from '../../src/twilio/verify'
import { signerParams } from '../helpers/twilio'

const TOKEN = '12345'
const DEFAULT_PARAMS: FormPairs = [
  ['CallSid', 'CA1234567890ABCDE'],
  ['Caller', '+14158675309'],
  ['Digits', '1234'],
  ['From', '+14158675309'],
  ['To', '+18005551212'],
]
const URL_1 = 'https://mycompany.com/myapp.php?foo=1&bar=2'
const encoder = new TextEncoder()

const form = (url: string, signature: string | null, params: FormPairs = DEFAULT_PARAMS, tokens = [TOKEN]) =>
  verifyFormRequest({ url, signature, tokens, params })
const json = (url: string, signature: string | null, body: string, tokens = [TOKEN]) =>
  verifyJsonRequest({ url, signature, tokens, rawBody: encoder.encode(body) })

describe('section 1.7: canonical form vectors', () => {
  it.each([
    ['default params', URL_1, DEFAULT_PARAMS, 'RSOYDt4T1cUTdK1PDd93/VVr8B8='],
    [
      'docs example (example.com, +14158675310)',
      'https://example.com/myapp.php?foo=1&bar=2',
      DEFAULT_PARAMS.map(([k, v]): [string, string] => (k === 'Caller' || k === 'From' ? [k, '+14158675310'] : [k, v])),
      'L/OH5YylLD5NRKLltdqwSvS0BnU=',
    ],
    // The SDK signs this vector over `It%27s`; a request carrying the raw `'` must still verify (twilio-node does).
    ['apostrophe and + in the query', `${URL_1}&Body=It's+amazing`, DEFAULT_PARAMS, 'TfZzewPq8wqrGlMfyAud8+/IvJ0='],
    [
      'userinfo kept as signed',
      'https://user@mycompany.com/myapp.php?foo=1&bar=2',
      DEFAULT_PARAMS,
      '2YRLlVAflCqxaNicjMpJcSTgzSs=',
    ],
  ] as const)('%s', async (_name, url, params, signature) => {
    expect(await form(url, signature, params)).toEqual({ ok: true, value: { tokenIndex: 0 } })
    expect(validateRequest(TOKEN, signature, url, signerParams(params))).toBe(true)
  })

  it("?name=William+O'hara: the raw query as received verifies (twilio-node #1183)", async () => {
    const url = "https://mycompany.com/myapp.php?name=William+O'hara"
    const signature = getExpectedTwilioSignature(TOKEN, url, signerParams(DEFAULT_PARAMS))
    expect((await form(url, signature)).ok).toBe(true)
    // The same signature also verifies when a proxy re-encoded the apostrophe on the way.
    expect((await form(new URL(url).toString(), signature)).ok).toBe(true)
    // `+` is not re-interpreted: a space or %2B in its place is a different URL.
    expect((await form(url.replace('+', '%20'), signature)).ok).toBe(false)
    expect((await form(url.replace('+', '%2B'), signature)).ok).toBe(false)
  })

  it('apostrophe spellings are extra candidates, not replacements', () => {
    // biome-ignore format: packed list
    expect(urlCandidates("https://h.example/p?n=O'h")).toEqual([
      "https://h.example/p?n=O'h", "https://h.example/p?n=O'h", "https://h.example:443/p?n=O'h",
      'https://h.example/p?n=O%27h', 'https://h.example:443/p?n=O%27h',
    ].filter((u, i, a) => a.indexOf(u) === i))
  })
})

describe('section 1.6: ports', () => {
  it.each([
    [
      'https :443 signed, request without port',
      'https://mycompany.com/myapp.php?foo=1&bar=2',
      'kvajT1Ptam85bY51eRf/AJRuM3w=',
    ],
    [
      'http :80 signed, request without port',
      'http://mycompany.com/myapp.php?foo=1&bar=2',
      '0ZXoZLH/DfblKGATFgpif+LLRf4=',
    ],
    [
      'http :1234 signed, request at :1234',
      'http://mycompany.com:1234/myapp.php?foo=1&bar=2',
      'Zmvh+3yNM1Phv2jhDCwEM3q5ebU=',
    ],
    [
      'signed without port, request at :443',
      'https://mycompany.com:443/myapp.php?foo=1&bar=2',
      'RSOYDt4T1cUTdK1PDd93/VVr8B8=',
    ],
    [
      'signed without port, request at a custom port',
      'https://mycompany.com:8443/myapp.php?foo=1&bar=2',
      'RSOYDt4T1cUTdK1PDd93/VVr8B8=',
    ],
    [
      'userinfo with password (SDK test signs with credentials)',
      'https://user:pass@mycompany.com/myapp.php?foo=1&bar=2',
      'CukzLTc1tT5dXEDIHm/tKBanW10=',
    ],
  ])('%s', async (_name, url, signature) => {
    expect((await form(url, signature)).ok).toBe(true)
  })

  it('candidate URLs: as received, without port, with the default port', () => {
    expect(urlCandidates('https://h.example/p?q=1')).toEqual(['https://h.example/p?q=1', 'https://h.example:443/p?q=1'])
    expect(urlCandidates('http://h.example:80/p')).toEqual(['http://h.example:80/p', 'http://h.example/p'])
    expect(urlCandidates('https://h.example:8443/p')).toEqual(['https://h.example:8443/p', 'https://h.example/p'])
    expect(urlCandidates('https://u:p@h.example/p')).toEqual(['https://u:p@h.example/p', 'https://u:p@h.example:443/p'])
    expect(urlCandidates('http://[::1]:8787/p')).toEqual(['http://[::1]:8787/p', 'http://[::1]/p'])
  })

  it('no trailing-slash tolerance (Twilio signs the configured path)', async () => {
    expect(await form('https://mycompany.com/myapp.php/?foo=1&bar=2', 'RSOYDt4T1cUTdK1PDd93/VVr8B8=')).toEqual({
      ok: false,
      error: 'bad-signature',
    })
  })
})

describe('section 1.2: repeated keys', () => {
  it.each([[['+1415xxxxxxx', '+1325xxxxxxx']], [['+1325xxxxxxx', '+1415xxxxxxx']]])(
    'MessagingBinding.Address in either order -> 83O6e2vORAoJHUNzJjDWN1jz+BA=',
    async (addresses) => {
      const params: FormPairs = addresses.map((a) => ['MessagingBinding.Address', a])
      expect(await form('https://mycompany.com/myapp.php?foo=1&bar=2', '83O6e2vORAoJHUNzJjDWN1jz+BA=', params)).toEqual(
        { ok: true, value: { tokenIndex: 0 } },
      )
    },
  )

  it('the mixed vector signs as the SDK does, but a repeated single-valued field is refused', async () => {
    const params: FormPairs = [
      ['Sid', 'CA123'],
      ['SidAccount', 'AC123'],
      ['Digits', '5678'],
      ['Digits', '1234'],
      ['Digits', '1234'],
    ]
    expect(signatureBase(URL_1, params)).toBe(`${URL_1}Digits1234Digits5678SidCA123SidAccountAC123`)
    expect(await form(URL_1, 'IK+Dwps556ElfBT0I3Rgjkr1wJU=', params)).toEqual({ ok: false, error: 'duplicate-field' })
  })

  it('Body=x&Body=x would verify against the signature of Body=x under dedupe: refused as duplicate-field', async () => {
    const signature = getExpectedTwilioSignature(TOKEN, URL_1, { Body: 'x' })
    expect(
      await form(URL_1, signature, [
        ['Body', 'x'],
        ['Body', 'x'],
      ]),
    ).toEqual({ ok: false, error: 'duplicate-field' })
    expect(await form(URL_1, signature, [['Body', 'x']])).toEqual({ ok: true, value: { tokenIndex: 0 } })
  })
})

describe('section 1.4: JSON bodies with bodySHA256', () => {
  const body = '{"property": "value", "boolean": true}'
  const hash = '0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620'

  it('body hashes', async () => {
    expect(await sha256Hex(encoder.encode(body))).toBe(hash)
    expect(await sha256Hex(encoder.encode('{}'))).toBe(
      '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    )
    expect(await sha256Hex(encoder.encode('{"CallSid":"CA1234567890ABCDE","Caller":"+12349013030"}'))).toBe(
      '5ccde7145dfb8f56479710896586cb9d5911809d83afbe34627818790db0aec9',
    )
  })

  it.each([
    [
      'with other params',
      `https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256=${hash}`,
      body,
      'a9nBmqA0ju/hNViExpshrM61xv4=',
    ],
    ['bodySHA256 only', `https://mycompany.com/myapp.php?bodySHA256=${hash}`, body, 'y77kIzt2vzLz71DgmJGsen2scGs='],
    [
      'empty object, signed without port',
      'https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      '{}',
      'rw/jVviOgicj2+kHZULvebnA4ag=',
    ],
    [
      'empty object, signed with :443, request without port',
      'https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      '{}',
      'Ldidvp12m26NI7eqEvxnEpkd9Hc=',
    ],
  ])('%s', async (_name, url, raw, signature) => {
    expect(await json(url, signature, raw)).toEqual({ ok: true, value: { tokenIndex: 0 } })
  })

  it('refuses a changed body, a swapped hash, a missing hash and a repeated hash', async () => {
    const url = `https://mycompany.com/myapp.php?bodySHA256=${hash}`
    expect(await json(url, 'y77kIzt2vzLz71DgmJGsen2scGs=', body.replace('value', 'other'))).toEqual({
      ok: false,
      error: 'body-hash-mismatch',
    })
    const forged = '{"forged":true}'
    const swapped = `https://mycompany.com/myapp.php?bodySHA256=${getExpectedBodyHash(forged)}`
    expect(await json(swapped, 'y77kIzt2vzLz71DgmJGsen2scGs=', forged)).toEqual({ ok: false, error: 'bad-signature' })
    const noHash = 'https://mycompany.com/myapp.php'
    expect(await json(noHash, getExpectedTwilioSignature(TOKEN, noHash, {}), body)).toEqual({
      ok: false,
      error: 'missing-body-hash',
    })
    const twice = `${url}&bodySHA256=${hash}`
    expect(await json(twice, getExpectedTwilioSignature(TOKEN, twice, {}), body)).toEqual({
      ok: false,
      error: 'body-hash-mismatch',
    })
  })

  it('a hash in uppercase hex still matches (hex is case-insensitive)', async () => {
    const url = `https://mycompany.com/myapp.php?bodySHA256=${hash.toUpperCase()}`
    expect(await json(url, getExpectedTwilioSignature(TOKEN, url, {}), body)).toEqual({
      ok: true,
      value: { tokenIndex: 0 },
    })
  })
})

describe('signature header and tokens', () => {
  it('missing, malformed and wrong signatures', async () => {
    expect(await form(URL_1, null)).toEqual({ ok: false, error: 'missing-signature' })
    for (const bad of [
      '',
      'RSOYDt4T1cUTdK1PDd93/VVr8B8',
      'RSOYDt4T1cUTdK1PDd93/VVr8B8==',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!=',
    ]) {
      expect(await form(URL_1, bad)).toEqual({ ok: false, error: 'malformed-signature' })
    }
    expect(await form(URL_1, 'RSOYDt4T1cUTdK1PDd93/VVr8C8=')).toEqual({ ok: false, error: 'bad-signature' })
    expect(await json(URL_1, null, '{}')).toEqual({ ok: false, error: 'missing-signature' })
  })

  it('tries every candidate token and reports which one matched (rotation)', async () => {
    const signature = getExpectedTwilioSignature('next-token', URL_1, signerParams(DEFAULT_PARAMS))
    expect(await form(URL_1, signature, DEFAULT_PARAMS, ['12345', 'next-token'])).toEqual({
      ok: true,
      value: { tokenIndex: 1 },
    })
    expect(await form(URL_1, signature, DEFAULT_PARAMS, ['12345'])).toEqual({ ok: false, error: 'bad-signature' })
  })

  it('chooses tokens by AccountSid', () => {
    const sub = 'AC' + 'b'.repeat(32)
    const config: TwilioConfig = { authTokens: ['main', 'main-next'], subaccountTokens: { [sub]: ['sub'] } }
    expect(tokensForAccounts(config, [])).toEqual({ ok: true, value: ['main', 'main-next'] })
    expect(tokensForAccounts(config, ['AC' + 'a'.repeat(32)])).toEqual({ ok: true, value: ['main', 'main-next'] })
    expect(tokensForAccounts(config, [sub, sub])).toEqual({ ok: true, value: ['sub'] })
    expect(tokensForAccounts(config, [sub, 'AC' + 'a'.repeat(32)])).toEqual({ ok: false, error: 'unknown-account' })
  })

  it('agrees with the twilio signer on arbitrary single-valued params and queries', async () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9._]{0,12}$/)
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(name, fc.string({ maxLength: 20 })), { selector: ([k]) => k, maxLength: 8 }),
        fc.stringMatching(/^[A-Za-z0-9=&+%'._~-]{0,30}$/),
        async (params, query) => {
          const url = `https://clinic.example/twilio/messaging?${query}`
          const signature = getExpectedTwilioSignature(TOKEN, url, Object.fromEntries(params))
          expect(await form(url, signature, params)).toEqual({ ok: true, value: { tokenIndex: 0 } })
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('canonical URL', () => {
  it('keeps the raw query, drops the fragment, and swaps in PUBLIC_BASE_URL', () => {
    const raw = "http://10.0.0.5:8787/twilio/voice?name=William+O'hara&x=%2B1#rc=3"
    expect(canonicalUrl(raw)).toBe("http://10.0.0.5:8787/twilio/voice?name=William+O'hara&x=%2B1")
    expect(canonicalUrl(raw, 'https://hooks.clinic.example')).toBe(
      "https://hooks.clinic.example/twilio/voice?name=William+O'hara&x=%2B1",
    )
    expect(canonicalUrl('https://h.example?x=1', 'https://p.example')).toBe('https://p.example?x=1')
  })
})
