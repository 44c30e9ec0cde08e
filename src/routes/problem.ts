/** The admin API's error answer: `{"error": code, "detail": our own text}`, never cached, never quoting a request. */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from '../app-env'

/** Answers an error with a machine-readable code and a sentence of our own (never request data). */
export function problem(c: Context<AppEnv>, status: ContentfulStatusCode, error: string, detail: string): Response {
  c.header('Cache-Control', 'no-store')
  return c.json({ error, detail }, status)
}

/** The error code of a request that does not fit: `unsupported-media-type` (415) or `invalid-request` (400). */
export function requestErrorCode(status: 400 | 415): 'invalid-request' | 'unsupported-media-type' {
  return status === 415 ? 'unsupported-media-type' : 'invalid-request'
}
