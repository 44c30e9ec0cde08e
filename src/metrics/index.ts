/**
 * Recording metrics without ever failing or slowing the work measured: Analytics Engine writes are synchronous and
 * buffered by the runtime (fire-and-forget), and the counter increments of one webhook or one queue batch go to the
 * counter object in a single call kept alive by `waitUntil`, after the answer. A missing binding records nothing; any
 * failure is swallowed with a PHI-free log line (its class name only).
 */
import type { Env } from '../env'
import { log } from '../log'
import { err, ok, type Result } from '../result'
import type { CounterSnapshot, MetricsCounters } from './counters'
import { dataPointsOf, incrementsOf, mergeIncrements, type Observation } from './points'

export { MetricsCounters, type CounterSnapshot } from './counters'
export type { DeliveryOutcome, EngineWork, Observation, RedactionCount } from './points'

/** Name of the one counter object. */
const COUNTERS_NAME = 'counters'

/** Keeps a promise alive after the answer (ExecutionContext.waitUntil), when there is a context. */
export type WaitUntil = (work: Promise<unknown>) => void

/**
 * Records observations: their data points to the METRICS dataset, their increments in one call to the counter object.
 * Never throws and never awaits: the caller's answer does not wait for metrics.
 */
export function recordMetrics(env: Env, waitUntil: WaitUntil | undefined, observations: readonly Observation[]): void {
  if (observations.length === 0) return
  try {
    writeDataPoints(env, observations)
    const increments = mergeIncrements(observations.flatMap(incrementsOf))
    const counters = countersOf(env)
    if (!counters || increments.length === 0) return
    const sent = counters.add(increments).then(
      () => undefined,
      (error: unknown) => failed('counters', error),
    )
    if (waitUntil) waitUntil(sent)
  } catch (error) {
    failed('record', error)
  }
}

/** The counter totals, or `unavailable` when the counter object is not bound or does not answer. */
export async function readCounters(env: Env): Promise<Result<CounterSnapshot, 'unavailable'>> {
  try {
    const counters = countersOf(env)
    if (!counters) return err('unavailable')
    return ok(await counters.snapshot())
  } catch (error) {
    failed('read', error)
    return err('unavailable')
  }
}

/** Readiness of the optional metrics bindings: the names of those that are missing or do not answer. */
export async function metricsProblems(env: Env): Promise<string[]> {
  const problems: string[] = []
  if (!datasetOf(env)) problems.push('METRICS')
  try {
    const counters = countersOf(env)
    if (!counters) throw new Error('not bound')
    await counters.ping()
  } catch {
    problems.push('METRICS_COUNTERS')
  }
  return problems
}

function writeDataPoints(env: Env, observations: readonly Observation[]): void {
  const dataset = datasetOf(env)
  if (!dataset) return
  for (const observation of observations) {
    for (const point of dataPointsOf(observation)) {
      try {
        dataset.writeDataPoint(point)
      } catch (error) {
        failed('write', error)
        return
      }
    }
  }
}

/** The dataset, when bound (metrics are optional: a deployment may leave Analytics Engine out). */
function datasetOf(env: Env): AnalyticsEngineDataset | undefined {
  const dataset = (env as { METRICS?: AnalyticsEngineDataset }).METRICS
  return typeof dataset?.writeDataPoint === 'function' ? dataset : undefined
}

function countersOf(env: Env): DurableObjectStub<MetricsCounters> | undefined {
  const namespace = (env as { METRICS_COUNTERS?: DurableObjectNamespace<MetricsCounters> }).METRICS_COUNTERS
  if (typeof namespace?.idFromName !== 'function') return undefined
  return namespace.get(namespace.idFromName(COUNTERS_NAME))
}

function failed(stage: 'record' | 'write' | 'counters' | 'read', error: unknown): void {
  log('warn', { event: 'metrics', outcome: `${stage}-failed`, reason: error instanceof Error ? error.name : 'unknown' })
}
