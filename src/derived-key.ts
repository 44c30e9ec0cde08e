/**
 * HMAC-SHA256 keys derived from a secret and a purpose label: key = HMAC(secret, label), imported once per (secret,
 * label) and isolate. A derived key never equals its parent, so digests made with it say nothing about the parent's
 * blind indexes (the webhook digest and the roster both derive theirs from VAULT_INDEX_KEY).
 */
const encoder = new TextEncoder()
const derived = new WeakMap<Uint8Array, Map<string, Promise<CryptoKey>>>()

/** The HMAC-SHA256 signing key derived from `secret` for `label`; a failed import is retried on the next call. */
export function derivedHmacKey(secret: Uint8Array, label: string): Promise<CryptoKey> {
  let byLabel = derived.get(secret)
  if (!byLabel) derived.set(secret, (byLabel = new Map()))
  let key = byLabel.get(label)
  if (!key) {
    key = derive(secret, label)
    byLabel.set(label, key)
    key.catch(() => byLabel!.delete(label))
  }
  return key
}

async function derive(secret: Uint8Array, label: string): Promise<CryptoKey> {
  const parent = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const raw = await crypto.subtle.sign('HMAC', parent, encoder.encode(label))
  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
}
