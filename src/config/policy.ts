/**
 * Policy section of the config (owned by the PHI engine): PHI_POLICY, an optional JSON object that
 * overrides the default de-identification policy (docs/phi-engine.md). Errors never echo the value.
 */
import type { Env } from '../env'
import { DEFAULT_POLICY, policyFromOverrides, type PhiPolicy } from '../phi/policy'
import { err, ok, type Result } from '../result'
import type { ConfigError } from './errors'

/** Validated policy settings. */
export interface PolicyConfig {
  /** The policy passed to `deidentify` for every event. */
  phi: PhiPolicy
}

/** Parses PHI_POLICY (a JSON string, or an object when set as a structured TOML var). */
export function parsePolicyConfig(env: Env): Result<PolicyConfig, ConfigError> {
  const raw: unknown = env.PHI_POLICY
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return ok({ phi: DEFAULT_POLICY })
  let value: unknown = raw
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw)
    } catch {
      return err({ setting: 'PHI_POLICY', problem: 'must be valid JSON' })
    }
  }
  const parsed = policyFromOverrides(value)
  if (!parsed.ok) return err({ setting: 'PHI_POLICY', problem: parsed.problem })
  return ok({ phi: parsed.policy })
}
