/**
 * `POST /v1/tokenize` (scope `tokenize`): the token the vault already holds for a known value (a phone number, an
 * e-mail, a name), so staff can find a patient's thread in the CRM. It never mints.
 *
 * Answering found / not found tells the caller whether the value was ever seen, that is whether someone has been in
 * touch with the clinic: itself PHI. The lookup is therefore treated like a reveal (docs/tools.md): its own scope, a
 * purpose, the same per-key budget as reveals (429), a tenant-bound key learns nothing about other tenants (the same
 * `{"found": false}`), and every answer is audited (the token when found, never the value) before it is given.
 */
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../app-env'
import type { AuditRecord } from '../model/audit'
import { MAX_LOOKUP_VALUE_CHARS, TOKENIZE_BODY, type TokenizeRequest } from '../openapi/requests'
import type { PhiType } from '../phi/types'
import { openVault } from '../vault'
import type { RevealBudget } from '../vault/reveal-limiter'
import { mustAudit } from './audited'
import { requireApiKey } from './auth'
import { problem, requestErrorCode } from './problem'
import { purposeDetail, purposeOf } from './purpose'
import { jsonBody } from './validate'

/** Routes mounted under `/v1/tokenize`. */
export const tokenizeRoutes = new Hono<AppEnv>()

export { MAX_LOOKUP_VALUE_CHARS }

type TokenizeContext = Context<AppEnv>

const lookupBody = jsonBody<TokenizeRequest>(TOKENIZE_BODY, async function refuseLookup(c, found) {
  const detail = found.field === 'purpose' ? purposeDetail(c.var.config, true) : found.detail
  await auditor(c, purposeOf(c.var.config, found.body?.purpose))('denied', [], { reason: 'invalid-request' })
  return problem(c, found.status, requestErrorCode(found.status), detail)
})

tokenizeRoutes.post('/', requireApiKey('tokenize'), lookupBody, async function lookupToken(c) {
  const body = c.req.valid('json')
  // Same rule as the other admin calls: a configured reason code, never free text.
  const purpose = purposeOf(c.var.config, body.purpose)
  const record = auditor(c, purpose)
  if (!purpose) return refuse(c, record, purposeDetail(c.var.config, true))
  const type = body.type.toUpperCase() as PhiType
  const value = body.value
  const key = c.var.config.admin.keys.find((k) => k.id === c.get('apiKeyId'))
  const onlyTenant = key?.tenants?.size === 1 ? [...key.tenants][0] : undefined
  const tenant = body.accountSid ?? onlyTenant
  if (!tenant) return refuse(c, record, 'accountSid is required: tokens are kept per Twilio account')

  const budget = await takeLookupBudget(c)
  if (!budget) {
    await record('error', [], { reason: 'rate-limiter-unavailable' })
    return problem(c, 503, 'unavailable', 'try again later')
  }
  if (!budget.allowed) {
    await record('rate-limited', [])
    c.header('Retry-After', String(budget.retryAfterSeconds))
    return problem(c, 429, 'rate-limited', 'the reveal budget of this key is spent for this minute')
  }
  // A key bound to other tenants gets the answer of an unknown value, after spending budget like any lookup.
  if (key?.tenants && !key.tenants.has(tenant)) {
    await record('denied', [], { reason: 'other-tenant' })
    return notFound(c)
  }

  let found: Awaited<ReturnType<ReturnType<typeof openVault>['find']>>
  try {
    found = await openVault(c.env, c.var.config).find(tenant, type, value)
  } catch {
    await record('error', [], { reason: 'vault-unavailable' })
    return problem(c, 503, 'vault-unavailable', 'try again later')
  }
  if (!found.ok) {
    await record('not-found', [])
    return notFound(c)
  }
  // No unaudited disclosure: the token links the value to a patient's thread (`record` refuses with 503).
  await record('allowed', [found.value])
  c.header('Cache-Control', 'no-store')
  return c.json({ found: true, token: found.value, type })
})

/**
 * Audits one outcome of a lookup by the authenticated key (tokens only, never the value looked up), in the durable
 * trail before the call answers: a record that cannot be stored refuses the call (503 `audit-unavailable`).
 */
function auditor(c: TokenizeContext, purpose: string | undefined) {
  return (outcome: AuditRecord['outcome'], tokens: string[], extra: { reason?: string } = {}) =>
    mustAudit(c.env, c.var.config, {
      type: 'audit.tokenize',
      actor: c.get('apiKeyId') ?? 'unknown',
      scope: 'tokenize',
      ...(purpose ? { purpose } : {}),
      tokens,
      outcome,
      ...extra,
    })
}

function notFound(c: TokenizeContext) {
  c.header('Cache-Control', 'no-store')
  return c.json({ found: false }, 404)
}

/** A malformed request: audited as denied (`invalid-request`), answered 400 with our own text only. */
async function refuse(c: TokenizeContext, record: ReturnType<typeof auditor>, detail: string) {
  await record('denied', [], { reason: 'invalid-request' })
  return problem(c, 400, 'invalid-request', detail)
}

/** One lookup from the key's per-minute reveal budget; undefined when the limiter cannot answer (fail closed). */
async function takeLookupBudget(c: TokenizeContext): Promise<RevealBudget | undefined> {
  const key = c.var.config.admin.keys.find((k) => k.id === c.get('apiKeyId'))
  if (!key) return undefined
  try {
    const limiters = c.env.REVEAL_LIMITER
    return await limiters.get(limiters.idFromName(key.id)).take(1, key.revealsPerMinute)
  } catch {
    return undefined
  }
}
