/**
 * PHI-free structured logging: one JSON line per request or job.
 * Only the keys of {@link LogFields} are accepted, so a body, phone number, URL query or header
 * value cannot be logged by accident. Strings are further restricted to safe shapes.
 */
export interface LogFields {
  /** What happened, e.g. `webhook`, `delivery`, `audit`, `config`. */
  event: string
  route?: string
  status?: number
  outcome?: string
  /** Machine-readable reason (an enum value, never free text from a request). */
  reason?: string
  ms?: number
  /** Twilio SIDs (AC…, SM…, CA…) and our own event ids / tokens: opaque, non-PHI. */
  sids?: Record<string, string>
  eventId?: string
  destination?: string
  attempt?: number
  counts?: Record<string, number>
  keyId?: string
  scope?: string
  purpose?: string
  token?: string
}

const SAFE_STRING = /^[A-Za-z0-9_.:/\- ]{0,120}$/

function clean(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if (typeof value === 'string') return SAFE_STRING.test(value) ? value : '[unsafe]'
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) if (SAFE_STRING.test(k)) out[k] = clean(v)
    return out
  }
  return undefined
}

/** Writes one structured, PHI-free log line. */
export function log(level: 'info' | 'warn' | 'error', fields: LogFields): void {
  const line = JSON.stringify({ level, ...(clean(fields) as object) })
  if (level === 'error') console.error(line)
  else if (level === 'warn') console.warn(line)
  else console.log(line)
}
