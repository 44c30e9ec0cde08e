/** Helpers of the metrics tests: a recording Analytics Engine dataset and counter reads through GET /v1/metrics. */
import { exports } from 'cloudflare:workers'
import { expect } from 'vitest'

/** Miniflare's Analytics Engine keeps nothing to read back: tests hand the worker this wrapper instead. */
export function recordingDataset(fail = false): AnalyticsEngineDataset & { points: AnalyticsEngineDataPoint[] } {
  const points: AnalyticsEngineDataPoint[] = []
  return {
    points,
    writeDataPoint(point?: AnalyticsEngineDataPoint) {
      if (fail) throw new Error('dataset unavailable')
      if (point) points.push(point)
    },
  }
}

/** The answer of GET /v1/metrics. */
export interface MetricsBody {
  since: string
  groups: Record<string, Record<string, number>>
}

/** GET /v1/metrics with the metrics-only test key. */
export async function readMetrics(): Promise<MetricsBody> {
  const res = await exports.default.fetch('https://phi.example.test/v1/metrics', {
    headers: { Authorization: 'Bearer test-admin-metrics' },
  })
  expect(res.status).toBe(200)
  return (await res.json()) as MetricsBody
}

/** What changed between two reads, per group and label (labels that did not move are left out). */
export function delta(before: MetricsBody, after: MetricsBody): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {}
  for (const [group, labels] of Object.entries(after.groups)) {
    for (const [label, value] of Object.entries(labels)) {
      const moved = value - (before.groups[group]?.[label] ?? 0)
      if (moved !== 0) (out[group] ??= {})[label] = moved
    }
  }
  return out
}
