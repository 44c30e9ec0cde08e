/**
 * Properties of the form parser (src/twilio/form.ts) over hostile input: it never throws, it gives back
 * exactly what Twilio encoded (every pair, in order, any Unicode), and it refuses malformed escapes.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDuplicateField, parseForm, REPEATABLE_FIELDS } from '../../src/twilio/form'
import { formBody } from '../helpers/twilio'
import { hostileString, unicodeString } from './arbitraries'

const nameArb = unicodeString(20).filter((n) => n.length > 0)
const pairsArb = (min: number, max: number) =>
  fc.array(fc.tuple(nameArb, unicodeString(60)), { minLength: min, maxLength: max })

// Property runs are CPU-bound and the machine may be shared: a generous per-test timeout (not a timing assertion).
describe('parseForm (property)', { timeout: 120_000 }, () => {
  it('never throws on any string, and answers ok or malformed-form', () => {
    fc.assert(
      fc.property(hostileString(300), (raw) => {
        const result = parseForm(raw)
        expect(result.ok || result.error === 'malformed-form').toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('gives back every pair Twilio encoded, in order (unicode, invisible marks, metacharacters)', () => {
    fc.assert(
      fc.property(pairsArb(0, 30), (pairs) => {
        expect(parseForm(formBody(pairs))).toEqual({ ok: true, value: pairs })
      }),
      { numRuns: 300 },
    )
  })

  it('reads URLSearchParams encoding the same way', () => {
    fc.assert(
      fc.property(pairsArb(1, 20), (pairs) => {
        const encoded = new URLSearchParams(pairs).toString()
        expect(parseForm(encoded)).toEqual({ ok: true, value: pairs })
      }),
      { numRuns: 200 },
    )
  })

  it('handles 1,000 params', () => {
    fc.assert(
      fc.property(pairsArb(1000, 1000), (pairs) => {
        const result = parseForm(formBody(pairs))
        expect(result.ok && result.value.length).toBe(1000)
        expect(result).toEqual({ ok: true, value: pairs })
      }),
      { numRuns: 5 },
    )
  })

  it('handles a huge field (256 KB)', () => {
    fc.assert(
      fc.property(unicodeString(8), fc.integer({ min: 200_000, max: 262_144 }), (chunk, size) => {
        // Cut on code points, never inside a surrogate pair.
        const value = [...(chunk || 'x').repeat(Math.ceil(size / Math.max(1, chunk.length)))].slice(0, size).join('')
        const pairs: [string, string][] = [
          ['Body', value],
          ['From', '+15551230000'],
        ]
        expect(parseForm(formBody(pairs))).toEqual({ ok: true, value: pairs })
      }),
      { numRuns: 5 },
    )
  })

  it('refuses a bad percent escape anywhere instead of guessing', () => {
    fc.assert(
      fc.property(
        pairsArb(0, 5),
        fc.constantFrom('%', '%g0', '%0', '%%', '%zz'),
        fc.boolean(),
        (pairs, bad, inName) => {
          const tail = inName ? `&Na${bad}me=v` : `&Name=va${bad}lue`
          expect(parseForm(formBody(pairs) + tail)).toEqual({ ok: false, error: 'malformed-form' })
        },
      ),
      { numRuns: 200 },
    )
  })

  it('refuses percent escapes that decode to invalid UTF-8', () => {
    fc.assert(
      fc.property(fc.constantFrom('%ff', '%c3', '%e2%82', '%ed%a0%80', '%80'), (bad) => {
        expect(parseForm(`Body=${bad}&From=x`)).toEqual({ ok: false, error: 'malformed-form' })
      }),
    )
  })

  it('names a repeated single-valued field, and only then', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          nameArb.filter((n) => !REPEATABLE_FIELDS.has(n)),
          { minLength: 1, maxLength: 20 },
        ),
        fc.nat(),
        (names, pick) => {
          const pairs = names.map((n) => [n, 'v'] as const)
          expect(findDuplicateField(pairs)).toBeUndefined()
          const repeated = names[pick % names.length] as string
          expect(findDuplicateField([...pairs, [repeated, 'other']])).toBe(repeated)
        },
      ),
      { numRuns: 200 },
    )
  })
})
