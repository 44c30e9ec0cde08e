/** Vault section of the config. STUB: filled in by the room that owns it. */
import type { Env } from '../env'
import { ok, type Result } from '../result'
import type { ConfigError } from './errors'

/** Validated vault settings. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface VaultConfig {}

/** Parses the vault settings. */
export function parseVaultConfig(_env: Env): Result<VaultConfig, ConfigError> {
  return ok({})
}
