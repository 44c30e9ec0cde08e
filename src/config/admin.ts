/**
 * Admin section of the config: bearer API keys (SHA-256 hashes only, each with scopes), the reveal
 * rate limit, the failed-login throttle and the Twilio REST credentials and timeout of the reply path.
 * Errors name the setting, never a value.
 */
import type { Env } from '../env'
import { err, ok, type Result } from '../result'
import { isAccountSid } from './accounts'
import type { ConfigError } from './errors'

/** Scopes an admin API key can hold. */
// biome-ignore format: packed list
export const ADMIN_SCOPES = [
  'detokenize', 'messages', 'erase', 'dead-letters', 'tokenize', 'roster', 'audit', 'config', 'metrics', 'scrub',
] as const

/** One scope. */
export type AdminScopeName = (typeof ADMIN_SCOPES)[number]

/** One admin API key as configured: never the key itself. */
export interface AdminKey {
  /** Safe, loggable identifier of the key. */
  id: string
  /** SHA-256 of the key, 32 bytes. */
  sha256: Uint8Array
  scopes: ReadonlySet<AdminScopeName>
  /** Tokens this key may reveal per minute. */
  revealsPerMinute: number
  /** When set, the only tenants (Twilio AccountSids) whose tokens this key may reveal, text or erase. */
  tenants?: ReadonlySet<string>
  /** Epoch milliseconds from which the key is refused (401, audited as `expired-key`); absent: no expiry. */
  expiresAt?: number
}

/** Credentials for Twilio's REST API (HTTP Basic). */
export interface TwilioRestCredentials {
  username: string
  password: string
}

/** Failed admin logins allowed per client before its attempts are refused until the window ends. */
export interface LoginThrottleConfig {
  /** Failed logins (no key, unknown key) per client per window. */
  limit: number
  windowSeconds: number
}

/** Validated admin settings. */
export interface AdminConfig {
  keys: readonly AdminKey[]
  loginThrottle: LoginThrottleConfig
  /** How long the reply path waits for Twilio's Messages API. */
  restTimeoutMs: number
  /** Absent when neither an API key nor TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN is configured. */
  twilioRest?: TwilioRestCredentials
  /** Messaging Service used when a reply names neither `from` nor `messagingServiceSid`. */
  replyMessagingServiceSid?: string
  /** The reason codes a caller may give as `purpose` (logged and audited, so never free text). */
  purposes: ReadonlySet<string>
}

/**
 * Default reveal budget per key per minute: at least the largest reveal call (100 tokens), so a full batch is
 * possible once a minute instead of always refused.
 */
export const DEFAULT_REVEALS_PER_MINUTE = 100

/** Default `purpose` codes: HIPAA's treatment, payment and operations, and the everyday reasons behind them. */
// biome-ignore format: packed list
export const DEFAULT_ADMIN_PURPOSES = [
  'treatment', 'payment', 'operations', 'care-coordination', 'callback', 'scheduling', 'billing', 'support', 'find-thread',
  'patient-request', 'erasure-request', 'compliance-audit', 'quality-review', 'legal-request', 'public-health',
  'security-incident',
] as const

// A code: lower-case words joined by '-', ':' or '.', no digits (digits could be a phone, a date or a record number).
const PURPOSE_CODE = /^[a-z]+(?:[-:.][a-z]+){0,7}$/
// `expires`: a date, or a date and time with a zone.
const EXPIRY = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/
/** Default failed logins per client per window before the client is refused (429) until the window ends. */
export const DEFAULT_FAILED_LOGIN_LIMIT = 10
/** Default failed-login window, seconds. */
export const DEFAULT_FAILED_LOGIN_WINDOW_SECONDS = 900
/** Default wait for Twilio's Messages API, seconds (Twilio answers in well under a second when healthy). */
export const DEFAULT_TWILIO_REST_TIMEOUT_SECONDS = 10

const KEY_ID = /^[A-Za-z0-9_.-]{1,64}$/
const SHA256_HEX = /^[0-9a-f]{64}$/

/** Parses the admin settings. */
export function parseAdminConfig(env: Env): Result<AdminConfig, ConfigError> {
  const defaultLimit = parseLimit(env.ADMIN_REVEALS_PER_MINUTE, DEFAULT_REVEALS_PER_MINUTE)
  if (defaultLimit === undefined) {
    return err({ setting: 'ADMIN_REVEALS_PER_MINUTE', problem: 'must be an integer between 1 and 10000' })
  }
  const keys = parseKeys(env.ADMIN_API_KEYS, defaultLimit)
  if (!keys.ok) return keys
  const rest = parseRestCredentials(env)
  if (!rest.ok) return rest
  const service = env.TWILIO_REPLY_MESSAGING_SERVICE_SID?.trim()
  if (service && !/^MG[0-9a-f]{32}$/.test(service)) {
    const setting = 'TWILIO_REPLY_MESSAGING_SERVICE_SID'
    return err({ setting, problem: 'must be a Messaging Service SID (MG + 32 hex)' })
  }
  const limit = parseInteger(env.ADMIN_FAILED_LOGIN_LIMIT, DEFAULT_FAILED_LOGIN_LIMIT, 1, 1000)
  if (limit === undefined)
    return err({ setting: 'ADMIN_FAILED_LOGIN_LIMIT', problem: 'must be an integer between 1 and 1000' })
  const window = parseInteger(env.ADMIN_FAILED_LOGIN_WINDOW_SECONDS, DEFAULT_FAILED_LOGIN_WINDOW_SECONDS, 60, 86_400)
  if (window === undefined) {
    return err({ setting: 'ADMIN_FAILED_LOGIN_WINDOW_SECONDS', problem: 'must be an integer between 60 and 86400' })
  }
  const timeout = parseInteger(env.TWILIO_REST_TIMEOUT_SECONDS, DEFAULT_TWILIO_REST_TIMEOUT_SECONDS, 1, 60)
  if (timeout === undefined)
    return err({ setting: 'TWILIO_REST_TIMEOUT_SECONDS', problem: 'must be an integer between 1 and 60' })
  const purposes = parsePurposes(env.ADMIN_PURPOSES)
  if (!purposes.ok) return purposes
  return ok({
    keys: keys.value,
    purposes: purposes.value,
    loginThrottle: { limit, windowSeconds: window },
    restTimeoutMs: timeout * 1000,
    ...(rest.value ? { twilioRest: rest.value } : {}),
    ...(service ? { replyMessagingServiceSid: service } : {}),
  })
}

function parseKeys(raw: string | undefined, defaultLimit: number): Result<AdminKey[], ConfigError> {
  const problem = (text: string) => err({ setting: 'ADMIN_API_KEYS', problem: text })
  // No keys configured: the admin API answers 401 to everyone.
  if (raw === undefined || raw.trim() === '') return ok([])
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return problem('must be a JSON array of {id, sha256, scopes}')
  }
  if (!Array.isArray(parsed)) return problem('must be a JSON array of {id, sha256, scopes}')
  const keys: AdminKey[] = []
  for (const [i, entry] of parsed.entries()) {
    if (typeof entry !== 'object' || entry === null) return problem(`entry ${i} must be an object`)
    const { id, sha256, scopes, revealsPerMinute, tenants, expires } = entry as Record<string, unknown>
    if (typeof id !== 'string' || !KEY_ID.test(id)) return problem(`entry ${i}: id must be 1-64 of A-Z a-z 0-9 _ . -`)
    if (typeof sha256 !== 'string' || !SHA256_HEX.test(sha256)) {
      return problem(`key ${id}: sha256 must be the lower-case hex SHA-256 of the key (64 characters)`)
    }
    if (!Array.isArray(scopes) || !scopes.every((s) => (ADMIN_SCOPES as readonly unknown[]).includes(s))) {
      return problem(`key ${id}: scopes must be a list of ${ADMIN_SCOPES.join(', ')}`)
    }
    const limit = revealsPerMinute === undefined ? defaultLimit : parseLimit(String(revealsPerMinute), defaultLimit)
    if (limit === undefined) return problem(`key ${id}: revealsPerMinute must be an integer between 1 and 10000`)
    if (tenants !== undefined && !(Array.isArray(tenants) && tenants.length > 0 && tenants.every(isAccountSid))) {
      return problem(`key ${id}: tenants must be a non-empty list of Account SIDs (AC + 32 hex)`)
    }
    const expiresAt = expires === undefined ? undefined : parseExpiry(expires)
    if (expiresAt === null) {
      return problem(`key ${id}: expires must be an ISO 8601 date (2027-01-31) or date and time with a zone`)
    }
    if (keys.some((k) => k.id === id)) return problem(`key ${id} appears twice`)
    if (keys.some((k) => hex(k.sha256) === sha256)) return problem(`key ${id} has the same sha256 as another key`)
    keys.push({
      ...{ id, sha256: fromHex(sha256), scopes: new Set(scopes as AdminScopeName[]), revealsPerMinute: limit },
      ...(tenants ? { tenants: new Set(tenants as string[]) } : {}),
      ...(expiresAt === undefined ? {} : { expiresAt }),
    })
  }
  return ok(keys)
}

/** `expires` of a key: a date (the key is refused from 00:00 UTC that day) or a date and time with a zone. */
function parseExpiry(raw: unknown): number | null {
  if (typeof raw !== 'string') return null
  const text = raw.trim()
  const at = EXPIRY.test(text) ? Date.parse(text) : Number.NaN
  return Number.isNaN(at) ? null : at
}

/** ADMIN_PURPOSES: comma-separated codes (or a JSON array); empty or unset: the default list. */
function parsePurposes(raw: string | undefined): Result<ReadonlySet<string>, ConfigError> {
  if (raw === undefined || raw.trim() === '') return ok(new Set(DEFAULT_ADMIN_PURPOSES))
  let list: unknown = raw.split(',').map((code) => code.trim())
  if (raw.trim().startsWith('[')) {
    try {
      list = JSON.parse(raw)
    } catch {
      list = undefined
    }
  }
  const isCode = (code: unknown) => typeof code === 'string' && PURPOSE_CODE.test(code)
  const valid = Array.isArray(list) && list.length > 0 && list.every(isCode)
  if (!valid) {
    const problem = 'must list purpose codes of lower-case letters joined by - : or . (no digits), comma-separated'
    return err({ setting: 'ADMIN_PURPOSES', problem })
  }
  return ok(new Set(list as string[]))
}

function parseRestCredentials(env: Env): Result<TwilioRestCredentials | undefined, ConfigError> {
  const keySid = env.TWILIO_API_KEY_SID?.trim()
  const keySecret = env.TWILIO_API_KEY_SECRET?.trim()
  if (keySid || keySecret) {
    if (!keySid || !/^SK[0-9a-f]{32}$/.test(keySid)) {
      return err({ setting: 'TWILIO_API_KEY_SID', problem: 'must be an API key SID (SK + 32 hex) with a secret' })
    }
    if (!keySecret) return err({ setting: 'TWILIO_API_KEY_SECRET', problem: 'is required with TWILIO_API_KEY_SID' })
    return ok({ username: keySid, password: keySecret })
  }
  const accountSid = env.TWILIO_ACCOUNT_SID?.trim()
  if (!accountSid) return ok(undefined)
  if (!/^AC[0-9a-f]{32}$/.test(accountSid)) {
    return err({ setting: 'TWILIO_ACCOUNT_SID', problem: 'must be an Account SID (AC + 32 hex)' })
  }
  const authToken = env.TWILIO_AUTH_TOKEN?.trim()
  return ok(authToken ? { username: accountSid, password: authToken } : undefined)
}

function parseLimit(raw: string | undefined, fallback: number): number | undefined {
  return parseInteger(raw, fallback, 1, 10_000)
}

function parseInteger(raw: string | undefined, fallback: number, min: number, max: number): number | undefined {
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined
}

function fromHex(text: string): Uint8Array {
  return Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16))
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
