/**
 * The OpenAPI 3.1 document of the API, built from the route table (src/openapi/routes.ts) and the request schemas the
 * routes check against (src/openapi/requests.ts). Static: no configuration, no secret, no data, the same for every
 * deployment, so it is served without a key and may be cached.
 */
import type { Schema } from './json-schema'
import { COMPONENT_SCHEMAS } from './responses'
import { API_ROUTES, type ApiResponse, type ApiRoute } from './routes'

/** The version of the API this document describes (the `/v1` of its paths; bumped with a change of contract). */
export const API_VERSION = '1.0.0'

const SECURITY_SCHEME = 'adminKey'

/** The errors every route with a scope can answer, before and besides its own (src/routes/auth.ts, src/index.ts). */
export const ADMIN_ERRORS: Readonly<Record<number, ApiResponse>> = {
  400: { description: 'A `Content-Length` that is not a number.', errors: ['invalid-request'] },
  401: {
    description: 'No API key, an unknown one, or an expired one.',
    errors: ['unauthorized'],
    headers: { 'WWW-Authenticate': 'Bearer realm="phi-firewall" (`error="invalid_token"` for an expired key).' },
  },
  403: {
    description: "The key lacks the route's scope (`scope` names it).",
    errors: ['forbidden'],
    headers: { 'WWW-Authenticate': 'Bearer realm="phi-firewall", error="insufficient_scope", scope="<scope>"' },
  },
  429: {
    description: 'Too many failed logins from this client: refused until the window ends.',
    errors: ['too-many-failed-logins'],
    headers: { 'Retry-After': 'Seconds until the client may try again.' },
  },
  500: {
    description: 'A setting of the deployment is invalid (the log names it).',
    contentType: 'text/plain',
    schema: { type: 'string' },
  },
  503: {
    description:
      'The audit trail cannot store the record of the call or of its refusal (nothing was done), or the login ' +
      'throttle cannot answer.',
    errors: ['audit-unavailable', 'unavailable'],
    headers: { 'Retry-After': 'Seconds to wait (audit-unavailable).' },
  },
}

type Json = Record<string, unknown>

let built: Json | undefined

/** The document (built once per isolate). */
export function openApiDocument(): Json {
  built ??= {
    openapi: '3.1.0',
    info: {
      title: 'PHI firewall for Twilio: admin API',
      version: API_VERSION,
      description:
        'The admin API of the PHI firewall (docs/vault.md, docs/tools.md): reveal, find and erase tokens, text a ' +
        "patient by token, load the clinic's roster, read the audit trail, replay dead letters. Every call needs a " +
        "bearer API key holding the route's scope (`security` lists it) and is audited before it answers. Errors are " +
        '`{"error": code, "detail": text}`; a detail names the field and the rule, never a value that was sent. ' +
        "The Twilio webhook routes (`POST /twilio/*`) are Twilio's contract, not part of this API.",
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [
      { name: 'tokens', description: 'Reveal, find and erase tokens.' },
      { name: 'messages', description: 'Reply to a patient by token.' },
      { name: 'roster', description: "The clinic's known identifiers (keyed hashes)." },
      { name: 'audit', description: 'The durable, hash-chained audit trail.' },
      { name: 'delivery', description: 'Dead letters: failed deliveries to destinations.' },
      { name: 'config', description: 'What the running configuration does with data.' },
      { name: 'health', description: 'Liveness, readiness and this document.' },
    ],
    paths: paths(API_ROUTES),
    components: {
      securitySchemes: {
        [SECURITY_SCHEME]: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An admin API key (`npx phi-firewall keys create`); the deployment keeps only its SHA-256 in ADMIN_API_KEYS, ' +
            'with the scopes it holds. The scope each route needs is listed in its `security`.',
        },
      },
      schemas: COMPONENT_SCHEMAS,
    },
  }
  return built
}

function paths(routes: readonly ApiRoute[]): Json {
  const out: Record<string, Json> = {}
  for (const route of routes) (out[route.path] ??= {})[route.method] = operation(route)
  return out
}

function operation(route: ApiRoute): Json {
  const parameters = [
    ...Object.entries(route.pathParameters ?? {}).map(([name, schema]) => ({
      name,
      in: 'path',
      required: true,
      schema,
    })),
    ...(route.query ?? []).map(({ name, required, description, schema }) => ({
      name,
      in: 'query',
      ...(required ? { required } : {}),
      description,
      schema,
    })),
  ]
  return {
    operationId: operationId(route),
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    ...(route.deprecated ? { deprecated: true } : {}),
    security: route.scope ? [{ [SECURITY_SCHEME]: [route.scope] }] : [],
    ...(parameters.length ? { parameters } : {}),
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } } : {}),
    responses: responses(route),
  }
}

/** The route's own answers and, for a route with a scope, the common errors merged in (codes joined). */
export function documentedResponses(route: ApiRoute): Record<number, ApiResponse[]> {
  const out: Record<number, ApiResponse[]> = {}
  for (const [status, answer] of Object.entries(route.responses)) (out[Number(status)] ??= []).push(answer)
  if (route.scope)
    for (const [status, answer] of Object.entries(ADMIN_ERRORS)) (out[Number(status)] ??= []).push(answer)
  return out
}

function responses(route: ApiRoute): Json {
  const out: Json = {}
  for (const [status, answers] of Object.entries(documentedResponses(route))) {
    const content: Record<string, { schema: Schema }> = {}
    const codes = [...new Set(answers.flatMap((a) => a.errors ?? []))]
    if (codes.length) content['application/json'] = { schema: problemSchema(codes) }
    for (const answer of answers) {
      if (!answer.schema) continue
      const type = answer.contentType ?? 'application/json'
      const other = content[type]
      content[type] = { schema: other ? { oneOf: [other.schema, answer.schema] } : answer.schema }
    }
    const headers = Object.assign({}, ...answers.map((a) => a.headers ?? {})) as Record<string, string>
    out[status] = {
      description: answers.map((a) => a.description).join(' Or: '),
      ...(Object.keys(headers).length
        ? {
            headers: Object.fromEntries(
              Object.entries(headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }]),
            ),
          }
        : {}),
      ...(Object.keys(content).length ? { content } : {}),
    }
  }
  return out
}

/** `{"error": one of codes, "detail"?: text}` (a 403 of the key check also names the `scope`). */
function problemSchema(codes: readonly string[]): Schema {
  return {
    type: 'object',
    required: ['error'],
    properties: {
      error: { type: 'string', enum: codes },
      detail: {
        type: 'string',
        description: 'What is wrong, in our words: the field and the rule, never a value sent.',
      },
      ...(codes.includes('forbidden') ? { scope: { type: 'string', description: 'The scope the key lacks.' } } : {}),
    },
  }
}

function operationId(route: ApiRoute): string {
  const words = route.path
    .split('/')
    .filter((part) => part && part !== 'v1')
    .map((part) => part.replace(/[{}]/g, '').replace(/\.json$/, ''))
    .flatMap((part) => part.split(/[-.]/))
  const name = [route.method, ...(words.length ? words : ['root'])]
  return name.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('')
}
