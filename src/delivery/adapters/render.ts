/** Plain-text renderings of an (already filtered) envelope for ticketing tools. */
import type { Envelope } from '../types'

/** One line: what happened, for a ticket subject or a chat message. */
export function subjectOf(envelope: Envelope, max = 120): string {
  const sid = primarySid(envelope)
  return clip(`Twilio ${envelope.type} (${envelope.channel})${sid ? ` ${sid}` : ''}`, max)
}

/** The de-identified event as labelled lines: ids, every data field this destination may see, counts. */
export function linesOf(envelope: Envelope): string[] {
  const lines = [
    `Event: ${envelope.type}`,
    `Channel: ${envelope.channel}`,
    `Occurred: ${envelope.occurredAt}`,
    `Event id: ${envelope.id}`,
  ]
  const sids = Object.entries(envelope.twilio)
  if (sids.length > 0) lines.push(`Twilio: ${sids.map(([k, v]) => `${k}=${v}`).join(', ')}`)
  for (const [field, value] of Object.entries(envelope.data)) {
    const tokenType = envelope.tokens[field]
    const shown = typeof value === 'string' ? value : JSON.stringify(value)
    lines.push(`${field}: ${shown}${tokenType ? ` (${tokenType})` : ''}`)
  }
  const counts = Object.entries(envelope.redactions)
  lines.push(`Redactions: ${counts.length === 0 ? 'none' : counts.map(([type, n]) => `${type} ${n}`).join(', ')}`)
  return lines
}

/** {@link linesOf} joined, clipped to what the tool accepts. */
export function descriptionOf(envelope: Envelope, max = 30_000): string {
  return clip(linesOf(envelope).join('\n'), max)
}

/** The SID the event is about, preferring the resource over the account. */
export function primarySid(envelope: Envelope): string | undefined {
  const entries = Object.entries(envelope.twilio)
  const resource = entries.find(([key]) => key !== 'AccountSid' && key !== 'account_sid')
  return (resource ?? entries[0])?.[1]
}

/** Cuts text to `max` characters, marking the cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
