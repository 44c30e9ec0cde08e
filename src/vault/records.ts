/**
 * The vault's KV layout (documented in docs/vault.md). Nothing here is plaintext PHI:
 *   idx:<base64url HMAC>  -> token                                   (expiration = mapping TTL)
 *   tok:<token>           -> JSON TokenRecord (AES-GCM ciphertext)   (same expiration; metadata {kid})
 *   gone:<token>          -> "1" erasure tombstone (expires with the erased record)
 *   meta:reencrypt-cursor -> KV list cursor of the re-encryption walk
 */
import type { PhiType } from '../phi/types'
import type { Sealed } from './crypto'

/** KV key prefix of blind index entries. */
export const INDEX_PREFIX = 'idx:'
/** KV key prefix of encrypted token records. */
export const TOKEN_PREFIX = 'tok:'
/** KV key prefix of erasure tombstones: an erased token must stay erased even if a re-encryption raced it. */
export const ERASED_PREFIX = 'gone:'
/** KV key holding the resumable re-encryption cursor. */
export const REENCRYPT_CURSOR_KEY = 'meta:reencrypt-cursor'

/** A token: `tok_` + random base62. */
export const TOKEN_PATTERN = /^tok_[A-Za-z0-9]{16,64}$/

/** Stored value of `tok:<token>`. */
export interface TokenRecord {
  v: 1
  tenant: string
  type: PhiType
  /** The blind index entry this token was minted for (lets erasure find and forget it). */
  idx: string
  /** Absolute expiry, seconds since the epoch (KV expiration of both entries). */
  exp: number
  kid: string
  iv: string
  ct: string
}

/** Metadata of `tok:<token>`: lets the re-encryption walk skip records already under the current key. */
export interface TokenMetadata {
  kid: string
}

/** Sealed part of a record. */
export function sealedOf(record: TokenRecord): Sealed {
  return { keyId: record.kid, iv: record.iv, ciphertext: record.ct }
}

/** Parses a stored record; undefined when it is not one. */
export function parseTokenRecord(raw: string): TokenRecord | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return undefined
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined
  const r = parsed as Record<string, unknown>
  const strings = ['tenant', 'type', 'idx', 'kid', 'iv', 'ct'].every((k) => typeof r[k] === 'string')
  return r.v === 1 && strings && typeof r.exp === 'number' ? (parsed as TokenRecord) : undefined
}
