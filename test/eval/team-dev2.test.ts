import { describe, expect, it } from 'vitest'
import { parseLabelledCorpus } from '../../scripts/eval-lib.ts'
import { share as shareOf, silentLabels, unavoidableLeaks } from './corpus-checks.ts'
import corpus from '../../eval/corpus/team-dev2.tsv?raw'

// The second team corpus is only a fair measurement if every label can leak and none is unavoidable.
const messages = parseLabelledCorpus(corpus, 'team-dev2')

describe('team-dev2 corpus', () => {
  it('parses, with at least 250 messages on the three corpus channels', () => {
    expect(messages.length).toBeGreaterThanOrEqual(250)
    expect(new Set(messages.map((m) => m.channel))).toEqual(new Set(['sms', 'voice', 'chat']))
  })

  it('keeps its mix: voice and chat at least a fifth each, a quarter Spanish or mixed, a sixth without PHI', () => {
    const share = (pick: Parameters<typeof shareOf>[1]): number => shareOf(messages, pick)
    expect(share((m) => m.channel === 'voice')).toBeGreaterThanOrEqual(0.2)
    expect(share((m) => m.channel === 'chat')).toBeGreaterThanOrEqual(0.2)
    expect(share((m) => m.lang === 'es' || m.lang === 'mixed')).toBeGreaterThanOrEqual(0.25)
    expect(share((m) => m.spans.length === 0)).toBeGreaterThanOrEqual(1 / 6)
  })

  it('has a checkable word or digit run in every label: all values leak from the unchanged text', () => {
    expect(silentLabels(messages, true)).toEqual([])
  })

  it('never repeats a word of a value as an ordinary word of the same message (the leak would be unavoidable)', () => {
    expect(unavoidableLeaks(messages, true)).toEqual([])
  })
})
