/**
 * Bounded HTTP load for `npm run bench`: a fixed list of requests, a fixed number of keep-alive
 * connections, per-request latency, nothing left running afterwards. Loopback only.
 */
import { Agent, request } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { SignedWebhook } from '../bench/fixtures.ts'

/** Percentiles and throughput of one load run. */
export interface LoadResult {
  requests: number
  concurrency: number
  seconds: number
  rps: number
  p50: number
  p90: number
  p99: number
  max: number
  /** Count per HTTP status (or `error`). */
  statuses: Record<string, number>
  /** Warm-up requests answered 2xx (they are delivered too). */
  warmupAccepted: number
}

/** Value at quantile `q` (0..1) of an ascending array (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank] as number
}

function send(agent: Agent, base: URL, hook: SignedWebhook): Promise<{ status: string; ms: number }> {
  const t0 = performance.now()
  const secure = base.protocol === 'https:'
  return new Promise((resolve) => {
    const req = (secure ? httpsRequest : request)(
      {
        agent,
        host: base.hostname,
        port: base.port || (secure ? 443 : 80),
        method: 'POST',
        path: hook.path,
        headers: { ...hook.headers, 'content-length': Buffer.byteLength(hook.body) },
        timeout: 30_000,
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve({ status: String(res.statusCode), ms: performance.now() - t0 }))
        res.on('error', () => resolve({ status: 'error', ms: performance.now() - t0 }))
      },
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', () => resolve({ status: 'error', ms: performance.now() - t0 }))
    req.end(hook.body)
  })
}

/** Sends every request once with `concurrency` workers; the first `warmup` requests are sent but not measured. */
export async function runLoad(
  base: URL,
  hooks: readonly SignedWebhook[],
  concurrency: number,
  warmup: number,
  onMeasureStart?: () => void,
): Promise<LoadResult> {
  const agent =
    base.protocol === 'https:'
      ? new HttpsAgent({ keepAlive: true, maxSockets: concurrency })
      : new Agent({ keepAlive: true, maxSockets: concurrency })
  try {
    let next = 0
    const worker = async (
      list: readonly SignedWebhook[],
      sink?: { ms: number[]; statuses: Record<string, number> },
    ) => {
      while (next < list.length) {
        const hook = list[next++] as SignedWebhook
        const r = await send(agent, base, hook)
        if (sink) {
          sink.ms.push(r.ms)
          sink.statuses[r.status] = (sink.statuses[r.status] ?? 0) + 1
        }
      }
    }
    const warm = hooks.slice(0, warmup)
    const measured = hooks.slice(warmup)
    const warmSink = { ms: [] as number[], statuses: {} as Record<string, number> }
    await Promise.all(Array.from({ length: concurrency }, () => worker(warm, warmSink)))
    next = 0
    const sink = { ms: [] as number[], statuses: {} as Record<string, number> }
    onMeasureStart?.()
    const t0 = performance.now()
    await Promise.all(Array.from({ length: concurrency }, () => worker(measured, sink)))
    const seconds = (performance.now() - t0) / 1000
    const sorted = sink.ms.sort((a, b) => a - b)
    return {
      requests: measured.length,
      concurrency,
      seconds,
      rps: measured.length / seconds,
      p50: quantile(sorted, 0.5),
      p90: quantile(sorted, 0.9),
      p99: quantile(sorted, 0.99),
      max: sorted[sorted.length - 1] ?? NaN,
      statuses: sink.statuses,
      warmupAccepted: Object.entries(warmSink.statuses)
        .filter(([s]) => s.startsWith('2'))
        .reduce((n, [, c]) => n + c, 0),
    }
  } finally {
    agent.destroy()
  }
}
