/** The committed wrangler.toml: environments in step, nothing reachable around Access, no credential in the file. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unstable_readConfig } from 'wrangler'
import { describe, expect, it } from 'vitest'
import { literalSecretsIn, readEnvironment } from '../../scripts/wrangler-config'

const CONFIG = join(import.meta.dirname, '../../wrangler.toml')
const ENVS = [undefined, 'staging', 'production'] as const
const read = (env: string | undefined) =>
  unstable_readConfig({ config: CONFIG, ...(env ? { env } : {}) }, { hideWarnings: true })

describe('wrangler.toml', () => {
  it('gives every environment the same bindings and vars (wrangler does not inherit them)', () => {
    const shape = (env: string | undefined) => {
      const c = read(env)
      return {
        kv: c.kv_namespaces.map((k) => k.binding),
        producers: c.queues.producers?.map((p) => p.binding),
        consumers: c.queues.consumers?.length,
        durableObjects: c.durable_objects.bindings.map((b) => `${b.name}:${b.class_name}`),
        analytics: c.analytics_engine_datasets.map((d) => d.binding),
        vars: Object.keys(c.vars).sort(),
        crons: c.triggers.crons,
        observability: c.observability,
        assets: c.assets,
      }
    }
    const top = shape(undefined)
    expect(top.durableObjects).toEqual(
      // biome-ignore format: packed list
      expect.arrayContaining([
        'REVEAL_LIMITER:RevealRateLimiter', 'AUDIT_TRAIL:AuditTrail', 'LOGIN_THROTTLE:LoginThrottle', 'METRICS_COUNTERS:MetricsCounters',
      ]),
    )
    expect(top.analytics).toEqual(['METRICS'])
    for (const env of ['staging', 'production']) expect({ env, ...shape(env) }).toEqual({ env, ...top })
    // The console's files: served only through the Worker, which adds the console's CSP (src/routes/console.ts).
    expect(top.assets).toMatchObject({ binding: 'ASSETS', run_worker_first: true })
  })

  it('keeps workers.dev and preview URLs off, invocation logs and traces off, every log line of ours', () => {
    for (const env of ENVS) {
      const c = read(env)
      expect({ env, workersDev: c.workers_dev, previewUrls: c.preview_urls }).toEqual({
        env,
        workersDev: false,
        previewUrls: false,
      })
      expect(c.observability).toMatchObject({
        enabled: true,
        head_sampling_rate: 1,
        logs: { invocation_logs: false },
        traces: { enabled: false },
      })
    }
  })

  it('gives each environment its own queues, dead-letter queues ending in "dead-letters"', () => {
    const names = ENVS.map((env) => readEnvironment(CONFIG, env).queues)
    expect(new Set(names.flat()).size).toBe(6)
    for (const queues of names) expect(queues.filter((q) => q.endsWith('dead-letters'))).toHaveLength(1)
  })

  it('gives each environment its own Analytics Engine dataset, so staging traffic stays out of production dashboards', () => {
    const datasets = ENVS.map((env) => read(env).analytics_engine_datasets.map((d) => d.dataset))
    expect(datasets).toEqual([
      ['phi_firewall_metrics'],
      ['phi_firewall_staging_metrics'],
      ['phi_firewall_production_metrics'],
    ])
  })

  it('holds no credential: no whsec_ key or Slack webhook URL in any environment or anywhere in the file', () => {
    for (const env of ENVS) expect(literalSecretsIn(readEnvironment(CONFIG, env))).toEqual([])
    expect(readFileSync(CONFIG, 'utf8')).not.toMatch(/whsec_[A-Za-z0-9+/]{8}|hooks\.slack\.com\/services\/T/)
  })

  it('lists the migrations in order, the audit trail after the reveal limiter (another v2 may sit between)', () => {
    const migrations = read(undefined).migrations
    const tags = migrations.map((m) => m.tag)
    expect(tags.indexOf('v1-reveal-limiter')).toBe(0)
    expect(tags.slice(-2)).toEqual(['v3-audit-trail', 'v4-metrics-counters'])
    expect(migrations.at(-2)?.new_sqlite_classes).toEqual(['AuditTrail', 'LoginThrottle'])
    expect(migrations.at(-1)?.new_sqlite_classes).toEqual(['MetricsCounters'])
  })
})
