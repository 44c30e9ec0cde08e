/**
 * What the admin API answers, as schema objects for the OpenAPI document (documentation: the routes build these
 * shapes themselves). Shared shapes are components, referenced by `$ref`.
 */
import type { Schema } from './json-schema'
import { TOKEN } from './requests'

const string: Schema = { type: 'string' }
const count: Schema = { type: 'integer', minimum: 0 }
const hash: Schema = { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'Lower-case hex SHA-256.' }
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] })
const list = (items: Schema): Schema => ({ type: 'array', items })
const object = (properties: Record<string, Schema>, required: readonly string[] = Object.keys(properties)): Schema => ({
  type: 'object',
  required,
  properties,
})
const ref = (name: keyof typeof COMPONENT_SCHEMAS): Schema => ({ $ref: `#/components/schemas/${name}` })

const AUDIT_RECORD: Schema = {
  ...object(
    {
      seq: { type: 'integer', minimum: 1, description: 'Position in the trail, from 1, without gaps.' },
      at: { type: 'string', format: 'date-time' },
      type: { type: 'string', pattern: '^audit(\\.[a-z][a-z0-9-]*)+$', examples: ['audit.detokenize'] },
      actor: { ...string, description: 'The API key id (never the key), or `anonymous`.' },
      scope: string,
      outcome: { enum: ['allowed', 'denied', 'error', 'not-found', 'rate-limited'] },
      purpose: { ...string, description: 'The reason code given.' },
      reason: { ...string, description: 'Why it was refused or failed (`missing-scope`, `invalid-request`, ...).' },
      sid: { ...string, description: 'The Twilio Message SID of a reply.' },
      subject: { ...string, description: 'An opaque id of what was acted on (a dead letter id).' },
      tokens: list(TOKEN),
      counts: { type: 'object', additionalProperties: count },
      prevHash: hash,
      hash,
    },
    ['seq', 'at', 'type', 'actor', 'scope', 'outcome', 'tokens', 'prevHash', 'hash'],
  ),
  description: 'A stored audit record: token ids and key ids, never a value. `hash` chains it to the record before.',
}

const DEAD_LETTER_SUMMARY: Schema = {
  ...object(
    {
      id: { ...string, description: '`<event id>.<destination>`' },
      eventId: string,
      destination: string,
      type: { ...string, description: 'The event type (`message.received`, ...).' },
      reason: { enum: ['rejected', 'gone', 'exhausted', 'destination-removed', 'invalid-request'] },
      lastStatus: { type: 'integer', description: "The destination's last HTTP status." },
      attempts: count,
      failedAt: { type: 'string', format: 'date-time' },
    },
    ['id', 'eventId', 'destination', 'type', 'reason', 'attempts', 'failedAt'],
  ),
  description: "A failed delivery, without its payload or the destination's settings.",
}

const FLOW_TARGET: Schema = object(
  {
    destination: string,
    adapter: string,
    baa: { type: 'boolean' },
    receives: list(string),
    fields: list(string),
    timestamps: { enum: ['exact', 'year'] },
    freeTextWithoutBaa: { type: 'boolean' },
  },
  ['destination', 'adapter', 'baa', 'receives', 'timestamps', 'freeTextWithoutBaa'],
)

/** Shapes used by several answers: `#/components/schemas/<name>`. */
export const COMPONENT_SCHEMAS = {
  AuditRecord: AUDIT_RECORD,
  DeadLetterSummary: DEAD_LETTER_SUMMARY,
  DeadLetter: {
    allOf: [{ $ref: '#/components/schemas/DeadLetterSummary' }],
    type: 'object',
    required: ['message'],
    properties: { message: { type: 'object', description: 'The de-identified delivery, as it will be sent again.' } },
  } as Schema,
  ChainAnchor: object({ seq: count, hash }),
} satisfies Record<string, Schema>

/** `POST /v1/detokenize` 200. */
export const REVEALED: Schema = object({
  results: list({
    oneOf: [
      object({
        token: TOKEN,
        type: { ...string, examples: ['PHONE'] },
        value: { ...string, description: 'The value (PHI).' },
      }),
      object({ token: TOKEN, error: { enum: ['not-found', 'undecryptable'] } }),
    ],
  }),
})

/** `POST /v1/messages` 201. */
export const MESSAGE_SENT: Schema = object({
  sid: { ...string, pattern: '^(SM|MM)[0-9a-f]{32}$' },
  status: { ...string, description: "Twilio's status of the message (`queued`, `accepted`, ...)." },
})

/** `POST /v1/messages` 502: Twilio refused; only its HTTP status and numeric error code (its text may quote the number). */
export const TWILIO_ERROR: Schema = object(
  { error: { const: 'twilio-error' }, twilioStatus: { type: 'integer' }, twilioCode: { type: 'integer' } },
  ['error'],
)

/** `POST /v1/tokens/erase` 200. */
export const ERASED_EACH: Schema = object({
  results: list({
    oneOf: [
      object({ token: TOKEN, erased: { ...list(TOKEN), description: 'Every token of the same value, now erased.' } }),
      object({ token: TOKEN, error: { const: 'not-found' } }),
    ],
  }),
})

/** `DELETE /v1/tokens/{token}` 200. */
export const ERASED: Schema = object({ erased: list(TOKEN) })

/** `POST /v1/tokenize` 200. */
export const LOOKUP_FOUND: Schema = object({
  found: { const: true },
  token: TOKEN,
  type: { ...string, examples: ['PHONE'] },
})
/** `POST /v1/tokenize` 404: unknown value, or a tenant the key may not see (the same answer). */
export const LOOKUP_NOT_FOUND: Schema = object({ found: { const: false } })

/** `PUT /v1/known-identifiers` 200: counts only. */
export const ROSTER_CHANGED: Schema = object({
  tenant: { ...nullable({ ...string, pattern: '^AC[0-9a-f]{32}$' }), description: 'null: the shared roster.' },
  mode: { enum: ['merge', 'replace'] },
  identifiers: count,
  entries: { ...count, description: 'Keyed hashes this batch wrote (a name gives one per word and pair).' },
  total: { ...count, description: 'Keyed hashes the roster holds now.' },
})

/** `DELETE /v1/known-identifiers` 200. */
export const ROSTER_DELETED: Schema = object({ deleted: object({ tenants: count, entries: count }) })

/** `GET /v1/audit` 200. */
export const AUDIT_PAGE: Schema = object({
  records: list(ref('AuditRecord')),
  next: { ...nullable(string), description: 'The `cursor` of the next page; null on the last.' },
})

/** `GET /v1/audit/export` 200 (NDJSON): one line per record, then the end line. */
export const AUDIT_EXPORT: Schema = {
  type: 'string',
  description:
    'NDJSON: one AuditRecord per line, oldest first, then a last line `{"end":true,"count":n}` (n records). When the ' +
    'trail stops answering part-way the last line is `{"end":false,"error":"audit-unavailable","count":n}`; an ' +
    'export without an end line was cut short. Check it offline with `npm run audit:verify -- file.ndjson`.',
  examples: ['{"seq":1,"at":"2026-03-01T10:00:00.000Z","type":"audit.detokenize",...}\n{"end":true,"count":1}\n'],
}

/** `GET /v1/audit/verify` 200. */
export const AUDIT_VERIFIED: Schema = object(
  {
    ok: { type: 'boolean' },
    checked: count,
    lastSeq: count,
    lastHash: hash,
    brokenAt: { ...count, description: 'When not ok: the first record that does not verify.' },
    problem: { enum: ['gap', 'prev-hash', 'hash'] },
    complete: { type: 'boolean', description: 'Whether the check reached the newest record.' },
    anchor: ref('ChainAnchor'),
    next: { ...nullable(string), description: 'The `cursor` to continue from when not complete.' },
    head: object({ seq: count, hash }),
  },
  ['ok', 'checked', 'complete', 'anchor', 'next', 'head'],
)

/** `GET /v1/dataflow` 200. */
export const DATAFLOW: Schema = object({
  unknownFields: { enum: ['drop', 'scrub'] },
  routes: list(
    object({
      route: string,
      channels: list(string),
      events: list(object({ type: string, carries: list(string), destinations: list(FLOW_TARGET) })),
    }),
  ),
  warnings: list(
    object({ route: string, type: string, destination: string, problem: { const: 'free-text-without-baa' } }),
  ),
  unrouted: list(string),
})

/** `POST /v1/scrub` 200. */
export const SCRUBBED: Schema = object({
  text: { ...string, description: 'What the destination would receive; empty when it takes no free text.' },
  findings: list(object({ type: string, action: string, start: count, end: count })),
  receivesText: { type: 'boolean' },
})

/** `GET /v1/metrics` 200: counter totals by group and label, fixed vocabulary only. */
export const METRICS: Schema = object({
  since: { ...string, format: 'date-time', description: 'When counting started.' },
  groups: {
    type: 'object',
    description:
      'webhooks ("<route> <status>"), redactions ("<TYPE> <channel>"), tokens, deliveries, deadLetters, engine.',
    additionalProperties: { type: 'object', additionalProperties: { type: 'number' } },
  },
})

/** `GET /v1/dead-letters` 200. */
export const DEAD_LETTER_PAGE: Schema = object({
  items: list(ref('DeadLetterSummary')),
  cursor: { ...nullable(string), description: 'The `cursor` of the next page; null on the last.' },
})

/** `POST /v1/dead-letters/{id}/replay` 202. */
export const REPLAYED: Schema = object({ replayed: ref('DeadLetterSummary') })

/** `GET /ready` 200 and 503. */
export const READINESS: Schema = object(
  {
    status: { enum: ['ready', 'not-ready'] },
    failing: { ...list(string), description: 'Names of the failing settings and bindings (never a value).' },
  },
  ['status'],
)
