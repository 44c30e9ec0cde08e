/**
 * Destinations section of the config: where de-identified events go, how they are signed and
 * retried. `DESTINATIONS` is a JSON string or a structured TOML array; secrets are referenced by
 * name (`secret:NAME`) and resolved from Worker secrets here, so a bad setting fails up front
 * with a ConfigError naming the destination and the setting, never the value.
 */
import type { Env } from '../env'
import { err, ok, type Result } from '../result'
import { parseAccounts, unknownKey } from './accounts'
import type { ConfigError } from './errors'

/** Adapters that turn an envelope into a tool's request. */
export const ADAPTER_NAMES = ['webhook', 'zendesk', 'salesforce', 'hubspot', 'jira', 'servicenow', 'slack'] as const

/** One of {@link ADAPTER_NAMES}. */
export type AdapterName = (typeof ADAPTER_NAMES)[number]

/** Adapter-specific options, validated. */
export type AdapterOptions =
  | { adapter: 'webhook' }
  | {
      adapter: 'zendesk'
      subdomain: string
      object: 'ticket' | 'comment'
      ticketId?: number
      tags: string[]
      priority?: string
    }
  | {
      adapter: 'salesforce'
      instanceUrl: string
      apiVersion: string
      sobject: 'Case' | 'Task'
      origin: string
      externalIdField?: string
    }
  | { adapter: 'hubspot'; object: 'ticket' | 'note'; pipeline: string; pipelineStage: string }
  | { adapter: 'jira'; site: string; projectKey: string; issueType: string; labels: string[] }
  | { adapter: 'servicenow'; instance: string; table: string; callerId?: string }
  | { adapter: 'slack' }

/** A validated destination. Holds resolved secrets: never log it or return it from an API. */
export interface Destination {
  name: string
  /** Endpoint for `webhook` and `slack` (resolved from a secret when given as `secret:NAME`). */
  url?: string
  /** Standard Webhooks secrets (`whsec_…`), newest first; every one signs (rotation). */
  secrets: string[]
  /** Event type patterns: exact (`call.status`), prefix (`message.*`) or `*` (all non-audit). */
  events: string[]
  /** Covered by a Business Associate Agreement: may receive every de-identified field kind. */
  baa: boolean
  /** Without a BAA, scrubbed free text is still sent only when this is true. */
  allowFreeText: boolean
  /** Allowlist of `data` fields (applied on top of the BAA rule). */
  fields?: string[]
  /**
   * `year`: `occurredAt` and every safe field holding a date or time are cut to the year (strict Safe Harbor reading of
   * contact dates). Absent: exact timestamps (`"timestamps": "exact"`, the default).
   */
  timestamps?: 'year'
  /** Extra request headers, values resolved from secrets. */
  headers: Record<string, string>
  options: AdapterOptions
  /**
   * The Twilio accounts (a subaccount per clinic) whose events this destination receives; absent: every account.
   * Audit records go to it only when they concern one of these accounts.
   */
  accounts?: string[]
}

/** Validated destinations settings. */
export interface DestinationsConfig {
  destinations: Destination[]
  /** Seconds to wait before each retry; its length is the number of retries. */
  retrySchedule: number[]
  /** Per-request timeout. */
  timeoutMs: number
  /** How long a dead letter is kept in DELIVERY_STATE. */
  deadLetterTtlSeconds: number
}

/** Svix's schedule: 8 attempts over ~27.5 h. Every hop fits the 12 h Queues limit even with +20 % jitter. */
export const DEFAULT_RETRY_SCHEDULE = [5, 300, 1800, 7200, 18000, 36000, 36000]
/** Queues refuse a longer delay. */
export const MAX_RETRY_DELAY_SECONDS = 43_200

const NAME = /^[a-z0-9-]{1,64}$/
const SECRET_REF = /^secret:([A-Z][A-Z0-9_]{0,63})$/
const EVENT_PATTERN = /^(\*|[a-z]+(\.[a-z-]+)*(\.\*)?)$/
const HEADER_NAME = /^[A-Za-z0-9-]{1,64}$/
const SENSITIVE_HEADER = /authorization|cookie|token|key|secret|signature|password/i
const RESERVED_HEADER = /^(webhook-id|webhook-timestamp|webhook-signature|content-type|content-length|host)$/i
const LABEL = /^[a-z0-9][a-z0-9-]{0,62}$/i
const DEFAULT_TTL_DAYS = 14
/** Settings every destination may have; a misspelt one (`acounts`) must not silently widen what it receives. */
const COMMON_KEYS = [
  'name',
  'adapter',
  'url',
  'secret',
  'events',
  'baa',
  'allowFreeText',
  'fields',
  'timestamps',
  'headers',
  'accounts',
]
/** Each adapter's own settings (its `parseAdapterOptions` case). */
const ADAPTER_KEYS: Record<AdapterName, readonly string[]> = {
  webhook: [],
  slack: [],
  zendesk: ['subdomain', 'object', 'ticketId', 'tags', 'priority'],
  salesforce: ['instanceUrl', 'apiVersion', 'sobject', 'origin', 'externalIdField'],
  hubspot: ['object', 'pipeline', 'pipelineStage'],
  jira: ['site', 'projectKey', 'issueType', 'labels'],
  servicenow: ['instance', 'table', 'callerId'],
}
const COMMITTED_SECRET = 'must name a Worker secret ("secret:NAME") when written in wrangler.toml'

type Check<T> = Result<T, ConfigError>
type Raw = Record<string, unknown>

/** How `secret:NAME` references are read. */
export interface DestinationsOptions {
  /**
   * Accept every reference without reading the secret, standing in a well-formed placeholder: for tools that check a
   * configuration file without the deployment's secrets (`npm run dataflow`, `npm run setup`). Never in the Worker.
   */
  placeholders?: boolean
}

/** What a referenced secret stands for, so a placeholder can have the right shape. */
type SecretUse = 'url' | 'secret' | 'header'

const PLACEHOLDERS: Record<SecretUse, string> = {
  url: 'https://placeholder.example.org/',
  secret: `whsec_${btoa('placeholder-key-for-offline-checks')}`,
  header: 'placeholder',
}

/** Parses the destinations settings. */
export function parseDestinationsConfig(
  env: Env,
  options: DestinationsOptions = {},
): Result<DestinationsConfig, ConfigError> {
  const schedule = parseSchedule(env.DELIVERY_RETRY_SCHEDULE)
  if (!schedule.ok) return schedule
  const timeout = parseInteger(env.DELIVERY_TIMEOUT_SECONDS, 'DELIVERY_TIMEOUT_SECONDS', 15, 1, 60)
  if (!timeout.ok) return timeout
  const ttlDays = parseInteger(
    env.DELIVERY_DEAD_LETTER_TTL_DAYS,
    'DELIVERY_DEAD_LETTER_TTL_DAYS',
    DEFAULT_TTL_DAYS,
    1,
    365,
  )
  if (!ttlDays.ok) return ttlDays
  const list = parseList(env.DESTINATIONS)
  if (!list.ok) return list
  // A structured array comes from wrangler.toml (or a JSON var in the dashboard): a committed file, not a secret.
  const committed = Array.isArray(env.DESTINATIONS)
  const destinations: Destination[] = []
  const seen = new Set<string>()
  for (const [index, raw] of list.value.entries()) {
    const resolve: Resolver = (value, use) => resolveValue(value, env, options.placeholders ? use : undefined)
    const destination = parseDestination(raw, index, resolve, committed)
    if (!destination.ok) return destination
    if (seen.has(destination.value.name)) {
      return err({ setting: `DESTINATIONS[${destination.value.name}].name`, problem: 'is used twice' })
    }
    seen.add(destination.value.name)
    destinations.push(destination.value)
  }
  return ok({
    destinations,
    retrySchedule: schedule.value,
    timeoutMs: timeout.value * 1000,
    deadLetterTtlSeconds: ttlDays.value * 86_400,
  })
}

function parseSchedule(raw: string | undefined): Check<number[]> {
  if (raw === undefined || raw.trim() === '') return ok(DEFAULT_RETRY_SCHEDULE)
  const parts = raw.split(',').map((part) => part.trim())
  const values = parts.map(Number)
  const valid = values.every((v, i) => parts[i] !== '' && Number.isInteger(v) && v >= 0 && v <= MAX_RETRY_DELAY_SECONDS)
  if (!valid || values.length > 99) {
    return err({
      setting: 'DELIVERY_RETRY_SCHEDULE',
      problem: `must be a comma-separated list of at most 99 whole seconds, each 0..${MAX_RETRY_DELAY_SECONDS}`,
    })
  }
  return ok(values)
}

function parseInteger(
  raw: string | undefined,
  setting: string,
  fallback: number,
  min: number,
  max: number,
): Check<number> {
  if (raw === undefined || raw.trim() === '') return ok(fallback)
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    return err({ setting, problem: `must be an integer between ${min} and ${max}` })
  }
  return ok(value)
}

function parseList(raw: Env['DESTINATIONS']): Check<unknown[]> {
  if (raw === undefined) return ok([])
  if (Array.isArray(raw)) return ok(raw)
  if (typeof raw !== 'string')
    return err({ setting: 'DESTINATIONS', problem: 'must be a JSON array or a TOML array of tables' })
  if (raw.trim() === '') return ok([])
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return err({ setting: 'DESTINATIONS', problem: 'is not valid JSON' })
  }
  if (!Array.isArray(parsed)) return err({ setting: 'DESTINATIONS', problem: 'must be a JSON array' })
  return ok(parsed)
}

type Resolver = (raw: unknown, use: SecretUse) => Result<string, string>

function parseDestination(raw: unknown, index: number, resolve: Resolver, committed: boolean): Check<Destination> {
  if (!isRecord(raw)) return err({ setting: `DESTINATIONS[${index}]`, problem: 'must be an object' })
  if (typeof raw.name !== 'string' || !NAME.test(raw.name)) {
    return err({ setting: `DESTINATIONS[${index}].name`, problem: 'must be 1-64 characters of a-z, 0-9 and -' })
  }
  const name = raw.name
  const at = (key: string) => `DESTINATIONS[${name}].${key}`
  const fail = (key: string, problem: string): { ok: false; error: ConfigError } => err({ setting: at(key), problem })

  const adapter = raw.adapter ?? 'webhook'
  if (typeof adapter !== 'string' || !(ADAPTER_NAMES as readonly string[]).includes(adapter)) {
    return fail('adapter', `must be one of ${ADAPTER_NAMES.join(', ')}`)
  }
  const unknown = unknownKey(raw, [...COMMON_KEYS, ...ADAPTER_KEYS[adapter as AdapterName]], `DESTINATIONS[${name}]`)
  if (unknown) return err(unknown)
  const options = parseAdapterOptions(adapter as AdapterName, raw, at)
  if (!options.ok) return options

  let url: string | undefined
  if (adapter === 'webhook' || adapter === 'slack') {
    // A Slack incoming-webhook URL is itself the credential.
    if (committed && adapter === 'slack' && !isSecretRef(raw.url)) return fail('url', COMMITTED_SECRET)
    const resolved = resolve(raw.url, 'url')
    if (!resolved.ok) return fail('url', resolved.error)
    if (!isAllowedUrl(resolved.value)) return fail('url', 'must be an https URL (http only for localhost)')
    url = resolved.value
  } else if (raw.url !== undefined) {
    return fail('url', `is not used by the ${adapter} adapter (its endpoint comes from the adapter options)`)
  }

  const literalSecret = [raw.secret].flat().some((item) => item !== undefined && !isSecretRef(item))
  if (committed && literalSecret) return fail('secret', COMMITTED_SECRET)
  const secrets = parseSecrets(raw.secret, resolve)
  if (!secrets.ok) return fail('secret', secrets.error)
  if (adapter === 'webhook' && secrets.value.length === 0) return fail('secret', 'is required for the webhook adapter')

  const events = raw.events ?? ['*']
  if (
    !Array.isArray(events) ||
    events.length === 0 ||
    !events.every((e) => typeof e === 'string' && EVENT_PATTERN.test(e))
  ) {
    return fail('events', 'must be a non-empty array of event types or patterns such as "message.*"')
  }

  if (raw.baa !== undefined && typeof raw.baa !== 'boolean') return fail('baa', 'must be true or false')
  if (raw.allowFreeText !== undefined && typeof raw.allowFreeText !== 'boolean') {
    return fail('allowFreeText', 'must be true or false')
  }
  let fields: string[] | undefined
  if (raw.fields !== undefined) {
    if (!Array.isArray(raw.fields) || !raw.fields.every((f) => typeof f === 'string' && f.length > 0)) {
      return fail('fields', 'must be an array of data field names')
    }
    fields = raw.fields as string[]
  }

  if (raw.timestamps !== undefined && raw.timestamps !== 'exact' && raw.timestamps !== 'year') {
    return fail('timestamps', 'must be "exact" or "year"')
  }

  const headers = parseHeaders(raw.headers, resolve, at)
  if (!headers.ok) return headers

  const accounts = raw.accounts === undefined ? undefined : parseAccounts(raw.accounts, at('accounts'))
  if (accounts && !accounts.ok) return accounts

  return ok({
    name,
    ...(url === undefined ? {} : { url }),
    secrets: secrets.value,
    events: events as string[],
    baa: raw.baa === true,
    allowFreeText: raw.allowFreeText === true,
    ...(fields === undefined ? {} : { fields }),
    ...(raw.timestamps === 'year' ? { timestamps: 'year' as const } : {}),
    headers: headers.value,
    options: options.value,
    ...(accounts ? { accounts: accounts.value } : {}),
  })
}

function parseAdapterOptions(adapter: AdapterName, raw: Raw, at: (key: string) => string): Check<AdapterOptions> {
  const text = (key: string, pattern: RegExp, fallback?: string): Check<string> => {
    const value = raw[key] ?? fallback
    if (typeof value === 'string' && pattern.test(value)) return ok(value)
    return err({ setting: at(key), problem: value === undefined ? 'is required' : 'has an invalid format' })
  }
  const labels = (key: string): Check<string[]> => {
    const value = raw[key] ?? []
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' && LABEL.test(v))) return ok(value as string[])
    return err({ setting: at(key), problem: 'must be an array of short labels (letters, digits, -)' })
  }
  switch (adapter) {
    case 'webhook':
    case 'slack':
      return ok({ adapter })
    case 'zendesk': {
      const subdomain = text('subdomain', /^[a-z0-9][a-z0-9-]{0,62}$/)
      if (!subdomain.ok) return subdomain
      const object = text('object', /^(ticket|comment)$/, 'ticket')
      if (!object.ok) return object
      const tags = labels('tags')
      if (!tags.ok) return tags
      const base = {
        adapter,
        subdomain: subdomain.value,
        object: object.value as 'ticket' | 'comment',
        tags: tags.value,
      }
      let withTicket: typeof base & { ticketId?: number } = base
      if (object.value === 'comment') {
        // A private comment on one standing ticket (e.g. an intake queue): the ticket must exist.
        const ticketId = raw.ticketId
        if (typeof ticketId !== 'number' || !Number.isInteger(ticketId) || ticketId < 1) {
          return err({ setting: at('ticketId'), problem: 'is required for object "comment" (a positive integer)' })
        }
        withTicket = { ...base, ticketId }
      }
      if (raw.priority === undefined) return ok(withTicket)
      const priority = text('priority', /^(low|normal|high|urgent)$/)
      if (!priority.ok) return priority
      return ok({ ...withTicket, priority: priority.value })
    }
    case 'salesforce': {
      const instanceUrl = text('instanceUrl', /^https:\/\/[a-z0-9.-]+$/i)
      if (!instanceUrl.ok) return instanceUrl
      const apiVersion = text('apiVersion', /^v\d{2,3}\.\d$/, 'v60.0')
      if (!apiVersion.ok) return apiVersion
      const sobject = text('sobject', /^(Case|Task)$/, 'Case')
      if (!sobject.ok) return sobject
      const origin = text('origin', /^[A-Za-z0-9 -]{1,40}$/, 'Phone')
      if (!origin.ok) return origin
      const base = { adapter, instanceUrl: instanceUrl.value, apiVersion: apiVersion.value, origin: origin.value }
      const typed = { ...base, sobject: sobject.value as 'Case' | 'Task' }
      if (raw.externalIdField === undefined) return ok(typed)
      const externalIdField = text('externalIdField', /^[A-Za-z][A-Za-z0-9_]{0,38}__c$/)
      if (!externalIdField.ok) return externalIdField
      return ok({ ...typed, externalIdField: externalIdField.value })
    }
    case 'hubspot': {
      const object = text('object', /^(ticket|note)$/, 'ticket')
      if (!object.ok) return object
      const pipeline = text('pipeline', /^[A-Za-z0-9_-]{1,64}$/, '0')
      if (!pipeline.ok) return pipeline
      const pipelineStage = text('pipelineStage', /^[A-Za-z0-9_-]{1,64}$/, '1')
      if (!pipelineStage.ok) return pipelineStage
      return ok({
        adapter,
        object: object.value as 'ticket' | 'note',
        pipeline: pipeline.value,
        pipelineStage: pipelineStage.value,
      })
    }
    case 'jira': {
      const site = text('site', /^[a-z0-9][a-z0-9-]{0,62}$/)
      if (!site.ok) return site
      const projectKey = text('projectKey', /^[A-Z][A-Z0-9_]{1,19}$/)
      if (!projectKey.ok) return projectKey
      const issueType = text('issueType', /^[A-Za-z0-9 -]{1,40}$/, 'Task')
      if (!issueType.ok) return issueType
      const issueLabels = labels('labels')
      if (!issueLabels.ok) return issueLabels
      return ok({
        adapter,
        site: site.value,
        projectKey: projectKey.value,
        issueType: issueType.value,
        labels: issueLabels.value,
      })
    }
    case 'servicenow': {
      const instance = text('instance', /^[a-z0-9][a-z0-9-]{0,62}$/)
      if (!instance.ok) return instance
      const table = text('table', /^[a-z][a-z0-9_]{0,79}$/, 'incident')
      if (!table.ok) return table
      if (raw.callerId === undefined) return ok({ adapter, instance: instance.value, table: table.value })
      const callerId = text('callerId', /^[a-f0-9]{32}$/)
      if (!callerId.ok) return callerId
      return ok({ adapter, instance: instance.value, table: table.value, callerId: callerId.value })
    }
  }
}

/**
 * A literal string, or `secret:NAME` resolved from the Worker's secrets (or a placeholder shaped for `placeholder`
 * when the secrets are not at hand). The problem never quotes the value.
 */
function resolveValue(raw: unknown, env: Env, placeholder?: SecretUse): Result<string, string> {
  if (typeof raw !== 'string' || raw === '') return err('is required')
  const ref = SECRET_REF.exec(raw)
  if (!ref) return ok(raw)
  if (placeholder) return ok(PLACEHOLDERS[placeholder])
  const value = (env as unknown as Record<string, unknown>)[ref[1] as string]
  if (typeof value !== 'string' || value === '') return err(`refers to secret ${ref[1]}, which is not set`)
  return ok(value)
}

function parseSecrets(raw: unknown, resolve: Resolver): Result<string[], string> {
  if (raw === undefined) return ok([])
  const list = Array.isArray(raw) ? raw : [raw]
  if (list.length === 0 || list.length > 5) return err('must be one secret or an array of up to 5 (rotation)')
  const secrets: string[] = []
  for (const item of list) {
    const resolved = resolve(item, 'secret')
    if (!resolved.ok) return resolved
    if (!isWebhookSecret(resolved.value))
      return err('must be a Standard Webhooks key (the whsec prefix, then base64 of 24-64 bytes)')
    secrets.push(resolved.value)
  }
  return ok(secrets)
}

function parseHeaders(raw: unknown, resolve: Resolver, at: (key: string) => string): Check<Record<string, string>> {
  if (raw === undefined) return ok({})
  if (!isRecord(raw)) return err({ setting: at('headers'), problem: 'must be an object of header name to value' })
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(raw)) {
    const setting = at(`headers.${HEADER_NAME.test(name) ? name : '?'}`)
    if (!HEADER_NAME.test(name) || RESERVED_HEADER.test(name))
      return err({ setting, problem: 'is not an allowed header name' })
    if (typeof value !== 'string') return err({ setting, problem: 'must be a string' })
    if (SENSITIVE_HEADER.test(name) && !SECRET_REF.test(value)) {
      return err({ setting, problem: 'must reference a Worker secret ("secret:NAME"), not hold the value' })
    }
    const resolved = resolve(value, 'header')
    if (!resolved.ok) return err({ setting, problem: resolved.error })
    if (/[\r\n]/.test(resolved.value)) return err({ setting, problem: 'must be a single line' })
    headers[name] = resolved.value
  }
  return ok(headers)
}

/** Names of the Worker secrets a DESTINATIONS value refers to (`secret:NAME`), sorted, each once. */
export function secretReferences(destinations: unknown): string[] {
  const text = typeof destinations === 'string' ? destinations : JSON.stringify(destinations ?? [])
  const names = [...text.matchAll(/"secret:([A-Z][A-Z0-9_]{0,63})"/g)].map((m) => m[1] as string)
  return [...new Set(names)].sort()
}

function isSecretRef(value: unknown): boolean {
  return typeof value === 'string' && SECRET_REF.test(value)
}

function isWebhookSecret(value: string): boolean {
  if (!value.startsWith('whsec_')) return false
  try {
    const bytes = atob(value.slice(6)).length
    return bytes >= 24 && bytes <= 64
  } catch {
    return false
  }
}

function isAllowedUrl(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.username || url.password) return false
  if (url.protocol === 'https:') return true
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1')
}

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
