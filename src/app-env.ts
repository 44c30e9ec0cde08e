/** Hono environment shared by every route: bindings plus per-request variables. */
import type { Config } from './config'
import type { Env } from './env'

/** Variables set by middleware. */
export interface AppVariables {
  config: Config
  /** Id of the admin API key that authenticated this request (never the key itself). */
  apiKeyId?: string
}

/** The Hono generic for this app. */
export interface AppEnv {
  Bindings: Env
  Variables: AppVariables
}
