/**
 * `POST /v1/scrub` (scope `scrub`): the scrub playground. Body `{"text", "channel"?, "destination"?}`; answers what
 * that destination would receive for this text (placeholders where the worker writes tokens) and what was found.
 * Redact-only: it never mints a token, never touches KV, and neither logs nor stores the text. The call itself is
 * audited (counts and the destination's name, never the text) before it answers: pasting a patient's message into a
 * console is a use of PHI a compliance officer wants on record.
 */
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../app-env'
import type { Destination } from '../config/destinations'
import { allowsKind } from '../delivery/envelope'
import type { Channel } from '../model/normalized'
import type { AuditRecord } from '../model/audit'
import { previewScrub } from '../preview/scrub'
import { mustAudit } from './audited'
import { AUDIT_TYPE_OF_SCOPE, requireApiKey } from './auth'
import { MAX_SCRUB_CHARS, SCRUB_BODY, type ScrubRequest } from '../openapi/requests'
import { problem, requestErrorCode } from './problem'
import { jsonBody } from './validate'

/** Routes mounted under `/v1/scrub`. */
export const scrubRoutes = new Hono<AppEnv>()

export { MAX_SCRUB_CHARS }
/** Channels a caller may name (`sms` when absent): they tune detection (spoken numbers on voice, handles in chat). */
export const SCRUB_CHANNELS: readonly Channel[] = ['sms', 'voice', 'chat']

type ScrubContext = Context<AppEnv>

// The body is checked against the schema the OpenAPI document publishes; a refusal is audited, never echoes the text.
const scrubBody = jsonBody<ScrubRequest>(SCRUB_BODY, async function refuseScrub(c, found) {
  await record(c, 'denied', { reason: 'invalid-request' })
  return problem(c, found.status, requestErrorCode(found.status), found.detail)
})

scrubRoutes.post('/', requireApiKey('scrub'), scrubBody, async function scrubPlayground(c) {
  const body = c.req.valid('json')
  const text = body.text
  const channel = body.channel ?? 'sms'
  const destination = body.destination === undefined ? undefined : destinationNamed(c, body.destination)
  // Never echo the name: a caller may have pasted something else into the field.
  if (destination === null) return refuse(c, 'destination must be the name of a configured destination')

  // The policy every event goes through (PHI_POLICY, else the default); destinations filter fields, not spans.
  const preview = previewScrub(text, { channel: channel as Channel, policy: c.var.config.policy.phi })
  const receivesText = destination === undefined || allowsKind(destination, 'text')
  await record(c, 'allowed', {
    ...(destination ? { subject: `destination:${destination.name}` } : {}),
    counts: { characters: text.length, findings: preview.findings.length },
  })
  c.header('Cache-Control', 'no-store')
  return c.json({
    // A destination without a BAA (and without allowFreeText) never receives free text, scrubbed or not.
    text: receivesText ? preview.text : '',
    findings: preview.findings,
    receivesText,
  })
})

/** The configured destination of that name; null when there is none. */
function destinationNamed(c: ScrubContext, name: unknown): Destination | null {
  if (typeof name !== 'string') return null
  return c.var.config.destinations.destinations.find((d) => d.name === name) ?? null
}

type AuditExtra = Pick<AuditRecord, 'reason' | 'subject' | 'counts'>

/** Stores the call's audit record (counts and the destination's name, never the text) or refuses with 503. */
function record(c: ScrubContext, outcome: AuditRecord['outcome'], extra: AuditExtra) {
  const actor = c.get('apiKeyId') ?? 'unknown'
  const type = AUDIT_TYPE_OF_SCOPE.scrub
  return mustAudit(c.env, c.var.config, { type, actor, scope: 'scrub', tokens: [], outcome, ...extra })
}

/** A malformed request: audited as denied (`invalid-request`), answered 400 with our own text only. */
async function refuse(c: ScrubContext, detail: string) {
  await record(c, 'denied', { reason: 'invalid-request' })
  c.header('Cache-Control', 'no-store')
  return c.json({ error: 'invalid-request', detail }, 400)
}
