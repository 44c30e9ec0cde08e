/** Standard Webhooks v1 signatures: HMAC-SHA256 over `id.timestamp.body` with each whsec_ key. */

/** The three `webhook-*` headers for one attempt; several secrets give several signatures (rotation). */
export async function standardWebhookHeaders(
  secrets: readonly string[],
  id: string,
  timestampSeconds: number,
  body: string,
): Promise<Record<string, string>> {
  const signed = new TextEncoder().encode(`${id}.${timestampSeconds}.${body}`)
  const signatures = await Promise.all(secrets.map(async (secret) => `v1,${await hmacBase64(secret, signed)}`))
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': signatures.join(' '),
  }
}

// Imported keys per secret, so a retry or a batch does not re-import them. Few destinations exist; the cap only
// guards against unbounded growth across secret rotations in a long-lived isolate.
const keyCache = new Map<string, Promise<CryptoKey>>()
const KEY_CACHE_LIMIT = 64

function signingKey(secret: string): Promise<CryptoKey> {
  const cached = keyCache.get(secret)
  if (cached) return cached
  const keyBytes = Uint8Array.from(atob(secret.replace(/^whsec_/, '')), (c) => c.charCodeAt(0))
  const imported = crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear()
  keyCache.set(secret, imported)
  // A failed import must not poison the cache.
  imported.catch(() => keyCache.delete(secret))
  return imported
}

async function hmacBase64(secret: string, data: Uint8Array): Promise<string> {
  const key = await signingKey(secret)
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, data))
  return btoa(String.fromCharCode(...mac))
}
