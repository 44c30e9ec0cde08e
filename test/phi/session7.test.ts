import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' = 'voice'): string => scrubText(text, { channel }).text

describe("everyday words of the text's own language (issue 10: utility per language)", () => {
  it('does not carry a name on over a pronoun or relative word of the language', () => {
    expect(scrub('m ap rele pou manman m rosemène fils-aimé li gen doulè anpil')).toBe(
      'm ap rele pou manman m [NAME] li gen doulè anpil',
    )
    expect(scrub("j'appelle pour ma mère odette lavigne elle a de la fièvre")).toBe(
      "j'appelle pour ma mère [NAME] elle a de la fièvre",
    )
  })

  it('still takes a surname written with a capital where case tells', () => {
    // The surname is then a name word of the message, so its other occurrences go too (fail closed).
    expect(scrub('Mwen rele pou manman m Rose Li, li malad', 'sms')).toBe('Mwen rele pou manman m [NAME], [NAME] malad')
  })
})

describe('a kinship title that is the whole cue joins the name after it', () => {
  it('redacts the title with a name found past a nickname', () => {
    expect(scrub('para sa lola ko si lola pacing bautista po')).toBe('para sa [NAME] ko si [NAME] po')
  })

  it('never takes a short word other languages use ("se", "me")', () => {
    const out = scrub('bonjou se enfimyè lekòl la madan joseph ki rele')
    expect(out.startsWith('bonjou se ')).toBe(true)
    expect(out).toContain(' ki rele')
  })
})

describe('a weekday placed by a word joins its day (weekdayRelatives in every table)', () => {
  it('joins the placing word before or after the weekday', () => {
    expect(scrub('me sacaron sangre el martes pasado el día tres y nadie')).toBe('me sacaron sangre el [DATE] y nadie')
    expect(scrub('아버지 지난 금요일 13일에 퇴원하셨는데', 'sms')).toBe('아버지 [DATE]에 퇴원하셨는데')
    expect(scrub('mardi dernier le 14 je suis allée à la pharmacie', 'sms')).toBe('[DATE] je suis allée à la pharmacie')
    expect(scrub('i saw him last friday the 13th', 'sms')).toBe('i saw him [DATE]')
  })

  it('keeps a weekday with a count after it', () => {
    expect(scrub('on tuesday 2 pills', 'sms')).toBe('on tuesday 2 pills')
  })
})

describe('a year said in words is read to its end', () => {
  it('adds the tens and units after a round year, and the year word after it', () => {
    expect(scrub('wi bonjou sèz mas mil nèf san swasanndis dat nesans mwen')).toBe(
      'wi bonjou [DATE:1970] dat nesans mwen',
    )
    expect(scrub('تاريخ ميلادي الثالث من مارس ألف وتسعمائة واثنين وستين أحتاج')).toBe('تاريخ ميلادي [DATE:1962] أحتاج')
    expect(scrub('дата рождения четвёртое июня сорок первого года перезвоните')).toBe(
      'дата рождения [DATE] перезвоните',
    )
  })
})
