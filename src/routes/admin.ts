/** `/v1` admin API: detokenize, messages, tokens. STUB (issue 4 replaces it). */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'

/** Routes mounted under `/v1`. */
export const adminRoutes = new Hono<AppEnv>()
