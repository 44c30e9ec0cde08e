/**
 * Vault cryptography with Web Crypto: the keyring (AES-256-GCM, random 96-bit IV per record, AAD binding
 * the record to its token, type, tenant, key id and index entry) and the HMAC-SHA256 blind index.
 */
import type { VaultConfig } from '../config/vault'

/** Imported keys of one configuration. */
export interface VaultKeys {
  currentKeyId: string
  encryption: ReadonlyMap<string, CryptoKey>
  index: CryptoKey
}

/** What binds a ciphertext to its place: a record moved to another token, type or tenant fails to open. */
export interface RecordBinding {
  tenant: string
  type: string
  token: string
  keyId: string
  index: string
}

/** An encrypted value as stored (base64url fields). */
export interface Sealed {
  keyId: string
  iv: string
  ciphertext: string
}

const imported = new WeakMap<VaultConfig, Promise<VaultKeys>>()
const encoder = new TextEncoder()

/** Imports the configured keys once per configuration object (non-extractable). */
export function importVaultKeys(config: VaultConfig): Promise<VaultKeys> {
  let keys = imported.get(config)
  if (!keys) {
    keys = importAll(config)
    imported.set(config, keys)
    // A failed import must not be cached: the next call retries.
    keys.catch(() => imported.delete(config))
  }
  return keys
}

async function importAll(config: VaultConfig): Promise<VaultKeys> {
  const encryption = new Map<string, CryptoKey>()
  for (const [id, raw] of config.keys) {
    encryption.set(id, await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']))
  }
  const index = await crypto.subtle.importKey('raw', config.indexKey, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ])
  return { currentKeyId: config.currentKeyId, encryption, index }
}

/** Blind index of a normalised value: HMAC-SHA256 over (tenant, type, value), base64url. */
export async function blindIndex(keys: VaultKeys, tenant: string, type: string, normalized: string): Promise<string> {
  // JSON framing keeps the three parts unambiguous whatever characters they hold.
  const message = encoder.encode(JSON.stringify(['phi-vault-index/v1', tenant, type, normalized]))
  return toBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', keys.index, message)))
}

/** Encrypts a value under the current key. */
export async function seal(keys: VaultKeys, value: string, binding: Omit<RecordBinding, 'keyId'>): Promise<Sealed> {
  const keyId = keys.currentKeyId
  const key = keys.encryption.get(keyId)
  if (!key) throw new Error('current vault key missing')
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const additionalData = aad({ ...binding, keyId })
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, encoder.encode(value))
  return { keyId, iv: toBase64Url(iv), ciphertext: toBase64Url(new Uint8Array(ciphertext)) }
}

/** Decrypts a sealed value; undefined when the key is unknown or the record was tampered with or moved. */
export async function unseal(
  keys: VaultKeys,
  sealed: Sealed,
  binding: Omit<RecordBinding, 'keyId'>,
): Promise<string | undefined> {
  const key = keys.encryption.get(sealed.keyId)
  if (!key) return undefined
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64Url(sealed.iv), additionalData: aad({ ...binding, keyId: sealed.keyId }) },
      key,
      fromBase64Url(sealed.ciphertext),
    )
    return new TextDecoder().decode(plain)
  } catch {
    return undefined
  }
}

function aad(binding: RecordBinding): Uint8Array {
  const { tenant, type, token, keyId, index } = binding
  return encoder.encode(JSON.stringify(['phi-vault-record/v1', tenant, type, token, keyId, index]))
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0))
}
