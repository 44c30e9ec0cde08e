/** An audit record: who did what to which token, and how it ended. Never the value. */
export interface AuditRecord {
  /**
   * The action, `audit.` + dotted lower-case words: `audit.detokenize`, `audit.message.requested`,
   * `audit.message.sent`, `audit.token.erased`, `audit.dead-letter.replayed`, `audit.trail.read`, ... The store
   * accepts any well-formed type, so a new action (a roster change) needs no change to the store.
   */
  type: `audit.${string}`
  /** Id of the admin API key (never the key), or `anonymous` for a call without a valid key. */
  actor: string
  scope: string
  /** Caller-stated reason code, required for reveals. */
  purpose?: string
  tokens: string[]
  outcome: AuditOutcome
  /** ISO 8601. */
  at: string
  /** Twilio SID of a message sent on the reply path. */
  sid?: string
  /** Machine-readable reason of a refusal or error (`no-key`, `unknown-key`, `missing-scope`, `invalid-request`, ...). */
  reason?: string
  /** Opaque id of what was acted on besides tokens (a dead letter id, a roster entry id). Never a value. */
  subject?: string
  /** Counts that describe the action (entries added, records exported). */
  counts?: Record<string, number>
  /**
   * Twilio accounts (clinics) the action concerns: the tenants of the tokens or dead letter acted on, else the tenants
   * the acting key is bound to. A key bound to tenants reads only records naming one of its own.
   */
  accounts?: string[]
}

/** How an audited action ended. */
export type AuditOutcome = 'allowed' | 'denied' | 'error' | 'not-found' | 'rate-limited'

/** A record as the durable trail holds it: numbered and hash-chained to the one before. */
export interface StoredAuditRecord extends AuditRecord {
  /** Position in the trail, from 1, without gaps. */
  seq: number
  /** `hash` of the record before (or of the retention anchor, or 64 zeros for the first record). */
  prevHash: string
  /** Lower-case hex SHA-256 of `prevHash + "\n" + canonical JSON of the record` (src/audit/chain.ts). */
  hash: string
}
