import { afterEach, describe, expect, it, vi } from 'vitest'
import { EXIT, run as runCli } from '../../bin/cli.mjs'
import { ACCOUNT, formRequest, run, sid } from '../helpers/twilio'
import { TENANT_A, TENANT_B, testEnv, vaultOf } from '../vault/helpers'
import { auditLines, call, captureLogs } from './helpers'

afterEach(() => vi.restoreAllMocks())

const lookup = (key: string, body: Record<string, unknown>) =>
  call('POST', '/v1/tokenize', key, { purpose: 'find-thread', ...body })

async function vaultKeys(): Promise<number> {
  return (await testEnv.VAULT.list()).keys.length
}

describe('POST /v1/tokenize', () => {
  it('finds the existing token of a phone, an e-mail and a name in any spelling the vault folds together', async () => {
    const [phone, email, name] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([
        { type: 'PHONE', value: '(415) 555-0161' },
        { type: 'EMAIL', value: 'Rosa.Delgado@Example.org' },
        { type: 'NAME', value: 'Rosa Delgado' },
      ])
    for (const [type, value, token] of [
      ['PHONE', '+1 415 555 0161', phone],
      ['PHONE', '4155550161', phone],
      ['EMAIL', 'rosa.delgado@example.org', email],
      ['NAME', 'ROSA DELGADO', name],
      ['name', 'rosa delgado', name],
    ]) {
      const res = await lookup('test-admin-tokenize', { type, value, accountSid: TENANT_A })
      expect(res.status).toBe(200)
      expect(res.headers.get('Cache-Control')).toBe('no-store')
      expect(await res.json()).toEqual({ found: true, token, type: (type as string).toUpperCase() })
    }
  })

  it('finds the token a real webhook minted for its sender', async () => {
    const from = '+14155550199'
    const { res, queue } = await run(
      formRequest('https://phi.example.test/twilio/messaging', [
        ['MessageSid', sid('SM', 0x7001)],
        ['AccountSid', ACCOUNT],
        ['From', from],
        ['To', '+14155550100'],
        ['Body', 'please call me back'],
        ['NumMedia', '0'],
      ]),
    )
    expect(res.status).toBe(200)
    const found = await lookup('test-admin-tokenize', { type: 'PHONE', value: '(415) 555-0199', accountSid: ACCOUNT })
    const { token } = (await found.json()) as { token: string }
    expect(token).toMatch(/^tok_/)
    expect(queue.text()).toContain(token)
    expect(queue.text()).not.toContain(from)
  })

  it('never mints: an unknown value answers 404 {"found": false} and the vault is unchanged', async () => {
    const before = await vaultKeys()
    const logs = captureLogs()
    const res = await lookup('test-admin-tokenize', { type: 'PHONE', value: '+1 212 555 0142', accountSid: TENANT_A })
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ found: false })
    expect(await vaultKeys()).toBe(before)
    expect(auditLines(logs.lines(), 'audit.tokenize')).toEqual([
      expect.objectContaining({
        outcome: 'not-found',
        keyId: 'test-tokenize',
        scope: 'tokenize',
        purpose: 'find-thread',
      }),
    ])
    expect(logs.raw()).not.toContain('555 0142')
    expect(logs.raw()).not.toContain('5550142')
  })

  it('audits a found lookup with the token, never the value', async () => {
    const [token] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'NAME', value: 'Audra Lookup' }])
    const logs = captureLogs()
    expect(
      (await lookup('test-admin-tokenize', { type: 'NAME', value: 'Audra Lookup', accountSid: TENANT_A })).status,
    ).toBe(200)
    expect(auditLines(logs.lines(), 'audit.tokenize')).toEqual([
      expect.objectContaining({ outcome: 'allowed', keyId: 'test-tokenize', token, purpose: 'find-thread' }),
    ])
    expect(logs.raw()).not.toMatch(/audra/i)
  })

  it('an erased token is not found', async () => {
    const [token] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'PHONE', value: '+14155550177' }])
    await vaultOf().erase(token as string)
    const res = await lookup('test-admin-tokenize', { type: 'PHONE', value: '+14155550177', accountSid: TENANT_A })
    expect([res.status, await res.json()]).toEqual([404, { found: false }])
  })

  it('a tenant-bound key sees only its tenants (its only tenant is the default), the same answer as unknown otherwise', async () => {
    await vaultOf()
      .tokenizerFor(TENANT_B)
      .tokenize([{ type: 'PHONE', value: '+14155550166' }])
    const [mine] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'PHONE', value: '+14155550166' }])
    const logs = captureLogs()
    const foreign = await lookup('test-admin-tenant-a', { type: 'PHONE', value: '+14155550166', accountSid: TENANT_B })
    expect([foreign.status, await foreign.json()]).toEqual([404, { found: false }])
    expect(auditLines(logs.lines(), 'audit.tokenize')).toEqual([
      expect.objectContaining({ outcome: 'denied', reason: 'other-tenant' }),
    ])
    const own = await lookup('test-admin-tenant-a', { type: 'PHONE', value: '+14155550166' })
    expect(await own.json()).toEqual({ found: true, token: mine, type: 'PHONE' })
  })

  it('refuses bad requests (400, nothing echoed), keys without the scope (403), and spends the reveal budget (429)', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ type: 'PHONE', value: '+14155550123' }, 'accountSid is required: tokens are kept per Twilio account'],
      [{ type: 'SHOE', value: '+14155550123', accountSid: TENANT_A }, 'type must be one of'],
      [{ type: 'PHONE', value: '', accountSid: TENANT_A }, 'value must be a string of 1-256 characters'],
      [{ type: 'PHONE', value: 'x'.repeat(257), accountSid: TENANT_A }, 'value must be a string of 1-256 characters'],
      [{ type: 'PHONE', value: '+14155550123', accountSid: '+14155550123' }, 'accountSid must be an Account SID'],
      [
        { type: 'PHONE', value: '+14155550123', accountSid: TENANT_A, purpose: 'call 4155550123' },
        'purpose is required',
      ],
    ]
    for (const [body, detail] of bad) {
      const res = await lookup('test-admin-all', body)
      const text = await res.text()
      expect(res.status).toBe(400)
      expect(JSON.parse(text).detail).toContain(detail)
      expect(text).not.toContain('4155550123')
    }
    expect(
      (await lookup('test-admin-detokenize', { type: 'PHONE', value: '+14155550123', accountSid: TENANT_A })).status,
    ).toBe(403)
    expect((await lookup('no-such-key', { type: 'PHONE', value: '+14155550123', accountSid: TENANT_A })).status).toBe(
      401,
    )

    // The budget is counted in fixed one-minute windows: start the four lookups well inside one window, or a
    // boundary between the third and the fourth would (rightly) grant the fourth from a fresh budget.
    const intoWindow = Date.now() % 60_000
    if (intoWindow > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoWindow + 100))
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) {
      const res = await lookup('test-admin-limited', { type: 'PHONE', value: `+1415555010${i}`, accountSid: TENANT_A })
      statuses.push(res.status)
      if (res.status === 429) expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0)
    }
    expect(statuses).toEqual([404, 404, 404, 429])
  })
})

describe('npx phi-firewall tokenize', () => {
  async function cli(argv: string[], stdin = '') {
    const out: string[] = []
    const err: string[] = []
    const code = await runCli(argv, {
      env: { PHI_FIREWALL_URL: 'https://phi.example.test', PHI_FIREWALL_API_KEY: 'test-admin-tokenize' },
      fetch: (input, init) =>
        call(init?.method ?? 'GET', new URL(input).pathname, 'test-admin-tokenize', JSON.parse(String(init?.body))),
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      stdin: async () => stdin,
    })
    return { code, out: out.join('\n'), err: err.join('\n') }
  }

  it('prints the token of a known value (argument or stdin), exit 5 and "not found" otherwise', async () => {
    const [token] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'PHONE', value: '(415) 555-0144' }])
    const base = ['tokenize', '--type', 'phone', '--purpose', 'find-thread', '--account', TENANT_A]
    expect(await cli([...base, '+1 415 555 0144'])).toEqual({ code: EXIT.ok, out: token, err: '' })
    expect(await cli([...base, '--stdin'], '415-555-0144\n')).toEqual({ code: EXIT.ok, out: token, err: '' })
    const unknown = await cli([...base, '+1 415 555 0145'])
    expect(unknown.code).toBe(EXIT.notFound)
    expect(unknown.out).toContain('not found')
    expect((await cli(['tokenize', '--type', 'PHONE', '+14155550144'])).code).toBe(EXIT.usage)
  })
})
