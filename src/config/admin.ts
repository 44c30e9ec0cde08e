/** Admin section of the config. STUB: filled in by the room that owns it. */
import type { Env } from '../env'
import { ok, type Result } from '../result'
import type { ConfigError } from './errors'

/** Validated admin settings. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AdminConfig {}

/** Parses the admin settings. */
export function parseAdminConfig(_env: Env): Result<AdminConfig, ConfigError> {
  return ok({})
}
