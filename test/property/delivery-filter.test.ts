/**
 * Properties of the per-destination filter (src/delivery/envelope.ts) over arbitrary envelopes: a destination
 * without a BAA receives only safe metadata and tokens (free text only when it opted in), a field whose kind is
 * unknown is never sent to anyone, and an allow-list only ever narrows what is sent.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Destination } from '../../src/config/destinations'
import { filterFor } from '../../src/delivery/envelope'
import type { Envelope } from '../../src/delivery/types'
import type { FieldKind } from '../../src/model/clean'
import { unicodeString } from './arbitraries'

const KINDS: FieldKind[] = ['safe', 'token', 'text', 'location', 'media', 'attributes']

const fieldsArb = fc.uniqueArray(
  fc.tuple(
    unicodeString(12).filter((n) => n.length > 0 && n !== '__proto__'),
    fc.option(fc.constantFrom(...KINDS), { nil: undefined }),
    fc.jsonValue({ maxDepth: 3 }),
  ),
  { selector: ([name]) => name, maxLength: 40 },
)

const destinationArb = fc.record({
  baa: fc.boolean(),
  allowFreeText: fc.boolean(),
  fields: fc.option(fc.array(unicodeString(12), { maxLength: 10 }), { nil: undefined }),
})

function envelopeOf(fields: [string, FieldKind | undefined, unknown][]): {
  envelope: Envelope
  kinds: Record<string, FieldKind>
} {
  const data: Record<string, unknown> = {}
  const kinds: Record<string, FieldKind> = {}
  const tokens: Record<string, string> = {}
  for (const [name, kind, value] of fields) {
    data[name] = value
    if (kind) kinds[name] = kind
    if (kind === 'token') tokens[name] = 'PHONE'
  }
  return {
    envelope: {
      id: 'evt_x',
      type: 'message.received',
      channel: 'sms',
      occurredAt: '2026-07-17T12:00:00Z',
      twilio: {},
      data,
      tokens,
      redactions: {},
    },
    kinds,
  }
}

function destination(d: { baa: boolean; allowFreeText: boolean; fields: string[] | undefined }): Destination {
  // biome-ignore format: packed list
  return {
    name: 'crm', url: 'https://crm.example.test/hook', secrets: [], events: ['*'], baa: d.baa, allowFreeText: d.allowFreeText,
    headers: {}, options: { adapter: 'webhook' }, ...(d.fields ? { fields: d.fields } : {}),
  }
}

// Property runs are CPU-bound and the machine may be shared: a generous per-test timeout (not a timing assertion).
describe('filterFor (property)', { timeout: 120_000 }, () => {
  it('sends a field only if its kind is known, allowed for the destination and (if listed) on its allow-list', () => {
    fc.assert(
      fc.property(fieldsArb, destinationArb, (fields, d) => {
        const { envelope, kinds } = envelopeOf(fields)
        const out = filterFor(destination(d), envelope, kinds)
        for (const [name, kind] of fields) {
          const sent = Object.hasOwn(out.envelope.data, name)
          const allowedKind =
            kind !== undefined && (d.baa || kind === 'safe' || kind === 'token' || (kind === 'text' && d.allowFreeText))
          const listed = d.fields === undefined || d.fields.includes(name)
          expect({ name, kind, sent }).toEqual({ name, kind, sent: allowedKind && listed })
          if (sent) expect(out.kinds[name]).toBe(kind)
        }
        expect(Object.keys(out.envelope.data).length + out.dropped).toBe(fields.length)
        for (const name of Object.keys(out.envelope.tokens)) expect(Object.hasOwn(out.envelope.data, name)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('never sends free text, locations, media or attributes to a destination without a BAA that did not opt in', () => {
    fc.assert(
      fc.property(
        fieldsArb,
        fc.option(fc.array(unicodeString(12), { maxLength: 10 }), { nil: undefined }),
        (fields, list) => {
          const { envelope, kinds } = envelopeOf(fields)
          const out = filterFor(destination({ baa: false, allowFreeText: false, fields: list }), envelope, kinds)
          for (const kind of Object.values(out.kinds)) expect(['safe', 'token']).toContain(kind)
        },
      ),
      { numRuns: 300 },
    )
  })
})
