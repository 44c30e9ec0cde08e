import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'
import { memoryMatcher, propagatableWords, wordsToRemember } from '../../src/phi/known'
import { detect } from '../../src/phi/detect'

const scrub = (text: string, channel: 'sms' | 'voice' = 'voice'): string => scrubText(text, { channel }).text

/** What the engine forwards when a party's earlier messages left `remembered` in its memory. */
const withMemory = (text: string, remembered: string[], channel: 'sms' | 'voice' = 'voice'): string =>
  scrubText(text, { channel, knownNames: propagatableWords(remembered), known: memoryMatcher(remembered) }).text

/** The words a message leaves in its sender's memory. */
const remembers = (text: string, channel: 'sms' | 'voice' = 'voice'): string[] =>
  wordsToRemember([detect(text, { channel })])

describe('sender memory keeps the everyday words of the text out', () => {
  it('does not remember a title, pronoun or verb a found name ran into', () => {
    const words = remembers('chào bác sĩ, em là Nguyễn Thị Lan, chị ơi cho em hỏi')
    expect(words).toContain('lan')
    for (const w of ['bac', 'si', 'em', 'chi', 'oi', 'cho']) expect(words).not.toContain(w)
  })

  it('reads a remembered name that folds to a word the text writes with its marks only where a name stands', () => {
    // "Thị" and "Chi" remembered; "thì" (then) and "chị" (elder sister) are words of the Vietnamese sentence.
    expect(withMemory('dạ chị ơi thì bác sĩ nói sau hai tuần tái khám', ['nguyen', 'thi', 'lan', 'chi'])).toBe(
      'dạ chị ơi thì bác sĩ nói sau hai tuần tái khám',
    )
  })

  it('still catches a remembered name written without marks in a text read as another language', () => {
    expect(withMemory('pls do. mando will be mad but whatever. lisa', ['lisa', 'raposo', 'mando'], 'sms')).toBe(
      'pls do. [NAME] will be mad but whatever. [NAME]',
    )
  })
})

describe('sender memory keeps names that are words of some table (after the review)', () => {
  it('remembers a name written in plain letters even when a table lists the word', () => {
    for (const [first, later] of [
      ['hola soy Deja', 'Deja aquí, mi hijo tiene fiebre'],
      ['mi hija Nina tiene fiebre', 'Nina sigue con fiebre'],
      ['ako si Isa Reyes', 'Isa po ito'],
      ['mwen se Jodi Louis', 'Jodi la pa ka dòmi'],
      ['this is may chen', 'may has a fever'],
    ] as const) {
      const remembered = scrubText(first, { channel: 'sms' }).remembered
      expect(withMemory(later, remembered, 'sms')).toMatch(/^\[NAME\]/)
    }
  })
})

describe('a remembered modal name before a finite verb', () => {
  it('is the subject, not the modal', () => {
    expect(withMemory('hi again the therapist just left will is resting his hip', ['marjorie', 'wilbur'])).toBe(
      'hi again the therapist just left [NAME] is resting his hip',
    )
    expect(withMemory('now will asked who was at the door', ['marjorie', 'will'])).toBe(
      'now [NAME] asked who was at the door',
    )
  })

  it('stays a modal before a verb', () => {
    expect(withMemory('i will need more pills and she will proceed', ['marjorie', 'will'])).toBe(
      'i will need more pills and she will proceed',
    )
  })
})

describe('towns and neighbourhoods the gazetteer missed', () => {
  it('reads a place ending only towns have after any place word', () => {
    expect(scrub('hi good morning im calling from the senior place in city heights and i need my flu shot')).toBe(
      'hi good morning im calling from the senior place in [LOCALITY] and i need my flu shot',
    )
    expect(scrub('con ở city heights số điện thoại')).toBe('con ở [LOCALITY] số điện thoại')
  })

  it('keeps a business named with a town ending', () => {
    expect(scrub('we went to health city urgent care last night')).toBe('we went to health city urgent care last night')
  })

  it('knows National City and keeps a national park', () => {
    expect(scrub('ahora vivo en national city desde enero')).toBe('ahora vivo en [LOCALITY] desde [DATE]')
    expect(scrub('we hiked in the national park last week')).toBe('we hiked in the national park last week')
  })

  it('reads a town after the Vietnamese "at" in a Vietnamese sentence', () => {
    expect(scrub('em tên là phạm thị ngọc thoa em làm tiệm nail ở garland mấy tuần nay')).toBe(
      'em tên là [NAME] em làm tiệm nail ở [LOCALITY] mấy tuần nay',
    )
  })
})

describe('names in Arabic, Han, Hangul and after a dotted title', () => {
  it('takes a relative named by a word no list knows after an Arabic relation word, with the family name', () => {
    expect(scrub('ألو مرحبا أنا سعاد أتصل بخصوص أمي وردة عمرها خمسة وتسعين سنة')).toBe(
      // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
      'ألو مرحبا أنا [NAME] أتصل بخصوص أمي [NAME] عمرها [AGE:90PLUS]',
    )
    expect(scrub('السلام عليكم، معاكم عوضية محمد أحمد. بتي آمنة الطيب عمرها 12 سنة', 'sms')).toBe(
      'السلام عليكم، معاكم [NAME]. بتي [NAME] عمرها 12 سنة',
    )
  })

  it('takes the word between a dotted form of address and a name, whatever else it means', () => {
    expect(scrub('this is about my father in law mr. said abdullahi he is on dialysis')).toBe(
      'this is about my father in law [NAME] he is on dialysis',
    )
    // The doctor is the subject of a chart note as often.
    expect(scrub('dr. called maria lopez yesterday', 'sms')).toBe('dr. called [NAME] yesterday')
  })

  it('reads a given name before a kin title after a verb that takes a person', () => {
    expect(scrub('很好。请提醒玉珍奶奶多喝水，水泡不要弄破。', 'sms')).toBe('很好。请提醒[NAME]多喝水,水泡不要弄破。')
    expect(scrub('我会陪美玲阿姨去医院', 'sms')).toBe('我会陪[NAME]去医院')
  })

  it('carries a Korean given name found with its family name to the child form with a particle', () => {
    expect(scrub('안녕하세요. 김하늘 엄마 이은정입니다. 하늘이가 어제 저녁부터 귀가 아프다고 울어요.', 'sms')).toBe(
      '안녕하세요. [NAME]. [NAME]가 어제 저녁부터 귀가 아프다고 울어요.',
    )
  })
})

describe('addresses said in number words of other languages', () => {
  it('reads the unit number to its last word', () => {
    expect(
      scrub('o endereço é oitocentos e quinze north macarthur boulevard apartamento trezentos e dois em irving'),
    ).toBe('o endereço é [ADDRESS] [LOCALITY]')
    expect(
      scrub('адрес тысяча семьсот сорок пять вест спринг крик паркуэй квартира двести четырнадцать передайте'),
    ).toBe('адрес [ADDRESS] передайте')
  })

  it('reads the house number from its first word, in the language of the number', () => {
    expect(scrub("oui l'adresse c'est quatorze cent six north shiloh road appartement cent trois merci")).toBe(
      "oui l'adresse c'est [ADDRESS] merci",
    )
    // "en" is one in Haitian Creole, but the number is Spanish: it stays.
    expect(scrub('vive con nosotros en trescientos diez calle san jacinto el paso y mi celular es')).toBe(
      'vive con nosotros en [ADDRESS] y mi celular es',
    )
  })
})

describe('after the freeze: grid addresses, English towns in other languages, nicknames', () => {
  it('reads an address of the Utah and Idaho grid, written or said', () => {
    expect(scrub('address 3350 E 3700 N, unit 4', 'sms')).toBe('address [ADDRESS]')
    expect(scrub("we're at eight nine two one west thirty five hundred south in the back")).toBe(
      "we're at [ADDRESS] in the back",
    )
  })

  it('reads a town of English words inside a sentence of another language', () => {
    expect(scrub('lo mandan a casa con el urólogo de twin falls el número de la casa')).toBe(
      'lo mandan a casa con el urólogo de [LOCALITY] el número de la casa',
    )
    // Words of the sentence's own language are no English town ("la vista", "la mesa").
    expect(scrub('se pegó en la cabeza con la mesa y le duele la vista')).toBe(
      'se pegó en la cabeza con la mesa y le duele la vista',
    )
  })

  it('knows Lucha for Luz', () => {
    expect(withMemory('gracias doctora, Lucha', ['luz', 'marina', 'huaman'], 'sms')).toBe('gracias doctora, [NAME]')
  })

  it('takes a borrowed given name between an Arabic relation word and a found family name', () => {
    expect(scrub('مرحبا، أنا رامي حداد، والدي جورج حداد عمره ٩٣ سنة', 'sms')).toBe(
      // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
      'مرحبا، أنا [NAME]، والدي [NAME] عمره [AGE:90PLUS]',
    )
  })
})
