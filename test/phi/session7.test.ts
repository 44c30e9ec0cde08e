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
