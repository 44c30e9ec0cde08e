/**
 * The token vault over Workers KV (see docs/vault.md): random tokens, an HMAC blind index for consistency,
 * AES-256-GCM records under a rotating keyring, TTL retention, erasure and reveal.
 */
import type { Config } from '../config'
import type { Env } from '../env'
import type { PhiType, Tokenizer } from '../phi/types'
import type { Result } from '../result'
import {
  TokenStore,
  type EraseFailure,
  type Revealed,
  type RevealFailure,
  type TokenizerContext,
  type TokenizeStats,
} from './tokens'

export type { EraseFailure, Revealed, RevealFailure, TokenizerContext, TokenizeStats } from './tokens'
export { isToken } from './tokens'

/** The vault as the rest of the worker sees it. Methods reject only when KV or crypto cannot answer. */
export interface Vault {
  /**
   * A Tokenizer bound to one tenant (the Twilio AccountSid the event belongs to) and, when known, the event's sender,
   * whose hourly mint budget new values spend. Within one opened vault (one webhook) at most
   * VAULT_MAX_VALUES_PER_WEBHOOK distinct values are tokenized and VAULT_MAX_MINTS_PER_WEBHOOK minted; beyond that,
   * or beyond the budget, a value is answered `null` (redact, no token).
   */
  tokenizerFor(tenant: string, context?: TokenizerContext): Tokenizer
  /** What the tokenizers of this opened vault cost so far (values, mints, values declined). */
  stats(): TokenizeStats
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
  /** Aborted when the webhook's deadline passed: no KV write starts after that. */
  signal?: AbortSignal
}

/** Opens the vault for one request or job: the per-webhook bounds count from here. */
export function openVault(env: Env, config: Pick<Config, 'vault'>, options: VaultOptions = {}): Vault {
  return new TokenStore(env.VAULT, config.vault, {
    ...options,
    ...(env.MINT_BUDGET ? { budget: env.MINT_BUDGET } : {}),
  })
}
