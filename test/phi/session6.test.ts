import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' = 'voice'): string => scrubText(text, { channel }).text

describe('a cued name runs to its boundary (issue 10: fail closed after a person cue)', () => {
  it('takes an everyday-word surname right after a cued first name when a pause or the next clause closes it', () => {
    expect(scrub('hello this is wendell crisp from the office')).toBe('hello this is [NAME] from the office')
    expect(scrub("hi um it's pearl washington um i need a refill")).toBe("hi um it's [NAME] um i need a refill")
    expect(scrub('your patient wendell crisp had a pulmonary function test')).toBe(
      'your patient [NAME] had a pulmonary function test',
    )
  })

  it('keeps the words of the sentence after a name: adverbs, clinical words, what a possessive owns', () => {
    expect(scrub('my son kevin still has a fever')).toBe('my son [NAME] still has a fever')
    expect(scrub('this is mary cell is 5')).toContain('cell is')
    expect(scrub("this is maria from dr chen's office calling")).toContain('office calling')
    expect(scrub('please let mary know we called')).toContain('know we called')
  })
})

describe('Han names after a relation word', () => {
  it('takes a two-character given or pet name, and the name after 叫', () => {
    expect(scrub('我儿子小明发烧三天了', 'sms')).toBe('我儿子[NAME]发烧三天了')
    expect(scrub('我儿子叫小明，发烧了', 'sms')).toBe('我儿子叫[NAME],发烧了')
    expect(scrub('我叫李小明', 'sms')).toBe('我叫[NAME]')
    expect(scrub('我父亲王建明住院了', 'sms')).toBe('我父亲[NAME]住院了')
  })

  it('keeps time words and nouns after a relation word', () => {
    expect(scrub('我妈妈明天来', 'sms')).toBe('我妈妈明天来')
    expect(scrub('我儿子是学生', 'sms')).toBe('我儿子是学生')
    expect(scrub('我老公建国头疼', 'sms')).toBe('我老公[NAME]头疼')
  })
})
