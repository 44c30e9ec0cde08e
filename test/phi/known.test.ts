import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'
import {
  addRemembered,
  knownCandidates,
  knownFromList,
  memoryMatcher,
  type KnownIdentifiers,
} from '../../src/phi/known'
import type { PhiType } from '../../src/phi/types'

/** A roster matcher over plain forms (the vault side hashes them; the engine never sees the difference). */
function roster(entries: Array<[PhiType, string]>): KnownIdentifiers {
  return knownFromList(entries.map(([type, value]) => ({ type, value })))
}

const clinic = roster([
  ['NAME', 'Will Tremblay'],
  ['NAME', 'Deja Okonkwo-Adeyemi'],
  ['DATE', '1990-04-02'],
  ['MRN', '00482913'],
  ['PHONE', '(415) 555-0144'],
])

describe('known identifiers', () => {
  it('keeps "will" the verb and catches Will as a name in a greeting, a sign-off and next to his surname', () => {
    expect(scrubText('I will call tomorrow about the refill', { known: clinic }).text).toBe(
      'I will call tomorrow about the refill',
    )
    expect(scrubText('Will you call me back?', { known: clinic }).text).toBe('Will you call me back?')
    expect(scrubText('hi will, your results are in', { known: clinic }).text).toBe('hi [NAME], your results are in')
    expect(scrubText('ok thanks - will', { known: clinic }).text).toBe('ok thanks - [NAME]')
    expect(scrubText('Will, can you confirm the time', { known: clinic }).text).toBe('[NAME], can you confirm the time')
    expect(scrubText('my son will tremblay needs a refill', { known: clinic }).text).not.toMatch(/tremblay/i)
    expect(scrubText('Yes and Will needs one too', { known: clinic }).text).toBe('Yes and [NAME] needs one too')
  })

  it('catches a roster word that is no everyday word anywhere, case- and accent-folded', () => {
    expect(scrubText('okonkwo here about my labs', { known: clinic }).text).not.toMatch(/okonkwo/i)
    expect(scrubText('ADEYEMI is late today', { known: clinic }).text).toBe('[NAME] is late today')
  })

  it('catches a known MRN, phone and date of birth however they are written', () => {
    expect(scrubText('chart number 00482913 please', { known: clinic }).text).toBe('chart number [MRN] please')
    expect(scrubText('call 415.555.0144 after 5', { known: clinic }).text).not.toContain('0144')
    expect(scrubText('dob 4/2/90 thanks', { known: clinic }).text).not.toContain('4/2/90')
    expect(scrubText('born April 2, 1990', { known: clinic }).text).toBe('born [DATE:1990]')
  })

  it('leaves other values alone', () => {
    expect(scrubText('chart number 00482914 please', { known: roster([]) }).text).toContain('chart number')
    expect(scrubText('take 2 tablets for 5 days', { known: clinic }).text).toBe('take 2 tablets for 5 days')
  })

  it('lists the candidates a caller looks up: folded words, pairs, digits-only runs and ISO dates', () => {
    const c = knownCandidates('Hi Zoë Ramírez, MRN 0048-2913, seen 2024-03-05')
    expect(c).toContainEqual({ kind: 'word', value: 'zoe' })
    expect(c).toContainEqual({ kind: 'pair', value: 'zoe ramirez' })
    expect(c).toContainEqual({ kind: 'digits', value: '00482913' })
    expect(c).toContainEqual({ kind: 'date', value: '2024-03-05' })
  })

  it('remembers confident names and catches their bare later mention through a memory matcher', () => {
    const first = scrubText('Hi this is Kwabena Boateng, I need a refill')
    expect(first.remembered).toEqual(expect.arrayContaining(['kwabena', 'boateng']))
    const grace = scrubText('my daughter Grace has a fever')
    const memory = memoryMatcher([...first.remembered, ...grace.remembered])
    expect(scrubText('- kwabena', { known: memory }).text).toBe('- [NAME]')
    expect(scrubText('hey grace is still coughing', { known: memory }).text).toBe('hey [NAME] is still coughing')
  })

  it("fails closed on a party's remembered names: everyday words anywhere, function words only where a name stands", () => {
    const will = scrubText('my husband Will Brandt has a cough').remembered
    const grace = scrubText('my daughter Grace has a fever').remembered
    const memory = memoryMatcher([...will, ...grace])
    // In the conversation that named Grace, "grace" is hers wherever it stands; a roster (every patient of the
    // clinic) still keeps the everyday word.
    expect(scrubText('by the grace of god it passed', { known: memory }).text).toBe('by the [NAME] of god it passed')
    expect(scrubText('by the grace of god it passed', { known: roster([['NAME', 'Grace Young']]) }).text).toBe(
      'by the grace of god it passed',
    )
    expect(scrubText('he will call tomorrow', { known: memory }).text).toBe('he will call tomorrow')
    expect(scrubText("will's inhaler ran out", { known: memory }).text).toBe('[NAME] inhaler ran out')
    expect(scrubText('can will and i come together', { known: memory }).text).toBe('can [NAME] and i come together')
    expect(scrubText('hi again, will here', { known: memory }).text).toBe('hi again, [NAME] here')
  })

  it('reads the short forms of remembered names: prefixes, vowel-ending prefixes and Han given names', () => {
    const memory = memoryMatcher(['tyrone', 'jackson', 'светлана', '王建国'])
    expect(scrubText('ty had a bad night', { known: memory }).text).toBe('[NAME] had a bad night')
    expect(scrubText('спасибо, Света', { known: memory }).text).toBe('спасибо, [NAME]')
    expect(scrubText('我老公建国吃了药', { known: memory }).text).not.toContain('建国')
    // Function words stay words although they begin a remembered name ("ty" counts, "so" of "sofia" does not).
    expect(scrubText('so it hurts', { known: memoryMatcher(['sofia']) }).text).toBe('so it hurts')
    // A remembered Hangul name is remembered with its particles; its given name alone counts too.
    expect(scrubText('고맙습니다. 민준', { known: memoryMatcher(['김민준입니다']) }).text).toBe('고맙습니다. [NAME]')
    expect(scrubText('好的 那个 大家都叫我阿华', { known: memoryMatcher(['陈美华']) }).text).not.toContain('阿华')
    expect(scrubText('好的,欢迎小芳一起来。', { known: memoryMatcher(['小芳会']) }).text).not.toContain('小芳')
    expect(scrubText('yes i see you rose how can i help', { known: memoryMatcher(['rose']) }).text).toBe(
      'yes i see you [NAME] how can i help',
    )
  })

  it('keeps a remembered everyday word after a subject pronoun, where it is a verb', () => {
    const hope = memoryMatcher(['hope', 'mensah'])
    expect(scrubText('I hope it works', { known: hope }).text).toBe('I hope it works')
    expect(scrubText('can hope come at two', { known: hope }).text).toBe('can [NAME] come at two')
    expect(scrubText('okay lucky are you having trouble breathing', { known: memoryMatcher(['lucky']) }).text).toBe(
      'okay [NAME] are you having trouble breathing',
    )
    expect(scrubText('book it please. RTW', { known: memoryMatcher(['rose', 'tran', 'whitaker']) }).text).toBe(
      'book it please. [NAME]',
    )
  })

  it('keeps a memory bounded, the most recently learned words last', () => {
    const full = Array.from({ length: 64 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${i}`)
    expect(addRemembered(full, ['kofi'])).toHaveLength(64)
    expect(addRemembered(full, ['kofi']).at(-1)).toBe('kofi')
    expect(addRemembered(['kofi'], ['kofi', 'abena', 'abena'])).toEqual(['kofi', 'abena'])
  })
})
