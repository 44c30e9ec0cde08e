/**
 * What the admin API takes: request bodies and query parameters as schema objects (src/openapi/json-schema.ts). The
 * routes check requests against these (src/routes/validate.ts) and the OpenAPI document publishes them, so a change
 * here changes both. Rules that depend on the running configuration (the configured purpose codes, a key's reveal
 * budget, a key's tenants) are checked by the route after these and described here in words.
 */
import { AUDIT_OUTCOMES } from '../audit/shape'
import { MAX_AUDIT_PAGE } from '../audit/trail'
import { PHI_TYPES } from '../phi/types'
import { ROSTER_TYPES } from '../vault/roster'
import type { Schema } from './json-schema'

/** Most tokens one detokenize call may reveal (and never more than the key's budget for a minute). */
export const MAX_TOKENS_PER_REVEAL = 100
/** Most tokens one erasure call may erase (each costs a few KV operations; a Worker invocation has 1,000). */
export const MAX_TOKENS_PER_ERASE = 50
/** Twilio's limit on a message body. */
export const MAX_MESSAGE_CHARS = 1600
/** Most identifiers one roster request takes: larger loads come in several batches. */
export const MAX_ROSTER_BATCH = 5_000
/** Longest value a roster identifier may have. */
export const MAX_ROSTER_VALUE_CHARS = 256
/** Longest value a token lookup accepts (a name, an address line, an e-mail). */
export const MAX_LOOKUP_VALUE_CHARS = 256
/** Default and largest page of dead letters. */
export const DEAD_LETTER_PAGE = { default: 50, max: 1000 } as const
/** Default page of audit records (the largest is MAX_AUDIT_PAGE). */
export const DEFAULT_AUDIT_PAGE = 100

/** A vault token. */
export const TOKEN: Schema = {
  type: 'string',
  pattern: '^tok_[A-Za-z0-9]{16,64}$',
  description: '`tok_` + 16-64 base62 characters',
  examples: ['tok_4ZkQ9wX2mN7pL0aBcDeF12'],
  'x-invalid': 'must be a tok_ token',
}
/** A Twilio Account SID (a tenant). */
export const ACCOUNT_SID: Schema = {
  type: 'string',
  pattern: '^AC[0-9a-f]{32}$',
  examples: ['AC0123456789abcdef0123456789abcdef'],
  'x-invalid': 'must be an Account SID (AC + 32 hex)',
}
/** A dead letter id: `<event id>.<destination>`. */
export const DEAD_LETTER_ID: Schema = {
  type: 'string',
  pattern: '^evt_[0-9a-f]{64}\\.[a-z0-9-]{1,64}$',
  examples: [`evt_${'0'.repeat(64)}.crm`],
}

/** `purpose`: a reason code from ADMIN_PURPOSES, never free text (it is logged and audited). */
function purpose(required: boolean): Schema {
  return {
    type: 'string',
    minLength: 1,
    maxLength: 64,
    description:
      `${required ? 'Required. ' : ''}One of the configured reason codes (ADMIN_PURPOSES; default: treatment, payment, ` +
      'operations, care-coordination, callback, scheduling, billing, support, find-thread, patient-request, ' +
      'erasure-request, compliance-audit, quality-review, legal-request, public-health, security-incident). Never free ' +
      'text: it is audited.',
    examples: ['callback'],
    'x-invalid': 'must be one of the configured codes (ADMIN_PURPOSES)',
  }
}

/** One of `values`, in any letter case (`phone` or `PHONE`). */
function anyCase(values: readonly string[]): Schema {
  const letters = (v: string) =>
    [...v].map((ch) => (/[a-z]/i.test(ch) ? `[${ch.toUpperCase()}${ch.toLowerCase()}]` : ch)).join('')
  return {
    type: 'string',
    pattern: `^(?:${values.map(letters).join('|')})$`,
    description: `One of ${values.join(', ')} (any letter case).`,
    examples: [values[0]],
    'x-invalid': `must be one of ${values.join(', ')}`,
  }
}

/** Some text with at least one character that is not a space. */
function text(max: number, what = 'a string'): Schema {
  return {
    type: 'string',
    minLength: 1,
    maxLength: max,
    pattern: '\\S',
    'x-invalid': `must be ${what} of 1-${max} characters`,
  }
}

const JSON_OBJECT = 'the body must be a JSON object'

/** `POST /v1/detokenize`. */
export const DETOKENIZE_BODY: Schema = {
  type: 'object',
  required: ['tokens', 'purpose'],
  properties: {
    tokens: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_TOKENS_PER_REVEAL,
      items: TOKEN,
      description: `1-${MAX_TOKENS_PER_REVEAL} tokens, and no more than the key's reveals per minute (else 400).`,
      'x-invalid': `must be a list of 1-${MAX_TOKENS_PER_REVEAL} tokens`,
    },
    purpose: purpose(true),
  },
  'x-invalid': JSON_OBJECT,
}

/** `POST /v1/messages`. */
export const MESSAGE_BODY: Schema = {
  type: 'object',
  required: ['to', 'body'],
  properties: {
    to: { ...TOKEN, description: "The token of the patient's phone number (type PHONE or FAX)." },
    body: { ...text(MAX_MESSAGE_CHARS), description: "The message text (Twilio's limit)." },
    from: {
      type: 'string',
      pattern: '^(whatsapp:)?\\+[1-9][0-9]{6,14}$|^[A-Za-z0-9 ]{1,11}$',
      description: 'Sender: +E.164, whatsapp:+E.164 or an alphanumeric sender ID. Give it or messagingServiceSid.',
      'x-invalid': 'must be +E.164, whatsapp:+E.164 or an alphanumeric sender ID',
    },
    messagingServiceSid: {
      type: 'string',
      pattern: '^MG[0-9a-f]{32}$',
      description: 'Messaging Service to send from (default: TWILIO_REPLY_MESSAGING_SERVICE_SID).',
      'x-invalid': 'must be MG + 32 hex',
    },
    purpose: purpose(false),
  },
  not: { required: ['from', 'messagingServiceSid'], 'x-invalid': 'give from or messagingServiceSid, not both' },
  'x-invalid': JSON_OBJECT,
}

/** `POST /v1/tokens/erase`. */
export const ERASE_BODY: Schema = {
  type: 'object',
  required: ['tokens'],
  properties: {
    tokens: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_TOKENS_PER_ERASE,
      items: TOKEN,
      'x-invalid': `must be a list of 1-${MAX_TOKENS_PER_ERASE} tokens`,
    },
    purpose: purpose(false),
  },
  'x-invalid': JSON_OBJECT,
}

/** `POST /v1/tokenize`. */
export const TOKENIZE_BODY: Schema = {
  type: 'object',
  required: ['purpose', 'type', 'value'],
  properties: {
    purpose: purpose(true),
    type: anyCase(PHI_TYPES),
    value: { ...text(MAX_LOOKUP_VALUE_CHARS), description: 'The value whose token is wanted. Never echoed or logged.' },
    accountSid: {
      ...ACCOUNT_SID,
      description: 'The Twilio account (tenant) the token belongs to; required unless the key is bound to one tenant.',
    },
  },
  'x-invalid': JSON_OBJECT,
}

/** Longest text the scrub playground takes (a long voice transcript; engine time grows with the text). */
export const MAX_SCRUB_CHARS = 32_768

/** `POST /v1/scrub`. */
export const SCRUB_BODY: Schema = {
  type: 'object',
  required: ['text'],
  properties: {
    text: {
      type: 'string',
      maxLength: MAX_SCRUB_CHARS,
      description: 'The text to scrub. Never stored, logged or echoed in an error.',
      'x-invalid': `must be a string of at most ${MAX_SCRUB_CHARS} characters`,
    },
    channel: {
      enum: ['sms', 'voice', 'chat'],
      description: 'Tunes detection (spoken numbers on voice); default sms.',
      'x-invalid': 'must be one of sms, voice, chat',
    },
    destination: {
      type: 'string',
      minLength: 1,
      maxLength: 64,
      description: 'A configured destination: its BAA rules apply.',
    },
  },
  'x-invalid': JSON_OBJECT,
}

/** A checked scrub request. */
export interface ScrubRequest {
  text: string
  channel?: 'sms' | 'voice' | 'chat'
  destination?: string
}

/** `PUT /v1/known-identifiers`. */
export const ROSTER_BODY: Schema = {
  type: 'object',
  required: ['identifiers'],
  properties: {
    mode: {
      enum: ['merge', 'replace'],
      default: 'merge',
      description: '`merge` adds to the roster; `replace` leaves only this batch.',
      'x-invalid': 'must be merge or replace',
    },
    tenant: {
      anyOf: [ACCOUNT_SID, { type: 'null' }],
      description: "The tenant whose roster changes; absent or null: the key's only tenant, or the shared roster.",
      'x-invalid': ACCOUNT_SID['x-invalid'],
    },
    identifiers: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_ROSTER_BATCH,
      items: {
        type: 'object',
        required: ['type', 'value'],
        properties: { type: anyCase(ROSTER_TYPES), value: text(MAX_ROSTER_VALUE_CHARS) },
        'x-invalid': 'must be {type, value}',
      },
      'x-invalid': `must be a list of 1-${MAX_ROSTER_BATCH} {type, value}`,
    },
  },
  'x-invalid': JSON_OBJECT,
}

/** A query parameter: its name, whether it is required, its schema and what it means. */
export interface QueryParameter {
  name: string
  required?: boolean
  description: string
  schema: Schema
}

const DATE_TIME = '^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?(?:Z|[+-]\\d{2}:\\d{2}))?$'
const RECORD_NUMBER = '^[1-9][0-9]{0,15}$'

function date(name: 'from' | 'to', description: string): QueryParameter {
  return {
    name,
    description,
    schema: {
      type: 'string',
      pattern: DATE_TIME,
      examples: ['2026-03-01'],
      'x-invalid': 'must be an ISO 8601 date or date-time',
    },
  }
}

/** Filters of `GET /v1/audit` and `GET /v1/audit/export`. */
export const AUDIT_FILTER: readonly QueryParameter[] = [
  date('from', 'Records at or after this date or date-time.'),
  date('to', 'Records before this date or date-time.'),
  {
    name: 'actor',
    description: 'Records of one API key id (or `anonymous`).',
    schema: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$', 'x-invalid': 'must be an API key id' },
  },
  {
    name: 'action',
    description: 'An audit type (`audit.detokenize`) or a prefix of one (`audit.message.*`).',
    schema: {
      type: 'string',
      pattern: '^audit(?:\\.[a-z][a-z0-9-]{0,31}){0,4}(?:\\.\\*)?$',
      examples: ['audit.detokenize'],
      'x-invalid': 'must be an audit type such as audit.detokenize or audit.message.*',
    },
  },
  { name: 'token', description: 'Records naming this token.', schema: TOKEN },
  {
    name: 'outcome',
    description: 'Records with this outcome.',
    schema: { enum: AUDIT_OUTCOMES, 'x-invalid': `must be one of ${AUDIT_OUTCOMES.join(', ')}` },
  },
  {
    name: 'cursor',
    description: 'The `next` of an earlier page.',
    schema: { type: 'string', pattern: RECORD_NUMBER, 'x-invalid': 'must be the next value of an earlier page' },
  },
]

/** `GET /v1/audit`: the filters and the page size. */
export const AUDIT_PAGE_QUERY: readonly QueryParameter[] = [
  ...AUDIT_FILTER,
  {
    name: 'limit',
    description: `Records per page (default ${DEFAULT_AUDIT_PAGE}).`,
    schema: {
      type: 'integer',
      minimum: 1,
      maximum: MAX_AUDIT_PAGE,
      'x-invalid': `must be an integer between 1 and ${MAX_AUDIT_PAGE}`,
    },
  },
]

/** `GET /v1/audit/verify`. */
export const AUDIT_VERIFY_QUERY: readonly QueryParameter[] = [
  {
    name: 'cursor',
    description: 'The `next` of an earlier answer: verification continues after that record.',
    schema: { type: 'string', pattern: RECORD_NUMBER, 'x-invalid': 'must be a record number from an earlier answer' },
  },
]

/** `GET /v1/dead-letters`. */
export const DEAD_LETTER_QUERY: readonly QueryParameter[] = [
  {
    name: 'limit',
    description: `Dead letters per page (default ${DEAD_LETTER_PAGE.default}).`,
    schema: { type: 'integer', minimum: 1, maximum: DEAD_LETTER_PAGE.max },
  },
  {
    name: 'cursor',
    description: 'The `cursor` of an earlier page.',
    schema: { type: 'string', pattern: '^[A-Za-z0-9_=+/.-]{1,1024}$' },
  },
]

/** `DELETE /v1/known-identifiers`. */
export const ROSTER_DELETE_QUERY: readonly QueryParameter[] = [
  {
    name: 'tenant',
    description: "Delete only this tenant's roster (default: every roster the key may change).",
    schema: ACCOUNT_SID,
  },
]

/** `DELETE /v1/tokens/{token}` (deprecated). */
export const ERASE_BY_PATH_QUERY: readonly QueryParameter[] = [
  { name: 'purpose', description: purpose(false).description ?? '', schema: { type: 'string' } },
]

/** A checked `POST /v1/detokenize` body. */
export interface DetokenizeRequest {
  tokens: string[]
  purpose: string
}

/** A checked `POST /v1/messages` body. */
export interface MessageRequest {
  to: string
  body: string
  from?: string
  messagingServiceSid?: string
  purpose?: string
}

/** A checked `POST /v1/tokens/erase` body. */
export interface EraseRequest {
  tokens: string[]
  purpose?: string
}

/** A checked `POST /v1/tokenize` body. */
export interface TokenizeRequest {
  purpose: string
  type: string
  value: string
  accountSid?: string
}

/** A checked `PUT /v1/known-identifiers` body. */
export interface RosterRequest {
  mode?: 'merge' | 'replace'
  tenant?: string | null
  identifiers: { type: string; value: string }[]
}
