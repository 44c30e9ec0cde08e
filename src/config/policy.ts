/** Policy section of the config. STUB: filled in by the room that owns it. */
import type { Env } from '../env'
import { ok, type Result } from '../result'
import type { ConfigError } from './errors'

/** Validated policy settings. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PolicyConfig {}

/** Parses the policy settings. */
export function parsePolicyConfig(_env: Env): Result<PolicyConfig, ConfigError> {
  return ok({})
}
