/**
 * `/v1/audit` (scope `audit`): read the durable audit trail. `GET /v1/audit` pages through records with filters,
 * `GET /v1/audit/export` streams them as NDJSON (one stored record per line, chain fields included, then a last
 * line `{"end":true,"count":n}` so a reader knows it has all of them), and
 * `GET /v1/audit/verify` re-computes the hash chain. Each call is itself audited before it answers. Parameters are
 * checked against fixed shapes and never echoed. A key bound to tenants lists and exports only the records naming one
 * of its accounts (src/model/audit.ts `accounts`).
 */
import { Hono, type Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../app-env'
import { auditTrail } from '../audit'
import { MAX_AUDIT_PAGE, type AuditFilter, type VerifyResult } from '../audit/trail'
import { log } from '../log'
import type { AuditOutcome, AuditRecord } from '../model/audit'
import { AUDIT_FILTER, AUDIT_PAGE_QUERY, AUDIT_VERIFY_QUERY, DEFAULT_AUDIT_PAGE } from '../openapi/requests'
import { auditUnavailable, mustAudit } from './audited'
import { keyTenants, requireApiKey } from './auth'
import { queryParams } from './validate'

/** Routes mounted under `/v1/audit`, all behind an API key with the `audit` scope. */
export const auditRoutes = new Hono<AppEnv>()

type AuditContext = Context<AppEnv>
/** The checked filters of a read or an export (src/openapi/requests.ts). */
interface FilterQuery {
  from?: string
  to?: string
  actor?: string
  action?: string
  token?: string
  outcome?: AuditOutcome
  cursor?: string
  limit?: number
}

/** Checks the query of a call that will be audited as `type`; a refusal is audited as denied (`invalid`). */
const checkedQuery = (parameters: typeof AUDIT_FILTER, type: AuditRecord['type']) =>
  queryParams<FilterQuery>(parameters, (c, found) => invalid(c, type, found.detail))

auditRoutes.use('*', requireApiKey('audit'))

auditRoutes.get('/', checkedQuery(AUDIT_PAGE_QUERY, 'audit.trail.read'), async function listAuditRecords(c) {
  const query = c.req.valid('query')
  const filter = await parseFilter(c, 'audit.trail.read', query)
  const limit = query.limit ?? DEFAULT_AUDIT_PAGE
  const page = await fromTrail(() => auditTrail(c.env).query(filter, limit))
  await record(c, 'audit.trail.read', 'allowed', { counts: { records: page.records.length } })
  c.header('Cache-Control', 'no-store')
  return c.json({ records: page.records, next: page.next === undefined ? null : String(page.next) })
})

auditRoutes.get('/export', checkedQuery(AUDIT_FILTER, 'audit.trail.exported'), async function exportAuditRecords(c) {
  const filter = await parseFilter(c, 'audit.trail.exported', c.req.valid('query'))
  await record(c, 'audit.trail.exported', 'allowed')
  const trail = auditTrail(c.env)
  const encoder = new TextEncoder()
  let afterSeq = filter.afterSeq
  let count = 0
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let page: Awaited<ReturnType<typeof trail.query>>
      try {
        page = await trail.query({ ...filter, ...(afterSeq === undefined ? {} : { afterSeq }) }, MAX_AUDIT_PAGE)
      } catch (error) {
        // The status line is long gone: the last line says the export stopped short, so no reader takes it as whole.
        log('error', {
          event: 'audit',
          outcome: 'export-failed',
          reason: error instanceof Error ? error.name : 'unknown',
          counts: { records: count },
        })
        controller.enqueue(encoder.encode(`${JSON.stringify(exportEnd(false, count))}\n`))
        return controller.close()
      }
      count += page.records.length
      const lines = page.records.map((r) => `${JSON.stringify(r)}\n`).join('')
      if (lines) controller.enqueue(encoder.encode(lines))
      if (page.next !== undefined) {
        afterSeq = page.next
        return
      }
      controller.enqueue(encoder.encode(`${JSON.stringify(exportEnd(true, count))}\n`))
      controller.close()
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

auditRoutes.get(
  '/verify',
  checkedQuery(AUDIT_VERIFY_QUERY, 'audit.trail.verified'),
  async function verifyAuditTrail(c) {
    const { cursor } = c.req.valid('query')
    const afterSeq = cursor === undefined ? undefined : Number(cursor)
    const result = await fromTrail(async (): Promise<VerifyResult> => await auditTrail(c.env).verify(afterSeq))
    const head = await fromTrail(() => auditTrail(c.env).head())
    const counts = { checked: result.checked }
    if (result.ok) await record(c, 'audit.trail.verified', 'allowed', { counts })
    else await record(c, 'audit.trail.verified', 'error', { counts, reason: `chain-${result.problem}` })
    c.header('Cache-Control', 'no-store')
    const next = result.ok && !result.complete ? String(result.lastSeq) : null
    return c.json({ ...result, next, head: { seq: head.seq, hash: head.hash } })
  },
)

/**
 * The last line of an export: `{"end":true,"count":n}` when every matching record was written (n of them), or
 * `{"end":false,"error":"audit-unavailable","count":n}` when the trail stopped answering after n. An export without
 * this line was cut short on the way.
 */
function exportEnd(complete: boolean, count: number): AuditExportEnd {
  return complete ? { end: true, count } : { end: false, error: 'audit-unavailable', count }
}

/** The last line of an NDJSON audit export. */
type AuditExportEnd = { end: true; count: number } | { end: false; error: 'audit-unavailable'; count: number }

/** A read of the trail; a trail that cannot answer is 503 `audit-unavailable`, like a failed write. */
async function fromTrail<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    log('error', { event: 'audit', outcome: 'read-failed', reason: error instanceof Error ? error.name : 'unknown' })
    throw auditUnavailable()
  }
}

/** The trail's filter of a checked query; a date that has the right shape but is no date (2026-02-30) is refused. */
async function parseFilter(c: AuditContext, type: AuditRecord['type'], query: FilterQuery): Promise<AuditFilter> {
  const tenants = keyTenants(c)
  // A key bound to tenants reads only the records that name one of its accounts.
  const filter: AuditFilter = tenants ? { accounts: [...tenants].sort() } : {}
  if (query.from !== undefined) filter.fromMs = await parseDate(c, type, query.from, 'from')
  if (query.to !== undefined) filter.toMs = await parseDate(c, type, query.to, 'to')
  if (query.actor !== undefined) filter.actor = query.actor
  if (query.action !== undefined) filter.type = query.action
  if (query.token !== undefined) filter.token = query.token
  if (query.outcome !== undefined) filter.outcome = query.outcome
  if (query.cursor !== undefined) filter.afterSeq = Number(query.cursor)
  return filter
}

async function parseDate(c: AuditContext, type: AuditRecord['type'], raw: string, name: string): Promise<number> {
  const ms = Date.parse(raw)
  return Number.isNaN(ms) ? invalid(c, type, `${name} must be an ISO 8601 date or date-time`) : ms
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
