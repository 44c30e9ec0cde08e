import { afterEach, describe, expect, it } from 'vitest'
import { clearRosterCache, ROSTER_PREFIX } from '../../src/vault/roster'
import { ACCOUNT, BASE as TWILIO_BASE, formRequest, run, sid, SUB_ACCOUNT, SUB_TOKEN, TOKEN } from '../helpers/twilio'
import { dumpVault } from '../vault/helpers'
import { auditLines, call, captureLogs } from './helpers'

const ALL = 'test-admin-all'
let counter = 0x900

/** The forwarded Body of one SMS of an account. */
async function forwarded(account: string, token: string, body: string, from = '+15551239001'): Promise<string> {
  const message = sid('SM', counter++)
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
    expect(audited[0]).toMatchObject({ outcome: 'allowed', counts: { tokens: 0, identifiers: 3, entries: 5, total: 5 } })
    expect(logs.raw()).not.toMatch(/tremblay|1961/i)
    clearRosterCache()

    expect(await forwarded(ACCOUNT, TOKEN, 'will here, I will bring the forms')).toMatch(/^\[NAME(?::tok_\w+)?\] here, I will bring the forms$/)
    expect(await forwarded(ACCOUNT, TOKEN, 'born 07/14/1961')).not.toContain('07/14')
    // Another tenant: the roster never applies.
    expect(await forwarded(SUB_ACCOUNT, SUB_TOKEN, 'will here, I will bring the forms')).toBe('will here, I will bring the forms')
  })

  it('never keeps a roster value in plaintext, and deletes a tenant roster', async () => {
    const put = await call('PUT', '/v1/known-identifiers', ALL, { ...ROSTER, identifiers: [...ROSTER.identifiers, { type: 'PHONE', value: '+1 (612) 555-0187' }] })
    expect(put.status).toBe(200)
    const shards = (await dumpVault()).filter((e) => e.name.startsWith(ROSTER_PREFIX))
    expect(shards.length).toBeGreaterThan(0)
    const everything = JSON.stringify(await dumpVault())
    for (const plain of ['will', 'tremblay', '1961', '07-14', '0917', '3364', '6125550187', '555-0187']) expect(everything.toLowerCase()).not.toContain(plain)

    const del = await call('DELETE', `/v1/known-identifiers?tenant=${ACCOUNT}`, ALL)
    expect(del.status).toBe(200)
    expect(await del.json()).toMatchObject({ deleted: { tenants: 1 } })
    expect((await dumpVault()).filter((e) => e.name.startsWith(`${ROSTER_PREFIX}${ACCOUNT}`))).toEqual([])
    clearRosterCache()
    expect(await forwarded(ACCOUNT, TOKEN, 'will here, I will bring the forms')).toBe('will here, I will bring the forms')
  })

  it('validates batches, answers without echoing values and needs the roster scope', async () => {
    const bad = await call('PUT', '/v1/known-identifiers', ALL, { identifiers: [{ type: 'NAME', value: 'Will Tremblay' }, { type: 'GENE', value: 'Tremblay' }] })
    expect(bad.status).toBe(400)
    expect(await bad.text()).not.toMatch(/tremblay/i)
    expect((await call('PUT', '/v1/known-identifiers', ALL, { identifiers: [] })).status).toBe(400)
    expect((await call('PUT', '/v1/known-identifiers', ALL, { mode: 'append', identifiers: [{ type: 'NAME', value: 'x y' }] })).status).toBe(400)
    expect((await call('PUT', '/v1/known-identifiers', 'test-admin-tokenize', ROSTER)).status).toBe(403)
    expect((await call('PUT', '/v1/known-identifiers', undefined, ROSTER)).status).toBe(401)
    // A key bound to tenant A may not load another tenant's roster.
    const other = await call('PUT', '/v1/known-identifiers', 'test-admin-tenant-a', { ...ROSTER, tenant: SUB_ACCOUNT })
    expect(other.status).toBe(403)
  })
})
