/**
 * The five Twilio webhook routes (POST only): verify -> parse -> normalize -> de-identify -> publish -> answer.
 * Fail closed: nothing is published unless the signature verified and every event of the request was
 * de-identified. One PHI-free log line per request.
 */
import { Hono, type Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { HTTPException } from 'hono/http-exception'
import type { AppVariables } from '../app-env'
import { unroutedAccount } from '../delivery'
import type { Env } from '../env'
import { log } from '../log'
import { recordMetrics, type EngineWork } from '../metrics'
import type { NormalizedEvent } from '../model/normalized'
import { signedContentDigest } from '../twilio/digest'
import { formValue, parseForm, type FormPairs } from '../twilio/form'
import { normalize, type TwilioWebhook, type WebhookMeta } from '../twilio/payloads'
import type { ClaimOutcome } from '../twilio/replay-guard'
import { signatureHint, type HintInput } from '../twilio/signature-hint'
import { acknowledged, conversationsAllow, emptyTwiml } from '../twilio/twiml'
import {
  canonicalUrl,
  tokensForAccounts,
  verifySignedForm,
  verifySignedJson,
  type VerifyFailure,
} from '../twilio/verify'
import { deidentifyAndPublish } from './ingest'
import { replayTicket, type ReplayTicket } from './replay'
import { engineWork, waitUntilOf } from './webhook-metrics'

/** What the request log line says besides route, status and time. */
interface WebhookLog {
  reason?: string
  /** Why a signature failed, when another address would have verified (src/twilio/signature-hint.ts). */
  hint?: string
  outcome?: string
  sids?: Record<string, string>
  counts?: Record<string, number>
  keyId?: string
}

/** A request body that passed signature verification. */
export type VerifiedBody = { format: 'form'; fields: FormPairs } | { format: 'json'; body: unknown }

/** Hono environment of these routes: the app's, plus what the middleware hands to the handler. */
type TwilioEnv = {
  Bindings: Env
  Variables: AppVariables & {
    verified: VerifiedBody
    meta: WebhookMeta
    webhookLog: WebhookLog
    engineWork?: EngineWork
  }
}

type FormProduct = 'messaging' | 'voice' | 'transcription' | 'conversations'

const FORM_TYPES = ['application/x-www-form-urlencoded']
// Event Streams sends application/json; the CloudEvents batch type is accepted too.
const JSON_TYPES = ['application/json', 'application/cloudevents-batch+json']
const ROUTES = ['messaging', 'voice', 'transcriptions', 'conversations', 'events'] as const
/** Products whose webhooks Twilio gives up on after 5 s (the others: 15 s). */
const FAST_PRODUCTS: ReadonlySet<FormProduct | 'events'> = new Set(['events', 'conversations'])
const SID = /^[A-Z]{2}[0-9a-fA-F]{32}$/

/** Routes mounted under `/twilio`. */
export const twilioRoutes = new Hono<TwilioEnv>()

/**
 * One log line per webhook request (route, status, time, SIDs and counts only), and its metrics: route, status, time
 * and the engine's work, recorded after the answer (src/metrics).
 */
const logWebhook = createMiddleware<TwilioEnv>(async function logWebhook(c, next) {
  const started = Date.now()
  c.set('webhookLog', {})
  let status = 500
  try {
    await next()
    status = c.res.status
  } catch (error) {
    status = error instanceof HTTPException ? error.status : 500
    throw error
  } finally {
    const details = c.get('webhookLog')
    const segment = c.req.path.slice('/twilio/'.length)
    const route = (ROUTES as readonly string[]).includes(segment) ? `/twilio/${segment}` : '/twilio/other'
    const ms = Date.now() - started
    log(status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info', { event: 'webhook', route, status, ms, ...details })
    const engine = c.get('engineWork')
    recordMetrics(c.env, waitUntilOf(c), [{ kind: 'webhook', route, status, ms, ...(engine ? { engine } : {}) }])
  }
})

// biome-ignore format: packed list
const REASON_PHRASES = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 413: 'Payload Too Large', 415: 'Unsupported Media Type',
} as const

function reject(c: Context<TwilioEnv>, status: 400 | 401 | 403 | 413 | 415, reason: string, hint?: string): never {
  c.set('webhookLog', { ...c.get('webhookLog'), outcome: 'rejected', reason, ...(hint ? { hint } : {}) })
  const res = new Response(`${REASON_PHRASES[status]}\n`, { status, headers: { 'Content-Type': 'text/plain' } })
  throw new HTTPException(status, { res })
}

const FAILURE_STATUS: Record<VerifyFailure, 400 | 401 | 403> = {
  'missing-signature': 401,
  'malformed-signature': 403,
  'bad-signature': 403,
  'missing-body-hash': 403,
  'body-hash-mismatch': 403,
  'unknown-account': 403,
  'duplicate-field': 400,
}

/**
 * Verifies X-Twilio-Signature before anything else looks at the body: 415 wrong content type, 401 no
 * signature, 413 over the body cap (declared or actual), 400 malformed or duplicated fields, 403 bad signature.
 */
export function verifyTwilio(options: { format: 'form' | 'json' }) {
  if (options.format !== 'form' && options.format !== 'json') {
    throw new Error('verifyTwilio: format must be form or json')
  }
  const expectedTypes = options.format === 'form' ? FORM_TYPES : JSON_TYPES
  return createMiddleware<TwilioEnv>(async function verifyTwilioRequest(c, next) {
    const config = c.get('config')
    const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
    if (!expectedTypes.includes(mediaType)) reject(c, 415, 'unsupported-media-type')
    const signature = c.req.header('X-Twilio-Signature') ?? null
    if (signature === null) reject(c, 401, 'missing-signature')
    const declared = c.req.header('Content-Length')
    if (declared !== undefined && !/^\d{1,15}$/.test(declared.trim())) reject(c, 400, 'malformed-content-length')
    const raw = await readCapped(c.req.raw, config.maxBodyBytes)
    if (raw === null) reject(c, 413, 'body-too-large')
    const text = decodeUtf8(raw)
    const url = canonicalUrl(c.req.url, config.twilio.publicBaseUrl)
    let verified: VerifiedBody
    let contentDigest: string
    if (options.format === 'form') {
      const fields = text === null ? null : parseForm(text)
      if (fields === null || !fields.ok) return reject(c, 400, 'malformed-form')
      const tokens = tokensForAccounts(config.twilio, accountSidsOfForm(fields.value))
      if (!tokens.ok) return reject(c, FAILURE_STATUS[tokens.error], tokens.error)
      const result = await verifySignedForm({ url, signature, tokens: tokens.value, params: fields.value })
      if (!result.ok) {
        const hint =
          result.error === 'bad-signature' ? await hintFor(c, url, signature, tokens.value, fields.value) : undefined
        return reject(c, FAILURE_STATUS[result.error], result.error, hint)
      }
      c.set('webhookLog', { ...c.get('webhookLog'), keyId: `auth-token-${result.value.tokenIndex}` })
      verified = { format: 'form', fields: fields.value }
      const signed = { format: 'form', signedUrl: result.value.signedUrl, params: fields.value } as const
      contentDigest = await signedContentDigest(config.vault.indexKey, signed)
    } else {
      const body = text === null ? undefined : parseJson(text)
      const tokens = tokensForAccounts(config.twilio, accountSidsOfBatch(body))
      if (!tokens.ok) return reject(c, FAILURE_STATUS[tokens.error], tokens.error)
      const result = await verifySignedJson({ url, signature, tokens: tokens.value, rawBody: raw })
      if (!result.ok) {
        const hint = result.error === 'bad-signature' ? await hintFor(c, url, signature, tokens.value) : undefined
        return reject(c, FAILURE_STATUS[result.error], result.error, hint)
      }
      c.set('webhookLog', { ...c.get('webhookLog'), keyId: `auth-token-${result.value.tokenIndex}` })
      if (body === undefined) return reject(c, 400, 'malformed-json')
      verified = { format: 'json', body: body.value }
      const signed = { format: 'json', signedUrl: result.value.signedUrl } as const
      contentDigest = await signedContentDigest(config.vault.indexKey, signed)
    }
    // Event ids and replay protection rest on the signed content only: I-Twilio-Idempotency-Token is not signed.
    c.set('meta', { receivedAt: new Date(), contentDigest })
    c.set('verified', verified)
    await next()
  })
}

/** The diagnosis of a bad signature (the request stays refused): which other address Twilio may have signed. */
async function hintFor(
  c: Context<TwilioEnv>,
  verifiedUrl: string,
  signature: string,
  tokens: readonly string[],
  params?: FormPairs,
): Promise<string | undefined> {
  const input: HintInput = { verifiedUrl, requestUrl: c.req.url, signature, tokens }
  const publicBaseUrl = c.get('config').twilio.publicBaseUrl
  if (publicBaseUrl !== undefined) input.publicBaseUrl = publicBaseUrl
  const forwardedHost = c.req.header('X-Forwarded-Host')
  const forwardedProto = c.req.header('X-Forwarded-Proto')
  if (forwardedHost !== undefined) input.forwardedHost = forwardedHost
  if (forwardedProto !== undefined) input.forwardedProto = forwardedProto
  if (params) input.params = params
  try {
    return await signatureHint(input)
  } catch {
    return undefined
  }
}

/** Reads the body, refusing it as soon as it is known to exceed `max` bytes. */
async function readCapped(request: Request, max: number): Promise<Uint8Array | null> {
  const declared = request.headers.get('Content-Length')
  if (declared !== null && Number(declared.trim()) > max) return null
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > max) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) }
  } catch {
    return undefined
  }
}

function accountSidsOfForm(fields: FormPairs): string[] {
  return fields.filter(([name]) => name === 'AccountSid').map(([, value]) => value)
}

/** AccountSids named by the CloudEvents of a batch (read before verification only to choose the token). */
function accountSidsOfBatch(body: { value: unknown } | undefined): string[] {
  if (!body || !Array.isArray(body.value)) return []
  const sids: string[] = []
  for (const item of body.value) {
    const data = (item as { data?: Record<string, unknown> } | null)?.data
    const sid = data && typeof data === 'object' ? (data.accountSid ?? data.AccountSid) : undefined
    if (typeof sid === 'string') sids.push(sid)
  }
  return sids
}

/** The webhook of a product as `normalize` takes it, from the body {@link verifyTwilio} verified. */
export function verifiedWebhook(
  product: FormProduct | 'events',
  verified: VerifiedBody,
  meta: WebhookMeta,
): TwilioWebhook {
  return product === 'events'
    ? { product, body: verified.format === 'json' ? verified.body : undefined, meta }
    : { product, fields: verified.format === 'form' ? verified.fields : [], meta }
}

/**
 * Normalizes, then (unless the signed content was accepted before: a replay answers as the first did and publishes
 * nothing) de-identifies every event and publishes them all in one batch before the route's deadline. Any failure,
 * or the deadline, forwards nothing (503) and lets Twilio's retry be processed.
 */
function webhookHandler(product: FormProduct | 'events') {
  return async function handleTwilioWebhook(c: Context<TwilioEnv>): Promise<Response> {
    const config = c.get('config')
    const { fast, slow } = config.ingest.deadlineMs
    const deadline = Date.now() + (FAST_PRODUCTS.has(product) ? fast : slow)
    const meta = c.get('meta')
    const webhook = verifiedWebhook(product, c.get('verified'), meta)
    const normalized = normalize(webhook)
    if (!normalized.ok) return reject(c, 400, normalized.error)
    const events = normalized.value
    note(c, { sids: logSids(events, webhook), counts: { events: events.length } })
    if (events.length === 0) {
      note(c, { outcome: 'acknowledged' })
      return answer(product)
    }
    // A clinic's account no destination serves: acknowledged (a refusal would only make Twilio retry), nothing kept.
    if (events.every((event) => unroutedAccount(config.destinations.destinations, event.sids.AccountSid))) {
      note(c, { outcome: 'no-destination', reason: 'account-unrouted' })
      return answer(product)
    }

    let ticket: ReplayTicket
    let claim: ClaimOutcome
    try {
      ticket = replayTicket(c.env, config, meta.contentDigest ?? '')
      claim = await ticket.claim(deadline)
    } catch (error) {
      return unavailable(c, 'replay-guard-failed', error)
    }
    if (claim.kind === 'replay') {
      note(c, { outcome: 'replayed' })
      return answer(product)
    }
    if (claim.kind === 'busy') return unavailable(c, 'replay-in-progress', undefined)

    const published = await deidentifyAndPublish(c.env, config, events, deadline)
    if (!published.ok) {
      background(c, ticket.release(claim.claim))
      return unavailable(c, published.error.reason, published.error.cause)
    }
    const { messages, vault } = published.value
    c.set('engineWork', engineWork(published.value, events.length))
    const unminted: Record<string, number> = vault.declined ? { unminted: vault.declined } : {}
    // `forwarded` only when something was queued for a destination: de-identified events nobody subscribes to
    // are acknowledged and dropped, and the log says so.
    note(c, {
      outcome: messages > 0 ? 'forwarded' : 'no-destination',
      counts: { events: events.length, messages, ...unminted },
    })
    try {
      await ticket.complete(200)
    } catch (error) {
      // Published already: the answer stays 200. A replay within the claim's lease waits, later ones are processed
      // again under the same event ids (destinations dedupe on webhook-id).
      log('warn', { event: 'replay-guard', outcome: 'complete-failed', reason: errorName(error) })
    }
    return answer(product)
  }
}

/** Adds to the request's log line. */
function note(c: Context<TwilioEnv>, details: WebhookLog): void {
  c.set('webhookLog', { ...c.get('webhookLog'), ...details })
}

/** Work that must finish but need not delay the answer (kept alive by waitUntil when there is a context). */
function background(c: Context<TwilioEnv>, work: Promise<unknown>): void {
  const settled = work.catch((error: unknown) => {
    log('warn', { event: 'replay-guard', outcome: 'release-failed', reason: errorName(error) })
  })
  try {
    c.executionCtx.waitUntil(settled)
  } catch {
    // No execution context (a bare app.fetch in a script): the promise runs on its own.
  }
}

function answer(product: FormProduct | 'events'): Response {
  if (product === 'events') return acknowledged()
  if (product === 'conversations') return conversationsAllow()
  return emptyTwiml()
}

function unavailable(c: Context<TwilioEnv>, reason: string, error: unknown): Response {
  note(c, { outcome: 'failed', reason: error === undefined ? reason : `${reason}:${errorName(error)}` })
  const headers = { 'Content-Type': 'text/plain', 'Retry-After': '5' }
  return new Response('Service Unavailable\n', { status: 503, headers })
}

/** The error's class name only: its message could quote request data. */
function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown'
}

/** SIDs for the log line: the first event's, plus the pre-event's own when nothing is forwarded. */
function logSids(events: NormalizedEvent[], webhook: TwilioWebhook): Record<string, string> {
  const sids: Record<string, string> = {}
  if (events[0]) Object.assign(sids, events[0].sids)
  else if (webhook.product !== 'events') {
    for (const name of ['AccountSid', 'ConversationSid', 'ParticipantSid']) {
      const value = formValue(webhook.fields, name)
      if (value && SID.test(value)) sids[name] = value
    }
  }
  return sids
}

function methodNotAllowed(c: Context<TwilioEnv>): Response {
  c.set('webhookLog', { ...c.get('webhookLog'), outcome: 'rejected', reason: 'method-not-allowed' })
  return new Response('Method Not Allowed\n', { status: 405, headers: { Allow: 'POST', 'Content-Type': 'text/plain' } })
}

twilioRoutes.use('*', logWebhook)
twilioRoutes.post('/messaging', verifyTwilio({ format: 'form' }), webhookHandler('messaging'))
twilioRoutes.post('/voice', verifyTwilio({ format: 'form' }), webhookHandler('voice'))
twilioRoutes.post('/transcriptions', verifyTwilio({ format: 'form' }), webhookHandler('transcription'))
twilioRoutes.post('/conversations', verifyTwilio({ format: 'form' }), webhookHandler('conversations'))
twilioRoutes.post('/events', verifyTwilio({ format: 'json' }), webhookHandler('events'))
for (const route of ROUTES) twilioRoutes.all(`/${route}`, methodNotAllowed)
