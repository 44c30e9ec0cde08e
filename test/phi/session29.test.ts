import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' | 'chat' = 'sms'): string => scrubText(text, { channel }).text

describe('places of session 29', () => {
  it('reads a town said before its state in any language, not a region or an everyday word in lower case', () => {
    expect(scrub('nos vamos para defiance ohio a trabajar', 'voice')).toBe('nos vamos para [LOCALITY] ohio a trabajar')
    expect(scrub('we moved from south texas', 'voice')).toBe('we moved from south texas')
    expect(scrub('do you take Medicaid from Mississippi or only Louisiana')).toBe(
      'do you take Medicaid from Mississippi or only Louisiana',
    )
    expect(scrub('i was in new mexico', 'voice')).toBe('i was in new mexico')
  })

  it('reads a town after a verb of living without its "in", an everyday word only when written as a name', () => {
    expect(scrub('we live newport news now', 'voice')).toBe('we live [LOCALITY] now')
    expect(scrub('they live far', 'voice')).toBe('they live far')
    expect(scrub('we live alone', 'voice')).toBe('we live alone')
    expect(scrub("he's out in boone", 'voice')).toBe("he's out in [LOCALITY]")
    expect(scrub('came out in english', 'voice')).toBe('came out in english')
    expect(scrub('look it up in mychart', 'voice')).toBe('look it up in mychart')
  })

  it('reads a kind of clinic before a facility word as a facility named for its town', () => {
    expect(scrub('thank you for calling highland park family health how can i help you', 'voice')).toBe(
      'thank you for calling [LOCALITY] family health how can i help you',
    )
    expect(scrub('i hope family clinic calls back', 'voice')).toBe('i hope family clinic calls back')
  })

  it('reads an English-named street inside another language, after its preposition or article', () => {
    expect(scrub('vivimos en newark por la monroe street mi numero', 'voice')).toBe(
      'vivimos en [LOCALITY] por la [ADDRESS] mi numero',
    )
    expect(scrub('trabajo en la french street y salgo', 'voice')).toBe('trabajo en la [ADDRESS] y salgo')
    expect(scrub('fui por la carretera', 'voice')).toBe('fui por la carretera')
    expect(scrub('en la high school', 'voice')).toBe('en la high school')
  })

  it('reads a named park or complex with its lot or unit, not a hospital unit', () => {
    expect(scrub("we're staying at palm shadows rv park lot two fourteen in mission", 'voice')).toBe(
      "we're staying at [ADDRESS] in [LOCALITY]",
    )
    expect(scrub("we're staying at two oh six sandpiper condos on padre boulevard", 'voice')).toBe(
      "we're staying at [ADDRESS] on [ADDRESS]",
    )
    expect(scrub('staying at bahia mar unit four b on gulf boulevard', 'voice')).toBe(
      'staying at [ADDRESS] on [ADDRESS]',
    )
    expect(scrub("i'm in labor unit two", 'voice')).toBe("i'm in labor unit two")
    expect(scrub('we went to the botanical gardens', 'voice')).toBe('we went to the botanical gardens')
  })

  it('reads a road of mile lines, a compass word before a town, little places after "au" and "sa"', () => {
    expect(scrub('he works out in the onion fields by mile seventeen north', 'voice')).toBe(
      'he works out in the onion fields by [ADDRESS]',
    )
    expect(scrub('we walked a mile two days ago', 'voice')).toBe('we walked a mile two days ago')
    expect(scrub('we are in portland east bayside can we come today', 'voice')).toBe(
      'we are in [LOCALITY] [LOCALITY] can we come today',
    )
    expect(scrub('turn east on main', 'voice')).toBe('turn east on main')
    expect(scrub('il reste au petit canada à lewiston', 'voice')).toBe('il reste au [LOCALITY] à [LOCALITY]')
    expect(scrub('sa little manila po kami nakatira', 'voice')).toBe('sa [LOCALITY] po kami nakatira')
  })

  it('reads where a Portuguese speaker came from, only a town, not how or when', () => {
    expect(scrub('ela veio de Praia para ficar', 'voice')).toBe('ela veio de [LOCALITY] para ficar')
    expect(scrub('veio de são paulo', 'voice')).toBe('veio de [LOCALITY]')
    expect(scrub('ela veio de manhã cedo com febre', 'voice')).toBe('ela veio de manhã cedo com febre')
    expect(scrub('ela veio de ambulância', 'voice')).toBe('ela veio de ambulância')
    expect(scrub('a pressão alta vem de família', 'voice')).toBe('a pressão alta vem de família')
  })
})

describe('names and numbers of session 29', () => {
  it('joins a word glued to a name by a hyphen, not a kinship compound', () => {
    expect(scrub('ma fille grace-divine a de la fièvre', 'voice')).toBe('ma fille [NAME] a de la fièvre')
    // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
    expect(scrub('Mon grand-père a 92 ans')).toBe('Mon grand-père a [AGE:90PLUS]')
    expect(scrub('my son is well-behaved')).toBe('my son is well-behaved')
    expect(scrub('Medi-Cal card for Maria')).toBe('Medi-Cal card for [NAME]')
  })

  it('takes a particle and a name word after a name, not a word of the sentence', () => {
    expect(scrub('soy rosa de la garza y quería', 'voice')).toBe('soy [NAME] y quería')
    expect(scrub('mi hija ana de nuevo tiene fiebre', 'voice')).toBe('mi hija [NAME] de nuevo tiene fiebre')
    expect(scrub('mi esposo pedro del hospital', 'voice')).toBe('mi esposo [NAME] del hospital')
    expect(scrub('me duele la parte de la cara', 'voice')).toBe('me duele la parte de la cara')
  })

  it('reads "MA." before a name in capitals, and no Portuguese name after an article alone', () => {
    expect(scrub('HOLA NECESITO MI RECETA MA. GUADALUPE BARAJAS')).toBe('HOLA NECESITO MI RECETA [NAME]')
    expect(scrub('fala a verdade', 'voice')).toBe('fala a verdade')
    expect(scrub('a mãe da menina ligou', 'voice')).toBe('a mãe da menina ligou')
  })

  it('keeps a Vietnamese word in an English text and reads Russian diminutives', () => {
    expect(scrub('Hi, my grandma cần refill thuốc')).toBe('Hi, my grandma cần refill thuốc')
    expect(scrub('Hi, this is Trọng calling')).toBe('Hi, this is [NAME] calling')
    expect(scrub('Отправила. Лёва уже спит')).toBe('Отправила. [NAME] уже спит')
  })

  it('reads a French day after its article where a date is spoken of, not a day alone', () => {
    expect(scrub('mon rendez-vous le cinq à 10h')).toBe('mon rendez-vous le [OTHER] à 10h')
    expect(scrub('le cinq de la liste')).toBe('le cinq de la liste')
  })

  it("takes a phone's plus said as a word and a plate's letters after its digits", () => {
    expect(
      scrub('mi whatsapp es más cincuenta y dos ocho uno uno seis dos cuatro cinco cero nueve tres', 'voice'),
    ).toBe('mi whatsapp es [PHONE]')
    expect(scrub('they want plate # too, its 4471 RT')).toBe('they want plate # too, its [VEHICLE]')
    expect(scrub('code 4471 OK')).toBe('code [OTHER] OK')
  })

  it('keeps a lab panel whole', () => {
    expect(scrub('Na 138, K 3.1, Cr 1.2 today')).toBe('Na 138, K 3.1, Cr 1.2 today')
    expect(scrub('BMP: Na 131 K 5.8 Cl 99 CO2 22 BUN 40 Cr 2.3 Glu 212')).toBe(
      'BMP: Na 131 K 5.8 Cl 99 CO2 22 BUN 40 Cr 2.3 Glu 212',
    )
    expect(scrub('Labs for Maria Lopez: Na 131, K 5.8 (H), Cr 2.3. Call 555-201-3344')).toBe(
      'Labs for [NAME]: Na 131, K 5.8 (H), Cr 2.3. Call [PHONE]',
    )
  })
})
