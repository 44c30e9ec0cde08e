import { describe, expect, it } from 'vitest'
import { parseLabelledCorpus, scoreMessage, words, VALUE_STOPWORDS } from '../../scripts/eval-lib.ts'
import corpus from '../../eval/corpus/team-dev2.tsv?raw'

// The second team corpus is only a fair measurement if every label can leak and none is unavoidable.
const messages = parseLabelledCorpus(corpus, 'team-dev2')

describe('team-dev2 corpus', () => {
  it('parses, with at least 250 messages on the three corpus channels', () => {
    expect(messages.length).toBeGreaterThanOrEqual(250)
    expect(new Set(messages.map((m) => m.channel))).toEqual(new Set(['sms', 'voice', 'chat']))
  })

  it('keeps its mix: voice and chat at least a fifth each, a quarter Spanish or mixed, a sixth without PHI', () => {
    const share = (pick: (m: (typeof messages)[number]) => boolean): number => messages.filter(pick).length / messages.length
    expect(share((m) => m.channel === 'voice')).toBeGreaterThanOrEqual(0.2)
    expect(share((m) => m.channel === 'chat')).toBeGreaterThanOrEqual(0.2)
    expect(share((m) => m.lang === 'es' || m.lang === 'mixed')).toBeGreaterThanOrEqual(0.25)
    expect(share((m) => m.spans.length === 0)).toBeGreaterThanOrEqual(1 / 6)
  })

  it('has a checkable word or digit run in every label: all values leak from the unchanged text', () => {
    const silent = messages.flatMap((m) =>
      scoreMessage(m, m.text).values.filter((v) => !v.leak).map((v) => `${m.ref} ${v.type} ${v.value}`),
    )
    expect(silent).toEqual([])
  })

  it('never repeats a word of a value as an ordinary word of the same message (the leak would be unavoidable)', () => {
    const clashes: string[] = []
    for (const m of messages) {
      let outside = ''
      let last = 0
      for (const s of m.spans) {
        outside += `${m.text.slice(last, s.start)} `
        last = s.end
      }
      const plain = new Set(words(outside + m.text.slice(last)))
      for (const s of m.spans) {
        for (const w of words(s.value)) if (plain.has(w) && !VALUE_STOPWORDS.has(w)) clashes.push(`${m.ref} ${s.type} ${w}`)
      }
    }
    expect(clashes).toEqual([])
  })
})
