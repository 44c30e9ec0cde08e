import { afterEach, describe, expect, it } from 'vitest'
import { env } from 'cloudflare:workers'
import { loadConfig } from '../../src/config'
import {
  clearRosterCache,
  hashesOf,
  ROSTER_PREFIX,
  rosterHas,
  rosterKey,
  rosterSize,
  RosterStore,
} from '../../src/vault/roster'
import { ACCOUNT, BASE as TWILIO_BASE, formRequest, run, sid, SUB_ACCOUNT, SUB_TOKEN, TOKEN } from '../helpers/twilio'
import { dumpVault } from '../vault/helpers'
import { auditLines, call, captureLogs } from './helpers'

const ALL = 'test-admin-all'
let counter = 0x900

/** The forwarded Body of one SMS of an account. */
async function forwarded(account: string, token: string, body: string, from = '+15551239001'): Promise<string> {
  const message = sid('SM', counter++)
  // biome-ignore format: packed list
  const pairs: [string, string][] = [
    ['MessageSid', message], ['AccountSid', account], ['From', from], ['To', '+14155550100'], ['Body', body],
    ['NumMedia', '0'], ['SmsStatus', 'received'],
  ]
  const { res, queue } = await run(formRequest(`${TWILIO_BASE}/twilio/messaging`, pairs, { token }))
  expect(res.status).toBe(200)
  const text = /"Body":"((?:[^"\\]|\\.)*)"/.exec(queue.text())?.[1]
  if (text === undefined) throw new Error('nothing forwarded')
  return text
}

const ROSTER = {
  tenant: ACCOUNT,
  mode: 'replace',
  identifiers: [
    { type: 'NAME', value: 'Will Tremblay' },
    { type: 'DATE', value: '1961-07-14' },
    { type: 'MRN', value: 'A-0917-3364' },
  ],
}

afterEach(() => clearRosterCache())

describe('known identifiers (roster)', () => {
  it('applies a tenant roster to that AccountSid only, keeping "will" the verb', async () => {
    const logs = captureLogs()
    const put = await call('PUT', '/v1/known-identifiers', ALL, ROSTER)
    expect(put.status).toBe(200)
    const answer = await put.text()
    expect(JSON.parse(answer)).toEqual({ tenant: ACCOUNT, mode: 'replace', identifiers: 3, entries: 5, total: 5 })
    expect(answer).not.toMatch(/tremblay|1961|3364/i)
    const audited = auditLines(logs.lines(), 'audit.roster.replace')
    expect(audited).toHaveLength(1)
    expect(audited[0]).toMatchObject({
      outcome: 'allowed',
      counts: { tokens: 0, identifiers: 3, entries: 5, total: 5 },
    })
    expect(logs.raw()).not.toMatch(/tremblay|1961/i)
    clearRosterCache()

    expect(await forwarded(ACCOUNT, TOKEN, 'will here, I will bring the forms')).toMatch(
      /^\[NAME(?::tok_\w+)?\] here, I will bring the forms$/,
    )
    expect(await forwarded(ACCOUNT, TOKEN, 'born 07/14/1961')).not.toContain('07/14')
    // Another tenant: the roster never applies.
    expect(await forwarded(SUB_ACCOUNT, SUB_TOKEN, 'will here, I will bring the forms')).toBe(
      'will here, I will bring the forms',
    )
  })

  it('never keeps a roster value in plaintext, and deletes a tenant roster', async () => {
    const put = await call('PUT', '/v1/known-identifiers', ALL, {
      ...ROSTER,
      identifiers: [...ROSTER.identifiers, { type: 'PHONE', value: '+1 (612) 555-0187' }],
    })
    expect(put.status).toBe(200)
    const shards = (await dumpVault()).filter((e) => e.name.startsWith(ROSTER_PREFIX))
    expect(shards.length).toBeGreaterThan(0)
    const everything = JSON.stringify(await dumpVault())
    for (const plain of ['will', 'tremblay', '1961', '07-14', '0917', '3364', '6125550187', '555-0187'])
      expect(everything.toLowerCase()).not.toContain(plain)

    const del = await call('DELETE', `/v1/known-identifiers?tenant=${ACCOUNT}`, ALL)
    expect(del.status).toBe(200)
    expect(await del.json()).toMatchObject({ deleted: { tenants: 1 } })
    expect((await dumpVault()).filter((e) => e.name.startsWith(`${ROSTER_PREFIX}${ACCOUNT}`))).toEqual([])
    clearRosterCache()
    expect(await forwarded(ACCOUNT, TOKEN, 'will here, I will bring the forms')).toBe(
      'will here, I will bring the forms',
    )
  })

  it('validates batches, answers without echoing values and needs the roster scope', async () => {
    const bad = await call('PUT', '/v1/known-identifiers', ALL, {
      identifiers: [
        { type: 'NAME', value: 'Will Tremblay' },
        { type: 'GENE', value: 'Tremblay' },
      ],
    })
    expect(bad.status).toBe(400)
    expect(await bad.text()).not.toMatch(/tremblay/i)
    expect((await call('PUT', '/v1/known-identifiers', ALL, { identifiers: [] })).status).toBe(400)
    expect(
      (
        await call('PUT', '/v1/known-identifiers', ALL, {
          mode: 'append',
          identifiers: [{ type: 'NAME', value: 'x y' }],
        })
      ).status,
    ).toBe(400)
    expect((await call('PUT', '/v1/known-identifiers', 'test-admin-tokenize', ROSTER)).status).toBe(403)
    expect((await call('PUT', '/v1/known-identifiers', undefined, ROSTER)).status).toBe(401)
    // A key bound to tenant A may not load another tenant's roster.
    const other = await call('PUT', '/v1/known-identifiers', 'test-admin-tenant-a', { ...ROSTER, tenant: SUB_ACCOUNT })
    expect(other.status).toBe(403)
  })

  it('concurrent merges of one tenant lose nothing: every batch is in the roster and the manifest afterwards', async () => {
    const tenant = 'AC99999999999999999999999999999999'
    const config = loadConfig(env)
    if (!config.ok) throw new Error('test config')
    const names = Array.from(
      { length: 12 },
      (_, i) => `Concurrent${String.fromCharCode(65 + i)} Rostername${String.fromCharCode(97 + i)}`,
    )
    const answers = await Promise.all(
      names.map((value) =>
        call('PUT', '/v1/known-identifiers', ALL, { tenant, identifiers: [{ type: 'NAME', value }] }),
      ),
    )
    expect(answers.map((a) => a.status)).toEqual(names.map(() => 200))
    // Each name is 3 hashes (two words and the pair): the last answer's total counts all of them.
    const totals = await Promise.all(answers.map(async (a) => ((await a.json()) as { total: number }).total))
    expect(Math.max(...totals)).toBe(names.length * 3)
    clearRosterCache()
    const roster = await new RosterStore(env.VAULT, config.value.vault).load(tenant)
    const key = await rosterKey(config.value.vault)
    for (const value of names) {
      for (const hash of await hashesOf(key, tenant, 'NAME', value)) expect(rosterHas(roster, hash), value).toBe(true)
    }
    expect(rosterSize(roster)).toBe(names.length * 3)
    // A replace and a delete queue behind the merges the same way.
    const replaced = await call('PUT', '/v1/known-identifiers', ALL, {
      tenant,
      mode: 'replace',
      identifiers: [{ type: 'MRN', value: 'A-1' }],
    })
    const after = (await replaced.json()) as { entries: number; total: number }
    expect(after.total).toBe(after.entries)
    const deleted = await call('DELETE', `/v1/known-identifiers?tenant=${tenant}`, ALL)
    expect(await deleted.json()).toEqual({ deleted: { tenants: 1, entries: after.total } })
    clearRosterCache()
    expect(rosterSize(await new RosterStore(env.VAULT, config.value.vault).load(tenant))).toBe(0)
  })

  it('a roster loaded before its tenant object kept a copy is merged into, not replaced', async () => {
    const tenant = 'AC88888888888888888888888888888888'
    const config = loadConfig(env)
    if (!config.ok) throw new Error('test config')
    // Written straight to KV, as a deployment without the serialized writer did.
    await new RosterStore(env.VAULT, config.value.vault).put(tenant, [{ type: 'NAME', value: 'Earlier Loaded' }], false)
    const put = await call('PUT', '/v1/known-identifiers', ALL, {
      tenant,
      identifiers: [{ type: 'NAME', value: 'Later Added' }],
    })
    expect(await put.json()).toMatchObject({ entries: 3, total: 6 })
    clearRosterCache()
    const roster = await new RosterStore(env.VAULT, config.value.vault).load(tenant)
    const key = await rosterKey(config.value.vault)
    for (const value of ['Earlier Loaded', 'Later Added']) {
      for (const hash of await hashesOf(key, tenant, 'NAME', value)) expect(rosterHas(roster, hash), value).toBe(true)
    }
  })
})
