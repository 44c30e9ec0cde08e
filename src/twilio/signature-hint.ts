/**
 * Why a signature failed, when the answer is "Twilio signed another address": the most common webhook support
 * problem (a wrong PUBLIC_BASE_URL, a proxy in front, http vs https, a trailing slash). Only after a request was
 * refused, the signature is tried against the few addresses Twilio may have used instead; the hint names what
 * differs, never the address, its query or the signature.
 */
import type { FormPairs } from './form'
import { signatureMatches, splitUrl } from './verify'

/** What differs between the URL verified and the one Twilio signed. */
export type SignatureHint = 'public-base-url' | 'forwarded-host' | 'scheme' | 'trailing-slash'

/** What the refused request offers for the diagnosis. */
export interface HintInput {
  /** The URL verification used (PUBLIC_BASE_URL or the request's origin, then path and query as received). */
  verifiedUrl: string
  /** The URL the Worker received. */
  requestUrl: string
  /** Set when verification used PUBLIC_BASE_URL. */
  publicBaseUrl?: string
  /** `X-Forwarded-Host` and `-Proto`, when a proxy in front set them (never trusted for verification). */
  forwardedHost?: string
  forwardedProto?: string
  signature: string
  tokens: readonly string[]
  /** The form params (absent for JSON, where only the URL is signed). */
  params?: FormPairs
}

const HOST = /^[A-Za-z0-9.-]{1,253}(?::\d{1,5})?$/

/**
 * The differences (joined by `+`, e.g. `public-base-url+trailing-slash`) of the first other address the signature
 * verifies for, or undefined when none does (then the token is the likelier cause).
 */
export async function signatureHint(input: HintInput): Promise<string | undefined> {
  for (const candidate of candidates(input)) {
    const matches = await signatureMatches({
      url: candidate.url,
      signature: input.signature,
      tokens: input.tokens,
      ...(input.params ? { params: input.params } : {}),
    })
    if (matches) return candidate.hints.join('+')
  }
  return undefined
}

interface Candidate {
  url: string
  hints: SignatureHint[]
}

function candidates(input: HintInput): Candidate[] {
  const { origin: verifiedOrigin, rest } = splitUrl(input.verifiedUrl)
  const origins: Candidate[] = [{ url: verifiedOrigin, hints: [] }]
  const requestOrigin = splitUrl(input.requestUrl).origin
  if (input.publicBaseUrl !== undefined && requestOrigin !== verifiedOrigin) {
    origins.push({ url: requestOrigin, hints: ['public-base-url'] })
  }
  const host = input.forwardedHost?.split(',')[0]?.trim()
  if (host && HOST.test(host)) {
    const proto = input.forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'http' ? 'http' : 'https'
    const forwarded = `${proto}://${host}`
    if (!origins.some((o) => o.url === forwarded)) origins.push({ url: forwarded, hints: ['forwarded-host'] })
  }
  const withSchemes = origins.flatMap((o) => [o, { url: otherScheme(o.url), hints: [...o.hints, 'scheme' as const] }])
  const query = rest.indexOf('?')
  const path = query === -1 ? rest : rest.slice(0, query)
  const search = query === -1 ? '' : rest.slice(query)
  const otherPath = path.endsWith('/') ? path.slice(0, -1) : `${path}/`
  const out: Candidate[] = []
  for (const o of withSchemes) {
    if (o.hints.length > 0) out.push({ url: o.url + rest, hints: o.hints })
    out.push({ url: o.url + otherPath + search, hints: [...o.hints, 'trailing-slash'] })
  }
  // Fewest differences first: the simplest explanation wins.
  return out.sort((a, b) => a.hints.length - b.hints.length)
}

function otherScheme(origin: string): string {
  return origin.startsWith('https://') ? `http://${origin.slice(8)}` : origin.replace(/^http:\/\//, 'https://')
}
