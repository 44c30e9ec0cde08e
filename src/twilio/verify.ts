/**
 * X-Twilio-Signature verification on Web Crypto, mirroring Twilio's signer (twilio-node 6.2.0):
 * base64(HMAC-SHA1(Auth Token, URL + sorted name/value pairs)) for form posts, and for JSON bodies the
 * HMAC of the URL alone plus a SHA-256 of the raw body carried in the `bodySHA256` query parameter.
 * Pure: no bindings, no PHI knowledge. A request is trusted only after one of these returns ok.
 */
import type { TwilioConfig } from '../config/twilio'
import { err, ok, type Result } from '../result'
import { findDuplicateField, type FormPairs } from './form'

/** Why a request was not verified. */
export type VerifyFailure =
  | 'missing-signature'
  | 'malformed-signature'
  | 'bad-signature'
  | 'missing-body-hash'
  | 'body-hash-mismatch'
  | 'unknown-account'
  | 'duplicate-field'

/** Which configured token matched (its position in the candidate list: 0 = primary, 1 = next). */
export interface Verified {
  tokenIndex: number
}

/** {@link Verified}, plus the URL candidate the signature was made over: exactly what Twilio signed. */
export interface VerifiedSigned extends Verified {
  signedUrl: string
}

/** Inputs common to both body formats. */
export interface SignedRequest {
  /** The URL Twilio signed: see {@link canonicalUrl}. */
  url: string
  /** The X-Twilio-Signature header, or null when absent. */
  signature: string | null
  /** Candidate Auth Tokens, in order of preference. */
  tokens: readonly string[]
}

const encoder = new TextEncoder()
const keyCache = new Map<string, Promise<CryptoKey>>()
const SIGNATURE = /^[A-Za-z0-9+/]{27}=$/

/**
 * The URL to verify against: `publicBaseUrl` (when configured) or the request's own origin, followed by the
 * path and the query exactly as received. Never `URL.toString()`: it re-encodes `'` as `%27`, which breaks
 * signatures Twilio computed over the raw string. The fragment never reaches the signer.
 */
export function canonicalUrl(requestUrl: string, publicBaseUrl?: string): string {
  const { origin, rest } = splitUrl(requestUrl)
  return (publicBaseUrl ?? origin) + rest
}

/**
 * The URLs Twilio may have signed, in order: the URL as given, without its port, and with the scheme's default
 * port added when it has none (Voice drops the port over HTTPS, Messaging keeps it). Like twilio-node, an
 * apostrophe is also tried percent-encoded (`%27`, what WHATWG serializers produce) and a `%27` decoded, since
 * signers and proxies have disagreed on it.
 */
export function urlCandidates(url: string): string[] {
  const { origin, rest } = splitUrl(url)
  const spellings = [rest]
  if (rest.includes("'")) spellings.push(rest.replace(/'/g, '%27'))
  if (/%27/i.test(rest)) spellings.push(rest.replace(/%27/gi, "'"))
  const scheme = origin.slice(0, origin.indexOf('://'))
  const authority = origin.slice(scheme.length + 3)
  const at = authority.lastIndexOf('@')
  const userinfo = authority.slice(0, at + 1)
  const hostPort = authority.slice(at + 1)
  const portMatch = /:(\d*)$/.exec(hostPort)
  const host = portMatch ? hostPort.slice(0, portMatch.index) : hostPort
  const defaultPort = scheme.toLowerCase() === 'https' ? '443' : scheme.toLowerCase() === 'http' ? '80' : ''
  const candidates: string[] = []
  for (const spelling of spellings) {
    candidates.push(origin + spelling, `${scheme}://${userinfo}${host}${spelling}`)
    if (!portMatch && defaultPort) candidates.push(`${scheme}://${userinfo}${host}:${defaultPort}${spelling}`)
  }
  return [...new Set(candidates)]
}

/**
 * The string Twilio signs for a form post: the URL, then `name + value` for each name sorted by code unit
 * (repeated values de-duplicated and sorted, as twilio-node does).
 */
export function signatureBase(url: string, params: FormPairs): string {
  const byName = new Map<string, string[]>()
  for (const [name, value] of params) {
    const values = byName.get(name)
    if (values) values.push(value)
    else byName.set(name, [value])
  }
  let out = url
  for (const name of [...byName.keys()].sort()) {
    for (const value of [...new Set(byName.get(name))].sort()) out += name + value
  }
  return out
}

/** Verifies a form post: no repeated single-valued field, and a signature over URL + sorted params. */
export async function verifyFormRequest(
  request: SignedRequest & { params: FormPairs },
): Promise<Result<Verified, VerifyFailure>> {
  return tokenIndexOnly(await verifySignedForm(request))
}

/** Verifies a JSON post: `bodySHA256` in the query must be the SHA-256 of the raw bytes, and the URL signed. */
export async function verifyJsonRequest(
  request: SignedRequest & { rawBody: Uint8Array },
): Promise<Result<Verified, VerifyFailure>> {
  return tokenIndexOnly(await verifySignedJson(request))
}

/** {@link verifyFormRequest}, also answering the URL Twilio signed (what the replay guard remembers). */
export async function verifySignedForm(
  request: SignedRequest & { params: FormPairs },
): Promise<Result<VerifiedSigned, VerifyFailure>> {
  if (request.signature === null) return err('missing-signature')
  if (findDuplicateField(request.params) !== undefined) return err('duplicate-field')
  return verifyHmac(request, (url) => signatureBase(url, request.params))
}

/** {@link verifyJsonRequest}, also answering the URL Twilio signed (it carries `bodySHA256`). */
export async function verifySignedJson(
  request: SignedRequest & { rawBody: Uint8Array },
): Promise<Result<VerifiedSigned, VerifyFailure>> {
  if (request.signature === null) return err('missing-signature')
  const claimed = queryValues(request.url, 'bodySHA256')
  if (claimed.length === 0) return err('missing-body-hash')
  if (claimed.length > 1) return err('body-hash-mismatch')
  const actual = await sha256Hex(request.rawBody)
  if (!constantTimeEqual(encoder.encode(actual), encoder.encode((claimed[0] ?? '').toLowerCase()))) {
    return err('body-hash-mismatch')
  }
  return verifyHmac(request, (url) => url)
}

/**
 * The tokens that may have signed a webhook from `accountSid`: the subaccount's own tokens when configured
 * (Twilio signs a subaccount's webhooks with that subaccount's token), else the main account's.
 * Several different AccountSids in one request (a mixed Event Streams batch) cannot come from one signer.
 */
export function tokensForAccounts(
  config: TwilioConfig,
  accountSids: readonly string[],
): Result<readonly string[], 'unknown-account'> {
  const distinct = [...new Set(accountSids)]
  if (distinct.length > 1) return err('unknown-account')
  const sid = distinct[0]
  // Own keys only: an AccountSid such as `valueOf` must not find Object.prototype members.
  const own =
    sid !== undefined && Object.hasOwn(config.subaccountTokens, sid) ? config.subaccountTokens[sid] : undefined
  return ok(own ?? config.authTokens)
}

function tokenIndexOnly(result: Result<VerifiedSigned, VerifyFailure>): Result<Verified, VerifyFailure> {
  return result.ok ? ok({ tokenIndex: result.value.tokenIndex }) : result
}

async function verifyHmac(
  request: SignedRequest,
  base: (url: string) => string,
): Promise<Result<VerifiedSigned, VerifyFailure>> {
  const signature = request.signature ?? ''
  if (!SIGNATURE.test(signature)) return err('malformed-signature')
  const mac = Uint8Array.from(atob(signature), (ch) => ch.charCodeAt(0))
  const candidates = urlCandidates(request.url).map((url) => ({ url, message: encoder.encode(base(url)) }))
  for (const [tokenIndex, token] of request.tokens.entries()) {
    const key = await hmacKey(token)
    for (const { url, message } of candidates) {
      // crypto.subtle.verify compares in constant time.
      if (await crypto.subtle.verify('HMAC', key, mac, message)) return ok({ tokenIndex, signedUrl: url })
    }
  }
  return err('bad-signature')
}

/**
 * Whether the signature verifies for `url` with one of the tokens (its port variants included), over the form
 * params when given, else over the URL alone (JSON). For diagnosis only: the request was already refused.
 */
export async function signatureMatches(request: SignedRequest & { params?: FormPairs }): Promise<boolean> {
  const params = request.params
  const result = await verifyHmac(request, params ? (url) => signatureBase(url, params) : (url) => url)
  return result.ok
}

function hmacKey(token: string): Promise<CryptoKey> {
  let key = keyCache.get(token)
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(token), { name: 'HMAC', hash: 'SHA-1' }, false, ['verify'])
    keyCache.set(token, key)
    // A failed import must not poison the cache.
    key.catch(() => keyCache.delete(token))
  }
  return key
}

/** Lowercase hex SHA-256 of some bytes. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  type TimingSafe = { timingSafeEqual?: (x: ArrayBufferView, y: ArrayBufferView) => boolean }
  const subtle = crypto.subtle as SubtleCrypto & TimingSafe
  if (typeof subtle.timingSafeEqual === 'function') return subtle.timingSafeEqual(a, b)
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}

/** Every value of one query parameter, read from the raw query (no re-encoding). */
function queryValues(url: string, name: string): string[] {
  const { rest } = splitUrl(url)
  const q = rest.indexOf('?')
  if (q === -1) return []
  const values: string[] = []
  for (const part of rest.slice(q + 1).split('&')) {
    const eq = part.indexOf('=')
    if ((eq === -1 ? part : part.slice(0, eq)) === name) values.push(eq === -1 ? '' : part.slice(eq + 1))
  }
  return values
}

/** `scheme://authority` and everything after it up to (not including) a `#fragment`. */
export function splitUrl(url: string): { origin: string; rest: string } {
  const hash = url.indexOf('#')
  const noFragment = hash === -1 ? url : url.slice(0, hash)
  const schemeEnd = noFragment.indexOf('://')
  const authorityStart = schemeEnd === -1 ? 0 : schemeEnd + 3
  let end = noFragment.length
  for (const ch of ['/', '?']) {
    const i = noFragment.indexOf(ch, authorityStart)
    if (i !== -1 && i < end) end = i
  }
  return { origin: noFragment.slice(0, end), rest: noFragment.slice(end) }
}
