/**
 * The ingest route's side of replay protection: picks the replay-guard shard of a digest and speaks to it
 * (src/twilio/replay-guard.ts). A fixed number of shards (REPLAY_GUARD_SHARDS) chosen by the digest, so no single
 * Durable Object carries all the traffic; changing the number forgets what the other shards remember.
 */
import type { Config } from '../config'
import type { Env } from '../env'
import type { ClaimOutcome, ReplayGuard } from '../twilio/replay-guard'

/** How long a claim holds past the deadline, should its holder vanish without completing or releasing it. */
const LEASE_MARGIN_MS = 5000

/** One webhook's dealings with its shard. */
export interface ReplayTicket {
  /** Claims the digest: waits at most until `deadline` (epoch ms) for a copy already in progress. */
  claim(deadline: number): Promise<ClaimOutcome>
  /** Records the answer of a processed webhook: copies within the replay window get the same answer. */
  complete(status: number): Promise<void>
  /** Forgets a claim after a failure, so Twilio's retry is processed. */
  release(claim: string): Promise<void>
}

/** The replay-guard shard of `digest`. */
export function replayTicket(env: Env, config: Pick<Config, 'ingest'>, digest: string): ReplayTicket {
  const namespace = env.REPLAY_GUARD as unknown as DurableObjectNamespace<ReplayGuard>
  const shard = Number.parseInt(digest.slice(0, 8), 16) % config.ingest.replayShards
  const guard = namespace.get(namespace.idFromName(`replay-shard-${shard}`))
  return {
    claim: (deadline) => {
      const waitMs = Math.max(0, deadline - Date.now())
      return guard.claim(digest, { leaseMs: waitMs + LEASE_MARGIN_MS, waitMs })
    },
    complete: (status) => guard.complete(digest, status, config.ingest.replayWindowMs),
    release: (claim) => guard.release(digest, claim),
  }
}
