/** Twilio section of the config (owned by ingest). STUB: filled in by issue 2. */
import type { Env } from '../env'
import { ok, type Result } from '../result'
import type { ConfigError } from './errors'

/** Validated Twilio settings. */
export interface TwilioConfig {
  authTokens: string[]
}

/** Parses the Twilio settings. */
export function parseTwilioConfig(env: Env): Result<TwilioConfig, ConfigError> {
  return ok({ authTokens: [env.TWILIO_AUTH_TOKEN ?? ''] })
}
