/**
 * What one webhook request contributes to the metrics (src/metrics): the engine's work when its events were
 * de-identified and accepted, with redaction counts by PHI type and channel (type names checked against the engine's
 * fixed list, counts only, never a value).
 */
import type { Context } from 'hono'
import type { EngineWork, RedactionCount, WaitUntil } from '../metrics'
import { PHI_TYPES } from '../phi/types'
import type { Published } from './ingest'

/** The engine's share of a webhook's metrics, from what `deidentifyAndPublish` answered. */
export function engineWork(published: Published, events: number): EngineWork {
  const redactions: RedactionCount[] = []
  for (const event of published.redactions) {
    for (const [type, count] of Object.entries(event.redactions)) {
      const known = (PHI_TYPES as readonly string[]).includes(type) ? type : 'OTHER'
      redactions.push({ type: known, channel: event.channel, count })
    }
  }
  const { minted, declined } = published.vault
  return { ms: published.engineMs, events, minted, declined, redactions }
}

/** The request's `waitUntil`, or undefined without an execution context (a bare `app.fetch` in a script). */
export function waitUntilOf(c: Context): WaitUntil | undefined {
  try {
    const ctx = c.executionCtx
    return (work) => ctx.waitUntil(work)
  } catch {
    return undefined
  }
}
