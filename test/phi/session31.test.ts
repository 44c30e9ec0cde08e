import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' | 'chat' = 'sms'): string => scrubText(text, { channel }).text

describe('towns after a place preposition (session 31)', () => {
  it('reads a town of some size after in, near, by or en even when its name is a word', () => {
    expect(scrub('the x-ray place in corona lost the order', 'voice')).toBe(
      'the x-ray place in [LOCALITY] lost the order',
    )
    expect(scrub('my dad picks dates out by mecca all summer', 'voice')).toBe(
      'my dad picks dates out by [LOCALITY] all summer',
    )
    expect(scrub('la llevamos al hospital aquí en amarillo anoche', 'voice')).toBe(
      'la llevamos al hospital aquí en [LOCALITY] anoche',
    )
    expect(scrub('the lab in sunrise never called', 'voice')).toBe('the lab in [LOCALITY] never called')
  })

  it('keeps the words those prepositions usually take, small towns, and a word before the noun it qualifies', () => {
    expect(scrub('she has been in foster care since last year', 'voice')).toBe(
      'she has been in foster care since last year',
    )
    expect(scrub('the rash started in spring', 'voice')).toBe('the rash started in spring')
    expect(scrub('es la primera vez que le da fiebre, le dio por primera vez', 'voice')).toBe(
      'es la primera vez que le da fiebre, le dio por primera vez',
    )
    expect(scrub('the office called from sunrise home care about the wound', 'voice')).toBe(
      'the office called from sunrise home care about the wound',
    )
  })
})

describe('counties (session 31)', () => {
  it('reads the word before "county" as the county unless it determines it or is a person', () => {
    expect(scrub('they took him to kings county hospital last night', 'voice')).toBe(
      // Session 42: an organisation named before its head goes whole with it (headed-organisations.ts); the town's name is still not read as a person's.
      'they took him to [LOCALITY] last night',
    )
    expect(scrub('which county do you live in', 'voice')).toBe('which county do you live in')
    expect(scrub('we moved out of county last year', 'voice')).toBe('we moved out of county last year')
    expect(scrub('tell mary county called', 'voice')).toBe('tell [NAME] county called')
  })
})

describe('place words before and after found names (session 31)', () => {
  it('takes a fort, a mount or a port before a found name as a place, whatever precedes it', () => {
    expect(scrub('send it to 40 sw 9th st fort lauderdale 33315 please', 'voice')).toBe(
      'send it to [ADDRESS] [LOCALITY] [ZIP:333] please',
    )
    expect(scrub('she is 5 ft tall and 90 lbs')).toBe('she is 5 ft tall and 90 lbs')
  })

  it('reads an island after a name and a Spanish or Portuguese "a"/"al" as a place', () => {
    expect(scrub('la llevé al hospital de staten island anoche', 'voice')).toContain('[LOCALITY]')
    expect(scrub('la llevé al hospital de staten island anoche', 'voice')).not.toContain('island')
  })
})

describe('names and ids (session 31)', () => {
  it('takes a listed given name that is also a word right before a found surname', () => {
    expect(scrub('the walker was delivered to ray okonkwo yesterday', 'voice')).toBe(
      'the walker was delivered to [NAME] yesterday',
    )
    expect(scrub('we will bill medicaid for the visit', 'voice')).toBe('we will bill medicaid for the visit')
  })

  it('takes a newborn chart label with its name, but not "my baby" or a word of another language', () => {
    expect(scrub('no order came with the specimen for baby boy okonkwo')).toBe(
      'no order came with the specimen for [NAME]',
    )
    expect(scrub('Salamat po, si Baby Dimaculangan po ito')).toBe('Salamat po, si [NAME] po ito')
  })

  it('closes a Spanish spoken id with the letter name said after its digits, never an English word', () => {
    expect(scrub('mi número de medi-cal es nueve uno siete cuatro cuatro cero tres seis be gracias', 'voice')).toBe(
      'mi número de medi-cal es [HEALTHPLAN] gracias',
    )
    expect(scrub('call nine one seven four four zero three six be sure to call', 'voice')).toContain('be sure')
  })

  it('reads a Spanish "espacio" as a unit of a mobile home park address', () => {
    expect(scrub('vivo en la 6805 avenue 66 espacio 14 en el parque', 'voice')).not.toMatch(/\b14\b/)
  })

  it('reads the Cantonese "my son" with its classifier as a relation cue', () => {
    expect(scrub('我個仔陳家豪發燒咗,唔該。')).toBe('我個仔[NAME]發燒咗,唔該。')
  })
})

describe('the code review of session 31 (everyday words the new readings must keep)', () => {
  it('keeps foods, colours, body parts and idioms after a preposition where nothing places someone', () => {
    for (const text of [
      'Labs came back near normal now.',
      'Omega 3 is in salmon and walnuts.',
      'Vitamin C is in citrus fruits',
      'mix it in orange juice',
      'la flema le sale en amarillo',
      'rash is in bend of elbow',
      'He is in mentor program',
      'en vista de que no mejora',
    ])
      expect(scrub(text)).toBe(text)
  })

  it('reads a capitalised town in a text with capitals, and a town after a word placing someone', () => {
    expect(scrub('She moved to a group home in Corona last month.')).toContain('in [LOCALITY] last month')
    expect(scrub('my daughter lives by oasis now', 'voice')).toBe('my daughter lives by [LOCALITY] now')
    expect(scrub('tôi ở oasis')).toBe('tôi ở [LOCALITY]')
  })

  it('keeps words that describe a county, a measure before a name, and verbs before one', () => {
    expect(scrub('the closest county hospital is far')).toBe('the closest county hospital is far')
    expect(scrub('call the WIC county office')).toBe('call the WIC county office')
    expect(scrub('5 ft Maria said she fell')).toBe('5 ft [NAME] said she fell')
    expect(scrub('we need to mount Garcia splint today')).toContain('mount')
    expect(scrub('no maria falls a lot at night', 'voice')).toBe('no [NAME] falls a lot at night')
  })

  it('keeps "baby girl" before a given name, and reads up to three Spanish letters after an id', () => {
    expect(scrub('and baby girl sofia has a fever')).toBe('and baby girl [NAME] has a fever')
    expect(scrub('mi número es cinco uno dos tres cuatro cinco seis siete pe eme gracias', 'voice')).toBe(
      'mi número es [OTHER] gracias',
    )
  })
})
