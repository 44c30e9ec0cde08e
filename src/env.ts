/**
 * Worker bindings and settings. Generated, not written by hand: `npm run cf-typegen` runs `wrangler types` over
 * wrangler.toml (bindings, vars) and `.dev.vars.example` (secrets) into worker-configuration.d.ts, which is
 * committed; `npm test` regenerates it and fails when the committed copy is stale (scripts/check-env-types.mjs).
 * Only what wrangler cannot see is listed here: optional secrets, absent from both files by design.
 */

/** The generated `Cloudflare.Env` (worker-configuration.d.ts). */
type Generated = Cloudflare.Env

/** Keys of the generated Env that are settings (vars and secrets), not bindings. */
type SettingKey = {
  [K in keyof Generated]: Generated[K] extends string | readonly unknown[] ? K : never
}[keyof Generated]

/** Vars and secrets as the Worker may meet them: absent (a secret not set), or any string an operator wrote. */
type Settings = { [K in Exclude<SettingKey, 'DESTINATIONS'>]?: string }

/**
 * Optional secrets (each documented, commented out, in `.dev.vars.example`), and the settings that may also be
 * given as structured TOML.
 */
interface OptionalSettings {
  /** The next Twilio Auth Token during rotation. */
  TWILIO_AUTH_TOKEN_NEXT?: string
  /** Subaccount Auth Tokens: JSON `{"AC…": "token"}` or `{"AC…": ["token", "next"]}`. */
  TWILIO_SUBACCOUNT_TOKENS?: string
  /** Reply path: Twilio API key SID (SK…) and secret, preferred over the Auth Token. */
  TWILIO_API_KEY_SID?: string
  TWILIO_API_KEY_SECRET?: string
  /** JSON array (string) or structured TOML array of destinations. */
  DESTINATIONS?: string | unknown[]
  /** PHI policy overrides: JSON object (string) or a structured TOML table. */
  PHI_POLICY?: string | Record<string, unknown>
  /** Reason codes accepted as an admin call's `purpose`, comma-separated (default: treatment, payment, …). */
  ADMIN_PURPOSES?: string
  // Destination secrets (whsec_ keys, Authorization values, Slack webhook URLs) are Worker secrets referenced from
  // DESTINATIONS as "secret:NAME" and read by name; they are not listed here.
}

/** What the Worker receives: the generated bindings, every setting optional, and the optional secrets. */
export type Env = Omit<Generated, SettingKey> & Omit<Settings, keyof OptionalSettings> & OptionalSettings
