/**
 * The work of one verified webhook, on time and all or nothing: de-identify every event (the vault bounded per
 * webhook), then publish them in one queue batch, unless the webhook's deadline passed first. Past the deadline
 * nothing is published and the vault starts no more writes; the route answers 503 so Twilio retries or falls back.
 */
import type { Config } from '../config'
import { publish } from '../delivery'
import type { Env } from '../env'
import type { CleanEvent } from '../model/clean'
import type { NormalizedEvent } from '../model/normalized'
import { err, ok, type Result } from '../result'
import { openVault, type TokenizeStats, type TokenizerContext } from '../vault'
import { deidentifyWithContext } from './patient-context'

/** What a processed webhook published, and what its tokenization cost. */
export interface Published {
  /** (event, destination) deliveries queued. */
  messages: number
  vault: TokenizeStats
  /** Wall time of de-identification (patient context and vault included), in ms. */
  engineMs: number
  /** Per de-identified event: its channel and the counts of values removed per PHI type (never the values). */
  redactions: Array<Pick<CleanEvent, 'channel' | 'redactions'>>
}

/** Why nothing was published. */
export interface IngestFailure {
  reason: 'deidentify-failed' | 'publish-failed' | 'deadline'
  /** The error behind it (only its name is ever logged). */
  cause?: unknown
}

/** Thrown at the last moment before publishing when the deadline passed meanwhile. */
class DeadlineError extends Error {
  override name = 'DeadlineError'
}

const TIMED_OUT = Symbol('timed out')

/** Parties that name who wrote an event (its sender), by field name; for a status callback, whom it was sent to. */
const SENDER_FIELDS = ['From', 'Author', 'Caller', 'data.from', 'data.From', 'data.author', 'data.Author']
const RECIPIENT_FIELDS = ['To', 'data.to', 'data.To']

/**
 * De-identifies `events` and publishes them in one batch before `deadline` (epoch ms). Never rejects: a failure or the
 * deadline is a tagged result, and then nothing was published.
 */
export async function deidentifyAndPublish(
  env: Env,
  config: Config,
  events: readonly NormalizedEvent[],
  deadline: number,
): Promise<Result<Published, IngestFailure>> {
  const controller = new AbortController()
  const vault = openVault(env, config, { signal: controller.signal })
  let stage: 'deidentify-failed' | 'publish-failed' = 'deidentify-failed'
  let committed = false
  const commit = (): void => {
    // Checked right before the one queue write: nothing is published once the answer may already be 503.
    if (controller.signal.aborted || Date.now() > deadline) throw new DeadlineError('the webhook deadline passed')
    committed = true
  }
  let engineMs = 0
  let redactions: Published['redactions'] = []
  const work = (async () => {
    const started = Date.now()
    // What the worker already knows of the patient (sender memory, roster) goes in front of the engine.
    const clean = await deidentifyWithContext(
      env,
      config,
      (event) => vault.tokenizerFor(event.sids.AccountSid ?? 'default', senderOf(event)),
      events,
    )
    engineMs = Date.now() - started
    redactions = clean.map(({ channel, redactions }) => ({ channel, redactions }))
    stage = 'publish-failed'
    return publish(env, config, clean, { commit })
  })()
  const settled = work.then(
    (messages) => ({ ok: true as const, messages }),
    (error: unknown) => ({ ok: false as const, error }),
  )
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, deadline - Date.now()))
  })
  try {
    let outcome = await Promise.race([settled, timeout])
    if (outcome === TIMED_OUT) {
      // Once the batch is handed to the queue it cannot be taken back: its outcome is the answer.
      if (!committed) {
        controller.abort()
        return err({ reason: 'deadline' })
      }
      outcome = await settled
    }
    if (!outcome.ok) {
      const reason = outcome.error instanceof DeadlineError ? 'deadline' : stage
      return err({ reason, cause: outcome.error })
    }
    return ok({ messages: outcome.messages, vault: vault.stats(), engineMs, redactions })
  } finally {
    clearTimeout(timer)
  }
}

/** The sender whose mint budget this event's new values spend (a status callback's: the recipient). */
function senderOf(event: NormalizedEvent): TokenizerContext {
  const names = event.kind === 'message.status' ? RECIPIENT_FIELDS : SENDER_FIELDS
  const party = names.map((name) => event.parties.find((p) => p.name === name)).find((p) => p !== undefined)
  return party && party.value.trim() !== '' ? { sender: party.value } : {}
}
