/**
 * Failed admin logins per client: one Durable Object per hashed client address (a consistent counter; KV is
 * not). Fixed windows: after `limit` failures in a window every attempt from that client, with or without a valid
 * key, is refused until the window ends, so guessing keys cannot continue and a valid key cannot be confirmed.
 */
import { DurableObject } from 'cloudflare:workers'

/** Whether a client may try to log in now. */
export interface LoginStatus {
  locked: boolean
  /** Whole seconds until the window ends. */
  retryAfterSeconds: number
  /** True for the first refusal of a locked window only: that one is audited, the rest are not (bounded trail). */
  firstRefusal: boolean
}

interface WindowState {
  start: number
  failures: number
  refusalRecorded: boolean
}

/** Durable Object counting failed admin logins of one client per window. */
export class LoginThrottle extends DurableObject {
  /** Whether the client is locked out; marks the first refusal of a locked window. */
  async check(limit: number, windowSeconds: number, now: number = Date.now()): Promise<LoginStatus> {
    const state = await this.current(windowSeconds, now)
    const retryAfterSeconds = retryAfter(state, windowSeconds, now)
    if (state.failures < limit) return { locked: false, retryAfterSeconds, firstRefusal: false }
    const firstRefusal = !state.refusalRecorded
    if (firstRefusal) await this.ctx.storage.put<WindowState>('window', { ...state, refusalRecorded: true })
    return { locked: true, retryAfterSeconds, firstRefusal }
  }

  /** Counts one failed login; answers whether the client is now locked out. */
  async fail(limit: number, windowSeconds: number, now: number = Date.now()): Promise<LoginStatus> {
    const state = await this.current(windowSeconds, now)
    const next = { ...state, failures: state.failures + 1 }
    await this.ctx.storage.put<WindowState>('window', next)
    return {
      locked: next.failures >= limit,
      retryAfterSeconds: retryAfter(next, windowSeconds, now),
      firstRefusal: false,
    }
  }

  /** Readiness probe: the object answers. */
  async ping(): Promise<true> {
    return true
  }

  private async current(windowSeconds: number, now: number): Promise<WindowState> {
    const windowMs = windowSeconds * 1000
    const start = now - (now % windowMs)
    const saved = await this.ctx.storage.get<WindowState>('window')
    return saved && saved.start === start ? saved : { start, failures: 0, refusalRecorded: false }
  }
}

function retryAfter(state: WindowState, windowSeconds: number, now: number): number {
  return Math.max(1, Math.ceil((state.start + windowSeconds * 1000 - now) / 1000))
}
