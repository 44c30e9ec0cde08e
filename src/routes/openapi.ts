/**
 * `GET /v1/openapi.json`: the OpenAPI 3.1 document of the API (src/openapi/document.ts). No key, no configuration, no
 * data: the same document for every deployment, so it answers even while a setting is invalid and may be cached.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { openApiDocument } from '../openapi/document'

/** Routes mounted at `/v1/openapi.json`. */
export const openApiRoutes = new Hono<AppEnv>()

/** How long a client or cache may keep the document (it changes only with a deployment). */
const MAX_AGE_SECONDS = 3600

openApiRoutes.get('/', function openApi(c) {
  c.header('Cache-Control', `public, max-age=${MAX_AGE_SECONDS}`)
  return c.json(openApiDocument())
})
