/** The five Twilio webhook routes. STUB (issue 2 replaces it). */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'

/** Routes mounted under `/twilio`. */
export const twilioRoutes = new Hono<AppEnv>()
