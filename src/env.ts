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
  /** Subaccount Auth Tokens (secret, optional): JSON `{"AC…": "token"}` or `{"AC…": ["token", "next"]}`. */
  TWILIO_SUBACCOUNT_TOKENS?: string
  /** Public origin Twilio signs against, e.g. `https://phi.example-clinic.org`. */
  PUBLIC_BASE_URL?: string
  /** Request body cap in bytes. */
  MAX_BODY_BYTES?: string
  /** Milliseconds a webhook may take before it answers 503 with nothing published (lowers 4000 / 12000). */
  WEBHOOK_DEADLINE_MS?: string
  /** Hours an accepted webhook's signed content is remembered, so a replay publishes nothing (default 24). */
  REPLAY_GUARD_HOURS?: string
  /** Replay-guard Durable Objects the digests are spread over (default 16). */
  REPLAY_GUARD_SHARDS?: string
  /** JSON array (string) or structured TOML array of destinations. */
  DESTINATIONS?: string | unknown[]
  /** Delivery retry delays in seconds, comma-separated (default Svix-like 5,300,1800,7200,18000,36000,36000). */
  DELIVERY_RETRY_SCHEDULE?: string
  /** Per-request timeout towards destinations, seconds (default 15). */
  DELIVERY_TIMEOUT_SECONDS?: string
  /** Days a dead letter is kept in DELIVERY_STATE (default 14). */
  DELIVERY_DEAD_LETTER_TTL_DAYS?: string
  /** PHI policy overrides: JSON object (string or structured TOML) over the default (docs/phi-engine.md). */
  PHI_POLICY?: string | Record<string, unknown>
  // Destination secrets (whsec_ keys, Authorization values, Slack webhook URLs) are Worker secrets
  // referenced from DESTINATIONS as "secret:NAME" and read by name; they are not listed here.

  /** Vault encryption keyring (secret): JSON `{"current":"k2","keys":{"k1":"<base64 32 bytes>",...}}`. */
  VAULT_KEYS?: string
  /** Vault blind-index HMAC key (secret): base64 of 32 bytes, never one of the encryption keys. */
  VAULT_INDEX_KEY?: string
  /** Days a token mapping lives in KV (default 365). */
  VAULT_TTL_DAYS?: string
  /** Most vault records re-encrypted per Cron run (default 200). */
  VAULT_REENCRYPT_BATCH?: string
  /** Seconds an isolate reuses a blind-index lookup before asking KV again, 0-300 (default 60, 0 disables). */
  VAULT_INDEX_CACHE_SECONDS?: string
  /** Most distinct values one webhook tokenizes (default 100); the rest are redacted without a token. */
  VAULT_MAX_VALUES_PER_WEBHOOK?: string
  /** Most new tokens one webhook mints (default 20). */
  VAULT_MAX_MINTS_PER_WEBHOOK?: string
  /** New tokens one tenant may mint per clock hour (default 5000). */
  VAULT_MINTS_PER_TENANT_PER_HOUR?: string
  /** New tokens the values one sender writes may mint per clock hour (default 60). */
  VAULT_MINTS_PER_SENDER_PER_HOUR?: string
  /** Admin API keys (secret): JSON `[{id, sha256, scopes, revealsPerMinute?, tenants?, expires?}]`; hashes only. */
  ADMIN_API_KEYS?: string
  /** Default reveals per minute per admin key (default 100, the largest reveal call). */
  ADMIN_REVEALS_PER_MINUTE?: string
  /** Reason codes accepted as an admin call's `purpose`, comma-separated (default: treatment, payment, …). */
  ADMIN_PURPOSES?: string
  /** Reply path: Twilio Account SID whose Auth Token authenticates REST calls. */
  TWILIO_ACCOUNT_SID?: string
  /** Reply path: Twilio API key SID (SK…) and secret (secret), preferred over the Auth Token. */
  TWILIO_API_KEY_SID?: string
  TWILIO_API_KEY_SECRET?: string
  /** Reply path: Messaging Service SID used when a reply names neither `from` nor `messagingServiceSid`. */
  TWILIO_REPLY_MESSAGING_SERVICE_SID?: string
  /** Per-admin-key reveal rate limiter (consistent counter). */
  REVEAL_LIMITER: DurableObjectNamespace
  /** Per-tenant (and per-sender) mint budget of the vault (consistent counter). */
  MINT_BUDGET: DurableObjectNamespace
  /** Memory of accepted webhooks (replay protection), sharded by a digest of their signed content. */
  REPLAY_GUARD: DurableObjectNamespace
}
