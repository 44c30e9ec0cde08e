import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'
import { knownFromList } from '../../src/phi/known'

/** What the engine forwards with a clinic roster loaded. */
const withRoster = (text: string, names: string[], channel: 'sms' | 'voice' = 'voice'): string =>
  scrubText(text, { channel, known: knownFromList(names.map((value) => ({ type: 'NAME' as const, value }))) }).text

describe('roster names that are short words of the text language', () => {
  it('keeps the Haitian Creole pronoun "li" when a patient is named Li', () => {
    expect(
      withRoster('manman m malad, li gen lafyèv, li pa ka manje, chak fwa l bwè dlo li tous', ['Li Xiuying']),
    ).toBe('manman m malad, li gen lafyèv, li pa ka manje, chak fwa l bwè dlo li tous')
  })

  it('keeps "de" beside a detected name when a patient is named De-chang', () => {
    const out = withRoster('buenos días le habla la hija de dolores castañeda, está con el hospicio de ustedes', [
      'Chen De-chang',
    ])
    expect(out).toContain('la hija de [NAME]')
    expect(out).toContain('de ustedes')
    expect(withRoster('Hi, this is De-chang, my knee still hurts', ['Chen De-chang'], 'sms')).toBe(
      'Hi, this is [NAME], my knee still hurts',
    )
  })

  it('still takes the short word where a name stands', () => {
    // After a given name in an English text, where the word is no English word: the family name.
    expect(withRoster('hi i am tony le, my mother is ninety one', ['Le Thi Kim'])).toBe(
      'hi i am [NAME], my mother is [AGE:90PLUS]',
    )
    // Capitalised inside a mixed-case Haitian sentence.
    expect(withRoster('Bonjou, manman Li pa ka dòmi, tanpri rele m', ['Li Xiuying'], 'sms')).toBe(
      'Bonjou, manman [NAME] pa ka dòmi, tanpri rele m',
    )
  })

  it('reads a short word of another language as the name in an English text', () => {
    expect(withRoster('ok we are coming, ka is getting dressed', ['Ka Vang'])).toBe(
      'ok we are coming, [NAME] is getting dressed',
    )
  })
})

describe('Portuguese kinship titles and "here" in other languages', () => {
  it('takes "vó" with the name it precedes', () => {
    expect(scrubText('a vó Ceição tá bem mais animada hoje', { channel: 'sms' }).text).toBe(
      'a [NAME] tá bem mais animada hoje',
    )
  })

  it('reads a roster word that is a word before "đây" as a self-introduction', () => {
    expect(withRoster('lan đây em, bác sĩ nói không có gãy xương', ['Tam Yuk Lan'])).toMatch(/^\[NAME\] đây em, /)
    expect(withRoster('hoa lan đây em', ['Tam Yuk Lan'])).not.toContain('lan')
  })
})

describe('romanised family names after a given name in English text', () => {
  const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

  it('takes a family name of the tables that spells no English word', () => {
    expect(voice('my son kevin le was seen last week for the ear infection')).toBe(
      'my son [NAME] was seen last week for the ear infection',
    )
    expect(voice('hello this is thuy vo calling back about my test result')).toBe(
      'hello this is [NAME] calling back about my test result',
    )
    expect(voice('hi yes my name is anh thu le my son has a rash')).toBe('hi yes my name is [NAME] my son has a rash')
  })

  it('leaves English words and texts of another language alone', () => {
    expect(voice('i told ben do it today')).toBe('i told [NAME] do it today')
    expect(voice('pregunta por maria le dije que si')).toBe('pregunta por [NAME] le dije que si')
  })
})

describe('third-person name cues of other languages', () => {
  it('reads the name after "her name is" in Arabic, French, Portuguese and Haitian Creole', () => {
    expect(scrubText('اتصل بخصوص امي اسمها فاطمة حسن العلي عندها ضيق نفس', { channel: 'sms' }).text).not.toMatch(
      /حسن|العلي/,
    )
    expect(scrubText('minha avó ela se chama conceição ferreira e tem dor', { channel: 'sms' }).text).toBe(
      'minha avó ela se chama [NAME] e tem dor',
    )
    expect(scrubText('manman m li rele rosemène jean li malad', { channel: 'sms' }).text).not.toMatch(/rosem|jean/)
  })
})

describe('places and Han names', () => {
  const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text
  const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text

  it('redacts a town found once wherever the text names it again', () => {
    expect(voice('i live in center and i work at the lettuce shed in center till seven')).toBe(
      'i live in [LOCALITY] and i work at the lettuce shed in [LOCALITY] till seven',
    )
  })

  it('keeps the direction a county road number carries', () => {
    expect(voice("we're out on county road twelve south past the church")).toBe(
      "we're out on [ADDRESS] past the church",
    )
  })

  it('reads a Cantonese mother and a name of two family names', () => {
    expect(sms('我阿媽黃陳秀英係你哋病人')).toBe('我阿媽[NAME]係你哋病人')
    expect(sms('我阿爸王志明住院了')).toBe('我阿爸[NAME]住院了')
  })

  it('keeps a subject pronoun in the place of a relative', () => {
    expect(voice('ma mère elle a mal au ventre depuis hier')).toBe('ma mère elle a mal au ventre depuis hier')
    expect(voice('minha mãe ela está com febre desde ontem')).toBe('minha mãe ela está com febre desde ontem')
    expect(voice('mi mamá ella tiene dolor de cabeza y fiebre')).toBe('mi mamá ella tiene dolor de cabeza y fiebre')
    expect(voice('ma mère elle s’appelle jeanne mukendi elle a mal')).toBe('ma mère elle s’appelle [NAME] elle a mal')
    // In English the same word is a name.
    expect(voice('my daughter ella has a fever')).toBe('my daughter [NAME] has a fever')
  })
})

describe('Korean ages of ninety and over', () => {
  it('reads a native ninety after "age" or with a copula as an age', () => {
    const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
    expect(sms('어머니 연세는 아흔둘이세요')).toBe('어머니 연세는 [AGE:90PLUS]이세요')
    expect(sms('아버지는 아흔셋이세요')).toBe('아버지는 [AGE:90PLUS]이세요')
    expect(sms('할머니는 아흔다섯이에요')).toBe('할머니는 [AGE:90PLUS]이에요')
  })
})

describe('after the review of session 18', () => {
  const roster = (names: string[]) => knownFromList(names.map((value) => ({ type: 'NAME' as const, value })))

  it('keeps "will" and "may" after a role word when a patient is named Will or May', () => {
    const known = roster(['Will Smith', 'May Chen'])
    for (const text of [
      'the doctor will call you tomorrow about the results',
      'the patient may need a referral to cardiology',
      'so will the doctor call me back today?',
    ])
      expect(scrubText(text, { channel: 'sms', known }).text).toBe(text)
  })

  it('takes a short roster surname after a title written short with a full stop', () => {
    expect(scrubText('Gng. Ng, tumawag po kayo sa clinic', { channel: 'sms', known: roster(['Ana Ng']) }).text).toBe(
      '[NAME], tumawag po kayo sa clinic',
    )
    expect(scrubText('Bonjou, M. Li malad', { channel: 'sms', known: roster(['Wei Li']) }).text).toBe(
      'Bonjou, [NAME] malad',
    )
  })

  it('keeps what a Cantonese relative has and ends a name of four characters before a word', () => {
    const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
    for (const text of ['我阿媽高血壓好耐', '我阿爸糖尿病', '我阿媽頭暈', '我阿媽話佢頭痛', '我阿爸胸口痛'])
      expect(sms(text)).toBe(text)
    expect(sms('我老婆何马丽发烧')).toBe('我老婆[NAME]发烧')
    expect(sms('我妈妈余方华住院')).toBe('我妈妈[NAME]住院')
  })

  it('reads "li rele" as "she called" and a repeated everyday town only after a place word', () => {
    expect(scrubText('li rele doktè a maten an', { channel: 'sms' }).text).toBe('li rele doktè a maten an')
    const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text
    expect(voice('i live in normal and my ekg was normal')).toBe('i live in [LOCALITY] and my ekg was normal')
    expect(voice('i live in center and the center called me')).toBe('i live in [LOCALITY] and the center called me')
    expect(voice('we stay in sugar land. sugar land is hot')).toBe('we stay in [LOCALITY]. [LOCALITY] is hot')
  })
})

describe('an office named by its town', () => {
  it('reads a one-word town of the list before an office word, never a word offices are named by', () => {
    const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text
    expect(voice('hello this is rita from the chandler office calling about the member')).toBe(
      'hello this is [NAME] from the [LOCALITY] office calling about the member',
    )
    expect(voice('our mesa location is closed on friday')).toBe('our [LOCALITY] location is closed on friday')
    for (const text of [
      'the post office lost it',
      'the main office is closed',
      'the billing office called',
      'the home office',
    ])
      expect(voice(text)).toBe(text)
  })
})

describe('Korean and Chinese ages after "this year"', () => {
  it('still reads digits after 올해 when the text holds no Korean number word', () => {
    expect(scrubText('할머니는 올해 95이세요', { channel: 'sms' }).text).toBe('할머니는 올해 [AGE:90PLUS]이세요')
    expect(scrubText('今年95了', { channel: 'sms' }).text).toBe('今年[AGE:90PLUS]了')
  })
})
