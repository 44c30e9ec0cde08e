/** Destinations section of the config. STUB: filled in by the room that owns it. */
import type { Env } from '../env'
import { ok, type Result } from '../result'
import type { ConfigError } from './errors'

/** Validated destinations settings. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DestinationsConfig {}

/** Parses the destinations settings. */
export function parseDestinationsConfig(_env: Env): Result<DestinationsConfig, ConfigError> {
  return ok({})
}
