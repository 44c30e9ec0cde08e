/**
 * Properties of X-Twilio-Signature verification (src/twilio/verify.ts), with twilio 6.2.0's own signer as
 * the oracle: what Twilio signed always verifies, and a modified request never does.
 *
 * "Modified" means Twilio's reference signer gives the modified request a different signature. A few edits do
 * not change it, by design of Twilio's format, and are out of scope here: moving characters across the
 * boundary between a name and its value (`ab=c` vs `a=bc` both sign "abc"), reordering pairs (names are
 * sorted), and repeating an identical pair (values are de-duplicated; the verifier refuses repeats anyway).
 */
import fc from 'fast-check'
import { getExpectedBodyHash, getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks'
import { describe, expect, it } from 'vitest'
import { REPEATABLE_FIELDS, type FormPairs } from '../../src/twilio/form'
import { canonicalUrl, urlCandidates, verifyFormRequest, verifyJsonRequest } from '../../src/twilio/verify'
import { hostileString, unicodeString } from './arbitraries'

const TOKENS = ['12345', 'next-token-67890']
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

const nameArb = unicodeString(16).filter((n) => n.length > 0 && !REPEATABLE_FIELDS.has(n))
const pairsArb = (max: number) =>
  fc
    .uniqueArray(nameArb, { minLength: 1, maxLength: max })
    .chain((names) => fc.tuple(...names.map((n) => unicodeString(40).map((v) => [n, v] as [string, string]))))
/** Webhook URLs as configured in Twilio: https, a path, often a query. */
const urlArb = fc.webUrl({ validSchemes: ['https'], withQueryParameters: true })

/** Pairs as twilio's signer wants them (repeats as arrays), on a null prototype so `__proto__` is a plain name. */
function signerParams(pairs: FormPairs): Record<string, string | string[]> {
  const out = Object.create(null) as Record<string, string | string[]>
  for (const [k, v] of pairs) {
    const prev = out[k]
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]
  }
  return out
}

const sign = (token: string, url: string, pairs: FormPairs) =>
  getExpectedTwilioSignature(token, url, signerParams(pairs))

const verifyForm = (url: string, signature: string | null, params: FormPairs, tokens = TOKENS) =>
  verifyFormRequest({ url, signature, tokens, params })

type Modification =
  | { kind: 'value'; index: number; suffix: string }
  | { kind: 'replace-value'; index: number; value: string }
  | { kind: 'rename'; index: number; name: string }
  | { kind: 'drop'; index: number }
  | { kind: 'add'; name: string; value: string }
  | { kind: 'url'; suffix: string }
  | { kind: 'token'; token: string }
  | { kind: 'signature'; position: number; char: number }

const modificationArb: fc.Arbitrary<Modification> = fc.oneof(
  fc.record({
    kind: fc.constant('value' as const),
    index: fc.nat(),
    suffix: unicodeString(5).filter((s) => s.length > 0),
  }),
  fc.record({ kind: fc.constant('replace-value' as const), index: fc.nat(), value: unicodeString(40) }),
  fc.record({ kind: fc.constant('rename' as const), index: fc.nat(), name: nameArb }),
  fc.record({ kind: fc.constant('drop' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), name: nameArb, value: unicodeString(20) }),
  fc.record({ kind: fc.constant('url' as const), suffix: fc.constantFrom('x', '/', '%20', 'a=1', '&b=2') }),
  fc.record({
    kind: fc.constant('token' as const),
    token: fc.string({ minLength: 4, maxLength: 40 }).filter((t) => !TOKENS.includes(t)),
  }),
  // Positions 0-25 only: the 27th character also carries two padding bits that base64 decoders ignore.
  fc.record({
    kind: fc.constant('signature' as const),
    position: fc.integer({ min: 0, max: 25 }),
    char: fc.integer({ min: 1, max: 63 }),
  }),
)

interface SignedForm {
  url: string
  pairs: FormPairs
  signature: string
  tokens: string[]
}

function modify(req: SignedForm, m: Modification): SignedForm {
  const pairs = [...req.pairs] as [string, string][]
  const at = (i: number) => i % pairs.length
  switch (m.kind) {
    case 'value': {
      const i = at(m.index)
      pairs[i] = [pairs[i]![0], pairs[i]![1] + m.suffix]
      return { ...req, pairs }
    }
    case 'replace-value': {
      const i = at(m.index)
      pairs[i] = [pairs[i]![0], m.value]
      return { ...req, pairs }
    }
    case 'rename': {
      const i = at(m.index)
      if (pairs.some(([n]) => n === m.name)) return req
      pairs[i] = [m.name, pairs[i]![1]]
      return { ...req, pairs }
    }
    case 'drop':
      pairs.splice(at(m.index), 1)
      return { ...req, pairs }
    case 'add':
      if (pairs.some(([n]) => n === m.name)) return req
      return { ...req, pairs: [...pairs, [m.name, m.value]] }
    case 'url': {
      // Into the path (before any query), or onto the end of the query.
      const q = req.url.indexOf('?')
      if (m.suffix.includes('=')) return { ...req, url: `${req.url}${q === -1 ? '?' : '&'}${m.suffix}` }
      const url = q === -1 ? req.url + m.suffix : req.url.slice(0, q) + m.suffix + req.url.slice(q)
      return { ...req, url }
    }
    case 'token':
      return { ...req, tokens: [m.token] }
    case 'signature': {
      const old = BASE64.indexOf(req.signature[m.position] ?? 'A')
      const replacement = BASE64[(old + m.char) % 64] as string
      return {
        ...req,
        signature: req.signature.slice(0, m.position) + replacement + req.signature.slice(m.position + 1),
      }
    }
  }
}

// Property runs are CPU-bound and the machine may be shared: a generous per-test timeout (not a timing assertion).
describe('verifyFormRequest (property, twilio 6.2.0 as oracle)', { timeout: 120_000 }, () => {
  it('accepts every request Twilio signed, with either configured token', async () => {
    await fc.assert(
      fc.asyncProperty(urlArb, pairsArb(25), fc.constantFrom(...TOKENS), async (url, pairs, token) => {
        const result = await verifyForm(url, sign(token, url, pairs), pairs)
        expect(result).toEqual({ ok: true, value: { tokenIndex: TOKENS.indexOf(token) } })
      }),
      { numRuns: 200 },
    )
  })

  it('never accepts a modified request', async () => {
    await fc.assert(
      fc.asyncProperty(urlArb, pairsArb(25), modificationArb, async (url, pairs, m) => {
        const original: SignedForm = { url, pairs, signature: sign(TOKENS[0]!, url, pairs), tokens: TOKENS }
        const forged = modify(original, m)
        // What Twilio would sign for the modified request with the tokens the verifier holds.
        const legit = forged.tokens.map((t) => sign(t, forged.url, forged.pairs))
        fc.pre(!legit.includes(forged.signature))
        const result = await verifyForm(forged.url, forged.signature, forged.pairs, forged.tokens)
        expect(result.ok).toBe(false)
      }),
      { numRuns: 400 },
    )
  })

  it("refuses a repeated single-valued field even though Twilio's signer would de-duplicate it", async () => {
    await fc.assert(
      fc.asyncProperty(urlArb, pairsArb(10), fc.nat(), async (url, pairs, pick) => {
        const repeated = pairs[pick % pairs.length]!
        const forged = [...pairs, repeated]
        const result = await verifyForm(url, sign(TOKENS[0]!, url, forged), forged)
        expect(result).toEqual({ ok: false, error: 'duplicate-field' })
      }),
      { numRuns: 100 },
    )
  })

  it('accepts 1,000 params and huge values when signed, refuses them when one byte changes', async () => {
    await fc.assert(
      fc.asyncProperty(urlArb, fc.nat({ max: 999 }), unicodeString(4), async (url, pick, tweak) => {
        const pairs: [string, string][] = Array.from({ length: 1000 }, (_, i) => [`Param${i}`, `value ${i} ${tweak}`])
        pairs[0] = ['Body', 'x'.repeat(200_000)]
        const signature = sign(TOKENS[0]!, url, pairs)
        expect((await verifyForm(url, signature, pairs)).ok).toBe(true)
        const changed = pairs.map(([n, v], i) =>
          i === pick ? ([n, `${v}!`] as [string, string]) : ([n, v] as [string, string]),
        )
        expect((await verifyForm(url, signature, changed)).ok).toBe(false)
      }),
      { numRuns: 5 },
    )
  })

  it('never throws, whatever the URL, signature and params', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileString(80),
        fc.option(hostileString(40), { nil: null }),
        fc.array(fc.tuple(hostileString(10), hostileString(30)), { maxLength: 10 }),
        async (url, signature, params) => {
          const result = await verifyForm(url, signature, params)
          expect(result.ok).toBe(false)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('URL candidates (property)', { timeout: 120_000 }, () => {
  /** Everything after the authority: from the first `/` or `?` behind `scheme://`. */
  const pathAndQuery = (u: string) => {
    const start = u.indexOf('://') + 3
    const ends = ['/', '?', '#'].map((ch) => u.indexOf(ch, start)).filter((i) => i !== -1)
    return ends.length ? u.slice(Math.min(...ends)) : ''
  }

  // Apostrophes may be spelled ' or %27 (Twilio's signer and HTTP client have disagreed on it); nothing else varies.
  const spelling = (u: string) => u.replace(/%27/gi, "'")

  it('only ever vary the port and the spelling of an apostrophe: scheme, host, path and query stay as received', () => {
    fc.assert(
      fc.property(
        fc.webUrl({
          validSchemes: ['https', 'http'],
          withQueryParameters: true,
          authoritySettings: { withPort: true },
        }),
        (url) => {
          const candidates = urlCandidates(url)
          expect(candidates[0]).toBe(url)
          const host = new URL(url).hostname
          for (const c of candidates) {
            expect(c.startsWith(url.slice(0, url.indexOf('://') + 3))).toBe(true)
            expect(new URL(c).hostname).toBe(host)
            expect(spelling(pathAndQuery(c))).toBe(spelling(pathAndQuery(url)))
          }
          expect(candidates.length).toBeLessThanOrEqual(6)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('the canonical URL keeps the raw path and query (no re-encoding) behind the configured origin', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true }),
        fc.constantFrom('https://phi.example.org', 'https://phi.example.org:8443'),
        (url, origin) => {
          const raw = url.replace(/\?/, "?name=William+O'hara&")
          expect(canonicalUrl(raw, origin)).toBe(origin + pathAndQuery(raw))
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('verifyJsonRequest (property, twilio 6.2.0 as oracle)', { timeout: 120_000 }, () => {
  const encoder = new TextEncoder()
  const jsonArb = fc.jsonValue({ maxDepth: 8 }).map((v) => JSON.stringify(v))
  const signedJson = (url: string, body: string) => {
    const hashed = `${url}${url.includes('?') ? '&' : '?'}bodySHA256=${getExpectedBodyHash(body)}`
    return { url: hashed, signature: getExpectedTwilioSignature(TOKENS[0]!, hashed, {}) }
  }

  it('accepts every JSON body Twilio signed (any JSON, deep nesting)', async () => {
    await fc.assert(
      fc.asyncProperty(urlArb, jsonArb, async (url, body) => {
        const signed = signedJson(url, body)
        const result = await verifyJsonRequest({ ...signed, tokens: TOKENS, rawBody: encoder.encode(body) })
        expect(result.ok).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('never accepts a changed body, a changed URL or a missing body hash', async () => {
    await fc.assert(
      fc.asyncProperty(
        urlArb,
        jsonArb,
        fc.oneof(
          fc.record({ kind: fc.constant('body' as const), extra: fc.constantFrom(' ', '\n', '0', '"', '}') }),
          fc.record({ kind: fc.constant('url' as const), extra: fc.constantFrom('x', '&a=1') }),
          fc.record({ kind: fc.constant('no-hash' as const), extra: fc.constant('') }),
          fc.record({ kind: fc.constant('upper-hash' as const), extra: fc.constant('') }),
        ),
        async (url, body, m) => {
          const signed = signedJson(url, body)
          let forgedUrl = signed.url
          let forgedBody = body
          if (m.kind === 'body') forgedBody = body + m.extra
          if (m.kind === 'url') forgedUrl = signed.url + m.extra
          if (m.kind === 'no-hash') forgedUrl = signed.url.replace(/[?&]bodySHA256=[0-9a-f]+/, '')
          if (m.kind === 'upper-hash')
            forgedUrl = signed.url.replace(/bodySHA256=([0-9a-f]+)/, (_, h: string) => `bodySHA256=${h.toUpperCase()}`)
          fc.pre(getExpectedTwilioSignature(TOKENS[0]!, forgedUrl, {}) !== signed.signature || forgedBody !== body)
          const result = await verifyJsonRequest({
            url: forgedUrl,
            signature: signed.signature,
            tokens: TOKENS,
            rawBody: encoder.encode(forgedBody),
          })
          expect(result.ok).toBe(false)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('accepts a deeply nested Event Streams body (depth 500) and a 256 KB one', async () => {
    let deep: unknown = { body: 'call me at 415 555 0199' }
    for (let i = 0; i < 500; i++) deep = { data: deep }
    for (const body of [JSON.stringify([deep]), JSON.stringify([{ data: { body: 'y'.repeat(262_000) } }])]) {
      const signed = signedJson('https://phi.example.test/twilio/events', body)
      expect((await verifyJsonRequest({ ...signed, tokens: TOKENS, rawBody: encoder.encode(body) })).ok).toBe(true)
    }
  })
})
