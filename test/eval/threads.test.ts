import { describe, expect, it } from 'vitest'
import { parseThreads, runThreads } from '../../scripts/eval-threads'

// A given name that is an everyday word, which the engine alone keeps bare (Deja became a listed given name in
// session 24).
const CORPUS = [
  '# thread: a1',
  '# lang: en',
  'p1\tsms\tHi this is [NAME:Story Boateng], I had bloodwork done',
  'staff\tsms\tThanks, we will call you',
  'p1\tsms\t[NAME:story] here, any results yet?',
  '# thread: a2',
  '# sender-shared: a1.p1 = a2.p1',
  'p1\tsms\tok thanks - [NAME:story]',
].join('\n')

describe('thread eval', () => {
  it('parses threads, senders shared across threads, and scores bare later mentions with and without memory', () => {
    const messages = parseThreads(CORPUS, 'inline')
    expect(messages.map((m) => m.sender)).toEqual(['a1.p1', 'a1.staff', 'a1.p1', 'a1.p1'])
    expect(messages[3]!.lang).toBeUndefined()
    const alone = runThreads(messages, { memory: false })
    const remembered = runThreads(messages, { memory: true })
    expect(alone.bareLater.total).toBe(2)
    expect(alone.bareLater.leaked).toBe(2)
    expect(remembered.bareLater).toEqual({ total: 2, leaked: 0 })
    expect(remembered.score.values).toEqual({ total: 3, leaked: 0 })
  })
})
