/**
 * Vault section of the config: encryption keyring, blind-index key, retention, re-encryption budget and index cache.
 * Errors name the setting and never echo a key.
 */
import type { Env } from '../env'
import { err, ok, type Result } from '../result'
import type { ConfigError } from './errors'

/** Validated vault settings. */
export interface VaultConfig {
  /** Key id new records are encrypted under. */
  currentKeyId: string
  /** Raw AES-256 keys by key id (current and older ones still able to decrypt). */
  keys: ReadonlyMap<string, Uint8Array>
  /** Raw HMAC-SHA256 key of the blind index; never one of the encryption keys. */
  indexKey: Uint8Array
  /** Lifetime of a token mapping in seconds. */
  ttlSeconds: number
  /** Most records the Cron trigger re-encrypts per run. */
  reencryptBatch: number
  /** Seconds an isolate may reuse a blind index -> token lookup without asking KV; 0 disables the cache. */
  indexCacheSeconds: number
  /** Most distinct values one webhook may tokenize (found or minted); the rest are redacted without a token. */
  maxValuesPerWebhook: number
  /** Most new tokens one webhook may mint (two KV writes each); the rest are redacted without a token. */
  maxMintsPerWebhook: number
  /** New tokens one tenant (AccountSid) may mint per clock hour. */
  mintsPerTenantPerHour: number
  /** New tokens the values one sender writes may mint per clock hour. */
  mintsPerSenderPerHour: number
}

/** Default retention of a token mapping, in days. */
export const DEFAULT_VAULT_TTL_DAYS = 365
/** Default re-encryption budget per Cron run (each record costs two KV gets and one put). */
export const DEFAULT_REENCRYPT_BATCH = 200
/** Default lifetime of a cached blind index lookup, in seconds (KV's own edge cache keeps reads at least 60 s). */
export const DEFAULT_INDEX_CACHE_SECONDS = 60
/** Longest allowed lifetime of a cached lookup: bounds how long another isolate may mint into an erased token. */
export const MAX_INDEX_CACHE_SECONDS = 300

/** Default most distinct values tokenized per webhook: every KV read of a webhook is bounded by it. */
export const DEFAULT_MAX_VALUES_PER_WEBHOOK = 100
/** Default most tokens minted per webhook: at most twice as many KV writes. */
export const DEFAULT_MAX_MINTS_PER_WEBHOOK = 20
/** Default mint budget of a tenant per clock hour (10,000 KV writes at most). */
export const DEFAULT_MINTS_PER_TENANT_PER_HOUR = 5000
/** Default mint budget of one sender per clock hour. */
export const DEFAULT_MINTS_PER_SENDER_PER_HOUR = 60

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/

/** The integer settings of the cost bounds: name, default, range. */
const BOUNDS = [
  ['VAULT_MAX_VALUES_PER_WEBHOOK', 'maxValuesPerWebhook', DEFAULT_MAX_VALUES_PER_WEBHOOK, 1, 500],
  ['VAULT_MAX_MINTS_PER_WEBHOOK', 'maxMintsPerWebhook', DEFAULT_MAX_MINTS_PER_WEBHOOK, 0, 100],
  ['VAULT_MINTS_PER_TENANT_PER_HOUR', 'mintsPerTenantPerHour', DEFAULT_MINTS_PER_TENANT_PER_HOUR, 0, 1_000_000],
  ['VAULT_MINTS_PER_SENDER_PER_HOUR', 'mintsPerSenderPerHour', DEFAULT_MINTS_PER_SENDER_PER_HOUR, 0, 100_000],
] as const

/** Parses the vault settings. */
export function parseVaultConfig(env: Env): Result<VaultConfig, ConfigError> {
  const keyring = parseKeyring(env.VAULT_KEYS)
  if (!keyring.ok) return keyring
  const indexKey = decodeKey(env.VAULT_INDEX_KEY)
  if (!indexKey) return err({ setting: 'VAULT_INDEX_KEY', problem: 'must be base64 of exactly 32 random bytes' })
  for (const key of keyring.value.keys.values()) {
    if (sameBytes(key, indexKey)) {
      return err({ setting: 'VAULT_INDEX_KEY', problem: 'must differ from every VAULT_KEYS encryption key' })
    }
  }
  const ttlDays = parseInteger(env.VAULT_TTL_DAYS, DEFAULT_VAULT_TTL_DAYS, 1, 3650)
  if (ttlDays === undefined) return err({ setting: 'VAULT_TTL_DAYS', problem: 'must be an integer between 1 and 3650' })
  const reencryptBatch = parseInteger(env.VAULT_REENCRYPT_BATCH, DEFAULT_REENCRYPT_BATCH, 1, 250)
  if (reencryptBatch === undefined) {
    return err({ setting: 'VAULT_REENCRYPT_BATCH', problem: 'must be an integer between 1 and 250' })
  }
  const indexCacheSeconds = parseInteger(
    env.VAULT_INDEX_CACHE_SECONDS,
    DEFAULT_INDEX_CACHE_SECONDS,
    0,
    MAX_INDEX_CACHE_SECONDS,
  )
  if (indexCacheSeconds === undefined) {
    return err({
      setting: 'VAULT_INDEX_CACHE_SECONDS',
      problem: `must be an integer between 0 and ${MAX_INDEX_CACHE_SECONDS} (0 disables the cache)`,
    })
  }
  const bounds = {} as Record<(typeof BOUNDS)[number][1], number>
  for (const [setting, field, fallback, min, max] of BOUNDS) {
    const value = parseInteger(env[setting], fallback, min, max)
    if (value === undefined) return err({ setting, problem: `must be an integer between ${min} and ${max}` })
    bounds[field] = value
  }
  return ok({ ...keyring.value, indexKey, ttlSeconds: ttlDays * 86_400, reencryptBatch, indexCacheSeconds, ...bounds })
}

function parseKeyring(
  raw: string | undefined,
): Result<{ currentKeyId: string; keys: ReadonlyMap<string, Uint8Array> }, ConfigError> {
  const problem = (text: string) => err({ setting: 'VAULT_KEYS', problem: text })
  if (!raw) return problem('is required: {"current":"<key id>","keys":{"<key id>":"<base64 of 32 bytes>"}}')
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return problem('must be JSON {"current":"<key id>","keys":{"<key id>":"<base64 of 32 bytes>"}}')
  }
  if (!isRecord(parsed) || typeof parsed.current !== 'string' || !isRecord(parsed.keys)) {
    return problem('must be JSON {"current":"<key id>","keys":{"<key id>":"<base64 of 32 bytes>"}}')
  }
  const keys = new Map<string, Uint8Array>()
  for (const [id, encoded] of Object.entries(parsed.keys)) {
    if (!KEY_ID.test(id)) return problem('key ids must be 1-32 characters of A-Z a-z 0-9 _ -')
    const key = typeof encoded === 'string' ? decodeKey(encoded) : undefined
    if (!key) return problem(`key ${id} must be base64 of exactly 32 random bytes`)
    for (const [otherId, other] of keys) {
      if (sameBytes(key, other)) return problem(`keys ${otherId} and ${id} are equal`)
    }
    keys.set(id, key)
  }
  if (!keys.has(parsed.current)) return problem('current must name one of the keys')
  return ok({ currentKeyId: parsed.current, keys })
}

function decodeKey(encoded: string | undefined): Uint8Array | undefined {
  if (!encoded || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded.trim())) return undefined
  let binary: string
  try {
    binary = atob(encoded.trim())
  } catch {
    return undefined
  }
  if (binary.length !== 32) return undefined
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0))
  // An all-equal key is a placeholder, not a random key.
  return bytes.every((b) => b === bytes[0]) ? undefined : bytes
}

function parseInteger(raw: string | undefined, fallback: number, min: number, max: number): number | undefined {
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i])
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
