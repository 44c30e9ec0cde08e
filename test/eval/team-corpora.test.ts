import { describe, expect, it } from 'vitest'
import { parseLabelledCorpus } from '../../scripts/eval-lib.ts'
import { share as shareOf, silentLabels, unavoidableLeaks } from './corpus-checks.ts'
import dev2 from '../../eval/corpus/team-dev2.tsv?raw'
import dev3 from '../../eval/corpus/team-dev3.tsv?raw'
import dev4 from '../../eval/corpus/team-dev4.tsv?raw'
import dev5 from '../../eval/corpus/team-dev5.tsv?raw'
import dev6 from '../../eval/corpus/team-dev6.tsv?raw'
import holdout2 from '../../eval/corpus/team-holdout2.tsv?raw'
import holdout3 from '../../eval/corpus/team-holdout3.tsv?raw'

// A team corpus measures generalisation only if every label can leak and none is unavoidable. A blind holdout's
// failures name the line and the type only (`showText: false`): its text must not reach anyone's screen.
interface CorpusSpec {
  name: string
  text: string
  messages: { min: number; max?: number }
  /** Least share of voice, chat, Spanish or mixed, and PHI-free messages. */
  mix: { voice: number; chat: number; spanish: number; noPhi: number }
  coversEveryType: boolean
  showText: boolean
}

const CORPORA: CorpusSpec[] = [
  {
    name: 'team-dev2',
    text: dev2,
    messages: { min: 250 },
    mix: { voice: 0.2, chat: 0.2, spanish: 0.25, noPhi: 1 / 6 },
    coversEveryType: false,
    showText: true,
  },
  {
    name: 'team-dev3',
    text: dev3,
    messages: { min: 200, max: 240 },
    mix: { voice: 0.25, chat: 0.2, spanish: 0.2, noPhi: 0.2 },
    coversEveryType: true,
    showText: true,
  },
  {
    name: 'team-dev4',
    text: dev4,
    messages: { min: 200, max: 240 },
    mix: { voice: 0.35, chat: 0.2, spanish: 0.2, noPhi: 0.2 },
    coversEveryType: true,
    showText: true,
  },
  {
    name: 'team-dev5',
    text: dev5,
    messages: { min: 360, max: 400 },
    mix: { voice: 0.35, chat: 0.2, spanish: 0.15, noPhi: 0.2 },
    coversEveryType: true,
    showText: true,
  },
  {
    name: 'team-dev6',
    text: dev6,
    messages: { min: 340, max: 380 },
    mix: { voice: 0.35, chat: 0.2, spanish: 0.15, noPhi: 0.2 },
    coversEveryType: true,
    showText: true,
  },
  {
    name: 'team-holdout2',
    text: holdout2,
    messages: { min: 180, max: 220 },
    mix: { voice: 0.2, chat: 0.2, spanish: 0.25, noPhi: 1 / 6 },
    coversEveryType: true,
    showText: false,
  },
  {
    name: 'team-holdout3',
    text: holdout3,
    messages: { min: 200, max: 240 },
    mix: { voice: 0.2, chat: 0.2, spanish: 0.25, noPhi: 1 / 6 },
    coversEveryType: true,
    showText: false,
  },
]

// biome-ignore format: packed list
const TYPES = [
  'NAME', 'PHONE', 'FAX', 'EMAIL', 'STREET', 'CITY', 'ZIP', 'DATE', 'AGE', 'SSN', 'MRN', 'HEALTHPLAN', 'ACCOUNT',
  'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'OTHER',
]

for (const spec of CORPORA) {
  const messages = parseLabelledCorpus(spec.text, spec.name)
  const { min, max } = spec.messages

  describe(`${spec.name} corpus${spec.showText ? '' : ' (blind holdout)'}`, () => {
    it(`parses, with ${max === undefined ? `at least ${min}` : `${min} to ${max}`} messages on the three corpus channels`, () => {
      expect(messages.length).toBeGreaterThanOrEqual(min)
      if (max !== undefined) expect(messages.length).toBeLessThanOrEqual(max)
      expect(new Set(messages.map((m) => m.channel))).toEqual(new Set(['sms', 'voice', 'chat']))
    })

    it('keeps its mix of channels, languages and PHI-free messages', () => {
      const share = (pick: Parameters<typeof shareOf>[1]): number => shareOf(messages, pick)
      expect(share((m) => m.channel === 'voice')).toBeGreaterThanOrEqual(spec.mix.voice)
      expect(share((m) => m.channel === 'chat')).toBeGreaterThanOrEqual(spec.mix.chat)
      expect(share((m) => m.lang === 'es' || m.lang === 'mixed')).toBeGreaterThanOrEqual(spec.mix.spanish)
      expect(share((m) => m.spans.length === 0)).toBeGreaterThanOrEqual(spec.mix.noPhi)
    })

    if (spec.coversEveryType) {
      it('covers every PHI type, and no other', () => {
        const seen = new Set<string>(messages.flatMap((m) => m.spans.map((s) => s.type)))
        expect(TYPES.filter((t) => !seen.has(t))).toEqual([])
        expect([...seen].filter((t) => !TYPES.includes(t))).toEqual([])
      })
    }

    it('has a checkable word or digit run in every label: all values leak from the unchanged text', () => {
      expect(silentLabels(messages, spec.showText)).toEqual([])
    })

    it('never repeats a word of a value as an ordinary word of the same message (the leak would be unavoidable)', () => {
      expect(unavoidableLeaks(messages, spec.showText)).toEqual([])
    })
  })
}
