/** Shared helpers of the vault tests: env with overrides, opened vaults, a full KV dump. */
import { env } from 'cloudflare:workers'
import { parseVaultConfig } from '../../src/config/vault'
import type { Env } from '../../src/env'
import { openVault, type Vault, type VaultOptions } from '../../src/vault'
import { TEST_BINDINGS } from '../bindings'

/** The test Worker's env, typed as ours. */
export const testEnv = env as unknown as Env

/** Test keys (dev-only): k1 old, k2 current in TEST_BINDINGS. */
export const TEST_KEYS = JSON.parse(TEST_BINDINGS.VAULT_KEYS as string).keys as Record<string, string>

/** A keyring setting with the given current key and key ids. */
export function keyring(current: string, ids: string[]): string {
  return JSON.stringify({ current, keys: Object.fromEntries(ids.map((id) => [id, TEST_KEYS[id]])) })
}

/** The test env with some settings replaced (a new object, so config is parsed afresh). */
export function envWith(overrides: Partial<Record<keyof Env, string>>): Env {
  return { ...testEnv, ...overrides } as Env
}

/** Opens the vault over `e` (the test env by default), failing the test on a config error. */
export function vaultOf(e: Env = testEnv, options: VaultOptions = {}): Vault {
  const config = parseVaultConfig(e)
  if (!config.ok) throw new Error(`vault config: ${config.error.setting} ${config.error.problem}`)
  return openVault(e, { vault: config.value }, options)
}

/** One stored KV entry with everything KV holds about it. */
export interface StoredEntry {
  name: string
  value: string | null
  metadata: unknown
  expiration?: number
}

/** Every key in the vault namespace with its value, metadata and expiration. */
export async function dumpVault(kv: KVNamespace = testEnv.VAULT): Promise<StoredEntry[]> {
  const entries: StoredEntry[] = []
  let cursor: string | undefined
  do {
    const page: KVNamespaceListResult<unknown> = await kv.list(cursor ? { cursor } : {})
    for (const key of page.keys) {
      const { value, metadata } = await kv.getWithMetadata(key.name)
      entries.push({ name: key.name, value, metadata, ...(key.expiration ? { expiration: key.expiration } : {}) })
    }
    cursor = page.list_complete ? undefined : page.cursor
  } while (cursor)
  return entries
}

/** A Twilio-shaped tenant id (AccountSid). */
export const TENANT_A = 'AC11111111111111111111111111111111'
/** Another tenant. */
export const TENANT_B = 'AC22222222222222222222222222222222'

/** The `idx:` key a token was minted for (read from its record, which names its index entry). */
export async function indexKeyOf(token: string, kv: KVNamespace = testEnv.VAULT): Promise<string> {
  const raw = await kv.get(`tok:${token}`)
  if (raw === null) throw new Error('no record for token')
  return `idx:${(JSON.parse(raw) as { idx: string }).idx}`
}

/** `kv` (the real namespace by default) counting the operations that go through it, by method name. */
export function countingKv(counts: Record<string, number>, kv: KVNamespace = testEnv.VAULT): KVNamespace {
  return new Proxy(kv, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        counts[String(prop)] = (counts[String(prop)] ?? 0) + 1
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    },
  })
}

/** A new random blind-index key (base64 of 32 bytes): a vault under it starts with an empty index cache. */
export function freshIndexKey(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))
}
