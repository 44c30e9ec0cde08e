/**
 * The OpenAPI document against the real app: it has the shape of an OpenAPI 3.1 document, every route the Hono app
 * registers is in it (and nothing else), and every status it documents for a route really happens, either through
 * a request made here or in the named test that covers it. A new route fails these tests until it has its entry in
 * src/openapi/routes.ts, and a new documented status fails them until a request here (or elsewhere) produces it.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import { app } from '../../src/index'
import { checkSchema, type Schema } from '../../src/openapi/json-schema'
import { ADMIN_ERRORS, documentedResponses } from '../../src/openapi/document'
import { API_ROUTES, type ApiRoute } from '../../src/openapi/routes'
import { DEAD_LETTER_PREFIX } from '../../src/delivery/dead-letters'
import { TENANT_A, TENANT_B, vaultOf } from '../vault/helpers'
import { BASE, MESSAGE_SID, stubFetch } from './helpers'

afterEach(() => vi.restoreAllMocks())

// biome-ignore lint/suspicious/noExplicitAny: walks an arbitrary JSON document by path
type Json = Record<string, any>

const ALL = 'test-admin-all'
const NO_SCOPE = 'test-admin-none'
const keyOf = (route: ApiRoute) => `${route.method.toUpperCase()} ${route.path}`

/** The route's path with each parameter replaced by its schema's first example. */
function urlOf(route: ApiRoute, query = ''): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    String(route.pathParameters?.[name]?.examples?.[0]),
  )
  return `${BASE}${path}${query}`
}

interface Call {
  key?: string
  body?: string
  contentType?: string
  query?: string
  headers?: Record<string, string>
  env?: Partial<Env>
}

/** One request to the app; with `env`, through app.fetch with those bindings replaced. */
async function send(route: ApiRoute, call: Call = {}): Promise<Response> {
  const headers: Record<string, string> = { ...call.headers }
  if (call.key) headers.Authorization = `Bearer ${call.key}`
  if (call.body !== undefined) headers['Content-Type'] = call.contentType ?? 'application/json'
  const request = new Request(urlOf(route, call.query), {
    method: route.method.toUpperCase(),
    headers,
    body: call.body ?? null,
  })
  if (!call.env) return exports.default.fetch(request)
  const ctx = createExecutionContext()
  const res = await app.fetch(request, { ...(env as unknown as Env), ...call.env } as Env, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

function failingTrail(): Env['AUDIT_TRAIL'] {
  const down = async () => {
    throw new Error('storage unavailable')
  }
  const stub = { append: down, query: down, verify: down, head: down, prune: down }
  return { idFromName: () => ({}), get: () => stub } as unknown as Env['AUDIT_TRAIL']
}

let addresses = 0
/** A client address of its own, so failed logins here never lock out another request. */
const freshClient = () => ({ 'CF-Connecting-IP': `192.0.2.${++addresses}` })

/** Checks a JSON answer against what the document says of that status (error code or shape). */
async function expectDocumented(route: ApiRoute, res: Response, status: number): Promise<void> {
  expect(res.status, `${keyOf(route)} answered ${res.status}, expected ${status}`).toBe(status)
  const answers = documentedResponses(route)[status]
  expect(answers, `${keyOf(route)} does not document ${status}`).toBeDefined()
  if (!res.headers.get('Content-Type')?.includes('application/json')) return
  const body: unknown = await res.json()
  const codes = answers!.flatMap((a) => a.errors ?? [])
  const shapes = answers!.flatMap((a) =>
    a.schema && (a.contentType ?? 'application/json') === 'application/json' ? [a.schema] : [],
  )
  const fitsShape = shapes.some((schema) => checkSchema(schema, body).ok)
  const fitsError = codes.includes((body as Json)?.error)
  expect(
    fitsShape || fitsError,
    `${keyOf(route)} ${status}: ${JSON.stringify(body)} is not what the document says`,
  ).toBe(true)
}

describe('GET /v1/openapi.json', () => {
  it('is served without a key, cacheable, even while a setting is invalid', async () => {
    const res = await exports.default.fetch(`${BASE}/v1/openapi.json`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toContain('application/json')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=3600')
    const broken = await send(API_ROUTES.find((r) => r.path === '/v1/openapi.json')!, {
      env: { ADMIN_API_KEYS: 'not json' },
    })
    expect(broken.status).toBe(200)
  })

  it('has the shape of an OpenAPI 3.1 document', async () => {
    const doc = (await (await exports.default.fetch(`${BASE}/v1/openapi.json`)).json()) as Json
    expect(doc.openapi).toBe('3.1.0')
    expect(typeof doc.info.title).toBe('string')
    expect(typeof doc.info.version).toBe('string')
    expect(doc.components.securitySchemes.adminKey).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }))
    const operationIds = new Set<string>()
    const text = JSON.stringify(doc)
    for (const ref of text.match(/"\$ref":"[^"]+"/g) ?? []) {
      const target = ref.slice(8, -1).replace(/^#\//, '').split('/')
      expect(
        target.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], doc),
        `${ref} resolves`,
      ).toBeDefined()
    }
    for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
      expect(path.startsWith('/')).toBe(true)
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      for (const [method, op] of Object.entries(item)) {
        expect(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']).toContain(method)
        expect(operationIds.has(op.operationId), `operationId ${op.operationId} is unique`).toBe(false)
        operationIds.add(op.operationId)
        const inPath = (op.parameters ?? []).filter((p: Json) => p.in === 'path')
        expect(inPath.map((p: Json) => p.name).sort(), `${method} ${path} path parameters`).toEqual(templated)
        for (const p of op.parameters ?? []) {
          expect(['path', 'query', 'header', 'cookie']).toContain(p.in)
          if (p.in === 'path') expect(p.required).toBe(true)
          expect(typeof p.schema).toBe('object')
        }
        for (const requirement of op.security)
          for (const name of Object.keys(requirement)) expect(doc.components.securitySchemes[name]).toBeDefined()
        expect(Object.keys(op.responses).length).toBeGreaterThan(0)
        for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
          expect(status).toMatch(/^[1-5]\d\d$/)
          expect(typeof response.description).toBe('string')
          for (const media of Object.values((response.content ?? {}) as Record<string, Json>))
            expect(typeof media.schema).toBe('object')
        }
        if (op.requestBody) expect(op.requestBody.content['application/json'].schema.type).toBe('object')
      }
    }
  })

  it('documents every route the app registers, and no route it does not have', () => {
    const registered = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL' && (r.path.startsWith('/v1/') || r.path === '/' || r.path === '/ready'))
        .map((r) => `${r.method} ${r.path.replace(/\/$/, '') || '/'}`.replace(/:(\w+)/g, '{$1}')),
    )
    const documented = new Set(API_ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`))
    expect(
      [...registered].filter((r) => !documented.has(r)),
      'registered but not documented',
    ).toEqual([])
    expect(
      [...documented].filter((r) => !registered.has(r)),
      'documented but not registered',
    ).toEqual([])
  })

  it('publishes the request schemas the routes check against', async () => {
    const doc = (await (await exports.default.fetch(`${BASE}/v1/openapi.json`)).json()) as Json
    for (const route of API_ROUTES.filter((r) => r.body)) {
      expect(doc.paths[route.path][route.method].requestBody.content['application/json'].schema).toEqual(route.body)
    }
    for (const route of API_ROUTES.filter((r) => r.scope)) {
      expect(doc.paths[route.path][route.method].security).toEqual([{ adminKey: [route.scope] }])
    }
  })
})

/** A request that makes one documented status happen; `setup` runs first. */
type Representative = (route: ApiRoute) => Promise<Response>

const PHONE_TOKEN = async () =>
  (
    await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'PHONE', value: '+14155550142' }])
  )[0]!
const NAME_TOKEN = async () =>
  (
    await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'NAME', value: 'Openapi Person' }])
  )[0]!
const json = (value: unknown) => JSON.stringify(value)

/** Stores a dead letter of a destination this deployment no longer has (de-identified, as the consumer would). */
async function orphanDeadLetter(): Promise<string> {
  const eventId = `evt_${'a'.repeat(64)}`
  const summary = {
    id: `${eventId}.gone-away`,
    eventId,
    destination: 'gone-away',
    type: 'message.received',
    reason: 'exhausted',
    attempts: 8,
    failedAt: '2026-12-01T10:00:00.000Z',
  }
  await env.DELIVERY_STATE.put(
    `${DEAD_LETTER_PREFIX}${summary.id}`,
    JSON.stringify({ ...summary, message: { destination: 'gone-away' } }),
    {
      metadata: summary,
    },
  )
  return summary.id
}
const withDeadLetter = async (route: ApiRoute): Promise<ApiRoute> => ({
  ...route,
  pathParameters: { id: { type: 'string', examples: [await orphanDeadLetter()] } },
})

/** Requests for the statuses no generic request makes, by route and status. */
const SPECIFIC: Record<string, Record<number, Representative>> = {
  'GET /': { 200: (r) => send(r) },
  'GET /ready': { 200: (r) => send(r), 503: (r) => send(r, { env: { ADMIN_API_KEYS: 'not json' } }) },
  'GET /v1/openapi.json': { 200: (r) => send(r) },
  'POST /v1/detokenize': {
    200: (r) => send(r, { key: ALL, body: json({ tokens: ['tok_ZZZZZZZZZZZZZZZZZZZZZZ'], purpose: 'callback' }) }),
  },
  'POST /v1/messages': {
    201: async (r) => {
      stubFetch(() => Response.json({ sid: MESSAGE_SID, status: 'queued' }, { status: 201 }))
      return send(r, { key: ALL, body: json({ to: await PHONE_TOKEN(), body: 'Hi', from: '+15005550006' }) })
    },
    404: (r) =>
      send(r, { key: ALL, body: json({ to: 'tok_ZZZZZZZZZZZZZZZZZZZZZZ', body: 'Hi', from: '+15005550006' }) }),
    422: async (r) => send(r, { key: ALL, body: json({ to: await NAME_TOKEN(), body: 'Hi', from: '+15005550006' }) }),
    502: async (r) => {
      stubFetch(() => Response.json({ code: 21211, message: 'The number +14155550142 is invalid' }, { status: 400 }))
      return send(r, { key: ALL, body: json({ to: await PHONE_TOKEN(), body: 'Hi', from: '+15005550006' }) })
    },
  },
  'POST /v1/tokens/erase': {
    200: (r) => send(r, { key: ALL, body: json({ tokens: ['tok_ZZZZZZZZZZZZZZZZZZZZZZ'] }) }),
  },
  'DELETE /v1/tokens/{token}': { 404: (r) => send(r, { key: ALL }) },
  'POST /v1/tokenize': {
    404: (r) =>
      send(r, {
        key: ALL,
        body: json({ purpose: 'find-thread', type: 'PHONE', value: '+14155550199', accountSid: TENANT_B }),
      }),
    200: async (r) => {
      await PHONE_TOKEN()
      return send(r, {
        key: ALL,
        body: json({ purpose: 'find-thread', type: 'phone', value: '+14155550142', accountSid: TENANT_A }),
      })
    },
  },
  'PUT /v1/known-identifiers': {
    200: (r) =>
      send(r, { key: ALL, body: json({ tenant: TENANT_B, identifiers: [{ type: 'NAME', value: 'Openapi Roster' }] }) }),
  },
  'DELETE /v1/known-identifiers': { 200: (r) => send(r, { key: ALL, query: `?tenant=${TENANT_B}` }) },
  'GET /v1/audit': { 200: (r) => send(r, { key: ALL, query: '?limit=2' }) },
  'GET /v1/audit/export': { 200: (r) => send(r, { key: ALL, query: '?from=2000-01-01&to=2000-01-02' }) },
  'GET /v1/audit/verify': { 200: (r) => send(r, { key: ALL }) },
  'GET /v1/dataflow': { 200: (r) => send(r, { key: ALL }) },
  'GET /v1/metrics': { 200: (r) => send(r, { key: ALL }) },
  'POST /v1/scrub': { 200: (r) => send(r, { key: ALL, body: json({ text: 'call me at 415 555 0142' }) }) },
  'GET /v1/dead-letters': { 200: (r) => send(r, { key: ALL }) },
  'GET /v1/dead-letters/{id}': {
    404: (r) => send(r, { key: ALL }),
    200: async (r) => send(await withDeadLetter(r), { key: ALL }),
  },
  'POST /v1/dead-letters/{id}/replay': {
    404: (r) => send(r, { key: ALL }),
    409: async (r) => send(await withDeadLetter(r), { key: ALL }),
  },
}

/** Statuses that need a whole scenario, and the test that makes them happen. */
const ELSEWHERE: Record<string, Record<number, string>> = {
  'POST /v1/messages': { 504: 'test/admin/messages.test.ts (Twilio times out)' },
  'DELETE /v1/tokens/{token}': { 200: 'test/admin/tokens.test.ts (erases a token by path)' },
  'POST /v1/dead-letters/{id}/replay': { 202: 'test/delivery/dead-letters.test.ts (replays a dead letter)' },
}

/** The statuses the generic requests below make happen for a route. */
function genericStatuses(route: ApiRoute): number[] {
  const statuses = route.scope ? Object.keys(ADMIN_ERRORS).map(Number) : []
  if (route.body) statuses.push(400, 415)
  if (route.query?.length) statuses.push(400)
  return statuses
}

describe('every documented status of every route happens', () => {
  it('every documented status is made to happen here or in a named test', () => {
    const uncovered = API_ROUTES.flatMap((route) =>
      Object.keys(documentedResponses(route))
        .map(Number)
        .filter((status) => !genericStatuses(route).includes(status))
        .filter((status) => !SPECIFIC[keyOf(route)]?.[status] && !ELSEWHERE[keyOf(route)]?.[status])
        .map((status) => `${keyOf(route)} ${status}`),
    )
    expect(uncovered).toEqual([])
  })

  for (const route of API_ROUTES.filter((r) => r.scope)) {
    it(`${keyOf(route)}: 401 without a key, 403 without the scope, 429 when locked out, 500 with a bad setting, 503 without the trail, 400 for a bad Content-Length`, async () => {
      await expectDocumented(route, await send(route, { headers: freshClient() }), 401)
      await expectDocumented(route, await send(route, { key: NO_SCOPE }), 403)
      const lockedOut = { headers: freshClient(), env: { ADMIN_FAILED_LOGIN_LIMIT: '1' } as Partial<Env> }
      await expectDocumented(route, await send(route, { ...lockedOut, key: 'no-such-key' }), 401)
      await expectDocumented(route, await send(route, { ...lockedOut, key: ALL }), 429)
      expect(await send(route, { key: ALL, env: { ADMIN_API_KEYS: 'not json' } }).then((r) => r.status)).toBe(500)
      // Without a key: even a route that audits only refusals (dead letters) cannot refuse unaudited.
      await expectDocumented(
        route,
        await send(route, { headers: freshClient(), env: { AUDIT_TRAIL: failingTrail() } }),
        503,
      )
      const malformedLength = await send(route, { key: ALL, headers: { 'Content-Length': 'abc' }, env: {} })
      await expectDocumented(route, malformedLength, 400)
    })
  }

  for (const route of API_ROUTES.filter((r) => r.body)) {
    it(`${keyOf(route)}: 415 for a body that is not JSON, 400 for one that does not fit, nothing echoed`, async () => {
      const notJson = await send(route, {
        key: ALL,
        body: 'tokens=+14155550123',
        contentType: 'application/x-www-form-urlencoded',
      })
      await expectDocumented(route, notJson.clone(), 415)
      expect(await notJson.text()).not.toContain('4155550123')
      const array = await send(route, { key: ALL, body: json(['+14155550123']) })
      expect(await array.clone().json()).toEqual({ error: 'invalid-request', detail: 'the body must be a JSON object' })
      await expectDocumented(route, array, 400)
      const malformed = await send(route, { key: ALL, body: '{"tokens": [' })
      await expectDocumented(route, malformed, 400)
    })
  }

  for (const route of API_ROUTES.filter((r) => r.query?.length)) {
    it(`${keyOf(route)}: 400 for a query parameter that does not fit, never echoed`, async () => {
      const [first] = route.query!
      const bad = first!.schema.type === 'integer' ? '0' : '+1 415 555 0123'
      const res = await send(route, { key: ALL, query: `?${first!.name}=${encodeURIComponent(bad)}` })
      expect(await res.clone().text()).not.toContain('555')
      await expectDocumented(route, res, 400)
    })
  }

  for (const route of API_ROUTES) {
    const representatives = Object.entries(SPECIFIC[keyOf(route)] ?? {})
    if (!representatives.length) continue
    it(`${keyOf(route)}: ${representatives.map(([status]) => status).join(', ')}`, async () => {
      for (const [status, make] of representatives) {
        vi.restoreAllMocks()
        await expectDocumented(route, await make(route), Number(status))
      }
    })
  }
})

describe('request schemas are the runtime checks', () => {
  it("a body the schema refuses is refused by the route with the schema's rule, and one it takes is taken", async () => {
    const detokenize = API_ROUTES.find((r) => r.path === '/v1/detokenize')!
    const tooMany = { tokens: Array.from({ length: 101 }, () => 'tok_AAAAAAAAAAAAAAAAAAAAAA'), purpose: 'callback' }
    expect(checkSchema(detokenize.body as Schema, tooMany).ok).toBe(false)
    const res = await send(detokenize, { key: ALL, body: json(tooMany) })
    expect(await res.json()).toEqual({ error: 'invalid-request', detail: 'tokens must be a list of 1-100 tokens' })
    const pasted = { tokens: ['tok_AAAAAAAAAAAAAAAAAAAAAA', '+14155550123'], purpose: 'callback' }
    const refused = await send(detokenize, { key: ALL, body: json(pasted) })
    expect(await refused.json()).toEqual({ error: 'invalid-request', detail: 'tokens[1] must be a tok_ token' })
    const roster = API_ROUTES.find((r) => r.method === 'put' && r.path === '/v1/known-identifiers')!
    const gene = {
      identifiers: [
        { type: 'NAME', value: 'Will Tremblay' },
        { type: 'GENE', value: 'Tremblay' },
      ],
    }
    const answer = await send(roster, { key: ALL, body: json(gene) })
    expect(await answer.json()).toEqual({
      error: 'invalid-request',
      detail: 'identifiers[1].type must be one of NAME, DATE, MRN, PHONE, HEALTHPLAN, EMAIL, STREET, ZIP, SSN',
    })
  })
})
