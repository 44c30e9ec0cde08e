import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' | 'chat' = 'sms'): string => scrubText(text, { channel }).text

describe('a date whose month word no table reads (session 44)', () => {
  it('is a day, one word and a year, the year kept', () => {
    expect(scrub('born 12 listopada 1960')).toBe('born [DATE:1960]')
    expect(scrub('we moved here 3 kovo 1985')).toBe('we moved here [DATE:1985]')
    expect(scrub('Mart 12, 1955')).toBe('[DATE:1955]')
  })

  it('generalises a year 90 years ago or more', () => {
    expect(scrub('born 12 listopada 1930')).toBe('born [DATE:AGE90PLUS]')
  })

  it('keeps a drug, its dose and a year, and a count with a word of another language', () => {
    expect(scrub('lisinopril 10 2018 switched to losartan')).toBe('lisinopril 10 2018 switched to losartan')
    expect(scrub('2 outbreaks 2020 of shingles')).toBe('2 outbreaks 2020 of shingles')
    expect(scrub('tôi có 3 đứa 2019')).toBe('tôi có 3 đứa 2019')
  })

  it('keeps a count and a year with an English word between', () => {
    expect(scrub('took 12 pills 2019')).toBe('took 12 pills 2019')
    expect(scrub('I have 2 kids 2019 and 2021')).toBe('I have 2 kids 2019 and 2021')
    expect(scrub('A1c was 7 in 2019')).toBe('A1c was 7 in 2019')
  })
})

describe('a year alone 90 years ago or more (session 44)', () => {
  it('is redacted: Safe Harbor removes the year of a date that points to an age of 90+', () => {
    expect(scrub('mom is from 1929 and still sharp')).toBe('mom is from [DATE:AGE90PLUS] and still sharp')
  })

  it('keeps a recent year alone, and a year of history after "the"', () => {
    expect(scrub('since 1990 he has diabetes')).toBe('since 1990 he has diabetes')
    expect(scrub('survived the 1918 flu')).toBe('survived the 1918 flu')
  })
})

describe('the organisation a caller is with, one word of its own (session 44)', () => {
  it('goes whole after the frame, whatever its head', () => {
    expect(scrub('hi this is kaylee from superior home care returning a call', 'voice')).toBe(
      'hi this is [NAME] from [LOCALITY] returning a call',
    )
    expect(scrub('hi this is peggy from evergreen adult day care calling about her mom', 'voice')).not.toContain(
      'day care',
    )
  })

  it('keeps a department said with the words of care or kind', () => {
    expect(scrub('this is joe from member services calling about your bill', 'voice')).toBe(
      'this is [NAME] from member services calling about your bill',
    )
    expect(scrub('this is ray from language services', 'voice')).toBe('this is [NAME] from language services')
    expect(scrub('hi this is nina from specialty pharmacy', 'voice')).toBe('hi this is [NAME] from specialty pharmacy')
    expect(scrub('the nurse at infusion center said my counts are low', 'voice')).toBe(
      'the nurse at infusion center said my counts are low',
    )
    expect(scrub('hi this is kim from patient financial services calling', 'voice')).toBe(
      'hi this is [NAME] from patient financial services calling',
    )
  })
})

describe('an organisation after a place preposition and a found town (session 44)', () => {
  it('runs over any words to its head', () => {
    expect(scrub('hi there um this is kim from atlantic coast seafood in the office', 'voice')).not.toContain('seafood')
  })

  it('stops at a word of time and after a person', () => {
    expect(scrub('my son is at lincoln park today school called', 'voice')).toContain('today school called')
    expect(scrub('my son is at lincoln park wednesday school called', 'voice')).toContain('wednesday school called')
    expect(scrub('sent the form to jose insurance company', 'voice')).toContain('insurance company')
  })
})

describe('a name after a naming cue takes a word of a language the text is not in (session 44)', () => {
  it('joins it once, when the text goes on in its own language', () => {
    expect(scrub('buenos días mi nombre es ernesto cu sic estoy llamando por la cita', 'voice')).toBe(
      'buenos días mi nombre es [NAME] estoy llamando por la cita',
    )
  })

  it('never takes a Spanish word in an English text', () => {
    expect(scrub('hi my name is luis fiebre since yesterday', 'voice')).toBe(
      'hi my name is [NAME] fiebre since yesterday',
    )
  })

  it('leaves the words of the text own language', () => {
    expect(scrub('mi nombre es rosa y mi esposo esta enfermo', 'voice')).toBe(
      'mi nombre es [NAME] y mi esposo esta enfermo',
    )
  })
})

describe('an English name after a workplace head in a Spanish text (session 44)', () => {
  it('is the business name', () => {
    expect(scrub('trabajo en la construcción granite state builders y ayer se me metió algo', 'voice')).toBe(
      'trabajo en la construcción [OTHER] y ayer se me metió algo',
    )
  })

  it('keeps everyday English after the head', () => {
    expect(scrub('trabajo en la construcción part time y me duele la espalda', 'voice')).toBe(
      'trabajo en la construcción part time y me duele la espalda',
    )
  })

  it('keeps Spanish words after the head', () => {
    expect(scrub('trabajo en una compañía grande y me duele', 'voice')).toBe(
      'trabajo en una compañía grande y me duele',
    )
    expect(scrub('trabajo en la empresa de limpieza y me duele la espalda', 'voice')).toBe(
      'trabajo en la empresa de limpieza y me duele la espalda',
    )
  })
})
