import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' | 'chat' = 'sms'): string => scrubText(text, { channel }).text

describe('a date whose month word no table reads (session 44)', () => {
  it('is a day, one word and a year, the year kept', () => {
    expect(scrub('born 12 listopada 1960')).toBe('born [DATE:1960]')
    expect(scrub('doğum tarihi 12 Ocak 1955')).toContain('[DATE:1955]')
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

describe('the organisation a caller is with (session 44)', () => {
  it('takes "day" inside its name', () => {
    expect(scrub('hi this is jo from bright path adult day care calling', 'voice')).toBe(
      'hi this is [NAME] from [OTHER] calling',
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
