/**
 * `npm run setup -- --env production`: everything a first (or any later) deploy needs, in order, idempotent.
 *   1. refuse a configuration that holds a credential, or whose DESTINATIONS do not validate
 *   2. check wrangler is logged in
 *   3. create the queues (an existing queue is fine)
 *   4. find or create the KV namespaces and write their ids into wrangler.toml (commit that change)
 *   5. check every needed secret is set (`wrangler secret list`), else print the `secret put` commands and stop
 *   6. deploy
 * Every wrangler call goes through a {@link WranglerRunner}, so tests run it against canned answers.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import {
  destinationsOf,
  literalSecretsIn,
  neededSecrets,
  readEnvironment,
  RECOMMENDED_SECRETS,
  type EnvironmentConfig,
} from './wrangler-config.ts'

/** What one wrangler command answered. */
export interface WranglerResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs `wrangler <args>`; tests pass a stub that records commands and answers canned output. */
export type WranglerRunner = (args: string[]) => Promise<WranglerResult>

/** Options of one setup run. */
export interface SetupOptions {
  /** `production`, `staging`, or undefined for the top-level configuration. */
  env?: string
  configPath: string
  /** Read-only: list what would be created and whether secrets are set; create, write and deploy nothing. */
  dryRun?: boolean
  /** Stop before `wrangler deploy`. */
  skipDeploy?: boolean
  run: WranglerRunner
  print: (line: string) => void
}

/** How a setup run ended. */
export interface SetupOutcome {
  ok: boolean
  /** What failed, when `ok` is false. */
  failedAt?: 'config' | 'login' | 'queues' | 'kv' | 'secrets' | 'deploy'
}

const ALREADY_EXISTS = /already exists|already taken|\b11009\b|\b10014\b/i
const WORKER_MISSING = /\b10007\b|does not exist|not found/i

/** Runs the whole setup. Never throws for an expected failure: it prints what to do and answers `ok: false`. */
export async function setup(options: SetupOptions): Promise<SetupOutcome> {
  const { print, run } = options
  const envArgs = options.env ? ['--env', options.env] : ['--env=']
  const environment = readEnvironment(options.configPath, options.env)
  const label = options.env ? `[env.${options.env}]` : 'the top-level configuration'
  print(`setup: ${environment.workerName} (${label} of ${options.configPath})${options.dryRun ? ', dry run' : ''}`)

  const leaked = literalSecretsIn(environment)
  if (leaked.length > 0) {
    print(
      `✗ ${label} holds a credential in ${leaked.join(', ')}: name it "secret:NAME" and set it with wrangler secret put`,
    )
    return { ok: false, failedAt: 'config' }
  }
  const destinations = destinationsOf(environment)
  if (!destinations.ok) {
    print(`✗ ${destinations.problem}`)
    return { ok: false, failedAt: 'config' }
  }
  if (options.env && (environment.workersDev || environment.previewUrls)) {
    print(`! ${label} has workers_dev or preview_urls on: /v1 is then reachable around Cloudflare Access`)
  }

  const whoami = await run(['whoami'])
  if (whoami.code !== 0 || /not authenticated|You are not logged in/i.test(whoami.stdout + whoami.stderr)) {
    print(
      '✗ wrangler is not logged in: run `npx wrangler login`, or set CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID',
    )
    return { ok: false, failedAt: 'login' }
  }

  for (const queue of environment.queues) {
    if (options.dryRun) {
      print(`· queue ${queue}: would be created unless it exists`)
      continue
    }
    const created = await run(['queues', 'create', queue])
    if (created.code === 0) print(`✓ queue ${queue}: created`)
    else if (ALREADY_EXISTS.test(created.stdout + created.stderr)) print(`✓ queue ${queue}: exists`)
    else {
      print(`✗ queue ${queue}: wrangler queues create failed\n${excerpt(created)}`)
      return { ok: false, failedAt: 'queues' }
    }
  }

  const kv = await ensureKvNamespaces(environment, options)
  if (!kv) return { ok: false, failedAt: 'kv' }

  const secrets = await run(['secret', 'list', '--format', 'json', ...envArgs])
  let present: Set<string>
  if (secrets.code === 0) {
    present = new Set(parseJsonArray(secrets.stdout).map((s) => String((s as { name?: unknown }).name)))
  } else if (WORKER_MISSING.test(secrets.stdout + secrets.stderr)) {
    // A first deploy: the Worker does not exist yet, so it holds no secret (`secret put` creates it).
    present = new Set()
  } else {
    print(`✗ wrangler secret list failed\n${excerpt(secrets)}`)
    return { ok: false, failedAt: 'secrets' }
  }
  const missing = neededSecrets(environment).filter((name) => !present.has(name))
  for (const name of RECOMMENDED_SECRETS) {
    if (!present.has(name)) print(`! secret ${name} is not set: the admin API (/v1) answers 401 until it is`)
  }
  if (missing.length > 0) {
    print(
      `✗ secrets not set: ${missing.join(', ')}. Set each (values from your password manager, never from .dev.vars):`,
    )
    for (const name of missing)
      print(`    npx wrangler secret put ${name}${options.env ? ` --env ${options.env}` : ''}`)
    print('  then run this again.')
    return { ok: false, failedAt: 'secrets' }
  }
  print(`✓ secrets set: ${neededSecrets(environment).join(', ')}`)

  if (options.dryRun || options.skipDeploy) {
    print(options.dryRun ? '· dry run: nothing deployed' : '· --no-deploy: stopping before wrangler deploy')
    return { ok: true }
  }
  const deployed = await run(['deploy', ...envArgs])
  if (deployed.code !== 0) {
    print(`✗ wrangler deploy failed\n${excerpt(deployed)}`)
    return { ok: false, failedAt: 'deploy' }
  }
  print(
    `✓ deployed ${environment.workerName}. Check it: curl https://<your domain>/ready (200 when every binding answers)`,
  )
  return { ok: true }
}

/** KV namespaces without an id: found by title or created, then their ids written into the config file. */
async function ensureKvNamespaces(environment: EnvironmentConfig, options: SetupOptions): Promise<boolean> {
  const { print, run } = options
  const pending = environment.kvNamespaces.filter((kv) => kv.id === undefined)
  for (const kv of environment.kvNamespaces) if (kv.id) print(`✓ KV ${kv.binding}: ${kv.id} (in the config)`)
  if (pending.length === 0) return true
  const listed = await run(['kv', 'namespace', 'list'])
  if (listed.code !== 0) {
    print(`✗ wrangler kv namespace list failed\n${excerpt(listed)}`)
    return false
  }
  let existing = namespacesIn(listed.stdout)
  let text = readFileSync(options.configPath, 'utf8')
  for (const kv of pending) {
    const title = kvTitle(environment.workerName, kv.binding)
    let id = existing.get(title)
    if (id === undefined && options.dryRun) {
      print(`· KV ${kv.binding}: would create namespace "${title}"`)
      continue
    }
    if (id === undefined) {
      const created = await run(['kv', 'namespace', 'create', title])
      if (created.code !== 0 && !ALREADY_EXISTS.test(created.stdout + created.stderr)) {
        print(`✗ KV ${kv.binding}: wrangler kv namespace create failed\n${excerpt(created)}`)
        return false
      }
      // The list is the source of truth for the id (creation output is meant for people).
      const relisted = await run(['kv', 'namespace', 'list'])
      existing = namespacesIn(relisted.stdout)
      id = existing.get(title)
      if (id === undefined) {
        print(`✗ KV ${kv.binding}: namespace "${title}" not found after creating it`)
        return false
      }
      print(`✓ KV ${kv.binding}: created "${title}" (${id})`)
    } else print(`✓ KV ${kv.binding}: exists "${title}" (${id})`)
    if (!options.dryRun) text = withKvId(text, environment.env, kv.binding, id)
  }
  if (!options.dryRun) {
    writeFileSync(options.configPath, text)
    print(`✓ wrote the KV namespace ids into ${options.configPath}: commit that change`)
  }
  return true
}

/** The title setup gives a namespace: the Worker's name and the binding (what wrangler's own provisioning uses). */
export function kvTitle(workerName: string, binding: string): string {
  return `${workerName}-${binding.toLowerCase().replaceAll('_', '-')}`
}

/**
 * The config text with `id = "<id>"` set in the `[[kv_namespaces]]` (or `[[env.<env>.kv_namespaces]]`) table whose
 * binding is `binding`: replaced when there is one, added after the binding line otherwise. Other text is kept.
 */
export function withKvId(text: string, env: string, binding: string, id: string): string {
  const header = env ? `[[env.${env}.kv_namespaces]]` : '[[kv_namespaces]]'
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.trim() !== header) continue
    let end = i + 1
    while (end < lines.length && !/^\s*\[/.test(lines[end] ?? '')) end++
    const block = lines.slice(i + 1, end)
    const bindingLine = block.findIndex((l) => new RegExp(`^\\s*binding\\s*=\\s*"${binding}"\\s*$`).test(l))
    if (bindingLine === -1) continue
    const idLine = block.findIndex((l) => /^\s*id\s*=/.test(l))
    if (idLine !== -1) lines[i + 1 + idLine] = `id = "${id}"`
    else lines.splice(i + 2 + bindingLine, 0, `id = "${id}"`)
    return lines.join('\n')
  }
  throw new Error(`no ${header} table with binding = "${binding}"`)
}

function namespacesIn(stdout: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const entry of parseJsonArray(stdout)) {
    const { id, title } = entry as { id?: unknown; title?: unknown }
    if (typeof id === 'string' && typeof title === 'string') out.set(title, id)
  }
  return out
}

/** The JSON array in a command's output (wrangler may print a banner line before it). */
function parseJsonArray(stdout: string): unknown[] {
  const start = stdout.indexOf('[')
  if (start === -1) return []
  try {
    const parsed: unknown = JSON.parse(stdout.slice(start))
    return Array.isArray(parsed) ? parsed : []
  } catch {
    return []
  }
}

function excerpt(result: WranglerResult): string {
  const text = `${result.stderr}\n${result.stdout}`.trim().split('\n').slice(-8)
  return text.map((line) => `    ${line}`).join('\n')
}
