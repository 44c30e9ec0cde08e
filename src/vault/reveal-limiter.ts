/**
 * Per admin API key reveal budget. A Durable Object (one per key id) because KV is eventually
 * consistent: two colos could each grant a full budget. Fixed one-minute windows, counted in tokens.
 */
import { DurableObject } from 'cloudflare:workers'

/** What a reveal-budget request answers. */
export interface RevealBudget {
  allowed: boolean
  /** Whole seconds until the current window ends (for Retry-After when refused). */
  retryAfterSeconds: number
  remaining: number
}

const WINDOW_MS = 60_000

interface WindowState {
  start: number
  used: number
}

/** Durable Object counting reveals per API key per minute. */
export class RevealRateLimiter extends DurableObject {
  /** Takes `count` reveals from a budget of `limit` per minute; all or nothing. */
  async take(count: number, limit: number, now: number = Date.now()): Promise<RevealBudget> {
    const start = now - (now % WINDOW_MS)
    const saved = await this.ctx.storage.get<WindowState>('window')
    const used = saved && saved.start === start ? saved.used : 0
    const retryAfterSeconds = Math.max(1, Math.ceil((start + WINDOW_MS - now) / 1000))
    if (used + count > limit) return { allowed: false, retryAfterSeconds, remaining: Math.max(0, limit - used) }
    await this.ctx.storage.put<WindowState>('window', { start, used: used + count })
    return { allowed: true, retryAfterSeconds, remaining: limit - used - count }
  }

  /** Readiness probe: the object answers. */
  async ping(): Promise<true> {
    return true
  }
}
