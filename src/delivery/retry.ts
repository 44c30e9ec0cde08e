/** Pure retry policy: how a response is classified and how long to wait before the next attempt. */
import { MAX_RETRY_DELAY_SECONDS } from '../config/destinations'
import type { Outcome } from './types'

/** Statuses worth another try besides 5xx (Standard Webhooks, Svix). */
const RETRYABLE = new Set([408, 409, 425, 429])
/** Timeouts and throttling wait at least this long (capped by the longest hop of the schedule). */
const OVERLOAD_FLOOR_SECONDS = 60
const JITTER = 0.2

/** Classifies a destination's answer: 2xx delivered; 410 gone; 408/409/425/429/3xx/5xx retry; other 4xx drop. */
export function classifyStatus(status: number, retryAfter: string | null): Outcome {
  if (status >= 200 && status < 300) return { kind: 'delivered', status }
  if (status === 410) return { kind: 'drop', status, reason: 'gone' }
  if (status >= 500 || status < 400 || RETRYABLE.has(status)) {
    const seconds = parseRetryAfter(retryAfter)
    return {
      kind: 'retry',
      status,
      reason: status < 400 ? 'redirect' : `http-${status}`,
      ...(seconds === undefined ? {} : { retryAfterSeconds: seconds }),
    }
  }
  return { kind: 'drop', status, reason: 'rejected' }
}

/**
 * Seconds to wait before retry number `attempt` (1-based: after the first failure), or undefined once the
 * schedule is used up. ±20 % jitter; a Retry-After or overload (429, timeout) may lengthen the wait but never
 * beyond the longest hop of the schedule (+20 %), nor the 12 h Queues allow.
 */
export function retryDelay(
  schedule: readonly number[],
  attempt: number,
  outcome: { status?: number; reason: string; retryAfterSeconds?: number },
  random: () => number = Math.random,
): number | undefined {
  const scheduled = schedule[attempt - 1]
  if (scheduled === undefined) return undefined
  const ceiling = Math.min(Math.max(...schedule) * (1 + JITTER), MAX_RETRY_DELAY_SECONDS)
  const jittered = scheduled * (1 - JITTER + 2 * JITTER * random())
  const overloaded = outcome.status === 429 || outcome.reason === 'timeout'
  const floor = Math.max(outcome.retryAfterSeconds ?? 0, overloaded ? OVERLOAD_FLOOR_SECONDS : 0)
  return Math.round(Math.min(Math.max(jittered, floor), ceiling))
}

/** Retry-After as seconds (delta or HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  const at = Date.parse(value)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, Math.ceil((at - now) / 1000))
}
