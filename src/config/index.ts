/**
 * Env → validated, typed configuration. Each room owns the parser of its own section; this file
 * composes them and caches the result per Env object (so validation runs once per isolate).
 */
import type { Env } from '../env'
import { err, ok, type Result } from '../result'

/** The whole validated configuration. Sections are added by their rooms. */
export interface Config {
  maxBodyBytes: number
}

/** A configuration problem: names the setting, never echoes its value. */
export interface ConfigError {
  setting: string
  problem: string
}

const cache = new WeakMap<object, Result<Config, ConfigError>>()

/** Validates the Env once per isolate; the same Env object returns the cached result. */
export function loadConfig(env: Env): Result<Config, ConfigError> {
  const hit = cache.get(env)
  if (hit) return hit
  const result = parseConfig(env)
  cache.set(env, result)
  return result
}

function parseConfig(env: Env): Result<Config, ConfigError> {
  const raw = env.MAX_BODY_BYTES ?? '262144'
  const maxBodyBytes = Number(raw)
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1024 || maxBodyBytes > 10_485_760) {
    return err({ setting: 'MAX_BODY_BYTES', problem: 'must be an integer between 1024 and 10485760' })
  }
  return ok({ maxBodyBytes })
}
