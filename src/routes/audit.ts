/**
 * `/v1/audit` (scope `audit`): read the durable audit trail. `GET /v1/audit` pages through records with filters,
 * `GET /v1/audit/export` streams them as NDJSON (one stored record per line, chain fields included), and
 * `GET /v1/audit/verify` re-computes the hash chain. Each call is itself audited before it answers. Parameters are
 * checked against fixed shapes and never echoed. A key bound to tenants lists and exports only the records naming one
 * of its accounts (src/model/audit.ts `accounts`).
 */
import { Hono, type Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../app-env'
import { auditTrail } from '../audit'
import { AUDIT_OUTCOMES } from '../audit/shape'
import { MAX_AUDIT_PAGE, type AuditFilter, type VerifyResult } from '../audit/trail'
import { log } from '../log'
import type { AuditRecord } from '../model/audit'
import { auditUnavailable, mustAudit } from './audited'
import { keyTenants, requireApiKey } from './auth'

/** Routes mounted under `/v1/audit`, all behind an API key with the `audit` scope. */
export const auditRoutes = new Hono<AppEnv>()

const DEFAULT_PAGE = 100
const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/
const ACTOR = /^[A-Za-z0-9_.-]{1,64}$/
const ACTION = /^audit(?:\.[a-z][a-z0-9-]{0,31}){0,4}(?:\.\*)?$/
const TOKEN = /^tok_[A-Za-z0-9]{16,64}$/
const SEQ = /^[1-9][0-9]{0,15}$/

type AuditContext = Context<AppEnv>

auditRoutes.use('*', requireApiKey('audit'))

auditRoutes.get('/', async function listAuditRecords(c) {
  const filter = await parseFilter(c, 'audit.trail.read')
  const limit = await parseLimit(c)
  const page = await fromTrail(() => auditTrail(c.env).query(filter, limit))
  await record(c, 'audit.trail.read', 'allowed', { counts: { records: page.records.length } })
  c.header('Cache-Control', 'no-store')
  return c.json({ records: page.records, next: page.next === undefined ? null : String(page.next) })
})

auditRoutes.get('/export', async function exportAuditRecords(c) {
  const filter = await parseFilter(c, 'audit.trail.exported')
  await record(c, 'audit.trail.exported', 'allowed')
  const trail = auditTrail(c.env)
  const encoder = new TextEncoder()
  let afterSeq = filter.afterSeq
  let done = false
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (done) return controller.close()
      const page = await trail.query({ ...filter, ...(afterSeq === undefined ? {} : { afterSeq }) }, MAX_AUDIT_PAGE)
      const lines = page.records.map((r) => `${JSON.stringify(r)}\n`).join('')
      if (lines) controller.enqueue(encoder.encode(lines))
      if (page.next === undefined) done = true
      else afterSeq = page.next
      if (done) controller.close()
    },
  })
  return new Response(body, {
    headers: {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': 'attachment; filename="audit-trail.ndjson"',
      'Cache-Control': 'no-store',
    },
  })
})

auditRoutes.get('/verify', async function verifyAuditTrail(c) {
  const cursor = c.req.query('cursor')
  if (cursor !== undefined && !SEQ.test(cursor)) await invalid(c, 'audit.trail.verified', 'cursor must be a record number from an earlier answer')
  const afterSeq = cursor === undefined ? undefined : Number(cursor)
  const result = await fromTrail(async (): Promise<VerifyResult> => await auditTrail(c.env).verify(afterSeq))
  const head = await fromTrail(() => auditTrail(c.env).head())
  const counts = { checked: result.checked }
  if (result.ok) await record(c, 'audit.trail.verified', 'allowed', { counts })
  else await record(c, 'audit.trail.verified', 'error', { counts, reason: `chain-${result.problem}` })
  c.header('Cache-Control', 'no-store')
  const next = result.ok && !result.complete ? String(result.lastSeq) : null
  return c.json({ ...result, next, head: { seq: head.seq, hash: head.hash } })
})

/** A read of the trail; a trail that cannot answer is 503 `audit-unavailable`, like a failed write. */
async function fromTrail<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    log('error', { event: 'audit', outcome: 'read-failed', reason: error instanceof Error ? error.name : 'unknown' })
    throw auditUnavailable()
  }
}

async function parseFilter(c: AuditContext, type: AuditRecord['type']): Promise<AuditFilter> {
  const q = (name: string) => c.req.query(name)
  const tenants = keyTenants(c)
  // A key bound to tenants reads only the records that name one of its accounts.
  const filter: AuditFilter = tenants ? { accounts: [...tenants].sort() } : {}
  const from = q('from')
  const to = q('to')
  if (from !== undefined) filter.fromMs = await parseDate(c, type, from, 'from')
  if (to !== undefined) filter.toMs = await parseDate(c, type, to, 'to')
  const actor = q('actor')
  if (actor !== undefined) filter.actor = ACTOR.test(actor) ? actor : await invalid(c, type, 'actor must be an API key id')
  const action = q('action')
  if (action !== undefined) {
    filter.type = ACTION.test(action) ? action : await invalid(c, type, 'action must be an audit type such as audit.detokenize or audit.message.*')
  }
  const token = q('token')
  if (token !== undefined) filter.token = TOKEN.test(token) ? token : await invalid(c, type, 'token must be a tok_ token')
  const outcome = q('outcome')
  if (outcome !== undefined) {
    const known = (AUDIT_OUTCOMES as readonly string[]).includes(outcome)
    filter.outcome = known ? outcome : await invalid(c, type, `outcome must be one of ${AUDIT_OUTCOMES.join(', ')}`)
  }
  const cursor = q('cursor')
  if (cursor !== undefined) {
    filter.afterSeq = SEQ.test(cursor) ? Number(cursor) : await invalid(c, type, 'cursor must be the next value of an earlier page')
  }
  return filter
}

async function parseDate(c: AuditContext, type: AuditRecord['type'], raw: string, name: string): Promise<number> {
  const ms = DATE.test(raw) ? Date.parse(raw) : Number.NaN
  return Number.isNaN(ms) ? invalid(c, type, `${name} must be an ISO 8601 date or date-time`) : ms
}

async function parseLimit(c: AuditContext): Promise<number> {
  const raw = c.req.query('limit')
  if (raw === undefined) return DEFAULT_PAGE
  const limit = Number(raw)
  if (Number.isInteger(limit) && limit >= 1 && limit <= MAX_AUDIT_PAGE) return limit
  return invalid(c, 'audit.trail.read', `limit must be an integer between 1 and ${MAX_AUDIT_PAGE}`)
}

function record(
  c: AuditContext,
  type: AuditRecord['type'],
  outcome: AuditRecord['outcome'],
  extra: Pick<AuditRecord, 'reason' | 'counts'> = {},
): Promise<void> {
  const actor = c.get('apiKeyId') ?? 'unknown'
  return mustAudit(c.env, c.var.config, { type, actor, scope: 'audit', tokens: [], outcome, ...extra })
}

/** A malformed query: audited as denied, answered 400 with our own text (the value is never echoed). */
async function invalid(c: AuditContext, type: AuditRecord['type'], detail: string): Promise<never> {
  await record(c, type, 'denied', { reason: 'invalid-request' })
  const res = new Response(JSON.stringify({ error: 'invalid-request', detail }), {
    status: 400,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  })
  throw new HTTPException(400, { res })
}
