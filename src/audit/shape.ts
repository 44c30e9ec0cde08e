/**
 * What an audit record may hold, checked field by field before it is stored: ids, token ids, reason codes and counts,
 * each with a shape no value (a name, a phone number, a message) can take. This is what makes the trail PHI-free by
 * construction rather than by the care of each caller.
 */
import type { AuditOutcome, AuditRecord } from '../model/audit'

const TYPE = /^audit(?:\.[a-z][a-z0-9-]{0,31}){1,4}$/
const ACTOR = /^[A-Za-z0-9_.-]{1,64}$/
const SCOPE = /^[a-z][a-z0-9-]{0,31}$/
/** Same rule as the admin API's purpose: a reason code, not a sentence. */
const PURPOSE = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,63}$/
const TOKEN = /^tok_[A-Za-z0-9]{16,64}$/
const SID = /^[A-Z]{2}[0-9a-f]{32}$/
const REASON = /^[a-z0-9][a-z0-9:.-]{0,63}$/
const SUBJECT = /^[A-Za-z0-9_.:-]{1,160}$/
const COUNT_NAME = /^[a-z][A-Za-z0-9_-]{0,31}$/
const ACCOUNT = /^AC[0-9a-f]{32}$/
/** Most accounts one record may name (a key bound to every clinic of a health system). */
export const MAX_ACCOUNTS_PER_RECORD = 500
const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/

/** Every outcome a record may have. */
export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['allowed', 'denied', 'error', 'not-found', 'rate-limited']
/** Most tokens one record may name (a reveal takes at most 100; roster changes may name more). */
export const MAX_TOKENS_PER_RECORD = 1000

/** The first field of `record` that does not have an allowed shape, or undefined when the record may be stored. */
export function invalidAuditField(record: AuditRecord): string | undefined {
  const checks: [string, boolean][] = [
    ['type', typeof record.type === 'string' && TYPE.test(record.type)],
    ['actor', typeof record.actor === 'string' && ACTOR.test(record.actor)],
    ['scope', typeof record.scope === 'string' && SCOPE.test(record.scope)],
    ['outcome', AUDIT_OUTCOMES.includes(record.outcome)],
    ['at', typeof record.at === 'string' && AT.test(record.at) && !Number.isNaN(Date.parse(record.at))],
    ['purpose', record.purpose === undefined || (typeof record.purpose === 'string' && PURPOSE.test(record.purpose))],
    ['reason', record.reason === undefined || (typeof record.reason === 'string' && REASON.test(record.reason))],
    ['sid', record.sid === undefined || (typeof record.sid === 'string' && SID.test(record.sid))],
    ['subject', record.subject === undefined || (typeof record.subject === 'string' && SUBJECT.test(record.subject))],
    ['tokens', validTokens(record.tokens)],
    ['counts', record.counts === undefined || validCounts(record.counts)],
    ['accounts', record.accounts === undefined || validAccounts(record.accounts)],
  ]
  return checks.find(([, valid]) => !valid)?.[0]
}

function validTokens(tokens: unknown): boolean {
  if (!Array.isArray(tokens) || tokens.length > MAX_TOKENS_PER_RECORD) return false
  return tokens.every((t) => typeof t === 'string' && TOKEN.test(t))
}

function validAccounts(accounts: unknown): boolean {
  if (!Array.isArray(accounts) || accounts.length === 0 || accounts.length > MAX_ACCOUNTS_PER_RECORD) return false
  return accounts.every((a) => typeof a === 'string' && ACCOUNT.test(a))
}

function validCounts(counts: unknown): boolean {
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) return false
  const entries = Object.entries(counts)
  return (
    entries.length <= 16 &&
    entries.every(([k, v]) => COUNT_NAME.test(k) && Number.isSafeInteger(v) && (v as number) >= 0)
  )
}

/**
 * A copy of `record` holding only the fields an audit record has, in a fixed order: a caller's object may carry more
 * (a spread of a request body, a debugging field), and whatever is not a known field is never stored, logged or copied.
 */
export function knownAuditFields(record: AuditRecord): AuditRecord {
  const copy: AuditRecord = {
    type: record.type,
    actor: record.actor,
    scope: record.scope,
    tokens: Array.isArray(record.tokens) ? [...record.tokens] : record.tokens,
    outcome: record.outcome,
    at: record.at,
  }
  if (record.purpose !== undefined) copy.purpose = record.purpose
  if (record.sid !== undefined) copy.sid = record.sid
  if (record.reason !== undefined) copy.reason = record.reason
  if (record.subject !== undefined) copy.subject = record.subject
  if (record.counts !== undefined)
    copy.counts = typeof record.counts === 'object' && record.counts !== null ? { ...record.counts } : record.counts
  if (record.accounts !== undefined)
    copy.accounts = Array.isArray(record.accounts) ? [...record.accounts] : record.accounts
  return copy
}
