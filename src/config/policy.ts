/**
 * Policy section of the config (owned by the PHI engine): PHI_POLICY, an optional JSON object that
 * overrides the default de-identification policy (docs/phi-engine.md), with optional per-account overrides
 * (`"accounts": {"AC…": {…}}`, a subaccount per clinic) applied on top of it. Errors never echo the value.
 */
import type { Env } from '../env'
import { DEFAULT_POLICY, policyFromOverrides, type PhiPolicy } from '../phi/policy'
import { err, ok, type Result } from '../result'
import { isAccountSid, MAX_ACCOUNTS, unknownKeyOf } from './accounts'
import type { ConfigError } from './errors'

/** Validated policy settings. */
export interface PolicyConfig {
  /** The policy passed to `deidentify` for an event of an account without its own overrides. */
  phi: PhiPolicy
  /** Per AccountSid: PHI_POLICY with that account's overrides applied on top (absent: no account has any). */
  accounts?: Readonly<Record<string, PhiPolicy>>
}

/** Keys of one set of overrides (src/phi/policy.ts `policyFromOverrides`). */
const OVERRIDE_KEYS = ['actions', 'unknownFields', 'locationZip', 'maxAttributeDepth', 'maxAttributeNodes']
const SETTING = 'PHI_POLICY'

type Raw = Record<string, unknown>

/** Parses PHI_POLICY (a JSON string, or an object when set as a structured TOML var). */
export function parsePolicyConfig(env: Env): Result<PolicyConfig, ConfigError> {
  const raw: unknown = env.PHI_POLICY
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    return ok({ phi: DEFAULT_POLICY })
  }
  let value: unknown = raw
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw)
    } catch {
      return err({ setting: SETTING, problem: 'must be valid JSON' })
    }
  }
  if (!isRecord(value)) return err({ setting: SETTING, problem: 'must be a JSON object' })
  const unknown = unknownOverride(value, [...OVERRIDE_KEYS, 'accounts'], SETTING)
  if (unknown) return err(unknown)
  const { accounts: perAccount, ...shared } = value
  const parsed = policyFromOverrides(shared)
  if (!parsed.ok) return err({ setting: SETTING, problem: parsed.problem })
  if (perAccount === undefined) return ok({ phi: parsed.policy })

  const at = `${SETTING}.accounts`
  if (!isRecord(perAccount) || Object.keys(perAccount).length > MAX_ACCOUNTS) {
    return err({
      setting: at,
      problem: `must be an object of at most ${MAX_ACCOUNTS} Account SIDs to policy overrides`,
    })
  }
  const accounts: Record<string, PhiPolicy> = {}
  for (const [account, overrides] of Object.entries(perAccount)) {
    if (!isAccountSid(account))
      return err({ setting: at, problem: 'has a key that is not an Account SID (AC + 32 lower-case hex)' })
    const path = `${at}.${account}`
    if (!isRecord(overrides)) return err({ setting: path, problem: 'must be an object of policy overrides' })
    const unknownInAccount = unknownOverride(overrides, OVERRIDE_KEYS, path)
    if (unknownInAccount) return err(unknownInAccount)
    const merged = policyFromOverrides(mergeOverrides(shared, overrides))
    if (!merged.ok) return err({ setting: path, problem: merged.problem })
    accounts[account] = merged.policy
  }
  return ok({ phi: parsed.policy, accounts })
}

/** The policy for an event of `account`: its own overrides when it has some, else the shared policy. */
export function policyFor(config: PolicyConfig, account: string | undefined): PhiPolicy {
  const own = config.accounts
  return own && account !== undefined && Object.hasOwn(own, account) ? (own[account] as PhiPolicy) : config.phi
}

/** An unknown key of one set of overrides: the setting is the set's path, the key (when name-shaped) the problem. */
function unknownOverride(raw: Raw, allowed: readonly string[], setting: string): ConfigError | undefined {
  const key = unknownKeyOf(raw, allowed)
  return key === undefined
    ? undefined
    : { setting, problem: `has an unknown key ${key} (known: ${allowed.join(', ')})` }
}

/** An account's overrides on top of the shared ones; `actions` merge per PHI type. */
function mergeOverrides(shared: Raw, own: Raw): Raw {
  const merged: Raw = { ...shared, ...own }
  if (isRecord(shared.actions) && isRecord(own.actions)) merged.actions = { ...shared.actions, ...own.actions }
  return merged
}

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
