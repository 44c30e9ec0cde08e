/**
 * `npm run setup` against a stubbed wrangler: the commands it runs, in order, with canned answers; Cloudflare is never
 * called. Runs in Node (project `scripts`) on a copy of the real wrangler.toml.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { kvTitle, setup, withKvId, type WranglerResult } from '../../scripts/setup-lib'

const ok = (stdout = ''): WranglerResult => ({ code: 0, stdout, stderr: '' })
const fail = (stderr: string): WranglerResult => ({ code: 1, stdout: '', stderr })

const VAULT_ID = '0123456789abcdef0123456789abcdef'
const STATE_ID = 'fedcba9876543210fedcba9876543210'

/** A fake Cloudflare account behind a stub wrangler: queues, KV namespaces and secrets it holds, commands it saw. */
class FakeAccount {
  queues = new Set<string>()
  namespaces = new Map<string, string>()
  secrets = new Set<string>()
  workerExists = true
  loggedIn = true
  commands: string[] = []
  nextIds = [VAULT_ID, STATE_ID]

  run = async (args: string[]): Promise<WranglerResult> => {
    this.commands.push(args.join(' '))
    const [a, b, c, d] = args
    if (a === 'whoami')
      return this.loggedIn ? ok('You are logged in with an API Token.') : fail('You are not authenticated.')
    if (a === 'queues' && b === 'create' && c) {
      if (this.queues.has(c))
        return fail(`✘ [ERROR] A request to the Cloudflare API failed.\n  Queue name already taken [code: 11009]`)
      this.queues.add(c)
      return ok(`🌀 Creating queue '${c}'\n✅ Created queue '${c}'`)
    }
    if (a === 'kv' && b === 'namespace' && c === 'list') {
      return ok(
        JSON.stringify(
          [...this.namespaces].map(([title, id]) => ({ id, title, supports_url_encoding: true })),
          null,
          2,
        ),
      )
    }
    if (a === 'kv' && b === 'namespace' && c === 'create' && d) {
      this.namespaces.set(d, this.nextIds.shift() ?? 'ffffffffffffffffffffffffffffffff')
      return ok(`🌀 Creating namespace with title "${d}"\n✨ Success!`)
    }
    if (a === 'secret' && b === 'list') {
      if (!this.workerExists) return fail('✘ [ERROR] This Worker does not exist on your account. [code: 10007]')
      return ok(JSON.stringify([...this.secrets].map((name) => ({ name, type: 'secret_text' }))))
    }
    if (a === 'deploy')
      return ok('Uploaded phi-firewall-twilio-production\nDeployed phi-firewall-twilio-production triggers')
    return fail(`unexpected command ${args.join(' ')}`)
  }
}

let dir: string
let configPath: string
let printed: string[]

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'phi-setup-'))
  configPath = join(dir, 'wrangler.toml')
  copyFileSync(join(import.meta.dirname, '../../wrangler.toml'), configPath)
  printed = []
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const print = (line: string) => void printed.push(line)

describe('npm run setup -- --env production', () => {
  it('on a fresh account: creates queues and KV, writes the KV ids, stops before deploy naming the secrets to set', async () => {
    const account = new FakeAccount()
    account.workerExists = false
    const outcome = await setup({ env: 'production', configPath, run: account.run, print })
    expect(outcome).toEqual({ ok: false, failedAt: 'secrets' })
    expect(account.commands).toEqual([
      'whoami',
      'queues create phi-firewall-production-events',
      'queues create phi-firewall-production-dead-letters',
      'kv namespace list',
      'kv namespace create phi-firewall-twilio-production-vault',
      'kv namespace list',
      'kv namespace create phi-firewall-twilio-production-delivery-state',
      'kv namespace list',
      'secret list --format json --env production',
    ])
    const toml = readFileSync(configPath, 'utf8')
    expect(toml).toContain(`[[env.production.kv_namespaces]]\nbinding = "VAULT"\nid = "${VAULT_ID}"`)
    expect(toml).toContain(`[[env.production.kv_namespaces]]\nbinding = "DELIVERY_STATE"\nid = "${STATE_ID}"`)
    // The top level and staging are untouched.
    expect(toml).toContain('[[kv_namespaces]]\nbinding = "VAULT"\n\n')
    expect(toml).toContain('[[env.staging.kv_namespaces]]\nbinding = "VAULT"\n\n')
    expect(printed).toContain('    npx wrangler secret put TWILIO_AUTH_TOKEN --env production')
    expect(printed).toContain('    npx wrangler secret put VAULT_KEYS --env production')
    expect(printed).toContain('    npx wrangler secret put VAULT_INDEX_KEY --env production')
  })

  it('run again once the secrets are set: everything exists, nothing is created twice, then it deploys', async () => {
    const account = new FakeAccount()
    await setup({ env: 'production', configPath, run: account.run, print })
    for (const name of ['TWILIO_AUTH_TOKEN', 'VAULT_KEYS', 'VAULT_INDEX_KEY', 'ADMIN_API_KEYS'])
      account.secrets.add(name)
    account.commands = []
    printed = []
    const outcome = await setup({ env: 'production', configPath, run: account.run, print })
    expect(outcome).toEqual({ ok: true })
    expect(account.commands).toEqual([
      'whoami',
      'queues create phi-firewall-production-events',
      'queues create phi-firewall-production-dead-letters',
      'secret list --format json --env production',
      'deploy --env production',
    ])
    expect(printed).toContain('✓ queue phi-firewall-production-events: exists')
    expect(printed).toContain(`✓ KV VAULT: ${VAULT_ID} (in the config)`)
    expect([...account.namespaces.keys()]).toEqual([
      'phi-firewall-twilio-production-vault',
      'phi-firewall-twilio-production-delivery-state',
    ])
  })

  it('reuses namespaces that exist (a deploy that stopped half way) instead of creating them again', async () => {
    const account = new FakeAccount()
    account.namespaces.set('phi-firewall-twilio-production-vault', VAULT_ID)
    account.queues.add('phi-firewall-production-events')
    for (const name of ['TWILIO_AUTH_TOKEN', 'VAULT_KEYS', 'VAULT_INDEX_KEY', 'ADMIN_API_KEYS'])
      account.secrets.add(name)
    expect(await setup({ env: 'production', configPath, run: account.run, print })).toEqual({ ok: true })
    expect(account.commands.filter((c) => c.startsWith('kv namespace create'))).toEqual([
      'kv namespace create phi-firewall-twilio-production-delivery-state',
    ])
    expect(printed).toContain(`✓ KV VAULT: exists "phi-firewall-twilio-production-vault" (${VAULT_ID})`)
  })

  it('asks for the secrets its destinations name, not only the required ones', async () => {
    const toml = readFileSync(configPath, 'utf8')
      .replace(
        '[env.production.vars]\nPUBLIC_BASE_URL = ""',
        '[env.production.vars]\nPUBLIC_BASE_URL = "https://phi.example-clinic.org"',
      )
      .replace(
        /(\[env\.production\.vars\][\s\S]*?)DESTINATIONS = \[\]/,
        '$1DESTINATIONS = [{ name = "crm", url = "https://crm.example.org/in", secret = "secret:CRM_WEBHOOK_SECRET", baa = true }]',
      )
    writeFileSync(configPath, toml)
    const account = new FakeAccount()
    for (const name of ['TWILIO_AUTH_TOKEN', 'VAULT_KEYS', 'VAULT_INDEX_KEY', 'ADMIN_API_KEYS'])
      account.secrets.add(name)
    expect(await setup({ env: 'production', configPath, run: account.run, print })).toEqual({
      ok: false,
      failedAt: 'secrets',
    })
    expect(printed).toContain('    npx wrangler secret put CRM_WEBHOOK_SECRET --env production')
    expect(account.commands).not.toContain('deploy --env production')
  })

  it('refuses a configuration holding a literal key before calling wrangler at all', async () => {
    const toml = readFileSync(configPath, 'utf8').replace(
      /(\[env\.production\.vars\][\s\S]*?)DESTINATIONS = \[\]/,
      '$1DESTINATIONS = \'[{"name":"crm","url":"https://crm.example.org/in","secret":"whsec_Tx+j0WfcQag9nDw9Td5P+Dg7r57QJzdn/amRzpTcG/8="}]\'',
    )
    writeFileSync(configPath, toml)
    const account = new FakeAccount()
    expect(await setup({ env: 'production', configPath, run: account.run, print })).toEqual({
      ok: false,
      failedAt: 'config',
    })
    expect(account.commands).toEqual([])
    expect(printed.join('\n')).toContain('holds a credential in DESTINATIONS')
    expect(printed.join('\n')).not.toContain('Tx+j0')
  })

  it('stops with the login command when wrangler is not logged in, and on a failing queue creation', async () => {
    const anonymous = new FakeAccount()
    anonymous.loggedIn = false
    expect(await setup({ env: 'production', configPath, run: anonymous.run, print })).toEqual({
      ok: false,
      failedAt: 'login',
    })
    expect(printed.join('\n')).toContain('npx wrangler login')
    const quota = new FakeAccount()
    const run = async (args: string[]) =>
      args[0] === 'queues' ? fail('✘ [ERROR] Maximum number of queues reached [code: 11003]') : quota.run(args)
    expect(await setup({ env: 'production', configPath, run, print })).toEqual({ ok: false, failedAt: 'queues' })
    expect(printed.join('\n')).toContain('Maximum number of queues reached')
  })

  it('--dry-run creates, writes and deploys nothing', async () => {
    const account = new FakeAccount()
    const before = readFileSync(configPath, 'utf8')
    for (const name of ['TWILIO_AUTH_TOKEN', 'VAULT_KEYS', 'VAULT_INDEX_KEY']) account.secrets.add(name)
    expect(await setup({ env: 'staging', configPath, dryRun: true, run: account.run, print })).toEqual({ ok: true })
    expect(account.commands).toEqual(['whoami', 'kv namespace list', 'secret list --format json --env staging'])
    expect(readFileSync(configPath, 'utf8')).toBe(before)
    expect(printed).toContain('· KV VAULT: would create namespace "phi-firewall-twilio-staging-vault"')
    expect(printed).toContain('! secret ADMIN_API_KEYS is not set: the admin API (/v1) answers 401 until it is')
  })

  it('without --env, sets up the top-level configuration (its own queue names, --env= on wrangler)', async () => {
    const account = new FakeAccount()
    for (const name of ['TWILIO_AUTH_TOKEN', 'VAULT_KEYS', 'VAULT_INDEX_KEY', 'ADMIN_API_KEYS'])
      account.secrets.add(name)
    expect(await setup({ configPath, run: account.run, print })).toEqual({ ok: true })
    expect(account.commands).toContain('queues create phi-firewall-events')
    expect(account.commands).toContain('kv namespace create phi-firewall-twilio-vault')
    expect(account.commands.at(-1)).toBe('deploy --env=')
    expect(readFileSync(configPath, 'utf8')).toContain(`[[kv_namespaces]]\nbinding = "VAULT"\nid = "${VAULT_ID}"`)
  })
})

describe('withKvId and kvTitle', () => {
  it('sets or replaces the id in the right table only', () => {
    const text =
      '[[kv_namespaces]]\nbinding = "VAULT"\n\n[[env.production.kv_namespaces]]\nbinding = "VAULT"\nid = "old"\n'
    expect(withKvId(text, 'production', 'VAULT', 'new')).toBe(
      '[[kv_namespaces]]\nbinding = "VAULT"\n\n[[env.production.kv_namespaces]]\nbinding = "VAULT"\nid = "new"\n',
    )
    expect(withKvId(text, '', 'VAULT', 'top')).toBe(
      '[[kv_namespaces]]\nbinding = "VAULT"\nid = "top"\n\n[[env.production.kv_namespaces]]\nbinding = "VAULT"\nid = "old"\n',
    )
    expect(() => withKvId(text, 'staging', 'VAULT', 'x')).toThrow(
      'no [[env.staging.kv_namespaces]] table with binding = "VAULT"',
    )
    expect(kvTitle('phi-firewall-twilio-production', 'DELIVERY_STATE')).toBe(
      'phi-firewall-twilio-production-delivery-state',
    )
  })
})
