/**
 * The admin API's route table: one entry per route, the single place a route is described. The OpenAPI document
 * (src/openapi/document.ts) is built from it, and test/admin/openapi.test.ts checks it against the routes the app
 * really has: a route without an entry, or an entry whose documented errors do not happen, fails the tests. A route
 * with a `scope` also answers the admin API's common errors (401, 403, 429, 500, 503: `ADMIN_ERRORS` in document.ts).
 */
import type { AdminScopeName } from '../config/admin'
import type { Schema } from './json-schema'
import {
  AUDIT_FILTER,
  AUDIT_PAGE_QUERY,
  AUDIT_VERIFY_QUERY,
  DEAD_LETTER_ID,
  DEAD_LETTER_QUERY,
  DETOKENIZE_BODY,
  ERASE_BODY,
  ERASE_BY_PATH_QUERY,
  MESSAGE_BODY,
  ROSTER_BODY,
  ROSTER_DELETE_QUERY,
  SCRUB_BODY,
  TOKEN,
  TOKENIZE_BODY,
  type QueryParameter,
} from './requests'
import {
  AUDIT_EXPORT,
  AUDIT_PAGE,
  AUDIT_VERIFIED,
  DATAFLOW,
  METRICS,
  SCRUBBED,
  DEAD_LETTER_PAGE,
  ERASED,
  ERASED_EACH,
  LOOKUP_FOUND,
  LOOKUP_NOT_FOUND,
  MESSAGE_SENT,
  READINESS,
  REPLAYED,
  REVEALED,
  ROSTER_CHANGED,
  ROSTER_DELETED,
  TWILIO_ERROR,
} from './responses'

/** One answer of a route. */
export interface ApiResponse {
  description: string
  /** The `error` codes of a JSON error answer (`{"error": code, "detail": text}`). */
  errors?: readonly string[]
  /** The body's shape, when it is not an error answer. */
  schema?: Schema
  /** Default `application/json`. */
  contentType?: string
  /** Response headers worth knowing, with what they mean. */
  headers?: Readonly<Record<string, string>>
}

/** One route of the API. */
export interface ApiRoute {
  method: 'get' | 'post' | 'put' | 'delete'
  /** OpenAPI path: `/v1/dead-letters/{id}`. */
  path: string
  summary: string
  description?: string
  tag: 'health' | 'tokens' | 'messages' | 'roster' | 'audit' | 'delivery' | 'config'
  /** The API key scope it needs; absent: no key (liveness, readiness, this document). */
  scope?: AdminScopeName
  deprecated?: boolean
  pathParameters?: Readonly<Record<string, Schema>>
  query?: readonly QueryParameter[]
  /** The JSON request body (checked against this very schema, src/routes/validate.ts). */
  body?: Schema
  /** Its own answers; a route with a `scope` also has the admin API's common errors. */
  responses: Readonly<Record<number, ApiResponse>>
}

const NOT_JSON: ApiResponse = {
  description: 'The body is not sent as JSON (`Content-Type: application/json`).',
  errors: ['unsupported-media-type'],
}
const invalid = (what: string): ApiResponse => ({
  description: `${what} (the detail names the field and the rule, never the value).`,
  errors: ['invalid-request'],
})
const RETRY_AFTER = { 'Retry-After': 'Seconds until the budget allows this call again.' }
const REVEAL_BUDGET: ApiResponse = {
  description: "The key's reveal budget for this minute is spent.",
  errors: ['rate-limited', 'too-many-failed-logins'],
  headers: RETRY_AFTER,
}

/** Every route of the API. Add one entry per new route (the tests fail until it is here). */
export const API_ROUTES: readonly ApiRoute[] = [
  {
    method: 'get',
    path: '/',
    tag: 'health',
    summary: 'Liveness: the Worker runs (no data, no checks)',
    responses: {
      200: {
        description: 'A line of text.',
        contentType: 'text/plain',
        schema: { type: 'string', const: 'phi-firewall-twilio: ok\n' },
      },
    },
  },
  {
    method: 'get',
    path: '/ready',
    tag: 'health',
    summary: 'Readiness: the configuration loads and every binding answers',
    responses: {
      200: { description: 'Ready.', schema: READINESS },
      503: {
        description: 'Not ready: the names of the failing settings and bindings (never a value).',
        schema: READINESS,
      },
    },
  },
  {
    method: 'get',
    path: '/v1/openapi.json',
    tag: 'health',
    summary: 'This document (OpenAPI 3.1): no key, no data, cacheable',
    responses: { 200: { description: 'The OpenAPI document.', schema: { type: 'object' } } },
  },
  {
    method: 'post',
    path: '/v1/detokenize',
    tag: 'tokens',
    scope: 'detokenize',
    summary: 'Reveal the values of tokens (audited, rate-limited per key)',
    description:
      'Each token is revealed only after its audit record is stored. A token of a tenant the key may not see answers ' +
      '`not-found`, like an unknown one.',
    body: DETOKENIZE_BODY,
    responses: {
      200: { description: 'One result per token, in the order given.', schema: REVEALED },
      400: invalid('A malformed body, an unknown purpose, or more tokens than the key may reveal in a minute'),
      415: NOT_JSON,
      429: REVEAL_BUDGET,
      503: {
        description: 'The rate limiter or the vault cannot answer.',
        errors: ['unavailable', 'vault-unavailable'],
      },
    },
  },
  {
    method: 'post',
    path: '/v1/messages',
    tag: 'messages',
    scope: 'messages',
    summary: 'Text a patient by the token of their phone number (Twilio Messages API)',
    description: 'The request is on record (`audit.message.requested`) before the number is used.',
    body: MESSAGE_BODY,
    responses: {
      201: { description: 'Twilio took the message.', schema: MESSAGE_SENT },
      400: invalid('A malformed body or an unknown purpose, or no sender given and none configured'),
      404: { description: "Unknown, expired or erased token (or another tenant's).", errors: ['not-found'] },
      415: NOT_JSON,
      422: {
        description: 'The token does not stand for a phone number the account can text.',
        errors: ['not-a-phone-token'],
      },
      500: { description: 'The token cannot be resolved.', errors: ['vault-error'] },
      502: { description: 'Twilio refused the message: its HTTP status and error code only.', schema: TWILIO_ERROR },
      503: {
        description: 'No Twilio REST credentials are configured, or the vault cannot answer.',
        errors: ['reply-not-configured', 'vault-unavailable'],
      },
      504: {
        description: 'Twilio did not answer in time; the message may have been sent.',
        errors: ['twilio-timeout'],
      },
    },
  },
  {
    method: 'post',
    path: '/v1/tokens/erase',
    tag: 'tokens',
    scope: 'erase',
    summary: 'Erase tokens and their values (and every other token of the same values)',
    description: 'On record (`audit.token.erase-requested`) before anything is erased; cannot be taken back.',
    body: ERASE_BODY,
    responses: {
      200: { description: 'One result per distinct token.', schema: ERASED_EACH },
      400: invalid('A malformed body or an unknown purpose'),
      415: NOT_JSON,
      503: {
        description: 'The vault cannot answer (tokens already erased stay erased).',
        errors: ['vault-unavailable'],
      },
    },
  },
  {
    method: 'delete',
    path: '/v1/tokens/{token}',
    tag: 'tokens',
    scope: 'erase',
    deprecated: true,
    summary: 'Erase one token (deprecated: the token travels in the URL; use POST /v1/tokens/erase)',
    pathParameters: { token: TOKEN },
    query: ERASE_BY_PATH_QUERY,
    responses: {
      200: {
        description: 'Erased: every token of the same value.',
        schema: ERASED,
        headers: { Deprecation: 'RFC 9745: when the route was deprecated.', Link: 'RFC 8288: the successor route.' },
      },
      400: invalid('Not a token, or an unknown purpose'),
      404: { description: "Unknown, expired or already erased token (or another tenant's).", errors: ['not-found'] },
      503: { description: 'The vault cannot answer.', errors: ['vault-unavailable'] },
    },
  },
  {
    method: 'post',
    path: '/v1/tokenize',
    tag: 'tokens',
    scope: 'tokenize',
    summary: 'Find the existing token of a known value (never mints; audited like a reveal)',
    body: TOKENIZE_BODY,
    responses: {
      200: { description: 'The value has a token.', schema: LOOKUP_FOUND },
      400: invalid('A malformed body, an unknown purpose, or no accountSid for a key not bound to one tenant'),
      404: { description: 'No token for that value (or a tenant the key may not see).', schema: LOOKUP_NOT_FOUND },
      415: NOT_JSON,
      429: REVEAL_BUDGET,
      503: {
        description: 'The rate limiter or the vault cannot answer.',
        errors: ['unavailable', 'vault-unavailable'],
      },
    },
  },
  {
    method: 'put',
    path: '/v1/known-identifiers',
    tag: 'roster',
    scope: 'roster',
    summary: "Load a batch of the clinic's known identifiers (kept as keyed hashes only)",
    description: 'Changes of one roster are applied one after the other, so concurrent batches never lose entries.',
    body: ROSTER_BODY,
    responses: {
      200: { description: 'Counts only, never a value.', schema: ROSTER_CHANGED },
      400: invalid('A malformed batch, or no tenant for a key bound to several'),
      403: { description: "The key may not change that tenant's roster.", errors: ['forbidden'] },
      415: NOT_JSON,
      503: { description: 'The vault cannot answer.', errors: ['vault-unavailable'] },
    },
  },
  {
    method: 'delete',
    path: '/v1/known-identifiers',
    tag: 'roster',
    scope: 'roster',
    summary: "Delete a tenant's roster, or every roster the key may change",
    query: ROSTER_DELETE_QUERY,
    responses: {
      200: { description: 'What was deleted (counts).', schema: ROSTER_DELETED },
      400: invalid('A malformed tenant'),
      403: { description: "The key may not change that tenant's roster.", errors: ['forbidden'] },
      503: { description: 'The vault cannot answer.', errors: ['vault-unavailable'] },
    },
  },
  {
    method: 'get',
    path: '/v1/audit',
    tag: 'audit',
    scope: 'audit',
    summary: 'Page through the audit trail, with filters',
    query: AUDIT_PAGE_QUERY,
    responses: {
      200: { description: 'One page, oldest first.', schema: AUDIT_PAGE },
      400: invalid('A malformed filter'),
    },
  },
  {
    method: 'get',
    path: '/v1/audit/export',
    tag: 'audit',
    scope: 'audit',
    summary: 'Export the audit trail as NDJSON, ending with a line that counts the records',
    query: AUDIT_FILTER,
    responses: {
      200: {
        description: 'The records, then the end line.',
        contentType: 'application/x-ndjson',
        schema: AUDIT_EXPORT,
      },
      400: invalid('A malformed filter'),
    },
  },
  {
    method: 'get',
    path: '/v1/audit/verify',
    tag: 'audit',
    scope: 'audit',
    summary: "Re-compute the audit trail's hash chain (in batches)",
    query: AUDIT_VERIFY_QUERY,
    responses: {
      200: { description: 'The check of one batch.', schema: AUDIT_VERIFIED },
      400: invalid('A malformed cursor'),
    },
  },
  {
    method: 'get',
    path: '/v1/dataflow',
    tag: 'config',
    scope: 'config',
    summary: 'The data-flow inventory: which destination receives which kinds of fields',
    responses: { 200: { description: 'Names and kinds only, never a URL or a secret.', schema: DATAFLOW } },
  },
  {
    method: 'post',
    path: '/v1/scrub',
    tag: 'config',
    scope: 'scrub',
    summary: 'The scrub playground: what a destination would receive for this text (nothing minted or stored)',
    body: SCRUB_BODY,
    responses: {
      200: { description: 'Placeholders where the worker writes tokens; findings without values.', schema: SCRUBBED },
      400: { description: 'A body that does not fit, or an unknown destination.', errors: ['invalid-request'] },
      415: NOT_JSON,
    },
  },
  {
    method: 'get',
    path: '/v1/metrics',
    tag: 'config',
    scope: 'metrics',
    summary: 'Counts since counting started: webhooks, redactions, tokens, deliveries, dead letters, engine time',
    responses: { 200: { description: 'Totals by group and label; never a value, SID or token.', schema: METRICS } },
  },
  {
    method: 'get',
    path: '/v1/dead-letters',
    tag: 'delivery',
    scope: 'dead-letters',
    summary: 'List failed deliveries (de-identified)',
    query: DEAD_LETTER_QUERY,
    responses: {
      200: { description: 'One page.', schema: DEAD_LETTER_PAGE },
      400: {
        description: 'A malformed limit or cursor.',
        errors: ['invalid-limit', 'invalid-cursor', 'invalid-request'],
      },
    },
  },
  {
    method: 'get',
    path: '/v1/dead-letters/{id}',
    tag: 'delivery',
    scope: 'dead-letters',
    summary: 'One failed delivery, with the de-identified message it will send again',
    pathParameters: { id: DEAD_LETTER_ID },
    responses: {
      200: { description: 'The dead letter.', schema: { $ref: '#/components/schemas/DeadLetter' } },
      404: { description: 'No such dead letter.', errors: ['not-found'] },
    },
  },
  {
    method: 'post',
    path: '/v1/dead-letters/{id}/replay',
    tag: 'delivery',
    scope: 'dead-letters',
    summary: 'Send a failed delivery again',
    pathParameters: { id: DEAD_LETTER_ID },
    responses: {
      202: { description: 'Queued again.', schema: REPLAYED },
      404: { description: 'No such dead letter.', errors: ['not-found'] },
      409: { description: 'Its destination is no longer configured.', errors: ['destination-removed'] },
      503: { description: 'The queue cannot take it.', errors: ['queue-unavailable'] },
    },
  },
]
