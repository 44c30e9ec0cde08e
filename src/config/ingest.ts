/**
 * Ingest section of the config: how long a webhook may take before it answers 503 with nothing published, and how
 * replays are remembered. Errors name the setting, never its value.
 */
import type { Env } from '../env'
import { err, ok, type Result } from '../result'
import type { ConfigError } from './errors'

/** Validated ingest settings. */
export interface IngestConfig {
  /** Milliseconds a webhook may take, per route (Twilio gives up at 5 s for the fast ones and 15 s elsewhere). */
  deadlineMs: { fast: number; slow: number }
  /** How long an accepted webhook's signed content is remembered (replays answered as the first, nothing published). */
  replayWindowMs: number
  /** Replay-guard Durable Objects the digests are spread over. */
  replayShards: number
}

/**
 * Default deadlines: Event Streams and Conversations give up after 5 s, Messaging and Voice after 15 s (connect time
 * included). A margin is left for the network between Twilio and the edge and for the answer itself.
 */
export const DEFAULT_DEADLINE_MS = { fast: 4000, slow: 12_000 } as const
/** Default replay memory, in hours (at least one day: Twilio's retries and a captured request's obvious reuse). */
export const DEFAULT_REPLAY_GUARD_HOURS = 24
/** Default number of replay-guard objects. */
export const DEFAULT_REPLAY_GUARD_SHARDS = 16

/** Parses WEBHOOK_DEADLINE_MS, REPLAY_GUARD_HOURS and REPLAY_GUARD_SHARDS. */
export function parseIngestConfig(env: Env): Result<IngestConfig, ConfigError> {
  const deadline = parseInteger(env.WEBHOOK_DEADLINE_MS, undefined, 100, DEFAULT_DEADLINE_MS.slow)
  if (deadline === null) {
    const problem = `must be an integer between 100 and ${DEFAULT_DEADLINE_MS.slow}`
    return err({ setting: 'WEBHOOK_DEADLINE_MS', problem })
  }
  const hours = parseInteger(env.REPLAY_GUARD_HOURS, DEFAULT_REPLAY_GUARD_HOURS, 24, 24 * 14)
  if (hours === null || hours === undefined) {
    return err({ setting: 'REPLAY_GUARD_HOURS', problem: 'must be an integer between 24 and 336' })
  }
  const shards = parseInteger(env.REPLAY_GUARD_SHARDS, DEFAULT_REPLAY_GUARD_SHARDS, 1, 256)
  if (shards === null || shards === undefined) {
    return err({ setting: 'REPLAY_GUARD_SHARDS', problem: 'must be an integer between 1 and 256' })
  }
  // A configured deadline only lowers the defaults: it never lets a webhook run past Twilio's own limit.
  const deadlineMs = {
    fast: Math.min(deadline ?? DEFAULT_DEADLINE_MS.fast, DEFAULT_DEADLINE_MS.fast),
    slow: Math.min(deadline ?? DEFAULT_DEADLINE_MS.slow, DEFAULT_DEADLINE_MS.slow),
  }
  return ok({ deadlineMs, replayWindowMs: hours * 3_600_000, replayShards: shards })
}

/** The integer in `raw`, `fallback` when unset, null when malformed or out of range. */
function parseInteger(
  raw: string | undefined,
  fallback: number | undefined,
  min: number,
  max: number,
): number | undefined | null {
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  return Number.isInteger(value) && value >= min && value <= max ? value : null
}
