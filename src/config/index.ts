/**
 * Env → validated, typed configuration. Each room owns the parser of its own section
 * (config/<section>.ts); this file composes them and caches the result per Env object, so
 * validation runs once per isolate and a bad setting yields one clear error naming it.
 */
import type { Env } from '../env'
import { err, ok, type Result } from '../result'
import { parseAdminConfig, type AdminConfig } from './admin'
import { parseAuditConfig, type AuditConfig } from './audit'
import { parseDestinationsConfig, type DestinationsConfig } from './destinations'
import type { ConfigError } from './errors'
import { parseIngestConfig, type IngestConfig } from './ingest'
import { parsePolicyConfig, type PolicyConfig } from './policy'
import { parseTwilioConfig, type TwilioConfig } from './twilio'
import { parseVaultConfig, type VaultConfig } from './vault'

export type { ConfigError } from './errors'

/** The whole validated configuration. */
export interface Config {
  maxBodyBytes: number
  twilio: TwilioConfig
  ingest: IngestConfig
  vault: VaultConfig
  admin: AdminConfig
  audit: AuditConfig
  destinations: DestinationsConfig
  policy: PolicyConfig
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

/**
 * Every section's first problem (empty when the configuration loads): what readiness reports, so one look names
 * every broken section instead of the first one only.
 */
export function configProblems(env: Env): ConfigError[] {
  const sections: Result<unknown, ConfigError>[] = [
    parseMaxBodyBytes(env),
    parseTwilioConfig(env),
    parseIngestConfig(env),
    parseVaultConfig(env),
    parseAdminConfig(env),
    parseAuditConfig(env),
    parseDestinationsConfig(env),
    parsePolicyConfig(env),
  ]
  return sections.flatMap((section) => (section.ok ? [] : [section.error]))
}

function parseMaxBodyBytes(env: Env): Result<number, ConfigError> {
  const maxBodyBytes = Number(env.MAX_BODY_BYTES ?? '262144')
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1024 || maxBodyBytes > 10_485_760) {
    return err({ setting: 'MAX_BODY_BYTES', problem: 'must be an integer between 1024 and 10485760' })
  }
  return ok(maxBodyBytes)
}

function parseConfig(env: Env): Result<Config, ConfigError> {
  const maxBodyBytes = parseMaxBodyBytes(env)
  if (!maxBodyBytes.ok) return maxBodyBytes
  const twilio = parseTwilioConfig(env)
  if (!twilio.ok) return twilio
  const ingest = parseIngestConfig(env)
  if (!ingest.ok) return ingest
  const vault = parseVaultConfig(env)
  if (!vault.ok) return vault
  const admin = parseAdminConfig(env)
  if (!admin.ok) return admin
  const audit = parseAuditConfig(env)
  if (!audit.ok) return audit
  const destinations = parseDestinationsConfig(env)
  if (!destinations.ok) return destinations
  const policy = parsePolicyConfig(env)
  if (!policy.ok) return policy
  return ok({
    maxBodyBytes: maxBodyBytes.value,
    twilio: twilio.value,
    ingest: ingest.value,
    vault: vault.value,
    admin: admin.value,
    audit: audit.value,
    destinations: destinations.value,
    policy: policy.value,
  })
}
