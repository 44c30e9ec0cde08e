/**
 * `/v1` admin API (docs/vault.md): reveal tokens, reply to a patient by token, erase a token.
 * Every call is audited (tokens, never values) in the durable trail before it answers; values leave only in a
 * detokenize response and only after its audit record was stored, and a reply is sent only after an
 * `audit.message.requested` record was. Nothing a caller sent is echoed back.
 */
import { Hono, type Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env'
import type { AuditEntry } from '../audit'
import type { AuditRecord } from '../model/audit'
import type { Result } from '../result'
import {
  DETOKENIZE_BODY,
  ERASE_BODY,
  MAX_TOKENS_PER_ERASE,
  MAX_TOKENS_PER_REVEAL,
  MESSAGE_BODY,
  type DetokenizeRequest,
  type EraseRequest,
  type MessageRequest,
} from '../openapi/requests'
import { sendMessage, type SendFailure } from '../twilio/rest'
import { isToken, openVault, type EraseFailure, type Revealed, type RevealFailure } from '../vault'
import { toE164 } from '../vault/normalize'
import type { RevealBudget } from '../vault/reveal-limiter'
import { mustAudit, recordResult } from './audited'
import { AUDIT_TYPE_OF_SCOPE, requireApiKey } from './auth'
import { problem, requestErrorCode } from './problem'
import { purposeDetail, purposeOf } from './purpose'
import { jsonBody, type Refusal } from './validate'

/** Routes mounted under `/v1`. */
export const adminRoutes = new Hono<AppEnv>()

export { MAX_TOKENS_PER_ERASE, MAX_TOKENS_PER_REVEAL }
/** When `DELETE /v1/tokens/{token}` was deprecated (RFC 9745 `Deprecation`: `@` + epoch seconds). */
const ERASE_BY_PATH_DEPRECATED = '@1796169600'
const ACCOUNT_SID = /^AC[0-9a-f]{32}$/

type AdminContext = Context<AppEnv>
type Scope = 'detokenize' | 'messages' | 'erase'
type Outcome = AuditRecord['outcome']
type Extra = { reason?: string; sid?: string; accounts?: string[] }

/**
 * Audits one outcome of a call by the authenticated key. The record must be stored: when it cannot be, the call is
 * refused (503 `audit-unavailable`). An action that cannot be taken back (a message, an erasure) is put on record
 * with `before` (a `…requested` record, refused the same way); `after` then records its result, and a failure to
 * store that one is logged (the record stored before the action stands).
 */
function auditor(c: AdminContext, scope: Scope, purpose: string | undefined) {
  const entry = (outcome: Outcome, tokens: string[], extra: Extra, type = AUDIT_TYPE_OF_SCOPE[scope]): AuditEntry => ({
    type,
    actor: c.get('apiKeyId') ?? 'unknown',
    scope,
    ...(purpose ? { purpose } : {}),
    tokens,
    outcome,
    ...extra,
  })
  const record = (outcome: Outcome, tokens: string[], extra: Extra = {}) =>
    mustAudit(c.env, c.var.config, entry(outcome, tokens, extra))
  record.before = (type: AuditRecord['type'], tokens: string[], extra: Extra = {}) =>
    mustAudit(c.env, c.var.config, entry('allowed', tokens, extra, type))
  record.after = (outcome: Outcome, tokens: string[], extra: Extra = {}) =>
    recordResult(c.env, c.var.config, entry(outcome, tokens, extra))
  return record
}

const detokenizeBody = jsonBody<DetokenizeRequest>(DETOKENIZE_BODY, refusal('detokenize', { purposeRequired: true }))
adminRoutes.post('/detokenize', requireApiKey('detokenize'), detokenizeBody, async function detokenize(c) {
  const { tokens, purpose: given } = c.req.valid('json')
  const purpose = purposeOf(c.var.config, given)
  const record = auditor(c, 'detokenize', purpose)
  if (!purpose) return refuse(c, record, purposeDetail(c.var.config, true))
  // A call larger than the key's whole budget for a minute could never pass: refused as malformed, not rate-limited.
  const most = Math.min(MAX_TOKENS_PER_REVEAL, keyOf(c)?.revealsPerMinute ?? MAX_TOKENS_PER_REVEAL)
  if (tokens.length > most)
    return refuse(c, record, `tokens must be a list of 1-${most} tokens (this key's reveals per minute)`)
  const unique = [...new Set(tokens)]

  const budget = await takeRevealBudget(c, unique.length)
  if (!budget) {
    await record('error', unique, { reason: 'rate-limiter-unavailable' })
    return problem(c, 503, 'unavailable', 'try again later')
  }
  if (!budget.allowed) {
    await record('rate-limited', unique)
    c.header('Retry-After', String(budget.retryAfterSeconds))
    return problem(c, 429, 'rate-limited', 'the reveal budget of this key is spent for this minute')
  }

  const vault = openVault(c.env, c.var.config)
  const revealed = new Map<string, Revealed>()
  const failed = new Map<string, RevealFailure>()
  try {
    const results = await Promise.all(unique.map((token) => vault.reveal(token)))
    results.forEach((r, i) => {
      const token = unique[i] as string
      if (r.ok) revealed.set(token, r.value)
      else failed.set(token, r.error)
    })
  } catch {
    await record('error', unique, { reason: 'vault-unavailable' })
    return problem(c, 503, 'vault-unavailable', 'try again later')
  }

  const revealedTenants = new Map([...revealed.values()].map((r) => [r.token, r.tenant]))
  const foreign = [...revealed.values()].filter((r) => !mayUse(c, r.tenant)).map((r) => r.token)
  for (const token of foreign) {
    revealed.delete(token)
    failed.set(token, 'not-found')
  }
  if (foreign.length)
    await record('denied', foreign, {
      reason: 'other-tenant',
      ...accountsOf(foreign.map((t) => revealedTenants.get(t))),
    })
  const failedWith = (f: RevealFailure) => [...failed].filter(([, why]) => why === f).map(([token]) => token)
  const notFound = failedWith('not-found').filter((token) => !foreign.includes(token))
  if (notFound.length) await record('not-found', notFound)
  const undecryptable = failedWith('undecryptable')
  if (undecryptable.length) await record('error', undecryptable, { reason: 'undecryptable' })
  // No unaudited disclosure: without a stored record the values stay in the vault (`record` refuses with 503).
  if (revealed.size)
    await record('allowed', [...revealed.keys()], accountsOf([...revealed.values()].map((r) => r.tenant)))
  c.header('Cache-Control', 'no-store')
  return c.json({
    results: tokens.map((token) => {
      const hit = revealed.get(token)
      return hit ? { token, type: hit.type, value: hit.value } : { token, error: failed.get(token) }
    }),
  })
})

// A refusal names the `to` token when it is one: the attempt is then found by the patient's token.
const toToken = (body: Record<string, unknown>) => (typeof body.to === 'string' && isToken(body.to) ? [body.to] : [])
const messageBody = jsonBody<MessageRequest>(
  MESSAGE_BODY,
  refusal('messages', { purposeRequired: false, tokensOf: toToken }),
)
adminRoutes.post('/messages', requireApiKey('messages'), messageBody, async function replyByToken(c) {
  const { to, body: text, from, messagingServiceSid: service, purpose: given } = c.req.valid('json')
  const purpose = purposeOf(c.var.config, given)
  const record = auditor(c, 'messages', purpose)
  if (given !== undefined && !purpose) return refuse(c, record, purposeDetail(c.var.config, false), [to])
  const sender = from ? { from } : { messagingServiceSid: service ?? c.var.config.admin.replyMessagingServiceSid }
  if (!('from' in sender) && !sender.messagingServiceSid) {
    return refuse(c, record, 'give from or messagingServiceSid (no default is configured)', [to])
  }
  const credentials = c.var.config.admin.twilioRest
  if (!credentials) {
    await record('error', [to], { reason: 'reply-not-configured' })
    return problem(c, 503, 'reply-not-configured', 'Twilio REST credentials are not configured')
  }

  let revealed: Awaited<ReturnType<ReturnType<typeof openVault>['reveal']>>
  try {
    revealed = await openVault(c.env, c.var.config).reveal(to)
  } catch {
    await record('error', [to], { reason: 'vault-unavailable' })
    return problem(c, 503, 'vault-unavailable', 'try again later')
  }
  if (!revealed.ok) {
    if (revealed.error === 'not-found') {
      await record('not-found', [to])
      return problem(c, 404, 'not-found', 'unknown, expired or erased token')
    }
    await record('error', [to], { reason: revealed.error })
    return problem(c, 500, 'vault-error', 'the token cannot be resolved')
  }
  const { type, tenant, value } = revealed.value
  if (!mayUse(c, tenant)) {
    await record('denied', [to], { reason: 'other-tenant', ...accountsOf([tenant]) })
    return problem(c, 404, 'not-found', 'unknown, expired or erased token')
  }
  const number = toE164(value)
  if ((type !== 'PHONE' && type !== 'FAX') || !number?.startsWith('+') || !ACCOUNT_SID.test(tenant)) {
    await record('denied', [to], { reason: 'not-a-phone-token' })
    return problem(c, 422, 'not-a-phone-token', 'the token does not stand for a phone number the account can text')
  }
  const whatsapp = /^\s*whatsapp:/i.test(value) || from?.startsWith('whatsapp:') === true
  // Nothing leaves for Twilio unaudited: the request is on record before the number is used.
  await record.before('audit.message.requested', [to], accountsOf([tenant]))
  const sent = await sendMessage(
    credentials,
    { accountSid: tenant, to: (whatsapp ? 'whatsapp:' : '') + number, body: text, ...sender },
    { timeoutMs: c.var.config.admin.restTimeoutMs },
  )
  if (!sent.ok) {
    await record.after('error', [to], { reason: failureReason(sent.error), ...accountsOf([tenant]) })
    c.header('Cache-Control', 'no-store')
    if (sent.error.kind === 'timeout') {
      // Twilio may still have taken it: say so rather than invite a blind retry.
      return c.json(
        { error: 'twilio-timeout', detail: 'Twilio did not answer in time; the message may have been sent' },
        504,
      )
    }
    // Twilio's message text can quote the number: only its status and numeric code travel back.
    return c.json({ error: 'twilio-error', ...twilioDetails(sent.error) }, 502)
  }
  await record.after('allowed', [to], { sid: sent.value.sid, ...accountsOf([tenant]) })
  return c.json({ sid: sent.value.sid, status: sent.value.status }, 201)
})

/** Marks the responses of a deprecated route (RFC 9745 `Deprecation`, RFC 8288 `Link` to its successor). */
function deprecated(successor: string) {
  return createMiddleware<AppEnv>(async function markDeprecated(c, next) {
    await next()
    c.res = new Response(c.res.body, c.res)
    c.res.headers.set('Deprecation', ERASE_BY_PATH_DEPRECATED)
    c.res.headers.set('Link', `<${successor}>; rel="successor-version"`)
  })
}

const eraseBody = jsonBody<EraseRequest>(ERASE_BODY, refusal('erase', { purposeRequired: false }))
adminRoutes.post('/tokens/erase', requireApiKey('erase'), eraseBody, async function eraseTokens(c) {
  const { tokens, purpose: given } = c.req.valid('json')
  const purpose = purposeOf(c.var.config, given)
  const record = auditor(c, 'erase', purpose)
  const unique = [...new Set(tokens)]
  if (given !== undefined && !purpose) return refuse(c, record, purposeDetail(c.var.config, false), unique)
  // An erasure cannot be taken back: it is on record before it happens.
  await record.before('audit.token.erase-requested', unique)
  const outcomes = new Map<string, Result<string[], EraseFailure>>()
  try {
    const vault = openVault(c.env, c.var.config)
    // One at a time: erasing one token may erase another of the same value (a lost first-sighting race).
    for (const token of unique) outcomes.set(token, await vault.erase(token, keyOf(c)?.tenants))
  } catch {
    await record.after('error', unique, { reason: 'vault-unavailable' })
    return problem(c, 503, 'vault-unavailable', 'try again later (tokens already erased stay erased)')
  }
  const failedWith = (why: EraseFailure) =>
    unique.filter((token) => {
      const outcome = outcomes.get(token)
      return outcome !== undefined && !outcome.ok && outcome.error === why
    })
  // A key bound to other tenants learns nothing, not even that the token exists.
  const foreign = failedWith('other-tenant')
  if (foreign.length) await record.after('denied', foreign, { reason: 'other-tenant' })
  const notFound = failedWith('not-found')
  if (notFound.length) await record.after('not-found', notFound)
  const erased = [
    ...new Set(
      unique.flatMap((token) => {
        const outcome = outcomes.get(token)
        return outcome?.ok ? outcome.value : []
      }),
    ),
  ]
  if (erased.length) await record.after('allowed', erased)
  c.header('Cache-Control', 'no-store')
  return c.json({
    results: unique.map((token) => {
      const outcome = outcomes.get(token)
      return outcome?.ok ? { token, erased: outcome.value } : { token, error: 'not-found' }
    }),
  })
})

// Deprecated: the token travels in the path, which platform access logs keep. Use POST /v1/tokens/erase.
const eraseByPath = [deprecated('/v1/tokens/erase'), requireApiKey('erase')] as const
adminRoutes.delete('/tokens/:token', ...eraseByPath, async function eraseToken(c) {
  const rawPurpose = c.req.query('purpose')
  const purpose = purposeOf(c.var.config, rawPurpose)
  const record = auditor(c, 'erase', purpose)
  const token = c.req.param('token')
  if (!isToken(token)) return refuse(c, record, 'not a tok_ token')
  if (rawPurpose !== undefined && !purpose) return refuse(c, record, purposeDetail(c.var.config, false), [token])
  // An erasure cannot be taken back: it is on record before it happens.
  await record.before('audit.token.erase-requested', [token])
  let erased: Awaited<ReturnType<ReturnType<typeof openVault>['erase']>>
  try {
    erased = await openVault(c.env, c.var.config).erase(token, keyOf(c)?.tenants)
  } catch {
    await record.after('error', [token], { reason: 'vault-unavailable' })
    return problem(c, 503, 'vault-unavailable', 'try again later')
  }
  if (!erased.ok) {
    // A key bound to other tenants learns nothing, not even that the token exists.
    if (erased.error === 'other-tenant') await record.after('denied', [token], { reason: 'other-tenant' })
    else await record.after('not-found', [token])
    return problem(c, 404, 'not-found', 'unknown, expired or already erased token')
  }
  await record.after('allowed', erased.value)
  return c.json({ erased: erased.value })
})

/** The configured key that authenticated this request. */
function keyOf(c: AdminContext) {
  return c.var.config.admin.keys.find((k) => k.id === c.get('apiKeyId'))
}

/** The audit `accounts` of tokens of these tenants (Account SIDs only: `default` is no account). */
function accountsOf(tenants: readonly (string | undefined)[]): Pick<Extra, 'accounts'> {
  const accounts = [...new Set(tenants)].filter((t): t is string => t !== undefined && ACCOUNT_SID.test(t))
  return accounts.length > 0 ? { accounts } : {}
}

/** Whether the authenticated key may act on a tenant's tokens. */
function mayUse(c: AdminContext, tenant: string): boolean {
  const tenants = keyOf(c)?.tenants
  return !tenants || tenants.has(tenant)
}

/**
 * The refusal of a body that does not fit its schema: audited as denied (`invalid-request`) with the purpose and
 * tokens it holds when they are valid, answered 400 (415 when it is not JSON) with our own text only. A `purpose`
 * that does not fit states the configured codes, as the route's own purpose check does.
 */
function refusal(
  scope: Scope,
  options: { purposeRequired: boolean; tokensOf?: (body: Record<string, unknown>) => string[] },
): Refusal {
  return async function refuseRequest(c, problemFound) {
    const detail =
      problemFound.field === 'purpose' ? purposeDetail(c.var.config, options.purposeRequired) : problemFound.detail
    const body = problemFound.body
    const record = auditor(c, scope, purposeOf(c.var.config, body?.purpose))
    await record('denied', body && options.tokensOf ? options.tokensOf(body) : [], { reason: 'invalid-request' })
    return problem(c, problemFound.status, requestErrorCode(problemFound.status), detail)
  }
}

/** A malformed request: audited as denied (`invalid-request`), answered 400 with our own text only. */
async function refuse(c: AdminContext, record: ReturnType<typeof auditor>, detail: string, tokens: string[] = []) {
  await record('denied', tokens, { reason: 'invalid-request' })
  return problem(c, 400, 'invalid-request', detail)
}

/** Takes reveals from the key's per-minute budget; undefined when the limiter cannot answer (fail closed). */
async function takeRevealBudget(c: AdminContext, count: number): Promise<RevealBudget | undefined> {
  const key = keyOf(c)
  if (!key) return undefined
  try {
    const limiters = c.env.REVEAL_LIMITER
    return await limiters.get(limiters.idFromName(key.id)).take(count, key.revealsPerMinute)
  } catch {
    return undefined
  }
}

function failureReason(failure: SendFailure): string {
  return failure.kind === 'rejected' ? `twilio-${failure.status}` : `twilio-${failure.kind}`
}

function twilioDetails(failure: SendFailure): Record<string, number> {
  if (failure.kind !== 'rejected') return {}
  return { twilioStatus: failure.status, ...(failure.code !== undefined ? { twilioCode: failure.code } : {}) }
}
