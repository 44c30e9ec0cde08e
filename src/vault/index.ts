/**
 * The token vault over Workers KV (see docs/vault.md): random tokens, an HMAC blind index for consistency,
 * AES-256-GCM records under a rotating keyring, TTL retention, erasure and reveal.
 */
import type { Config } from '../config'
import type { Env } from '../env'
import type { PhiType, Tokenizer } from '../phi/types'
import type { Result } from '../result'
import { TokenStore, type EraseFailure, type Revealed, type RevealFailure } from './tokens'

export type { EraseFailure, Revealed, RevealFailure } from './tokens'
export { isToken } from './tokens'

/** The vault as the rest of the worker sees it. Methods reject only when KV or crypto cannot answer. */
export interface Vault {
  /** A Tokenizer bound to one tenant (the Twilio AccountSid the event belongs to). */
  tokenizerFor(tenant: string): Tokenizer
  /** Decrypts a token: its value as first seen, type and tenant. */
  reveal(token: string): Promise<Result<Revealed, RevealFailure>>
  /** The existing token of a value within a tenant (same normalisation as tokenizing); never mints. */
  find(tenant: string, type: PhiType, value: string): Promise<Result<string, 'not-found'>>
  /** Erases a token and makes the index forget its value; answers every token erased. `tenants` limits the scope. */
  erase(token: string, tenants?: ReadonlySet<string>): Promise<Result<string[], EraseFailure>>
}

/** Options for tests and maintenance. */
export interface VaultOptions {
  /** Clock in milliseconds (default Date.now); also ages the index cache. */
  now?: () => number
  /** Bound of the isolate's index cache (default 10,000 entries); fixed when the cache is first created. */
  indexCacheEntries?: number
}

/** Opens the vault for one request or job. */
export function openVault(env: Env, config: Pick<Config, 'vault'>, options: VaultOptions = {}): Vault {
  return new TokenStore(env.VAULT, config.vault, options)
}
