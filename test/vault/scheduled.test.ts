import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { Env } from '../../src/env'
import worker from '../../src/index'
import { TOKEN_PREFIX } from '../../src/vault/records'
import { envWith, keyring, testEnv, vaultOf } from './helpers'

describe('Cron trigger', () => {
  it('runs vault maintenance: records under an old key move to the current key', async () => {
    const old = envWith({ VAULT_KEYS: keyring('k1', ['k1']) })
    const [token] = await vaultOf(old)
      .tokenizerFor('AC44444444444444444444444444444444')
      .tokenize([{ type: 'NAME', value: 'Cron Person' }])
    const ctx = createExecutionContext()
    await worker.scheduled(createScheduledController({ cron: '17 3 * * *' }), testEnv, ctx)
    await waitOnExecutionContext(ctx)
    const { metadata } = await testEnv.VAULT.getWithMetadata<{ kid: string }>(TOKEN_PREFIX + token)
    expect(metadata?.kid).toBe('k2')
    expect(await vaultOf().reveal(token as string)).toMatchObject({ ok: true, value: { value: 'Cron Person' } })
  })

  it('applies audit retention: records older than AUDIT_RETENTION_DAYS go, in one bounded batch', async () => {
    const prunes: [number, number][] = []
    const trail = {
      prune: async (before: number, max: number) => {
        prunes.push([before, max])
        return { removed: 0, anchor: { seq: 0, hash: '' } }
      },
    }
    const e = {
      ...testEnv,
      AUDIT_RETENTION_DAYS: '400',
      AUDIT_TRAIL: { idFromName: () => ({}), get: () => trail },
    } as unknown as Env
    const ctx = createExecutionContext()
    const before = Date.now()
    await worker.scheduled(createScheduledController({ cron: '17 3 * * *' }), e, ctx)
    await waitOnExecutionContext(ctx)
    expect(prunes).toHaveLength(1)
    const [cutoff, max] = prunes[0] ?? [0, 0]
    expect(max).toBe(10_000)
    expect(cutoff).toBeGreaterThanOrEqual(before - 400 * 86_400_000)
    expect(cutoff).toBeLessThanOrEqual(Date.now() - 400 * 86_400_000)
  })
})
