import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import worker from '../../src/index'
import { TOKEN_PREFIX } from '../../src/vault/records'
import { envWith, keyring, testEnv, vaultOf } from './helpers'

describe('Cron trigger', () => {
  it('runs vault maintenance: records under an old key move to the current key', async () => {
    const old = envWith({ VAULT_KEYS: keyring('k1', ['k1']) })
    const [token] = await vaultOf(old).tokenizerFor('AC44444444444444444444444444444444').tokenize([
      { type: 'NAME', value: 'Cron Person' },
    ])
    const ctx = createExecutionContext()
    await worker.scheduled(createScheduledController({ cron: '17 3 * * *' }), testEnv, ctx)
    await waitOnExecutionContext(ctx)
    const { metadata } = await testEnv.VAULT.getWithMetadata<{ kid: string }>(TOKEN_PREFIX + token)
    expect(metadata?.kid).toBe('k2')
    expect(await vaultOf().reveal(token as string)).toMatchObject({ ok: true, value: { value: 'Cron Person' } })
  })
})
