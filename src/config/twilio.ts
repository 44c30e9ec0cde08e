/**
 * Twilio section of the config (owned by ingest): the Auth Tokens that verify X-Twilio-Signature and the
 * public origin Twilio signs against. Errors name the setting, never its value.
 */
import type { Env } from '../env'
import { err, ok, type Result } from '../result'
import type { ConfigError } from './errors'

/** Validated Twilio settings. */
export interface TwilioConfig {
  /** Tokens of the main account, accepted in this order: the primary, then the next one during rotation. */
  authTokens: string[]
  /** Per-subaccount tokens keyed by AccountSid (`[current, next?]`); they replace `authTokens` for that account. */
  subaccountTokens: Record<string, string[]>
  /** Public origin Twilio signs against (`scheme://host[:port]`, no trailing slash); undefined: the request URL. */
  publicBaseUrl?: string
}

const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/
// A token is a printable ASCII secret; Twilio's are 32 hex characters but tests and dev use shorter ones.
const TOKEN = /^[\x21-\x7e]{4,256}$/
const TOKEN_PROBLEM = 'must be printable ASCII without spaces'

/** Parses TWILIO_AUTH_TOKEN, TWILIO_AUTH_TOKEN_NEXT, TWILIO_SUBACCOUNT_TOKENS and PUBLIC_BASE_URL. */
export function parseTwilioConfig(env: Env): Result<TwilioConfig, ConfigError> {
  const primary = env.TWILIO_AUTH_TOKEN?.trim() ?? ''
  if (primary === '') return err({ setting: 'TWILIO_AUTH_TOKEN', problem: 'is required (the Twilio Auth Token)' })
  if (!TOKEN.test(primary)) return err({ setting: 'TWILIO_AUTH_TOKEN', problem: TOKEN_PROBLEM })
  const authTokens = [primary]
  const next = env.TWILIO_AUTH_TOKEN_NEXT?.trim() ?? ''
  if (next !== '') {
    if (!TOKEN.test(next)) return err({ setting: 'TWILIO_AUTH_TOKEN_NEXT', problem: TOKEN_PROBLEM })
    if (next !== primary) authTokens.push(next)
  }

  const subaccounts = parseSubaccountTokens(env.TWILIO_SUBACCOUNT_TOKENS)
  if (!subaccounts.ok) return subaccounts

  const base = parsePublicBaseUrl(env.PUBLIC_BASE_URL)
  if (!base.ok) return base

  const config: TwilioConfig = { authTokens, subaccountTokens: subaccounts.value }
  if (base.value !== undefined) config.publicBaseUrl = base.value
  return ok(config)
}

function parseSubaccountTokens(raw: string | undefined): Result<Record<string, string[]>, ConfigError> {
  const setting = 'TWILIO_SUBACCOUNT_TOKENS'
  if (raw === undefined || raw.trim() === '') return ok({})
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return err({ setting, problem: 'must be a JSON object {"AC…": "token"} or {"AC…": ["token", "next token"]}' })
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return err({ setting, problem: 'must be a JSON object keyed by subaccount AccountSid' })
  }
  const out: Record<string, string[]> = {}
  for (const [sid, value] of Object.entries(parsed)) {
    if (!ACCOUNT_SID.test(sid)) return err({ setting, problem: 'has a key that is not an AccountSid (AC + 32 hex)' })
    const tokens = typeof value === 'string' ? [value] : Array.isArray(value) ? value : null
    const valid =
      tokens && tokens.length >= 1 && tokens.length <= 2 && tokens.every((t) => typeof t === 'string' && TOKEN.test(t))
    if (!valid) {
      return err({ setting, problem: 'values must be a token or an array of one or two tokens (printable ASCII)' })
    }
    out[sid] = [...new Set(tokens as string[])]
  }
  return ok(out)
}

function parsePublicBaseUrl(raw: string | undefined): Result<string | undefined, ConfigError> {
  const setting = 'PUBLIC_BASE_URL'
  const value = raw?.trim() ?? ''
  if (value === '') return ok(undefined)
  const problem =
    'must be an origin like https://phi.example.org (scheme, host, optional port; no path, query or credentials)'
  const match = /^(https?):\/\/([^/?#@\s]+)\/?$/i.exec(value)
  if (!match) return err({ setting, problem })
  try {
    const url = new URL(value)
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return err({ setting, problem })
  } catch {
    return err({ setting, problem })
  }
  // Kept as written (minus a trailing slash): Twilio signs the exact configured string, port included.
  return ok(value.replace(/\/$/, ''))
}
