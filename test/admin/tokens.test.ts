import { afterEach, describe, expect, it, vi } from 'vitest'
import { TENANT_A, testEnv, vaultOf } from '../vault/helpers'
import { auditLines, call, captureLogs } from './helpers'

afterEach(() => vi.restoreAllMocks())

describe('DELETE /v1/tokens/{token} (erasure)', () => {
  it('erases the token: it no longer resolves, the index forgets it, the next message gets a new token', async () => {
    const tokenizer = vaultOf().tokenizerFor(TENANT_A)
    const [token] = await tokenizer.tokenize([{ type: 'PHONE', value: '+14155550166' }])
    const logs = captureLogs()
    const res = await call('DELETE', `/v1/tokens/${token}?purpose=patient-request`, 'test-admin-erase')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ erased: [token] })
    expect(auditLines(logs.lines(), 'audit.token.erased')).toEqual([
      expect.objectContaining({ outcome: 'allowed', keyId: 'test-erase', purpose: 'patient-request', token }),
    ])

    const reveal = await call('POST', '/v1/detokenize', 'test-admin-detokenize', { tokens: [token], purpose: 'check' })
    expect(await reveal.json()).toEqual({ results: [{ token, error: 'not-found' }] })
    expect(await testEnv.VAULT.get(`tok:${token}`)).toBeNull()
    const [next] = await tokenizer.tokenize([{ type: 'PHONE', value: '(415) 555-0166' }])
    expect(next).not.toBe(token)

    const again = await call('DELETE', `/v1/tokens/${token}`, 'test-admin-erase')
    expect(again.status).toBe(404)
  })

  it('answers 400 to something that is not a token without echoing it', async () => {
    const logs = captureLogs()
    const res = await call('DELETE', '/v1/tokens/+14155550166', 'test-admin-erase')
    expect(res.status).toBe(400)
    expect(await res.text()).not.toContain('5550166')
    expect(logs.raw()).not.toContain('5550166')
    expect(auditLines(logs.lines(), 'audit.token.erased')).toEqual([
      expect.objectContaining({ outcome: 'denied', reason: 'invalid-request' }),
    ])
  })

  it('answers 400 to a free-text purpose', async () => {
    const [token] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'NAME', value: 'Kept Safe' }])
    const purpose = encodeURIComponent('Kept Safe asked')
    const res = await call('DELETE', `/v1/tokens/${token}?purpose=${purpose}`, 'test-admin-erase')
    expect(res.status).toBe(400)
    expect((await vaultOf().reveal(token as string)).ok).toBe(true)
  })
})
