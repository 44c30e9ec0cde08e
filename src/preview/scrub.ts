/**
 * What a text becomes under a policy, redact-only: the de-identified text with placeholders where the worker would
 * write tokens (`[NAME]` for `[NAME:tok_…]`), and the identifiers found with the action the policy takes on each.
 * Pure (no vault, no bindings): `POST /v1/scrub` and `npm run scrub` share it, so both answer what the worker does.
 */
import { NUMBER_BACKSTOP } from '../phi/detectors/numbers'
import { detect, scrubText, type PhiAction, type PhiPolicy, type PhiType } from '../phi'
import type { Channel } from '../model/normalized'

/** Types whose `generalize` action has a Safe Harbor form; any other type generalised is redacted. */
const GENERALIZABLE: ReadonlySet<PhiType> = new Set(['DATE', 'AGE', 'ZIP'])

/** One identifier found. Offsets are into the normalized text (NFKC, format characters removed). */
export interface Finding {
  type: PhiType
  /** What the worker does with it under the policy (a number no context claimed is always redacted). */
  action: PhiAction
  start: number
  end: number
}

/** A preview: the text as a destination would receive it (minus tokens) and what was found. */
export interface ScrubPreview {
  text: string
  findings: Finding[]
  /** Replacements by type, as the engine counted them. */
  counts: Record<string, number>
  /** A detector failed: the engine redacted the whole text (fail closed). */
  failed: boolean
  /** The normalized text the offsets point into (only for local tools: it is the input, PHI included). */
  normalized: string
}

/** Scrubs `input` as the worker would, without a vault: nothing is minted or stored. */
export function previewScrub(input: string, options: { channel: Channel; policy: PhiPolicy }): ScrubPreview {
  const { channel, policy } = options
  const scrubbed = scrubText(input, { channel, policy })
  const detection = detect(input, { channel })
  const findings = detection.failed
    ? []
    : detection.spans.map((span): Finding => {
        const configured = policy.actions[span.type]
        const generalizedAway = configured === 'generalize' && !GENERALIZABLE.has(span.type)
        const action = span.source === NUMBER_BACKSTOP || generalizedAway ? 'redact' : configured
        return { type: span.type, action, start: span.start, end: span.end }
      })
  const { failed, text: normalized } = detection
  return { text: scrubbed.text, findings, counts: scrubbed.redactions, failed, normalized }
}
