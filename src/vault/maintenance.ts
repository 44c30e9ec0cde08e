/**
 * Scheduled vault maintenance (Cron trigger): re-encrypts records still under an older key to the
 * current one, a bounded number per run, resuming from a saved KV list cursor. Retention needs no sweep:
 * every entry carries a KV expiration.
 */
import { parseVaultConfig } from '../config/vault'
import type { Env } from '../env'
import { log } from '../log'
import { importVaultKeys, seal, unseal } from './crypto'
import { MEMORY_PREFIX } from './memory'
import {
  ERASED_PREFIX,
  REENCRYPT_CURSOR_KEY,
  TOKEN_PREFIX,
  parseTokenRecord,
  sealedOf,
  type TokenMetadata,
  type TokenRecord,
} from './records'

/** What one maintenance run did. */
export interface MaintenanceSummary {
  /** Records listed this run. */
  scanned: number
  reencrypted: number
  /** Records that could not be opened (unknown key, tampered): left as they are and counted. */
  undecryptable: number
  /** True when the walk reached the end of the namespace (the next run starts over). */
  complete: boolean
}

/** Options for tests. */
export interface MaintenanceOptions {
  /** Overrides VAULT_REENCRYPT_BATCH. */
  batch?: number
}

/** List calls per run (1000 keys each): with at most 250 records x 3 operations, under 1000 KV operations per run. */
const MAX_PAGES_PER_RUN = 100

/** Runs from the Cron trigger. Never throws: a failed run is logged and the next one resumes. */
export async function runVaultMaintenance(env: Env, options: MaintenanceOptions = {}): Promise<MaintenanceSummary> {
  const summary: MaintenanceSummary = { scanned: 0, reencrypted: 0, undecryptable: 0, complete: false }
  const config = parseVaultConfig(env)
  if (!config.ok) {
    log('error', { event: 'vault-maintenance', outcome: 'invalid-config', reason: config.error.setting })
    return summary
  }
  try {
    const keys = await importVaultKeys(config.value)
    const current = config.value.currentKeyId
    const walk = { budget: options.batch ?? config.value.reencryptBatch, pages: MAX_PAGES_PER_RUN }
    // Token records first, then the sender memories (same record format and keyring), each with its own cursor.
    const tokens = await walkPrefix(env.VAULT, keys, current, TOKEN_PREFIX, REENCRYPT_CURSOR_KEY, walk, summary)
    const memories = await walkPrefix(env.VAULT, keys, current, MEMORY_PREFIX, MEMORY_CURSOR_KEY, walk, summary)
    summary.complete = tokens && memories
    const counts = { scanned: summary.scanned, reencrypted: summary.reencrypted, undecryptable: summary.undecryptable }
    log('info', { event: 'vault-maintenance', outcome: summary.complete ? 'complete' : 'partial', counts })
  } catch (error) {
    log('error', { event: 'vault-maintenance', outcome: 'error', reason: (error as Error).name })
  }
  return summary
}

/** KV key of the memories' re-encryption cursor. */
const MEMORY_CURSOR_KEY = `${REENCRYPT_CURSOR_KEY}:memory`

/** Re-encrypts the stale records under one prefix within the run's budget; answers whether the walk reached its end. */
async function walkPrefix(
  kv: KVNamespace,
  keys: Awaited<ReturnType<typeof importVaultKeys>>,
  current: string,
  prefix: string,
  cursorKey: string,
  walk: { budget: number; pages: number },
  summary: MaintenanceSummary,
): Promise<boolean> {
  let cursor = (await kv.get(cursorKey)) ?? undefined
  let complete = false
  for (; walk.pages > 0 && walk.budget > 0; walk.pages--) {
    const listed: KVNamespaceListResult<TokenMetadata> = await kv.list<TokenMetadata>({
      prefix,
      limit: 1000,
      ...(cursor ? { cursor } : {}),
    })
    summary.scanned += listed.keys.length
    const stale = listed.keys.filter((key) => key.metadata?.kid !== current)
    // Under a key no longer in the ring: nothing can open it, so it is counted and left to expire.
    const openable = stale.filter((key) => keys.encryption.has(key.metadata?.kid ?? ''))
    summary.undecryptable += stale.length - openable.length
    const now = openable.slice(0, walk.budget)
    walk.budget -= now.length
    const results = await Promise.all(now.map((key) => reencrypt(kv, keys, key, prefix)))
    for (const result of results) if (result !== 'gone') summary[result]++
    // Page not finished: keep the cursor before it, so the next run lists it again (done records are skipped).
    if (now.length < openable.length) break
    if (listed.list_complete) {
      complete = true
      cursor = undefined
      break
    }
    cursor = listed.cursor
  }
  if (cursor) await kv.put(cursorKey, cursor, { expirationTtl: 7 * 86_400 })
  else await kv.delete(cursorKey)
  return complete
}

async function reencrypt(
  kv: KVNamespace,
  keys: Awaited<ReturnType<typeof importVaultKeys>>,
  key: KVNamespaceListKey<TokenMetadata>,
  prefix: string,
): Promise<'reencrypted' | 'undecryptable' | 'gone'> {
  const raw = await kv.get(key.name)
  // Erased or expired since the listing: nothing to do.
  if (raw === null) return 'gone'
  const token = key.name.slice(prefix.length)
  const record = parseTokenRecord(raw)
  if (!record) return 'undecryptable'
  const binding = { tenant: record.tenant, type: record.type, token, index: record.idx }
  const value = await unseal(keys, sealedOf(record), binding)
  if (value === undefined) return 'undecryptable'
  const sealed = await seal(keys, value, binding)
  const updated: TokenRecord = { ...record, kid: sealed.keyId, iv: sealed.iv, ct: sealed.ciphertext }
  // Same absolute expiration: re-encryption never extends retention.
  await kv.put(key.name, JSON.stringify(updated), {
    expiration: key.expiration ?? record.exp,
    metadata: { kid: sealed.keyId } satisfies TokenMetadata,
  })
  // KV has no compare-and-set: an erasure that landed between our read and write would be undone. The
  // erasure tombstone tells us to delete again.
  if ((await kv.get(ERASED_PREFIX + token)) !== null) {
    await kv.delete(key.name)
    return 'gone'
  }
  return 'reencrypted'
}
