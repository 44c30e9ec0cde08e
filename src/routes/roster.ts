/**
 * `PUT /v1/known-identifiers` and `DELETE /v1/known-identifiers` (scope `roster`): the clinic's EHR or integration
 * engine loads the identifiers it already knows (names, dates of birth, MRNs, phones, ...) in batches. They are kept
 * only as keyed hashes (src/vault/roster.ts); answers carry counts, never a value; every change is audited with counts.
 */
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../app-env'
import type { AuditEntry } from '../audit'
import type { AuditRecord } from '../model/audit'
import {
  MAX_ROSTER_BATCH,
  MAX_ROSTER_VALUE_CHARS,
  ROSTER_BODY,
  ROSTER_DELETE_QUERY,
  type RosterRequest,
} from '../openapi/requests'
import { RosterStore, SHARED_ROSTER, type RosterType } from '../vault/roster'
import { tenantRosterWriter } from '../vault/roster-writes'
import { mustAudit, recordResult } from './audited'
import { requireApiKey } from './auth'
import { problem, requestErrorCode } from './problem'
import { jsonBody, queryParams, type RequestProblem } from './validate'

/** Routes mounted under `/v1/known-identifiers`. */
export const rosterRoutes = new Hono<AppEnv>()

export { MAX_ROSTER_BATCH, MAX_ROSTER_VALUE_CHARS }

type RosterContext = Context<AppEnv>
type Outcome = AuditRecord['outcome']

// A refusal is audited under the change it was meant to be (`replace` only when the body says so).
const putBody = jsonBody<RosterRequest>(ROSTER_BODY, (c, found: RequestProblem) =>
  refuse(c, found.body?.mode === 'replace' ? 'roster.replace' : 'roster.merge', found.detail, found.status),
)
const deleteQuery = queryParams<{ tenant?: string }>(ROSTER_DELETE_QUERY, (c, found) =>
  refuse(c, 'roster.delete', found.detail),
)

rosterRoutes.put('/', requireApiKey('roster'), putBody, async function putKnownIdentifiers(c) {
  const body = c.req.valid('json')
  const mode = body.mode ?? 'merge'
  const type = mode === 'replace' ? 'roster.replace' : 'roster.merge'
  const tenant = tenantFor(c, body.tenant)
  if (!tenant.ok) return refuse(c, type, tenant.detail, tenant.status)
  const identifiers = body.identifiers.map((item) => ({
    type: item.type.toUpperCase() as RosterType,
    value: item.value,
  }))
  // A change of the roster is on record before it happens (none stored: 503, nothing changed); its result after.
  await record(c, `${type}-requested`, 'allowed', { counts: { identifiers: identifiers.length } })
  try {
    const change = await rosterStore(c).put(tenant.value, identifiers, mode === 'replace')
    const counts = { identifiers: change.identifiers, entries: change.entries, total: change.total }
    await result(c, type, 'allowed', { counts })
    c.header('Cache-Control', 'no-store')
    return c.json({ tenant: tenant.value === SHARED_ROSTER ? null : tenant.value, mode, ...counts })
  } catch {
    await result(c, type, 'error', { reason: 'vault-unavailable' })
    return problem(c, 503, 'vault-unavailable', 'try again later')
  }
})

rosterRoutes.delete('/', requireApiKey('roster'), deleteQuery, async function deleteKnownIdentifiers(c) {
  const query = c.req.valid('query').tenant
  const store = rosterStore(c)
  const key = c.var.config.admin.keys.find((k) => k.id === c.get('apiKeyId'))
  let tenants: string[] = []
  if (query !== undefined) {
    const tenant = tenantFor(c, query)
    if (!tenant.ok) return refuse(c, 'roster.delete', tenant.detail, tenant.status)
    tenants = [tenant.value]
  }
  // A deletion is on record before it happens (none stored: 503, nothing deleted); its result after.
  await record(c, 'roster.delete-requested', 'allowed')
  try {
    // A key bound to tenants deletes only theirs.
    if (query === undefined) tenants = (await store.tenants()).filter((t) => !key?.tenants || key.tenants.has(t))
    let entries = 0
    for (const t of tenants) entries += await store.clear(t)
    await result(c, 'roster.delete', 'allowed', { counts: { tenants: tenants.length, entries } })
    c.header('Cache-Control', 'no-store')
    return c.json({ deleted: { tenants: tenants.length, entries } })
  } catch {
    await result(c, 'roster.delete', 'error', { reason: 'vault-unavailable' })
    return problem(c, 503, 'vault-unavailable', 'try again later')
  }
})

/** The roster store of a request: changes go one at a time through the tenant's Durable Object. */
function rosterStore(c: RosterContext): RosterStore {
  return new RosterStore(c.env.VAULT, c.var.config.vault, { writer: tenantRosterWriter(c.env.MINT_BUDGET) })
}

/** The roster a request writes: its tenant, the key's only tenant, or the shared roster of an unbound key. */
function tenantFor(
  c: RosterContext,
  given: string | null | undefined,
): { ok: true; value: string } | { ok: false; status: 400 | 403; detail: string } {
  const key = c.var.config.admin.keys.find((k) => k.id === c.get('apiKeyId'))
  if (given !== undefined && given !== null) {
    if (key?.tenants && !key.tenants.has(given))
      return { ok: false, status: 403, detail: 'this key may not change that tenant' }
    return { ok: true, value: given }
  }
  if (key?.tenants?.size === 1) return { ok: true, value: [...key.tenants][0]! }
  if (key?.tenants) return { ok: false, status: 400, detail: 'tenant is required for a key bound to several tenants' }
  return { ok: true, value: SHARED_ROSTER }
}

type Extra = { reason?: string; counts?: Record<string, number> }

function entry(c: RosterContext, type: string, outcome: Outcome, extra: Extra): AuditEntry {
  return {
    type: `audit.${type}`,
    actor: c.get('apiKeyId') ?? 'unknown',
    scope: 'roster',
    tokens: [],
    outcome,
    ...extra,
  }
}

/** Stores the record before the call goes on, or refuses the call (503 `audit-unavailable`). */
function record(c: RosterContext, type: string, outcome: Outcome, extra: Extra = {}): Promise<void> {
  return mustAudit(c.env, c.var.config, entry(c, type, outcome, extra))
}

/** Records the result of a change already made (a failure to store it is logged; the `…-requested` record stands). */
function result(c: RosterContext, type: string, outcome: Outcome, extra: Extra = {}): Promise<void> {
  return recordResult(c.env, c.var.config, entry(c, type, outcome, extra))
}

/** A malformed or forbidden request: audited as denied, answered with our own text only (never a value). */
async function refuse(c: RosterContext, type: string, detail: string, status: 400 | 403 | 415 = 400) {
  await record(c, type, 'denied', { reason: status === 403 ? 'other-tenant' : 'invalid-request' })
  return problem(c, status, status === 403 ? 'forbidden' : requestErrorCode(status), detail)
}
