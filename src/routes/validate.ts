/**
 * Request checks of the admin API through Hono's validator (`hono/validator`), against the schema objects of
 * src/openapi/requests.ts that the OpenAPI document publishes: one source for both. A refusal is the route's own
 * (audited, in its error shape); its detail names the field and the rule, never what was sent.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { validator } from 'hono/validator'
import type { AppEnv } from '../app-env'
import { checkSchema, describeInvalid, type Schema } from '../openapi/json-schema'
import type { QueryParameter } from '../openapi/requests'

/** Why a request was not taken: the status to answer, our own description, and what of the body could be parsed. */
export interface RequestProblem {
  status: 400 | 415
  /** The field that does not fit (`tokens[2]`, `limit`), empty for the body as a whole. */
  field: string
  detail: string
  /** The parsed body, for a refusal that audits the ids it holds (a valid `to` token); undefined when none parsed. */
  body?: Record<string, unknown>
}

/** Answers a request that does not fit (a Response, or throws the route's HTTPException). */
export type Refusal = (c: Context<AppEnv>, problem: RequestProblem) => Response | Promise<Response>

type JsonInput<T> = { in: { json: T }; out: { json: T } }
type QueryInput<T> = { in: { query: Record<string, string> }; out: { query: T } }

const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json$/i

/**
 * Middleware factory: the request's JSON body, checked against `schema` (an object schema), becomes
 * `c.req.valid('json')`. Not JSON by its Content-Type: 415; not parseable or not fitting: 400.
 */
export function jsonBody<T extends object>(
  schema: Schema,
  refuse: Refusal,
): MiddlewareHandler<AppEnv, string, JsonInput<T>> {
  if (schema.type !== 'object') throw new Error('a JSON body schema must describe an object')
  const check = validator('json', async (value: unknown, c: Context<AppEnv>) => {
    const checked = checkSchema(schema, value)
    if (checked.ok) return checked.value as T
    const { path, rule } = checked.error
    return await refuse(c, { status: 400, field: path, detail: describeInvalid({ path, rule }), ...objectBody(value) })
  })
  const notAnObject: RequestProblem = {
    status: 400,
    field: '',
    detail: schema['x-invalid'] ?? 'the body must be a JSON object',
  }
  return async function validJsonBody(c, next) {
    // Read here (Hono caches the body) so that no body, another media type and malformed JSON are refused in the
    // route's own shape rather than Hono's.
    if ((await c.req.text()).trim() === '') return await refuse(c, notAnObject)
    const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim() ?? ''
    if (!JSON_MEDIA_TYPE.test(mediaType)) {
      return await refuse(c, {
        status: 415,
        field: '',
        detail: 'send the body as JSON (Content-Type: application/json)',
      })
    }
    try {
      await c.req.json()
    } catch {
      return await refuse(c, notAnObject)
    }
    return (await check(c as never, next)) as Response | undefined
  }
}

/**
 * Middleware factory: the query parameters named in `parameters`, checked against their schemas (an `integer`
 * parameter is read as a decimal number), become `c.req.valid('query')`. Other parameters are ignored; a parameter
 * given twice is refused (400).
 */
export function queryParams<T extends object>(
  parameters: readonly QueryParameter[],
  refuse: Refusal,
): MiddlewareHandler<AppEnv, string, QueryInput<T>> {
  const check = validator('query', async (query: Record<string, string | string[]>, c: Context<AppEnv>) => {
    const valid: Record<string, string | number> = {}
    for (const { name, required, schema } of parameters) {
      const raw = query[name]
      if (raw === undefined) {
        if (required) return await refuse(c, { status: 400, field: name, detail: `${name} is required` })
        continue
      }
      if (Array.isArray(raw)) return await refuse(c, { status: 400, field: name, detail: `${name} must be given once` })
      const value = schema.type === 'integer' ? (/^-?\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN) : raw
      const checked = checkSchema(schema, value)
      if (!checked.ok) {
        const rule = schema['x-invalid'] ?? checked.error.rule
        return await refuse(c, { status: 400, field: name, detail: describeInvalid({ path: name, rule }) })
      }
      valid[name] = value
    }
    return valid as T
  })
  return check as unknown as MiddlewareHandler<AppEnv, string, QueryInput<T>>
}

function objectBody(value: unknown): { body?: Record<string, unknown> } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? { body: value as Record<string, unknown> }
    : {}
}
