/** Event id, envelope and the per-destination filter (what a destination may see). */
import type { Destination } from '../config/destinations'
import type { AuditRecord } from '../model/audit'
import type { CleanEvent, FieldKind } from '../model/clean'
import type { Envelope } from './types'

/** Field kinds a destination without a BAA receives: tokens, safe metadata (and counts, always). */
const MINIMUM_KINDS: ReadonlySet<FieldKind> = new Set(['safe', 'token'])

/**
 * `evt_` + hex SHA-256 of kind, resource SID and discriminator. SIDs are not PHI, and a Twilio retry of the
 * same webhook carries the same three values, so it gets the same id (the receiver's idempotency key).
 */
export async function eventId(kind: string, resourceSid: string, discriminator: string): Promise<string> {
  return `evt_${await sha256Hex(`${kind}\n${resourceSid}\n${discriminator}`)}`
}

/** Builds the full (unfiltered) envelope of a de-identified event. */
export async function envelopeOf(event: CleanEvent): Promise<Envelope> {
  return {
    id: await eventId(event.kind, event.resourceSid, event.discriminator),
    type: event.kind,
    channel: event.channel,
    occurredAt: event.occurredAt,
    twilio: { ...event.sids },
    data: { ...event.data },
    tokens: { ...event.tokens },
    redactions: { ...event.redactions },
  }
}

/** An audit record as the trail stored it: its position and chain hash travel with the copy, for cross-checks. */
export type ChainedAuditRecord = AuditRecord & { seq?: number; hash?: string }

/** An audit record as an envelope plus the kind of each field (the caller's purpose is free text). */
export async function auditEnvelopeOf(
  record: ChainedAuditRecord,
): Promise<{ envelope: Envelope; kinds: Record<string, FieldKind> }> {
  const data: Record<string, unknown> = {
    actor: record.actor,
    scope: record.scope,
    outcome: record.outcome,
    tokens: record.tokens,
  }
  const kinds: Record<string, FieldKind> = { actor: 'safe', scope: 'safe', outcome: 'safe', tokens: 'token' }
  if (record.purpose !== undefined) {
    data.purpose = record.purpose
    kinds.purpose = 'text'
  }
  // Machine-readable codes and ids: a refusal reason (`no-key`, `missing-scope`), what was acted on, counts, and the
  // record's place in the durable trail (a SIEM holding the copies can check the trail's chain against them).
  // biome-ignore format: packed list
  const safe = {
    reason: record.reason, subject: record.subject, counts: record.counts, accounts: record.accounts, seq: record.seq, hash: record.hash,
  }
  for (const [field, value] of Object.entries(safe)) {
    if (value === undefined) continue
    data[field] = value
    kinds[field] = 'safe'
  }
  const twilio: Record<string, string> = record.sid === undefined ? {} : { sid: record.sid }
  // The trail's seq, when there is one, tells apart two identical records in the same millisecond.
  const key = [record.type, record.at, record.actor, record.scope, record.outcome, record.sid ?? '', ...record.tokens]
  if (record.seq !== undefined) key.push(`seq:${record.seq}`)
  const envelope: Envelope = {
    id: `evt_${await sha256Hex(key.join('\n'))}`,
    type: record.type,
    channel: 'audit',
    occurredAt: record.at,
    twilio,
    data,
    tokens: {},
    redactions: {},
  }
  return { envelope, kinds }
}

/** Whether a destination subscribes to an event type. `*` means every non-audit type; audit needs `audit.*`. */
export function subscribes(destination: Destination, type: string): boolean {
  const isAudit = type.startsWith('audit.')
  return destination.events.some((pattern) => {
    if (pattern === '*') return !isAudit
    if (pattern.endsWith('.*')) return type.startsWith(pattern.slice(0, -1))
    return pattern === type
  })
}

/**
 * The Twilio accounts an envelope concerns: an event's AccountSid (Twilio SIDs travel unchanged), or the accounts an
 * audit record names. Empty when it names none: then only destinations without `accounts` receive it.
 */
export function accountsOf(envelope: Envelope | undefined): string[] {
  // A dead letter stored before envelopes carried accounts (or a damaged record) names none: only unscoped keys see it.
  if (envelope?.channel === 'audit') {
    const listed = envelope.data?.accounts
    return Array.isArray(listed) ? listed.filter((a): a is string => typeof a === 'string') : []
  }
  const account = envelope?.twilio?.AccountSid
  return typeof account === 'string' ? [account] : []
}

/** Whether a destination takes envelopes of this one's account: unscoped, or scoped to one of its accounts. */
export function receivesAccount(destination: Destination, envelope: Envelope): boolean {
  const scope = destination.accounts
  return scope === undefined || accountsOf(envelope).some((account) => scope.includes(account))
}

/** Whether a destination receives an envelope: subscribed to its type and to its account. */
export function receives(destination: Destination, envelope: Envelope): boolean {
  return subscribes(destination, envelope.type) && receivesAccount(destination, envelope)
}

/** Whether a destination may receive a field of this kind (fail closed: unknown kinds never). */
export function allowsKind(destination: Destination, kind: FieldKind | undefined): boolean {
  if (kind === undefined) return false
  if (destination.baa) return true
  if (MINIMUM_KINDS.has(kind)) return true
  return kind === 'text' && destination.allowFreeText
}

// An ISO 8601 date or date-time (Twilio's Timestamp, DateCreated, Event Streams' time) or an RFC 2822 date
// ("Mon, 16 Aug 2010 03:45:01 +0000", Twilio REST), with the year captured.
const DATE_VALUE =
  /^(?:(\d{4})-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|(?:[A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} (\d{4}) \d{2}:\d{2}(?::\d{2})?(?: (?:[+-]\d{4}|GMT|UTC))?)$/

// An ISO 8601 date (with or without a time) anywhere inside a longer value (a path, a version, a label).
const EMBEDDED_DATE =
  /(?<![0-9])(\d{4})-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![0-9])/g

/** The year of a date or time value, or undefined when the value is not one. */
function yearOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const m = DATE_VALUE.exec(value.trim())
  return m ? (m[1] ?? m[2]) : undefined
}

/** A safe value with every date in it cut to its year: the whole value, or each date inside it. */
function yearsOnly(value: unknown): unknown {
  const year = yearOf(value)
  if (year !== undefined) return year
  return typeof value === 'string' ? value.replace(EMBEDDED_DATE, '$1') : value
}

/** Keeps only the `data` fields this destination may receive; also returns the kinds of those kept. */
export function filterFor(
  destination: Destination,
  envelope: Envelope,
  kinds: Record<string, FieldKind>,
): { envelope: Envelope; kinds: Record<string, FieldKind>; dropped: number } {
  const data: Record<string, unknown> = {}
  const keptKinds: Record<string, FieldKind> = {}
  const tokens: Record<string, string> = {}
  let dropped = 0
  for (const [field, value] of Object.entries(envelope.data)) {
    const kind = Object.hasOwn(kinds, field) ? kinds[field] : undefined
    const listed = destination.fields === undefined || destination.fields.includes(field)
    if (!listed || !allowsKind(destination, kind) || kind === undefined) {
      dropped++
      continue
    }
    // Only safe metadata can hold a bare timestamp: text was scrubbed (dates there are already generalised).
    data[field] = destination.timestamps === 'year' && kind === 'safe' ? yearsOnly(value) : value
    keptKinds[field] = kind
    const tokenType = envelope.tokens[field]
    if (tokenType !== undefined) tokens[field] = tokenType
  }
  const occurredAt =
    destination.timestamps === 'year' ? (yearOf(envelope.occurredAt) ?? envelope.occurredAt) : envelope.occurredAt
  return { envelope: { ...envelope, occurredAt, data, tokens }, kinds: keptKinds, dropped }
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
