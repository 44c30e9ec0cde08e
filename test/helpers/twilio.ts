/**
 * Builds Twilio webhook requests signed by the `twilio` package's own signer (6.2.0), so the worker is
 * checked against Twilio's reference implementation rather than against itself.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { getExpectedBodyHash, getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks'
import { TEST_BINDINGS } from '../bindings'
import type { Env } from '../../src/env'
import { app } from '../../src/index'

/** Tokens and SIDs from test/bindings.ts. */
export const TOKEN = TEST_BINDINGS.TWILIO_AUTH_TOKEN ?? ''
export const NEXT_TOKEN = TEST_BINDINGS.TWILIO_AUTH_TOKEN_NEXT ?? ''
export const SUB_ACCOUNT = 'AC5ab0000000000000000000000000000b'
export const SUB_TOKEN = 'subaccount-token-1111'
export const BASE = 'https://phi.example.test'

/** Synthetic SIDs (AC/SM/CA/... + 32 hex). */
export const sid = (prefix: string, n = 1) => prefix + n.toString(16).padStart(32, '0')
export const ACCOUNT = sid('AC', 0xa1)

/** Encodes pairs as Twilio does (`+` for space, percent-escapes otherwise). */
export function formBody(pairs: readonly (readonly [string, string])[]): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+')
  return pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&')
}

/** Pairs as the twilio signer wants them: repeated names become arrays. */
export function signerParams(pairs: readonly (readonly [string, string])[]): Record<string, string | string[]> {
  // No prototype: a field named `valueOf` or `__proto__` is just a field.
  const out: Record<string, string | string[]> = Object.create(null)
  for (const [k, v] of pairs) {
    const prev = out[k]
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]
  }
  return out
}

/** Twilio's signature for a form post. */
export function signForm(url: string, pairs: readonly (readonly [string, string])[], token = TOKEN): string {
  return getExpectedTwilioSignature(token, url, signerParams(pairs))
}

interface FormOptions {
  token?: string
  /** The URL Twilio signed, when it differs from the URL requested. */
  signedUrl?: string
  headers?: Record<string, string>
}

/** A form POST to `url` signed by Twilio's signer. */
export function formRequest(
  url: string,
  pairs: readonly (readonly [string, string])[],
  options: FormOptions = {},
): Request {
  const signature = signForm(options.signedUrl ?? url, pairs, options.token)
  return new Request(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
      'X-Twilio-Signature': signature,
      'I-Twilio-Idempotency-Token': crypto.randomUUID(),
      ...options.headers,
    },
    body: formBody(pairs),
  })
}

/** A JSON POST as Event Streams sends it: `bodySHA256` appended to the URL, the URL signed with no params. */
export function jsonRequest(url: string, body: string, options: FormOptions = {}): Request {
  const hashed = `${url}${url.includes('?') ? '&' : '?'}bodySHA256=${getExpectedBodyHash(body)}`
  const signature = getExpectedTwilioSignature(options.token ?? TOKEN, options.signedUrl ?? hashed, {})
  return new Request(hashed, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Twilio-Signature': signature, ...options.headers },
    body,
  })
}

/** Everything the worker put on a queue during one request. */
export interface Recorded {
  sent: unknown[]
  /** The whole of it, serialized: handy for "no raw PHI anywhere" assertions. */
  text(): string
}

/** A queue that records what is sent to it (or rejects, to exercise fail-closed paths). */
export function recordingQueue(fail = false): Queue<unknown> & Recorded {
  const sent: unknown[] = []
  return {
    sent,
    text: () => JSON.stringify(sent),
    async send(body: unknown) {
      if (fail) throw new Error('queue unavailable')
      sent.push(body)
    },
    async sendBatch(messages: Iterable<{ body: unknown }>) {
      if (fail) throw new Error('queue unavailable')
      for (const m of messages) sent.push(m.body)
    },
    async metrics() {
      return { backlogCount: 0, backlogBytes: 0 }
    },
  } as unknown as Queue<unknown> & Recorded
}

/** One BAA-covered destination subscribed to every event, so each forwarded event is one queue message. */
export const INGEST_DESTINATIONS = JSON.stringify([
  {
    name: 'ingest-test',
    url: 'https://ingest.example.test/hooks',
    secret: 'whsec_80H/0Ab0u/t2O33MG5sW4oC6M4NiD3xZLv4QhAe/HNA=',
    events: ['*'],
    baa: true,
  },
])

/**
 * Runs one request through the real app with the test bindings, a recording EVENTS queue and optional
 * overrides (a fresh Env object, so config is re-validated).
 */
export async function run(request: Request, overrides: Partial<Env> = {}, queue = recordingQueue()) {
  const testEnv = { ...(env as unknown as Env), DESTINATIONS: INGEST_DESTINATIONS, EVENTS: queue, ...overrides } as Env
  const ctx = createExecutionContext()
  const res = await app.fetch(request, testEnv, ctx)
  const body = await res.text()
  await waitOnExecutionContext(ctx)
  return { res, queue, body }
}
