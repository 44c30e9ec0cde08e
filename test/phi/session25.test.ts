import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' | 'chat' = 'sms'): string => scrubText(text, { channel }).text

describe('names a caller or a clinician gives in pieces', () => {
  it('reads the word said right before "my last name is" as the first name, whatever else it means', () => {
    expect(scrub("yeah hi it's uh... Drew um my last name is Price I'm calling", 'voice')).toBe(
      "yeah hi it's uh... [NAME] um my last name is [NAME] I'm calling",
    )
    expect(scrub('hola soy este... Drew y mi apellido es Price', 'voice')).toBe(
      'hola soy este... [NAME] y mi apellido es [NAME]',
    )
    // A lower-case everyday word there is no name.
    expect(scrub('I need the form. my last name is Price')).toBe('I need the form. my last name is [NAME]')
  })

  it('adds the surname a caller says when saying the first name again', () => {
    expect(scrub("hi it's Drew... Drew Church... I was in", 'voice')).toBe("hi it's [NAME]... [NAME]... I was in")
    expect(scrub("it's Faith... Faith Walker again", 'voice')).toBe("it's [NAME]... [NAME] again")
  })

  it("takes a clinician's initial and surname before a credential, in any casing", () => {
    expect(scrub('Escort approved. -J. Frost RN')).toBe('Escort approved. -[NAME]')
    expect(scrub('Pt approved. J. Frost, RN')).toBe('Pt approved. [NAME], RN')
    expect(scrub('Thanks Team RN')).toBe('Thanks Team RN')
  })

  it('reads a given name in capitals after a surname in capitals and a comma, even where it is also a test', () => {
    expect(scrub('Nursing note: RODRIGUEZ, ANA called about 3 y/o with croup', 'chat')).toBe(
      'Nursing note: [NAME], [NAME] called about 3 y/o with croup',
    )
  })

  it('reads the given names after a title and a family name ("bác sĩ lê minh châu")', () => {
    expect(scrub('dạ em muốn hỏi bác sĩ lê minh châu có lịch trống không ạ')).toBe(
      'dạ em muốn hỏi [NAME] có lịch trống không ạ',
    )
  })

  it('reads a word before the Korean honorific 씨 as a name, whatever else it means', () => {
    expect(scrub('하나 씨 안녕하세요, 준호 엄마예요.')).toBe('[NAME] 안녕하세요, [NAME] 엄마예요.')
    expect(scrub('그 사람 씨가')).toBe('그 사람 씨가')
  })

  it('reads English given names written in Hangul', () => {
    expect(scrub('남편 마이크가 약국 가서 찾아올 거예요')).toBe('남편 [NAME] 약국 가서 찾아올 거예요')
  })

  it('reads "will" closing a list of people as a name, not the auxiliary', () => {
    expect(scrub("i'm raising my grandsons jaylen and will and they both go to school", 'voice')).toBe(
      "i'm raising my grandsons [NAME] and [NAME] and they both go to school",
    )
    expect(scrub('my son jaylen and will be there', 'voice')).toBe('my son [NAME] and will be there')
  })
})

describe('dates and addresses said in words', () => {
  it('reads a French year said "mil neuf cent …"', () => {
    expect(scrub('elle est née le premier mars mil neuf cent trente et un merci', 'voice')).toBe(
      'elle est née le [DATE:1931] merci',
    )
  })

  it('reads a rural address given by its mile marker, and no distance or time as a street', () => {
    expect(scrub('he lives alone at mile four point two knik goose bay road his power', 'voice')).toBe(
      'he lives alone at [ADDRESS] his power',
    )
    expect(scrub('we live at Mile 12.5 Richardson Hwy in the trailer')).toBe('we live at [ADDRESS] in the trailer')
    expect(scrub("it's about a mile five minutes drive from here", 'voice')).toBe(
      "it's about a mile five minutes drive from here",
    )
  })

  it('reads a Spanish house number before a street named in English with its direction', () => {
    expect(scrub('sí es el dos diecinueve east southcross ahí mismo', 'voice')).toBe('sí es el [ADDRESS] ahí mismo')
    expect(scrub('tiene dos north side', 'voice')).toBe('tiene dos north side')
  })
})
