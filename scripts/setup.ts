/**
 * `npm run setup -- --env production` (or staging; no --env: the top-level configuration): creates the queues and KV
 * namespaces, checks the secrets are set and deploys, in one command that can be run again safely.
 *
 *   npm run setup -- --env production              the whole thing
 *   npm run setup -- --env production --dry-run    what would be created, whether secrets are set; changes nothing
 *   npm run setup -- --env staging --no-deploy     resources and secrets only
 *   npm run setup -- --config other.toml ...       another wrangler config file
 * Steps and decisions: scripts/setup-lib.ts, docs/hipaa-deployment.md §3.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { cliArgs, ROOT } from './cli.ts'
import { setup, type WranglerResult } from './setup-lib.ts'

const { flag, option, help } = cliArgs()

if (help) {
  console.log(`Usage: npm run setup -- [--env production|staging] [--dry-run] [--no-deploy] [--config wrangler.toml]

Creates the queues, finds or creates the KV namespaces (their ids are written into the config file: commit it),
checks that every needed secret is set, then runs wrangler deploy. Safe to run again: what exists is kept.`)
  process.exit(0)
}

/** Runs the project's wrangler; `deploy` output is shown as it happens, everything else is captured. */
function wrangler(command: string[]): Promise<WranglerResult> {
  return new Promise((resolve) => {
    const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' }
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'wrangler'), command, { cwd: ROOT, env })
    let stdout = ''
    let stderr = ''
    const live = command[0] === 'deploy'
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk
      if (live) process.stdout.write(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk
      if (live) process.stderr.write(chunk)
    })
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }))
    child.on('error', () => resolve({ code: 1, stdout, stderr: `${stderr}\ncould not start wrangler` }))
  })
}

const env = option('--env')
const outcome = await setup({
  ...(env ? { env } : {}),
  configPath: option('--config') ?? join(ROOT, 'wrangler.toml'),
  dryRun: flag('--dry-run'),
  skipDeploy: flag('--no-deploy'),
  run: wrangler,
  print: (line) => console.log(line),
})
process.exit(outcome.ok ? 0 : 1)
