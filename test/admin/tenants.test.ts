import { afterEach, describe, expect, it, vi } from 'vitest'
import { TENANT_A, TENANT_B, vaultOf } from '../vault/helpers'
import { MESSAGE_SID, auditLines, call, captureLogs, stubFetch } from './helpers'

afterEach(() => vi.restoreAllMocks())

const KEY = 'test-admin-tenant-a'

describe('keys bound to tenants', () => {
  it('act only on tokens of their own tenants; others look unknown and are audited as denied', async () => {
    const [own] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'PHONE', value: '+14155550151' }])
    const [foreign] = await vaultOf()
      .tokenizerFor(TENANT_B)
      .tokenize([{ type: 'PHONE', value: '+14155550152' }])
    const logs = captureLogs()
    const captured = stubFetch(() => Response.json({ sid: MESSAGE_SID, status: 'queued' }, { status: 201 }))

    const reveal = await call('POST', '/v1/detokenize', KEY, { tokens: [own, foreign], purpose: 'tenant-test' })
    expect(await reveal.json()).toEqual({
      results: [
        { token: own, type: 'PHONE', value: '+14155550151' },
        { token: foreign, error: 'not-found' },
      ],
    })
    const reply = await call('POST', '/v1/messages', KEY, { to: foreign, body: 'Hi', from: '+15005550006' })
    expect(reply.status).toBe(404)
    expect(captured).toHaveLength(0)
    const erase = await call('DELETE', `/v1/tokens/${foreign}`, KEY)
    expect(erase.status).toBe(404)
    expect((await vaultOf().reveal(foreign as string)).ok).toBe(true)

    const denied = logs.lines().filter((l) => l.outcome === 'denied')
    expect(denied.map((l) => [l.event, l.reason, l.token])).toEqual([
      ['audit.detokenize', 'other-tenant', foreign],
      ['audit.message.sent', 'other-tenant', foreign],
      ['audit.token.erased', 'other-tenant', foreign],
    ])
    expect(auditLines(logs.lines(), 'audit.detokenize')).toContainEqual(
      expect.objectContaining({ outcome: 'allowed', token: own }),
    )
    expect(logs.raw()).not.toContain('5550152')

    expect((await call('POST', '/v1/messages', KEY, { to: own, body: 'Hi', from: '+15005550006' })).status).toBe(201)
    expect((await call('DELETE', `/v1/tokens/${own}`, KEY)).status).toBe(200)
  })
})
