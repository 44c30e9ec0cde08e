/**
 * The counts behind GET /v1/metrics: one SQLite-backed Durable Object (the Worker uses one instance, `counters`)
 * holding a total per (group, label) since it was created. Analytics Engine cannot be queried locally and samples in
 * production; these totals are exact, readable everywhere, and hold fixed labels only (src/metrics/points.ts).
 */
import { DurableObject } from 'cloudflare:workers'
import type { Env } from '../env'
import { COUNTER_GROUPS, isIncrement, type CounterGroup, type Increment } from './points'

/** What GET /v1/metrics answers: when counting started and a total per label, every group present. */
export interface CounterSnapshot {
  since: string
  groups: Record<CounterGroup, Record<string, number>>
}

/** Most increments one call may carry (a webhook makes at most ~45, a queue batch of 10 at most 20). */
export const MAX_INCREMENTS_PER_CALL = 500

type Row = Record<string, SqlStorageValue>

/** Durable Object keeping the metric totals (bound as METRICS_COUNTERS). */
export class MetricsCounters extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env)
    const sql = ctx.storage.sql
    sql.exec(`CREATE TABLE IF NOT EXISTS counters (
      grp TEXT NOT NULL, label TEXT NOT NULL, value REAL NOT NULL, PRIMARY KEY (grp, label)) WITHOUT ROWID`)
    sql.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)')
    sql.exec("INSERT OR IGNORE INTO meta (key, value) VALUES ('since', ?)", new Date().toISOString())
  }

  /** Adds a batch of increments; anything not shaped like one (see `isIncrement`) is skipped. Answers how many counted. */
  async add(increments: unknown): Promise<number> {
    if (!Array.isArray(increments)) return 0
    const valid = increments.slice(0, MAX_INCREMENTS_PER_CALL).filter((i): i is Increment => isIncrement(i))
    const upsert = `INSERT INTO counters (grp, label, value) VALUES (?, ?, ?)
      ON CONFLICT (grp, label) DO UPDATE SET value = value + excluded.value`
    this.ctx.storage.transactionSync(() => {
      for (const [group, label, n] of valid) this.ctx.storage.sql.exec(upsert, group, label, n)
    })
    return valid.length
  }

  /** Every total, grouped, with the time counting started. */
  async snapshot(): Promise<CounterSnapshot> {
    const groups = Object.fromEntries(COUNTER_GROUPS.map((g) => [g, {}])) as CounterSnapshot['groups']
    for (const row of this.ctx.storage.sql.exec<Row>('SELECT grp, label, value FROM counters ORDER BY grp, label')) {
      const group = groups[row.grp as CounterGroup]
      if (group) group[String(row.label)] = Number(row.value)
    }
    const since = this.ctx.storage.sql.exec<Row>("SELECT value FROM meta WHERE key = 'since'").toArray()[0]?.value
    return { since: String(since), groups }
  }

  /** Readiness probe: the object answers. */
  async ping(): Promise<true> {
    return true
  }
}
