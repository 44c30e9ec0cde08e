import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' | 'chat' = 'sms'): string => scrubText(text, { channel }).text

describe('an age of 90+ takes the words that say it is an age (session 42)', () => {
  it('in every language of the tables, and written with a slash or stops', () => {
    expect(scrub('she is ninety two years old she lives alone', 'voice')).toBe('she is [AGE:90PLUS] she lives alone')
    expect(scrub('mi mamá tiene noventa y un años ya', 'voice')).toBe('mi mamá tiene [AGE:90PLUS] ya')
    expect(scrub('Ma mère a 92 ans, elle tousse')).toBe('Ma mère a [AGE:90PLUS], elle tousse')
    expect(scrub('Mẹ tôi 92 tuổi, bị ngã')).toBe('Mẹ tôi [AGE:90PLUS], bị ngã')
    expect(scrub('home visit for Rose Tran 94 y/o, heel ulcer', 'chat')).toBe(
      'home visit for [NAME] [AGE:90PLUS], heel ulcer',
    )
    expect(scrub("she's 95 y.o. and still drives")).toBe("she's [AGE:90PLUS] and still drives")
  })

  it('leaves the words of an age under 90 and of other numbers', () => {
    expect(scrub('my son is 12 years old')).toBe('my son is 12 years old')
    expect(scrub('mi papá tiene 80 años')).toBe('mi papá tiene 80 años')
  })
})

describe('a number of 90+ right after a name in a note is the age (session 42)', () => {
  it('with a space only between', () => {
    expect(scrub('Spoke with Lwin OO 97 w/ AMS + urinary sx, advised ED', 'chat')).toBe(
      'Spoke with [NAME] [AGE:90PLUS] w/ AMS + urinary sx, advised ED',
    )
  })

  it('not a supply, a reading or a street number', () => {
    expect(scrub('Rx for Maria Lopez 90 day supply', 'chat')).toBe('Rx for [NAME] 90 day supply')
    expect(scrub('Rx for Maria Lopez 90 tabs', 'chat')).toBe('Rx for [NAME] 90 tabs')
    expect(scrub('temp for Maria Lopez 98.6 this am', 'chat')).toBe('temp for [NAME] 98.6 this am')
  })
})

describe('a relative named before a modal (session 42)', () => {
  it('takes a word that can be a name between the relation word and the modal', () => {
    expect(scrub('my daughter blessing will bring me')).toBe('my daughter [NAME] will bring me')
    expect(scrub('my son gift will call you')).toBe('my son [NAME] will call you')
    expect(scrub('my daughter blessing can pick it up')).toBe('my daughter [NAME] can pick it up')
  })

  it('never an adverb or a function word', () => {
    expect(scrub('my son usually will call')).toBe('my son usually will call')
    expect(scrub('my son also will call')).toBe('my son also will call')
    expect(scrub("my daughter still can't walk")).toBe("my daughter still can't walk")
    expect(scrub("my son sometimes won't eat")).toBe("my son sometimes won't eat")
  })
})
