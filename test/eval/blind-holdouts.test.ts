import { describe, expect, it } from 'vitest'
import { parseLabelledCorpus } from '../../scripts/eval-lib.ts'
import { share as shareOf, silentLabels, unavoidableLeaks } from './corpus-checks.ts'
import holdout2 from '../../eval/corpus/team-holdout2.tsv?raw'
import holdout3 from '../../eval/corpus/team-holdout3.tsv?raw'

// A blind holdout is only an honest measurement if every label can leak and none is unavoidable.
// Failures name the line and the type only: a holdout's text must not reach anyone's screen.
const HOLDOUTS = [
  { name: 'team-holdout2', text: holdout2, min: 180, max: 220 },
  { name: 'team-holdout3', text: holdout3, min: 200, max: 240 },
]

const ALL_TYPES = ['NAME', 'PHONE', 'FAX', 'EMAIL', 'STREET', 'CITY', 'ZIP', 'DATE', 'AGE', 'SSN', 'MRN', 'HEALTHPLAN', 'ACCOUNT',
  'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'OTHER']

for (const { name, text, min, max } of HOLDOUTS) {
  const messages = parseLabelledCorpus(text, name)

  describe(`${name} corpus (blind holdout)`, () => {
    it(`parses, with ${min} to ${max} messages on the three corpus channels`, () => {
      expect(messages.length).toBeGreaterThanOrEqual(min)
      expect(messages.length).toBeLessThanOrEqual(max)
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
      expect(ALL_TYPES.filter((t) => !types.has(t))).toEqual([])
    })

    it('has a checkable word or digit run in every label: all values leak from the unchanged text', () => {
      expect(silentLabels(messages, false)).toEqual([])
    })

    it('never repeats a word of a value as an ordinary word of the same message (the leak would be unavoidable)', () => {
      expect(unavoidableLeaks(messages, false)).toEqual([])
    })
  })
}
