/**
 * The admin CLI (`npx phi-firewall`, bin/cli.mjs) against the real worker: its requests go through exports.default.fetch (or
 * app.fetch with other settings), so what is tested is what the worker answers, and what the CLI prints of it.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { exports } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EXIT, run, type CliIo } from '../../bin/cli.mjs'
import { app } from '../../src/index'
import { TENANT_A, testEnv, vaultOf } from '../vault/helpers'

afterEach(() => vi.restoreAllMocks())

const URL_ = 'https://phi.example.test'
const toWorker: CliIo['fetch'] = (input, init) => exports.default.fetch(input, init)

/** Runs the CLI with an API key in the environment; collects what it printed and what it requested. */
async function cli(argv: string[], key: string | undefined, fetcher: CliIo['fetch'] = toWorker) {
  const out: string[] = []
  const err: string[] = []
  const requests: { url: string; method: string; body?: string }[] = []
  const code = await run(argv, {
    env: { PHI_FIREWALL_URL: URL_, ...(key ? { PHI_FIREWALL_API_KEY: key } : {}) },
    fetch: (input, init) => {
      requests.push({
        url: input,
        method: init?.method ?? 'GET',
        ...(typeof init?.body === 'string' ? { body: init.body } : {}),
      })
      return fetcher(input, init)
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stdin: async () => '+1 (415) 555-0177\n',
  })
  return { code, out: out.join('\n'), err: err.join('\n'), requests }
}

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

describe('phi-firewall keys create', () => {
  it('prints a new key once and an ADMIN_API_KEYS entry holding only its sha256', async () => {
    const { code, out, requests } = await cli(
      [
        'keys',
        'create',
        '--id',
        'crm-prod',
        '--scopes',
        'detokenize,erase',
        '--tenants',
        TENANT_A,
        '--expires',
        '2099-01-31',
        '--json',
      ],
      undefined,
    )
    expect(code).toBe(EXIT.ok)
    expect(requests).toEqual([])
    const { key, entry } = JSON.parse(out) as { key: string; entry: Record<string, unknown> }
    expect(key).toMatch(/^pfk_[A-Za-z0-9_-]{43}$/)
    expect(entry).toEqual({
      id: 'crm-prod',
      sha256: await sha256Hex(key),
      scopes: ['detokenize', 'erase'],
      tenants: [TENANT_A],
      expires: '2099-01-31T00:00:00.000Z',
    })
  })

  it('the entry authenticates the key on a worker configured with it', async () => {
    const { out } = await cli(['keys', 'create', '--id', 'ops', '--scopes', 'dead-letters', '--json'], undefined)
    const { key, entry } = JSON.parse(out) as { key: string; entry: unknown }
    const configured = { ...testEnv, ADMIN_API_KEYS: JSON.stringify([entry]) }
    const withEntry: CliIo['fetch'] = async (input, init) => {
      const ctx = createExecutionContext()
      const res = await app.fetch(new Request(input, init), configured, ctx)
      await waitOnExecutionContext(ctx)
      return res
    }
    expect((await cli(['dead-letters', 'list'], key, withEntry)).code).toBe(EXIT.ok)
    expect((await cli(['dead-letters', 'list'], 'pfk_not-that-key', withEntry)).code).toBe(EXIT.unauthorized)
  })

  it('refuses unknown scopes, bad ids, tenants and past expiry without printing a key', async () => {
    for (const argv of [
      ['--id', 'x', '--scopes', 'root'],
      ['--id', 'bad id', '--scopes', 'erase'],
      ['--id', 'x', '--scopes', 'erase', '--tenants', 'AC123'],
      ['--id', 'x', '--scopes', 'erase', '--expires', '2001-01-01'],
    ]) {
      const { code, out, err } = await cli(['keys', 'create', ...argv], undefined)
      expect(code).toBe(EXIT.usage)
      expect(out).toBe('')
      expect(err).not.toMatch(/pfk_/)
    }
  })
})

describe('phi-firewall reveal, erase', () => {
  it('reveal prints values only with --show, and the purpose is sent', async () => {
    const [token] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'PHONE', value: '(415) 555-0188' }])
    const refused = await cli(['reveal', token as string, '--purpose', 'callback'], 'test-admin-all')
    expect(refused.code).toBe(EXIT.usage)
    expect(refused.requests).toEqual([])
    expect(refused.err).toContain('add --show to confirm')

    const shown = await cli(['reveal', token as string, '--purpose', 'callback', '--show'], 'test-admin-all')
    expect(shown.code).toBe(EXIT.ok)
    expect(shown.out).toBe(`${token}\tPHONE\t(415) 555-0188`)
    expect(JSON.parse(shown.requests[0]?.body ?? '')).toEqual({ tokens: [token], purpose: 'callback' })
  })

  it('exit codes: 5 for an unknown token, 4 without the scope or with an unknown key, 1 for a refused call', async () => {
    const unknown = 'tok_QQQQQQQQQQQQQQQQQQQQQQ'
    const missing = await cli(['reveal', unknown, '--purpose', 'callback', '--show'], 'test-admin-all')
    expect([missing.code, missing.out]).toEqual([EXIT.notFound, `${unknown}\tnot-found`])
    const forbidden = await cli(['reveal', unknown, '--purpose', 'callback', '--show'], 'test-admin-erase')
    expect([forbidden.code, forbidden.err]).toEqual([
      EXIT.unauthorized,
      'reveal: HTTP 403 forbidden: the API key lacks the scope detokenize',
    ])
    const unknownKey = await cli(['erase', unknown], 'no-such-key')
    expect([unknownKey.code, unknownKey.err]).toEqual([
      EXIT.unauthorized,
      'erase: HTTP 401 unauthorized: the API key is missing or unknown (PHI_FIREWALL_API_KEY)',
    ])
    const badPurpose = await cli(
      ['reveal', unknown, '--purpose', 'call me at 415 555 0100', '--show'],
      'test-admin-all',
    )
    expect(badPurpose.code).toBe(EXIT.failed)
    expect(badPurpose.err).toMatch(/^reveal: HTTP 400 invalid-request: purpose/)
    expect(badPurpose.err).not.toContain('415')
  })

  it('erase erases, then the token is gone', async () => {
    const [token] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'NAME', value: 'Erin Eraseme' }])
    const erased = await cli(['erase', token as string, '--purpose', 'patient-request'], 'test-admin-erase')
    expect([erased.code, erased.out]).toEqual([EXIT.ok, `erased: ${token}`])
    // In the body, never the URL: POST /v1/tokens/erase (DELETE /v1/tokens/{token} is deprecated).
    expect(erased.requests[0]).toMatchObject({ method: 'POST', url: `${URL_}/v1/tokens/erase` })
    expect(JSON.parse(erased.requests[0]?.body ?? '')).toEqual({ tokens: [token], purpose: 'patient-request' })
    const again = await cli(['erase', token as string], 'test-admin-erase')
    expect(again.code).toBe(EXIT.notFound)
  })

  it('needs a key from the environment and never takes one on the command line', async () => {
    const none = await cli(['erase', 'tok_QQQQQQQQQQQQQQQQQQQQQQ'], undefined)
    expect([none.code, none.requests]).toEqual([EXIT.usage, []])
    expect(none.err).toContain('set PHI_FIREWALL_API_KEY')
    expect((await cli(['erase', 'tok_QQQQQQQQQQQQQQQQQQQQQQ', '--key', 'x'], 'test-admin-all')).code).toBe(EXIT.usage)
  })
})

describe('phi-firewall dead-letters, audit export', () => {
  it('lists dead letters and answers 5 for an unknown one', async () => {
    const list = await cli(['dead-letters', 'list'], 'test-admin-dead-letters')
    expect([list.code, list.out]).toEqual([EXIT.ok, 'no dead letters'])
    const id = `evt_${'0'.repeat(64)}.crm`
    const replay = await cli(['dead-letters', 'replay', id], 'test-admin-dead-letters')
    expect([replay.code, replay.err]).toEqual([EXIT.notFound, 'dead-letters replay: HTTP 404 not-found'])
    expect(replay.requests[0]).toMatchObject({ method: 'POST', url: `${URL_}/v1/dead-letters/${id}/replay` })
    expect((await cli(['dead-letters', 'replay', 'nope'], 'test-admin-dead-letters')).code).toBe(EXIT.usage)
  })

  it('audit export streams the durable audit trail of the worker from a date', async () => {
    const res = await cli(['audit', 'export', '--since', '2026-01-01'], 'test-admin-all')
    expect(res.requests[0]?.url).toBe(`${URL_}/v1/audit/export?from=2026-01-01`)
    expect(res.code).toBe(EXIT.ok)
    const lines = res.out.split('\n')
    // The worker ends an export with a line counting its records (issue 14 review): printed as the worker sent it.
    const end = JSON.parse(lines.pop() as string)
    const records = lines.map((line) => JSON.parse(line) as { seq: number; hash: string; type: string })
    expect(records.length).toBeGreaterThan(0)
    expect(end).toEqual({ end: true, count: records.length })
    expect(records.every((r) => Number.isInteger(r.seq) && /^[0-9a-f]{64}$/.test(r.hash))).toBe(true)
  })

  it('audit export says clearly when the worker has no export route', async () => {
    const old: CliIo['fetch'] = async () => new Response('Not Found\n', { status: 404 })
    const res = await cli(['audit', 'export', '--since', '2026-01-01'], 'test-admin-all', old)
    expect(res.code).toBe(EXIT.notFound)
    expect(res.err).toContain('this worker has no GET /v1/audit/export')
  })

  it('audit export prints the NDJSON the worker streams', async () => {
    // Since issue 14's review a worker ends every export with its end line; the stub streams what a worker does.
    const records =
      '{"type":"audit.detokenize","actor":"crm-prod","outcome":"allowed"}\n{"type":"audit.token.erased","actor":"ops","outcome":"allowed"}\n'
    const ndjson = `${records}{"end":true,"count":2}\n`
    const stub: CliIo['fetch'] = async () =>
      new Response(ndjson, { headers: { 'content-type': 'application/x-ndjson' } })
    const res = await cli(['audit', 'export'], 'test-admin-all', stub)
    expect([res.code, res.out]).toEqual([EXIT.ok, ndjson.trimEnd()])
  })

  it('audit export fails (exit 1) on an export that was cut short, without or with the end line saying so', async () => {
    const records =
      '{"type":"audit.detokenize","actor":"crm-prod","outcome":"allowed"}\n{"type":"audit.token.erased","actor":"ops","outcome":"allowed"}\n'
    const streaming =
      (body: string): CliIo['fetch'] =>
      async () =>
        new Response(body, { headers: { 'content-type': 'application/x-ndjson' } })
    const cut = await cli(['audit', 'export'], 'test-admin-all', streaming(records))
    expect([cut.code, cut.out]).toEqual([EXIT.failed, records.trimEnd()])
    expect(cut.err).toContain('the export has no end line')
    const miscounted = await cli(['audit', 'export'], 'test-admin-all', streaming(`${records}{"end":true,"count":3}\n`))
    expect(miscounted.code).toBe(EXIT.failed)
    const stopped = await cli(
      ['audit', 'export'],
      'test-admin-all',
      streaming(`${records}{"end":false,"error":"audit-unavailable","count":2}\n`),
    )
    expect([stopped.code, stopped.err]).toEqual([
      EXIT.failed,
      "audit export: the worker's audit trail stopped answering after 2 records; the export is incomplete",
    ])
  })

  it('an unreachable worker exits 3', async () => {
    const down: CliIo['fetch'] = async () => {
      throw new TypeError('fetch failed')
    }
    const res = await cli(['dead-letters', 'list'], 'test-admin-dead-letters', down)
    expect([res.code, res.err]).toEqual([
      EXIT.unreachable,
      'dead-letters list: the worker did not answer (check --url or PHI_FIREWALL_URL)',
    ])
  })
})
