/**
 * Bearer API keys for the admin API. STUB (issue 4 replaces it): refuses everything (fail closed).
 */
import { HTTPException } from 'hono/http-exception'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env'

/** Scopes an admin API key can hold. */
export type AdminScope = 'detokenize' | 'messages' | 'erase' | 'dead-letters'

/** Middleware factory: requires a bearer API key holding `scope` (401 without a key, 403 without the scope). */
export const requireApiKey = (scope: AdminScope) =>
  createMiddleware<AppEnv>(async function requireApiKey(_c, _next) {
    void scope
    throw new HTTPException(401, { message: 'Unauthorized' })
  })
