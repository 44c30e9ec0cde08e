/**
 * Twilio accounts (one subaccount per clinic) as configuration scopes: the AccountSid shape, `accounts` lists on
 * destinations and policy overrides, and the rule that decides whether a scoped setting covers an event's account.
 * Problems name the setting's position, never a value.
 */
import { err, ok, type Result } from '../result'
import type { ConfigError } from './errors'

/** A Twilio Account SID as Twilio writes it: `AC` + 32 lower-case hex. */
export const ACCOUNT_SID = /^AC[0-9a-f]{32}$/

/** Most accounts one scoped setting may list (a health system's clinics, not a customer list). */
export const MAX_ACCOUNTS = 500

// A key is named in a problem only when it has the shape of a setting name (never free text a value could hide in).
const KEY_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/

/** Whether `value` is an Account SID. */
export function isAccountSid(value: unknown): value is string {
  return typeof value === 'string' && ACCOUNT_SID.test(value)
}

/**
 * Parses an `accounts` list: a non-empty array of distinct Account SIDs. `setting` is the list's path
 * (`DESTINATIONS[crm].accounts`); a bad entry is named by its index.
 */
export function parseAccounts(raw: unknown, setting: string): Result<string[], ConfigError> {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_ACCOUNTS) {
    return err({ setting, problem: `must be a non-empty array of at most ${MAX_ACCOUNTS} Account SIDs (AC + 32 hex)` })
  }
  for (const [index, entry] of raw.entries()) {
    if (!isAccountSid(entry)) {
      return err({ setting: `${setting}[${index}]`, problem: 'must be an Account SID (AC + 32 lower-case hex)' })
    }
  }
  if (new Set(raw).size !== raw.length) return err({ setting, problem: 'lists an Account SID twice' })
  return ok([...(raw as string[])])
}

/**
 * Whether a setting scoped to `accounts` applies to an event of `account`: unscoped (absent) applies to every
 * account; a scoped one only to the accounts it lists, never to an event without an AccountSid.
 */
export function coversAccount(accounts: readonly string[] | undefined, account: string | undefined): boolean {
  if (accounts === undefined) return true
  return account !== undefined && accounts.includes(account)
}

/** The first key of `raw` outside `allowed`, as it may be shown (itself only when name-shaped, else `?`). */
export function unknownKeyOf(raw: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  const key = Object.keys(raw).find((k) => !allowed.includes(k))
  if (key === undefined) return undefined
  return KEY_NAME.test(key) ? key : '?'
}

/** The first key of `raw` outside `allowed`, as a setting path under `at`. */
export function unknownKey(
  raw: Record<string, unknown>,
  allowed: readonly string[],
  at: string,
): ConfigError | undefined {
  const key = unknownKeyOf(raw, allowed)
  return key === undefined
    ? undefined
    : { setting: `${at}.${key}`, problem: `is not a known setting (known: ${allowed.join(', ')})` }
}
