/**
 * A keyed digest of what Twilio signed: the URL the signature was made over and, for a form post, every parameter
 * (sorted as the signature sorts them). Replays of one signed request, however reordered or re-addressed, share it;
 * any change Twilio did not sign is refused by the signature check first. It is the replay guard's key and the only
 * source of the event id where a webhook carries no better discriminator, so event ids derive from signed content.
 *
 * Keyed (HMAC-SHA256 under a key derived from VAULT_INDEX_KEY) because an event id reaches destinations without a BAA:
 * an unkeyed hash of a `<Gather>` with a few `Digits` could be brute-forced back to them.
 */
import { derivedHmacKey } from '../derived-key'
import type { FormPairs } from './form'
import { signatureBase } from './verify'

/**
 * Twilio counts its own retries of a Conversations webhook in `RetryCount`, which changes the signed content: left
 * out, so a retry of an accepted webhook is recognised as a replay (and keeps its event id).
 */
const UNSTABLE_FIELDS: ReadonlySet<string> = new Set(['RetryCount'])

const encoder = new TextEncoder()

/** What a verified request signed. */
export type SignedContent =
  | { format: 'form'; signedUrl: string; params: FormPairs }
  | { format: 'json'; signedUrl: string }

/** Lower-case hex HMAC-SHA256 of the signed content under a key derived from `secret` (the vault's index key). */
export async function signedContentDigest(secret: Uint8Array, content: SignedContent): Promise<string> {
  const message =
    content.format === 'form'
      ? `form\n${signatureBase(
          content.signedUrl,
          content.params.filter(([name]) => !UNSTABLE_FIELDS.has(name)),
        )}`
      : `json\n${content.signedUrl}`
  const mac = await crypto.subtle.sign('HMAC', await digestKey(secret), encoder.encode(message))
  return Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** HMAC key = HMAC-SHA256(secret, label): never the index key itself, so a digest says nothing about blind indexes. */
function digestKey(secret: Uint8Array): Promise<CryptoKey> {
  return derivedHmacKey(secret, 'phi-firewall/webhook-digest/v1')
}
