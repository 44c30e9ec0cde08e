import { describe, expect, it } from 'vitest'
import { parseLabelledCorpus } from '../../scripts/eval-lib.ts'
import { share as shareOf, silentLabels, unavoidableLeaks } from './corpus-checks.ts'
import corpus from '../../eval/corpus/team-dev4.tsv?raw'

// The fourth team corpus measures generalisation only if every label can leak and none is unavoidable.
const messages = parseLabelledCorpus(corpus, 'team-dev4')

const TYPES = [
  'NAME', 'PHONE', 'FAX', 'EMAIL', 'STREET', 'CITY', 'ZIP', 'DATE', 'AGE', 'SSN', 'MRN', 'HEALTHPLAN', 'ACCOUNT',
  'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'OTHER',
]

describe('team-dev4 corpus', () => {
  it('parses, with 200 to 240 messages on the three corpus channels', () => {
    expect(messages.length).toBeGreaterThanOrEqual(200)
    expect(messages.length).toBeLessThanOrEqual(240)
    expect(new Set(messages.map((m) => m.channel))).toEqual(new Set(['sms', 'voice', 'chat']))
  })

  it('keeps its mix: voice over a third, chat a fifth, a fifth Spanish or mixed, a fifth without PHI', () => {
    const share = (pick: Parameters<typeof shareOf>[1]): number => shareOf(messages, pick)
    expect(share((m) => m.channel === 'voice')).toBeGreaterThanOrEqual(0.35)
    expect(share((m) => m.channel === 'chat')).toBeGreaterThanOrEqual(0.2)
    expect(share((m) => m.lang === 'es' || m.lang === 'mixed')).toBeGreaterThanOrEqual(0.2)
    expect(share((m) => m.spans.length === 0)).toBeGreaterThanOrEqual(0.2)
  })

  it('covers every PHI type', () => {
    const seen = new Set<string>(messages.flatMap((m) => m.spans.map((s) => s.type)))
    expect(TYPES.filter((t) => !seen.has(t))).toEqual([])
    expect([...seen].filter((t) => !TYPES.includes(t))).toEqual([])
  })

  it('has a checkable word or digit run in every label: all values leak from the unchanged text', () => {
    expect(silentLabels(messages, true)).toEqual([])
  })

  it('never repeats a word of a value as an ordinary word of the same message (the leak would be unavoidable)', () => {
    expect(unavoidableLeaks(messages, true)).toEqual([])
  })
})
