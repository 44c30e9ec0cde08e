/**
 * wrangler.toml as the deploy tools see it: one environment's resolved configuration (wrangler's own reader, so
 * [env.*] sections resolve exactly as `wrangler deploy` resolves them), its DESTINATIONS checked without the
 * deployment's secrets, and the secrets it needs. Shared by `npm run setup` and `npm run dataflow`.
 */
import { unstable_readConfig } from 'wrangler'
import { parseDestinationsConfig, secretReferences, type Destination } from '../src/config/destinations.ts'
import { parsePolicyConfig } from '../src/config/policy.ts'
import type { Env } from '../src/env.ts'

/** Secrets the Worker cannot run without (config validation refuses to start without them). */
export const REQUIRED_SECRETS = ['TWILIO_AUTH_TOKEN', 'VAULT_KEYS', 'VAULT_INDEX_KEY'] as const
/** Secrets without which a part stays closed (the admin API answers 401 to everyone). */
export const RECOMMENDED_SECRETS = ['ADMIN_API_KEYS'] as const

/** The parts of one environment's configuration the tools use. */
export interface EnvironmentConfig {
  /** The Worker's name for this environment (`name-env` unless the section names it). */
  workerName: string
  /** `--env` value for wrangler commands (empty for the top level). */
  env: string
  vars: Record<string, unknown>
  kvNamespaces: { binding: string; id?: string }[]
  queues: string[]
  workersDev: boolean
  previewUrls: boolean
}

/** Reads one environment of a wrangler config file (`env` empty or undefined: the top level). */
export function readEnvironment(configPath: string, env: string | undefined): EnvironmentConfig {
  const config = unstable_readConfig({ config: configPath, ...(env ? { env } : {}) }, { hideWarnings: true })
  const queues = new Set<string>()
  for (const producer of config.queues.producers ?? []) queues.add(producer.queue)
  for (const consumer of config.queues.consumers ?? []) {
    queues.add(consumer.queue)
    if (consumer.dead_letter_queue) queues.add(consumer.dead_letter_queue)
  }
  return {
    workerName: config.name ?? 'worker',
    env: env ?? '',
    vars: { ...(config.vars as Record<string, unknown>) },
    kvNamespaces: config.kv_namespaces.map((kv: { binding: string; id?: string }) => ({
      binding: kv.binding,
      ...(kv.id ? { id: kv.id } : {}),
    })),
    queues: [...queues],
    workersDev: config.workers_dev === true,
    previewUrls: config.preview_urls === true,
  }
}

/** The destinations of an environment, checked offline (secret references stand in placeholders). */
export function destinationsOf(
  environment: EnvironmentConfig,
): { ok: true; destinations: Destination[] } | { ok: false; problem: string } {
  const parsed = parseDestinationsConfig(environment.vars as unknown as Env, { placeholders: true })
  if (!parsed.ok) return { ok: false, problem: `${parsed.error.setting} ${parsed.error.problem}` }
  return { ok: true, destinations: parsed.value.destinations }
}

/** How the environment's policy treats fields Twilio added that ingest does not know. */
export function unknownFieldsOf(environment: EnvironmentConfig): 'drop' | 'scrub' {
  const policy = parsePolicyConfig(environment.vars as unknown as Env)
  return policy.ok ? policy.value.phi.unknownFields : 'drop'
}

/** The same, for each account with its own policy overrides (PHI_POLICY `accounts`). */
export function accountUnknownFieldsOf(environment: EnvironmentConfig): Record<string, 'drop' | 'scrub'> {
  const policy = parsePolicyConfig(environment.vars as unknown as Env)
  if (!policy.ok) return {}
  return Object.fromEntries(
    Object.entries(policy.value.accounts ?? {}).map(([account, phi]) => [account, phi.unknownFields]),
  )
}

/** Every secret the environment needs: the required ones and those its DESTINATIONS refer to. */
export function neededSecrets(environment: EnvironmentConfig): string[] {
  return [...new Set([...REQUIRED_SECRETS, ...secretReferences(environment.vars.DESTINATIONS)])]
}

/**
 * Credentials written into the configuration file itself, by var name: a Standard Webhooks key or a Slack
 * incoming-webhook URL anywhere in a var (a committed file must hold names of secrets, never their values).
 */
export function literalSecretsIn(environment: EnvironmentConfig): string[] {
  return Object.entries(environment.vars)
    .filter(([, value]) =>
      /whsec_|hooks\.slack\.com\/services\//.test(typeof value === 'string' ? value : JSON.stringify(value)),
    )
    .map(([name]) => name)
}
