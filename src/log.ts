/**
 * PHI-free structured logging: one JSON line per request or job.
 * Only the keys of {@link LogFields} are accepted, so a body, phone number, URL query or header
 * value cannot be logged by accident. Strings are further restricted to safe shapes, per key.
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
  /** A configuration path such as `DESTINATIONS[crm].url` or `VAULT_KEYS` (never its value). */
  setting?: string
  /** What is wrong with `setting`, in our own words (config problems never quote a value). */
  problem?: string
  /** A diagnosis code, e.g. why a signature failed (`trailing-slash`, `public-base-url`). */
  hint?: string
}

const SAFE_STRING = /^[A-Za-z0-9_.:/\- ]{0,120}$/
/** `NAME`, `NAME[destination]` or `NAME[3]`, then dotted keys: what config errors name, and nothing else. */
const CONFIG_PATH = /^[A-Z][A-Z0-9_]{0,63}(?:\[(?:\d{1,4}|[a-z0-9-]{1,64})\])?(?:\.[A-Za-z0-9_?-]{1,64}){0,4}$/
/** Characters our own problem texts use (quotes, brackets and an ellipsis included). */
const PROBLEM_CHARS = /^[A-Za-z0-9 _.,;:()'"…/+*=<>{}[\]#%&|!?-]{1,240}$/
/** Hosts a problem text may name in an example URL. */
const EXAMPLE_HOST = /^(?:[a-z0-9-]+\.)*example\.(?:org|com|test)$|^localhost$/

/**
 * Whether a problem text could be quoting a value rather than describing it: a credential prefix, an `@`
 * (e-mail, URL credentials), 7 digits in a row (a phone number), a long word mixing letters and digits (a
 * token or key) or a URL whose host is not an example host.
 */
function quotesAValue(text: string): boolean {
  if (/whsec_|bearer |basic |@/i.test(text) || /\d{7}/.test(text)) return true
  for (const word of text.split(/[\s,;()"'{}[\]]+/)) {
    if (word.length >= 16 && /\d/.test(word) && /[A-Za-z]/.test(word)) return true
  }
  for (const match of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\s/,;)"'?#]*)/gi)) {
    if (!EXAMPLE_HOST.test((match[1] ?? '').toLowerCase())) return true
  }
  return false
}

const CHECKS: Partial<Record<keyof LogFields, (value: string) => boolean>> = {
  setting: (value) => CONFIG_PATH.test(value),
  problem: (value) => PROBLEM_CHARS.test(value) && !quotesAValue(value),
  hint: (value) => /^[a-z-]{1,32}(?:\+[a-z-]{1,32}){0,3}$/.test(value),
}

function clean(value: unknown, check: (value: string) => boolean = (v) => SAFE_STRING.test(v)): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if (typeof value === 'string') return check(value) ? value : '[unsafe]'
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) if (SAFE_STRING.test(k)) out[k] = clean(v)
    return out
  }
  return undefined
}

/** Writes one structured, PHI-free log line. */
export function log(level: 'info' | 'warn' | 'error', fields: LogFields): void {
  const safe: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fields)) {
    if (!SAFE_STRING.test(key)) continue
    safe[key] = clean(value, CHECKS[key as keyof LogFields])
  }
  const line = JSON.stringify({ level, ...safe })
  if (level === 'error') console.error(line)
  else if (level === 'warn') console.warn(line)
  else console.log(line)
}
