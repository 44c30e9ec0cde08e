/**
 * Normalized event + policy + Tokenizer → de-identified event.
 * PLACEHOLDER (fail closed): every free-text, location, media, attribute and unknown field is
 * removed; parties and names are tokenized. The real engine (issue 3) replaces this file.
 */
import type { CleanEvent } from '../model/clean'
import type { Channel, NormalizedEvent } from '../model/normalized'
import type { PhiPolicy } from './policy'
import type { Tokenizer } from './types'

/** De-identifies one event. Rejects when the tokenizer does (callers fail closed). */
export async function deidentify(event: NormalizedEvent, _policy: PhiPolicy, tokenizer: Tokenizer): Promise<CleanEvent> {
  const people = [...event.parties, ...event.names]
  const tokens = await tokenizer.tokenize(people.map((f) => ({ type: event.names.includes(f) ? 'NAME' : 'PHONE', value: f.value })))
  const data: Record<string, unknown> = { ...event.safe }
  const tokenTypes: Record<string, string> = {}
  const fields: CleanEvent['fields'] = {}
  for (const name of Object.keys(event.safe)) fields[name] = 'safe'
  people.forEach((f, i) => {
    data[f.name] = tokens[i]
    fields[f.name] = 'token'
    tokenTypes[f.name] = event.names.includes(f) ? 'NAME' : 'PHONE'
  })
  for (const f of event.text) {
    data[f.name] = '[REDACTED]'
    fields[f.name] = 'text'
  }
  return {
    product: event.product, kind: event.kind, channel: event.channel, resourceSid: event.resourceSid,
    discriminator: event.discriminator, sids: event.sids, occurredAt: event.occurredAt,
    data, fields, tokens: tokenTypes, redactions: { OTHER: event.text.length },
  }
}

/** Scrubs one free text in redact mode (no vault): used by `npm run eval` and the benchmarks. */
export function scrubText(_text: string, _options: { channel?: Channel } = {}): { text: string; redactions: Record<string, number> } {
  return { text: '[REDACTED]', redactions: { OTHER: 1 } }
}
