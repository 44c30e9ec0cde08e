/** `/v1/dead-letters`: list and replay. STUB (issue 5 replaces it). */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'

/** Routes mounted under `/v1/dead-letters`. */
export const deadLetterRoutes = new Hono<AppEnv>()
