import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' | 'chat' = 'sms'): string => scrubText(text, { channel }).text

describe('the organisation a caller is with, failing closed (session 39)', () => {
  it('reads the words after a caller frame as the organisation unless every one only says what kind', () => {
    expect(scrub('hi this is khin from rohingya cultural center on west devon', 'voice')).toBe(
      'hi this is [NAME] from [OTHER] on [ADDRESS]',
    )
    expect(scrub('this is pastor will from new life haitian church on clark street', 'voice')).toBe(
      'this is pastor will from [OTHER] on [ADDRESS]',
    )
    expect(scrub('the caseworker is will from heartland alliance and he said', 'voice')).toContain('[NAME] from')
    expect(scrub('i drive for lakeshore linen supply so i cannot', 'voice')).not.toContain('lakeshore')
  })

  it('takes a Spanish head, its article and the name after it whatever its words', () => {
    expect(scrub('habla ramona de la farmacia la guadalupana en la avenida emma', 'voice')).not.toContain('guadalupana')
    expect(scrub('le habla wendy de distribuidora los altos el patrón de marvin', 'voice')).not.toContain('altos')
  })

  it('keeps desks, kinds of care, relations and what the sentence goes on to say', () => {
    for (const kept of [
      'hi this is the nurse from the front desk',
      "i'm calling from my cell",
      'i got a call from the insurance',
      "i'm pregnant with twins",
      "it's swollen from the fall",
      'hi this is the nurse from the dialysis center',
      'hablo de parte de mi mamá',
      'necesita intérprete de português',
      'this is the nurse from the california department of health',
      'bonjour c’est moi il a trente-huit cinq de fièvre',
      'i think it came from the heart failure clinic',
      'this is the pastor from the korean church',
    ])
      expect(scrub(kept, 'voice')).toBe(kept)
  })

  it('leaves a clinic named for its town its words of care', () => {
    expect(scrub('this is officer dale pickens with the lowell police department', 'voice')).toBe(
      // Session 42: an organisation named before its head goes whole with it (headed-organisations.ts); the town's name is still not read as a person's.
      'this is [NAME] with the [LOCALITY]',
    )
  })
})

describe('the review of the session 39 freeze', () => {
  it('keeps what one stays or lives on, clauses after a shop word, times, doses and rooms, and abbreviations', () => {
    for (const kept of [
      'stay on clear liquids today',
      'please stay on light duty until cleared',
      'he lives on weed',
      'she lives on chips',
      'fui a la farmacia a comprar la medicina',
      'en la taquería los tacos me cayeron mal',
      'la farmacia le dio otra medicina',
      'Cuál es el horario de la farmacia los domingos?',
      'tomo la 20 mg',
      'de la dos a las tres',
      'marque la 2 para español',
      'estoy en la 12 del hospital',
      'I lived in LA 10 years',
      'de niño en méxico tuve asma',
      'from abuelita in guatemala',
      'calling from work pls call me back',
      "I'm home with Covid",
      "j'appelle de l'hôpital",
    ])
      expect(scrub(kept, 'sms')).toBe(kept)
  })

  it('still reads the street after "lives on" when it is no everyday word', () => {
    expect(scrub('my mom lives on kedzie by the school', 'voice')).toBe('my mom lives on [ADDRESS] by the school')
  })
})

describe('streets named by their number in Spanish (session 39)', () => {
  it('reads "la" and a cardinal above one as a street, with the corner after "y"', () => {
    expect(scrub('la farmacia de la veintiséis dice que necesita autorización', 'voice')).toBe(
      'la farmacia de la [ADDRESS] dice que necesita autorización',
    )
    expect(scrub('vivimos en la veintisiete y lake cerca del parque', 'voice')).toBe(
      'vivimos en la [ADDRESS] cerca del parque',
    )
  })

  it('keeps times, counts and the pronoun', () => {
    for (const kept of ['la cita es a la una', 'nos vemos a las dos', 'tomo la dos veces al día'])
      expect(scrub(kept, 'voice')).toBe(kept)
  })
})

describe('towns abroad, Creole numbers and hedged ages (session 39)', () => {
  it('reads the town between "from" and "in" a country', () => {
    expect(scrub("he's from long cheng in laos his birthday", 'voice')).toBe(
      "he's from [LOCALITY] in laos his birthday",
    )
    expect(scrub('somos de san marcos en guatemala', 'voice')).toBe('somos de [LOCALITY] en guatemala')
    expect(scrub('i work in construction in mexico', 'voice')).toBe('i work in construction in mexico')
  })

  it('reads tens and "yen" run together as twenty-one and the like', () => {
    expect(scrub('dat nesans li se vennyen jen mil nèf san katreven katòz', 'voice')).not.toContain('vennyen')
  })

  it('reads a number of ninety and more after a word of age as the age, whatever range or count it opens', () => {
    expect(scrub('he is very old maybe ninety two or ninety three nobody know exactly', 'voice')).toBe(
      'he is very old maybe [OTHER] or [OTHER] nobody know exactly',
    )
    expect(scrub('my old car has ninety thousand miles', 'voice')).toBe('my old car has ninety thousand miles')
  })

  it('counts nothing with a hedge after an age of ninety', () => {
    expect(scrub('he is very old maybe ninety maybe more we do not know', 'voice')).not.toContain('ninety')
  })
})
