/** An audit record: who did what to which token, and how it ended. Never the value. */
export interface AuditRecord {
  /** `audit.detokenize`, `audit.message.sent`, `audit.token.erased`, `audit.dead-letter.replayed`, ... */
  type: `audit.${string}`
  /** Id of the admin API key (never the key). */
  actor: string
  scope: string
  /** Caller-stated reason, required for reveals. */
  purpose?: string
  tokens: string[]
  outcome: 'allowed' | 'denied' | 'error' | 'not-found' | 'rate-limited'
  /** ISO 8601. */
  at: string
  /** Twilio SID of a message sent on the reply path. */
  sid?: string
  /** Machine-readable reason of a refusal or error (`no-key`, `unknown-key`, `missing-scope`, `invalid-request`, ...). */
  reason?: string
  /** Counts of a bulk change (roster identifiers and entries); never values. */
  counts?: Record<string, number>
}
