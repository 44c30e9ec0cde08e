import { describe, expect, it } from 'vitest'
import { parseLabelledCorpus } from '../../scripts/eval-lib.ts'
import { share as shareOf, silentLabels, unavoidableLeaks } from './corpus-checks.ts'
import corpus from '../../eval/corpus/team-holdout3.tsv?raw'

// The third blind holdout is only an honest measurement if every label can leak and none is unavoidable.
// Failures name the line and the type only: the holdout's text must not reach anyone's screen.
const messages = parseLabelledCorpus(corpus, 'team-holdout3')

describe('team-holdout3 corpus (blind holdout)', () => {
  it('parses, with 200 to 240 messages on the three corpus channels', () => {
    expect(messages.length).toBeGreaterThanOrEqual(200)
    expect(messages.length).toBeLessThanOrEqual(240)
    expect(new Set(messages.map((m) => m.channel))).toEqual(new Set(['sms', 'voice', 'chat']))
  })

  it('keeps its mix: voice and chat at least a fifth each, a quarter Spanish or mixed, a sixth without PHI', () => {
    const share = (pick: Parameters<typeof shareOf>[1]): number => shareOf(messages, pick)
    expect(share((m) => m.channel === 'voice')).toBeGreaterThanOrEqual(0.2)
    expect(share((m) => m.channel === 'chat')).toBeGreaterThanOrEqual(0.2)
    expect(share((m) => m.lang === 'es' || m.lang === 'mixed')).toBeGreaterThanOrEqual(0.25)
    expect(share((m) => m.spans.length === 0)).toBeGreaterThanOrEqual(1 / 6)
  })

  it('covers every PHI type', () => {
    const types = new Set<string>(messages.flatMap((m) => m.spans.map((s) => s.type)))
    const all = ['NAME', 'PHONE', 'FAX', 'EMAIL', 'STREET', 'CITY', 'ZIP', 'DATE', 'AGE', 'SSN', 'MRN', 'HEALTHPLAN', 'ACCOUNT',
      'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'OTHER']
    expect(all.filter((t) => !types.has(t))).toEqual([])
  })

  it('has a checkable word or digit run in every label: all values leak from the unchanged text', () => {
    expect(silentLabels(messages, false)).toEqual([])
  })

  it('never repeats a word of a value as an ordinary word of the same message (the leak would be unavoidable)', () => {
    expect(unavoidableLeaks(messages, false)).toEqual([])
  })
})
