/**
 * What the worker already knows of a webhook's patient, put in front of the engine: the sender's and conversation's
 * remembered name words (one KV read per webhook, cached per isolate) and the tenant's roster. After every event is
 * de-identified, the name words found with confidence are remembered. A memory write that fails loses only memory:
 * it is logged and the webhook still forwards.
 */
import type { Config } from '../config'
import { policyFor } from '../config/policy'
import type { Env } from '../env'
import { log } from '../log'
import type { CleanEvent } from '../model/clean'
import type { NormalizedEvent } from '../model/normalized'
import { deidentify } from '../phi/deidentify'
import { combineKnown, knownCandidates, memoryMatcher, propagatableWords, type KnownCandidate } from '../phi/known'
import { normalizeText } from '../phi/normalize'
import type { Tokenizer } from '../phi/types'
import { MemoryStore, type MemoryIds } from '../vault/memory'
import { RosterStore } from '../vault/roster'

/** Strings of an event the engine scans as text (free text, unknown fields, attribute leaves), bounded. */
function textsOf(event: NormalizedEvent, limit = 2_000): string[] {
  const out = [...event.text, ...event.unknown].map((f) => f.value)
  const stack: unknown[] = event.attributes.map((a) => a.value)
  while (stack.length > 0 && out.length < limit) {
    const v = stack.pop()
    if (typeof v === 'string') out.push(v)
    else if (Array.isArray(v)) stack.push(...v)
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) stack.push(k, x)
  }
  return out
}

// Roster look-ups per event: each candidate costs a keyed hash per roster and type, so a 256 KB body must not make
// one webhook hash for seconds (it would answer 503 on every Twilio retry). The engine still reads the whole text.
const MAX_ROSTER_CANDIDATES = 2_000

function candidatesOf(event: NormalizedEvent): KnownCandidate[] {
  const seen = new Set<string>()
  const out: KnownCandidate[] = []
  for (const text of textsOf(event)) {
    for (const c of knownCandidates(normalizeText(text))) {
      const id = `${c.kind}:${c.value}`
      if (!seen.has(id)) {
        seen.add(id)
        out.push(c)
        if (out.length >= MAX_ROSTER_CANDIDATES) return out
      }
    }
  }
  return out
}

function tenantOf(event: NormalizedEvent): string {
  return event.sids.AccountSid ?? 'default'
}

/** De-identifies a webhook's events with what is known of its patients, then remembers what they taught. */
export async function deidentifyWithContext(
  env: Env,
  config: Config,
  tokenizerFor: (event: NormalizedEvent) => Tokenizer,
  events: readonly NormalizedEvent[],
): Promise<CleanEvent[]> {
  const memory = new MemoryStore(env.VAULT, config.vault)
  const roster = new RosterStore(env.VAULT, config.vault)
  const ids: MemoryIds[] = await Promise.all(events.map((e) => memory.idsOf(tenantOf(e), e)))
  // One bulk read per tenant (a webhook is one tenant but an Event Streams batch could mix them).
  const remembered = new Map<string, Map<string, string[]>>()
  for (const tenant of new Set(events.map(tenantOf))) {
    const wanted = events.flatMap((e, i) => (tenantOf(e) === tenant ? [ids[i]!.party, ids[i]!.conversation] : []))
    remembered.set(
      tenant,
      await memory.load(
        tenant,
        wanted.filter((id): id is string => id !== undefined),
      ),
    )
  }
  const learned: string[][] = events.map(() => [])
  const clean = await Promise.all(
    events.map(async (event, i) => {
      const tenant = tenantOf(event)
      const byId = remembered.get(tenant)!
      const words = [
        ...new Set([ids[i]!.party, ids[i]!.conversation].flatMap((id) => (id ? (byId.get(id) ?? []) : []))),
      ]
      const rosterKnown = await roster.matcherFor(tenant, candidatesOf(event))
      const known = combineKnown(rosterKnown, words.length > 0 ? memoryMatcher(words) : undefined)
      return deidentify(event, policyFor(config.policy, event.sids.AccountSid), tokenizerFor(event), {
        knownNames: propagatableWords(words),
        ...(known ? { known } : {}),
        onRemember: (found) => (learned[i] = found),
      })
    }),
  )
  let writes = 0
  try {
    for (const [i, event] of events.entries()) writes += await memory.remember(tenantOf(event), ids[i]!, learned[i]!)
  } catch (error) {
    // Whatever was thrown, only its class name is logged, and losing memory never fails the webhook.
    log('warn', {
      event: 'sender-memory',
      outcome: 'write-failed',
      reason: error instanceof Error ? error.name : 'unknown',
    })
  }
  if (writes > 0) log('info', { event: 'sender-memory', outcome: 'remembered', counts: { writes } })
  return clean
}
