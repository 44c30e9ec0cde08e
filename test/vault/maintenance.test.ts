import { describe, expect, it } from 'vitest'
import type { Env } from '../../src/env'
import { runVaultMaintenance } from '../../src/vault/maintenance'
import { TOKEN_PREFIX } from '../../src/vault/records'
import { envWith, keyring, testEnv, vaultOf } from './helpers'

const TENANT = 'AC33333333333333333333333333333333'

async function keyIdOf(token: string): Promise<string | undefined> {
  const { metadata } = await testEnv.VAULT.getWithMetadata<{ kid: string }>(TOKEN_PREFIX + token)
  return metadata?.kid
}

/** Runs maintenance until every given token is under `kid`, checking the per-run bound. */
async function maintainUntil(e: Env, tokens: string[], kid: string, batch: number): Promise<number> {
  for (let run = 1; run <= 100; run++) {
    const summary = await runVaultMaintenance(e, { batch })
    expect(summary.reencrypted).toBeLessThanOrEqual(batch)
    const kids = await Promise.all(tokens.map(keyIdOf))
    if (kids.every((k) => k === kid)) return run
  }
  throw new Error('maintenance did not finish')
}

describe('key rotation and re-encryption', () => {
  it('keeps old tokens resolvable after rotation and moves them to the current key in bounded runs', async () => {
    const before = envWith({ VAULT_KEYS: keyring('k1', ['k1']) })
    const rotated = envWith({ VAULT_KEYS: keyring('k2', ['k1', 'k2']) })
    const retired = envWith({ VAULT_KEYS: keyring('k2', ['k2']) })
    const names = ['Ann Old', 'Bob Old', 'Cy Old', 'Di Old', 'Ed Old']
    const requests = names.map((value) => ({ type: 'NAME' as const, value }))
    const tokens = (await vaultOf(before).tokenizerFor(TENANT).tokenize(requests)) as string[]
    for (const token of tokens) expect(await keyIdOf(token)).toBe('k1')
    const expirations = new Map(
      (await testEnv.VAULT.list({ prefix: TOKEN_PREFIX })).keys.map((k) => [k.name, k.expiration]),
    )

    // Rotated (k2 current, k1 still decrypts): old tokens resolve and the index still finds them.
    for (const [i, token] of tokens.entries()) {
      expect(await vaultOf(rotated).reveal(token)).toMatchObject({ ok: true, value: { value: requests[i]!.value } })
    }
    expect(await vaultOf(rotated).tokenizerFor(TENANT).tokenize(requests)).toEqual(tokens)
    const [fresh] = await vaultOf(rotated)
      .tokenizerFor(TENANT)
      .tokenize([{ type: 'NAME', value: 'New Person' }])
    expect(await keyIdOf(fresh as string)).toBe('k2')

    // 5 old records, 2 per run: the first page is listed again until done, so 3 runs.
    expect(await maintainUntil(rotated, tokens, 'k2', 2)).toBe(3)

    // Re-encrypted: k1 can be retired, nothing is lost, retention is not extended.
    for (const [i, token] of tokens.entries()) {
      expect(await vaultOf(retired).reveal(token)).toMatchObject({ ok: true, value: { value: requests[i]!.value } })
      expect(await vaultOf(before).reveal(token)).toEqual({ ok: false, error: 'undecryptable' })
    }
    const after = (await testEnv.VAULT.list({ prefix: TOKEN_PREFIX })).keys
    for (const token of tokens) {
      const name = TOKEN_PREFIX + token
      expect(after.find((k) => k.name === name)?.expiration).toBe(expirations.get(name))
    }
  })

  it('does not resurrect a token erased while its re-encryption was in flight', async () => {
    const old = envWith({ VAULT_KEYS: keyring('k1', ['k1']) })
    const rotated = envWith({ VAULT_KEYS: keyring('k2', ['k1', 'k2']) })
    const [token] = await vaultOf(old)
      .tokenizerFor(TENANT)
      .tokenize([{ type: 'NAME', value: 'Erased Midway' }])
    const name = TOKEN_PREFIX + token
    const { value, metadata } = await testEnv.VAULT.getWithMetadata(name)
    expect((await vaultOf(rotated).erase(token as string)).ok).toBe(true)
    // The race: a re-encryption that read the record before the erasure writes it back afterwards.
    await testEnv.VAULT.put(name, value as string, { expirationTtl: 3600, metadata })
    expect(await vaultOf(rotated).reveal(token as string)).toEqual({ ok: false, error: 'not-found' })
    for (let run = 0; run < 20 && (await testEnv.VAULT.get(name)) !== null; run++) {
      await runVaultMaintenance(rotated, { batch: 50 })
    }
    expect(await testEnv.VAULT.get(name)).toBeNull()
  })

  it('skips and counts records under a key no longer in the ring, and still completes the walk', async () => {
    const old = envWith({ VAULT_KEYS: keyring('k1', ['k1']) })
    const retired = envWith({ VAULT_KEYS: keyring('k2', ['k2']) })
    const [token] = await vaultOf(old)
      .tokenizerFor(TENANT)
      .tokenize([{ type: 'NAME', value: 'Orphaned Key' }])
    let summary = await runVaultMaintenance(retired, { batch: 1 })
    for (let run = 0; run < 20 && !summary.complete; run++) summary = await runVaultMaintenance(retired, { batch: 1 })
    expect(summary.complete).toBe(true)
    expect(summary.undecryptable).toBeGreaterThanOrEqual(1)
    expect(await keyIdOf(token as string)).toBe('k1')
    expect(await vaultOf(retired).reveal(token as string)).toEqual({ ok: false, error: 'undecryptable' })
  })

  it('logs and does nothing when the vault configuration is invalid', async () => {
    const summary = await runVaultMaintenance(envWith({ VAULT_KEYS: 'not json' }))
    expect(summary).toEqual({ scanned: 0, reencrypted: 0, undecryptable: 0, complete: false })
  })
})
