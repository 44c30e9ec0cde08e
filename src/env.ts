/**
 * Worker bindings (wrangler.toml) and secrets (.dev.vars / `wrangler secret put`).
 * Kept by hand because secrets are not in wrangler.toml; `npm run cf-typegen` shows what wrangler
 * infers from the config for comparison. Every secret has a dev value in `.dev.vars.example`.
 */
export interface Env {
  /** Token vault: blind index and encrypted values. */
  VAULT: KVNamespace
  /** Delivery state: dead letters (de-identified) for listing and replay. */
  DELIVERY_STATE: KVNamespace
  /** De-identified events waiting for delivery. */
  EVENTS: Queue<unknown>
  /** Events whose delivery failed for good. */
  DEAD_LETTERS: Queue<unknown>

  /** Primary Twilio Auth Token (secret). */
  TWILIO_AUTH_TOKEN?: string
  /** The next Auth Token during rotation (secret, optional). */
  TWILIO_AUTH_TOKEN_NEXT?: string
  /** Public origin Twilio signs against, e.g. `https://phi.example-clinic.org`. */
  PUBLIC_BASE_URL?: string
  /** Request body cap in bytes. */
  MAX_BODY_BYTES?: string
  /** JSON array (string) or structured TOML array of destinations. */
  DESTINATIONS?: string | unknown[]
}
