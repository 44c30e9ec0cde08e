/**
 * The token vault over Workers KV. STUB (issue 4 replaces it): mints random tokens without
 * persisting them, so ingest can be wired and tested before the vault lands.
 */
import type { Config } from '../config'
import type { Env } from '../env'
import type { Tokenizer } from '../phi/types'

/** The vault as the rest of the worker sees it. */
export interface Vault {
  /** A Tokenizer bound to one tenant (the Twilio AccountSid the event belongs to). */
  tokenizerFor(tenant: string): Tokenizer
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** Opens the vault for one request or job. */
export function openVault(_env: Env, _config: Config): Vault {
  return {
    tokenizerFor: () => ({
      tokenize: async (requests) =>
        requests.map(() => {
          const bytes = crypto.getRandomValues(new Uint8Array(20))
          return 'tok_' + Array.from(bytes, (b) => ALPHABET[b % 62]).join('')
        }),
    }),
  }
}
