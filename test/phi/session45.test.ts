import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' | 'chat' = 'voice'): string => scrubText(text, { channel }).text

describe('number words a table reads only inside a run (session 45)', () => {
  it('joins them to a phone said digit by digit, first, inside or last', () => {
    expect(scrub('namba yangu ni sita sifuri mbili tisa moja nane saba tatu tatu sita asanteni')).toBe(
      'namba yangu ni [PHONE] asanteni',
    )
    expect(scrub('mero phone sat sat shunya panch panch panch shunya char aath tin ma phone garnu hola')).toBe(
      'mero phone [PHONE] ma phone garnu hola',
    )
  })

  it('keeps them as words alone', () => {
    expect(scrub('i sat two hours in the waiting room and sat down')).toBe(
      'i sat two hours in the waiting room and sat down',
    )
  })
})

describe('months that are everyday words, and solar years (session 45)', () => {
  it('reads an Afghan month between a day and a year, after an ordinal day, with the year made Gregorian', () => {
    expect(scrub('تاریخ تولدش پانزده حمل هزار و سیصد و هفتاد و دو است')).toBe('تاریخ تولدش [DATE:1993] است')
    expect(scrub('تاریخ تولدش پانزدهم حمل است')).toBe('تاریخ تولدش [DATE] است')
    expect(scrub('تولد: ۱۵ حمل ۱۳۶۲', 'sms')).toBe('تولد: [DATE:1983]')
    expect(scrub('۳ دی ۱۳۰۰', 'sms')).toBe('[DATE:AGE90PLUS]')
  })

  it('keeps the same words as words', () => {
    expect(scrub('او حامله است و سابقه سرطان دارد')).toBe('او حامله است و سابقه سرطان دارد')
    expect(scrub('دو حمل داشتم')).toBe('دو حمل داشتم')
  })

  it('reads a Somali ordinal day before the month and the year said in words', () => {
    expect(scrub('taariikhda dhalashadaydu waa koobaad janaayo kun sagaal boqol lixdan iyo shan waxaan rabaa')).toBe(
      'taariikhda dhalashadaydu waa [DATE:1965] waxaan rabaa',
    )
  })
})

describe('the street a grid address crosses (session 45)', () => {
  it('reads a compass word with its street, a numbered street with its compass word, any street after a grid one', () => {
    expect(scrub('we live on nine hundred west and eighth south by the park')).toBe('we live on [ADDRESS] by the park')
    expect(scrub('from the church on eighteen hundred west and north temple um')).toBe(
      'from the church on [ADDRESS] um',
    )
    expect(scrub('at 900 west and redwood road')).toBe('at [ADDRESS]')
  })

  it('keeps a compass word that says where, and a Spanish article before a noun', () => {
    expect(scrub('on main street and north of the river')).toBe('on [ADDRESS] and north of the river')
    expect(scrub('vivo solo en la west veinticinco y la farmacia')).toBe('vivo solo en la [ADDRESS] y la farmacia')
  })
})

describe('names (session 45)', () => {
  it('reads a word only another language lists after an Arabic-script relation word as the name', () => {
    expect(scrub('زنگ زدم برای وقت ملاقات خانمم شکریه او حامله است پنج ماه')).toBe(
      'زنگ [NAME] برای وقت ملاقات خانمم [NAME] او حامله است پنج ماه',
    )
  })

  it('reads a nickname a word of no table of the text names after its cue ("le dicen tata")', () => {
    expect(scrub('llamo por mi abuela que le dicen tata ella tiene fiebre')).toBe(
      'llamo por mi abuela que le dicen [NAME] ella tiene fiebre',
    )
  })

  it('keeps a short word of another language after a relation word ("بہت", very)', () => {
    expect(scrub('خانمم بہت درد دارد', 'sms')).toBe('خانمم بہت درد دارد')
  })

  it('keeps what a sentence says of a name after a naming cue, and a cue that calls someone', () => {
    expect(scrub('meu nome é muito comprido')).toBe('meu nome é muito comprido')
    expect(scrub('o meu nome não aparece no portal')).toBe('o meu nome não aparece no portal')
    expect(scrub('meu nome é difícil de escrever')).toBe('meu nome é difícil de escrever')
    expect(scrub('they call me directly at work')).toBe('they call me directly at work')
  })

  it('reads a surname of the lists that is a word after a caller opens with "this is" and a first name', () => {
    expect(scrub('uh yeah this is will carrier i think i was supposed to')).toBe(
      'uh yeah this is [NAME] i think i was supposed to',
    )
    expect(scrub('so this is it for me')).toBe('so this is it for me')
  })

  it('reads an initial and a surname in capitals in a staff note', () => {
    expect(scrub('Please send supply to pharmacy on file for W. HUNTER MRN 2281907, pt has 2 tabs left', 'chat')).toBe(
      'Please send supply to pharmacy on file for [NAME] MRN [MRN], pt has 2 tabs left',
    )
    expect(scrub('Take vitamin D. DAILY with food', 'chat')).toBe('Take vitamin D. DAILY with food')
  })
})

describe('organisations (session 45)', () => {
  it('reads a run of kind words a state, a faith or a people opens as one organisation', () => {
    expect(scrub("hi this is lani from utah food bank we're doing a mobile pantry")).toBe(
      "hi this is [NAME] from [OTHER] we're doing a mobile pantry",
    )
    expect(scrub('my lawyer at catholic community services told me to call')).toBe(
      'my lawyer at [OTHER] told me to call',
    )
    expect(scrub('we go to first baptist church of ogden')).toBe('we go to [OTHER]')
    expect(scrub('this is sarah at the university of utah lab')).toBe('this is [NAME] at the [OTHER] lab')
  })

  it('keeps one kind word before a head, an indefinite article, and a head alone', () => {
    expect(scrub('we go to the catholic church on sundays')).toBe('we go to the catholic church on sundays')
    expect(scrub('a somali restaurant downtown')).toBe('a somali restaurant downtown')
    expect(scrub('i went to a food bank')).toBe('i went to a food bank')
    expect(scrub('she studies at the university')).toBe('she studies at the university')
  })

  it('reads a Spanish workplace and the company named after it', () => {
    expect(scrub('trabajo en la bodega de Home Depot en la noche', 'sms')).toBe('trabajo en la [OTHER] en la noche')
    expect(scrub('me duele la planta del pie', 'sms')).toBe('me duele la planta del pie')
  })
})
