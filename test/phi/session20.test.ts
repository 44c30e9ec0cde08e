import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'
import { detect } from '../../src/phi/detect'
import { memoryMatcher, propagatableWords, wordsToRemember } from '../../src/phi/known'

const scrub = (text: string, channel: 'sms' | 'voice' = 'voice'): string => scrubText(text, { channel }).text

/** What the engine forwards when a party's earlier messages left `remembered` in its memory. */
const withMemory = (text: string, remembered: string[], channel: 'sms' | 'voice' = 'voice'): string =>
  scrubText(text, { channel, knownNames: propagatableWords(remembered), known: memoryMatcher(remembered) }).text

/** The words a message leaves in its sender's memory. */
const remembers = (text: string, channel: 'sms' | 'voice' = 'voice'): string[] =>
  wordsToRemember([detect(text, { channel })])

describe('addresses said without a street suffix or in another language', () => {
  it('takes the words between a house number and a unit as the street name', () => {
    expect(scrub("we're staying at four four one two nine kercheval apartment three in hamtramck")).toBe(
      "we're staying at [ADDRESS] in [LOCALITY]",
    )
    expect(scrub('my daughter lives at 3310 van born apt 12 tonight', 'sms')).toBe(
      'my daughter lives at [ADDRESS] tonight',
    )
  })

  it('does not read a room or bed number as a house number', () => {
    expect(scrub('room 14 bed apartment 2', 'sms')).toBe('room 14 bed [ADDRESS]')
  })

  it('reads thousands and "and" inside a number said in Russian, Arabic and Tagalog', () => {
    expect(scrub('мы живём на четыре тысячи сто двадцать пять бейкер стрит квартира сорок два')).toBe(
      'мы живём на [PHONE]',
    )
    expect(scrub('العنوان ثلاثة آلاف ومية وعشرين شارع النخيل')).toBe('العنوان [PHONE]')
    expect(scrub("sa tatlumpu't dalawang libo't dalawandaan at labing isa main street po")).toBe('sa [ADDRESS] po')
  })

  it('takes the digits said before a dash into a spoken case number', () => {
    expect(scrub('my case number is seven one dash k t dash four four zero two')).toBe('my case number is [ACCOUNT]')
  })

  it('redacts a gate code whatever precedes it', () => {
    expect(scrub('gate 7731 is the code', 'sms')).toBe('gate [OTHER] is the code')
    expect(scrub('Is the gate still 2290?', 'sms')).toBe('Is the gate still [OTHER]?')
  })
})

describe('names in the places callers and staff put them', () => {
  it('takes a caller name after a hesitation and before the caller phrase', () => {
    expect(scrub("hey it's ray um from the roofing crew")).toBe("hey it's [NAME] um from the roofing crew")
  })

  it('takes a nickname after "call me" and leaves "call me back"', () => {
    expect(scrub('folks call me bear the van was late')).toBe('folks call me [NAME] the van was late')
    expect(scrub('they never call me back')).toBe('they never call me back')
  })

  it('reads a listed name opening the message before "here" as the sender', () => {
    expect(scrub('Quan here, need a refill', 'sms')).toBe('[NAME] here, need a refill')
    expect(scrub('Nobody here, sorry', 'sms')).toBe('Nobody here, sorry')
  })

  it('takes a title, an initial and a surname in capitals, and initials signed with a credential', () => {
    expect(scrub('Reviewed w/ Nurse K. MORROW, pt agrees. -TS RN', 'sms')).toBe(
      'Reviewed w/ [NAME], pt agrees. -[NAME]',
    )
    // "y" is a conjunction, not an initial: the title stays out of the word after it.
    expect(scrub('como dijo el doctor y el relajante en la noche', 'sms')).toContain('el doctor y el ')
  })

  it('reads chaplains and deacons as titles, but a role after an article is no name', () => {
    expect(scrub('Chaplain Okoro will visit Friday', 'sms')).toBe('[NAME] will visit Friday')
    expect(scrub('the chaplain came and we prayed', 'sms')).toBe('the chaplain came and we prayed')
  })

  it('takes a family name of the tables after a full name, before the speaker goes on', () => {
    expect(scrub('aquí es a beatriz costa lima eu preciso de ajuda')).toBe('aquí es a [NAME] eu preciso de ajuda')
  })

  it('reads Han given names with 月 and a surname after a family doctor', () => {
    // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
    expect(scrub('我外婆陈月华今年九十二岁', 'sms')).toBe('我外婆[NAME]今年[AGE:90PLUS]')
    expect(scrub('她的家庭医生王医生说没事', 'sms')).toBe('她的家庭医生[NAME]说没事')
  })

  it('reads a Korean name with the past copula, and a native Korean number with its particle', () => {
    expect(scrub('감사합니다 지은이었습니다', 'sms')).toBe('감사합니다 [NAME]이었습니다')
    expect(scrub('제가 움직였어요', 'sms')).toBe('제가 움직였어요')
    expect(scrub('할아버지가 아흔이 넘으셨어요', 'sms')).toBe('할아버지가 [OTHER] 넘으셨어요')
  })

  it('reads the owner after a Vietnamese relation and "của"', () => {
    expect(scrub('chồng của hoa bị sốt')).toBe('chồng của [NAME] bị sốt')
  })
})

describe('towns', () => {
  it('reads a town after "by" but not after "goes by"', () => {
    expect(scrub('i work at the dairy by twin falls')).toBe('i work at the dairy by [LOCALITY]')
    expect(scrub('he goes by chuy')).toBe('he goes by [NAME]')
  })

  it('reads a Latin-script town after 在 in Chinese, not a business named after one', () => {
    expect(scrub('在Garner上班', 'sms')).toBe('在[LOCALITY]上班')
    expect(scrub('我在Hope诊所看病', 'sms')).toBe('我在Hope诊所看病')
  })
})

describe('readings the engine keeps', () => {
  it('keeps a reading after its cue across the link words of several languages', () => {
    for (const text of [
      'đường huyết sáng nay là hai trăm mười lăm',
      'my sugar this morning was like three twenty',
      'la presión ciento treinta sobre ochenta y cinco',
      'the pressure was one sixty over a hundred',
      'давление сто сорок на девяносто мой номер',
    ])
      expect(scrub(text)).toBe(text)
  })

  it('still redacts an age said as "over ninety five"', () => {
    expect(scrub('she is over ninety five now')).toBe('she is over [AGE:90PLUS] now')
  })

  it('redacts a year said digit by digit after a Vietnamese date', () => {
    expect(scrub('ngày sinh của bà là hai tháng tư năm một chín hai mươi')).toBe('ngày sinh của bà là [DATE] [OTHER]')
  })
})

describe('after the freeze: the review of the frozen engine', () => {
  it('keeps a surname that is a word after an article and a title, and reads a verb after it as the role', () => {
    expect(scrub('the dr. baker said it was fine')).toBe('the [NAME] said it was fine')
    expect(scrub('our doctor frost said to wait')).toBe('our [NAME] said to wait')
    expect(scrub('the chaplain rose early')).toBe('the chaplain rose early')
  })

  it('reads a name of the lists after a bare "by" as a person, and remembers it', () => {
    expect(scrub('i was seen by marcus yesterday')).toBe('i was seen by [NAME] yesterday')
    expect(remembers('she was seen by jackson smith yesterday')).toEqual(['jackson', 'smith'])
  })

  it('takes no everyday word after "call me" and no everyday word before "here"', () => {
    for (const text of ['they call me every day', 'they call me all the time', 'friends call me whenever'])
      expect(scrub(text)).toBe(text)
    expect(scrub('Office here, your appt is monday', 'sms')).toBe('Office here, your appt is monday')
  })

  it('does not remember the new titles or a credential, nor sign a note with a unit code', () => {
    expect(remembers('Deacon Jones came by today', 'sms')).toEqual(['jones'])
    expect(remembers('Pt verbalized understanding. -JK RN', 'sms')).toEqual(['jk'])
    expect(scrub('Pt verbalized understanding. -ER RN', 'sms')).toBe('Pt verbalized understanding. -ER RN')
  })

  it('reads no quantity as a house number, and no airport gate as a code', () => {
    expect(scrub('my mom is 85 years old apartment 3b', 'sms')).toBe('my mom is 85 years old [ADDRESS]')
    expect(scrub('meet me at gate 22', 'sms')).toBe('meet me at gate 22')
  })

  it('keeps a blood pressure pair only after a reading cue, and reads hundreds and tens as one number', () => {
    expect(scrub('account 88 over 221', 'sms')).toBe('account 88 over [OTHER]')
    expect(scrub('la presión ciento treinta sobre ochenta y cinco')).toBe(
      'la presión ciento treinta sobre ochenta y cinco',
    )
  })

  it('reads a native Korean number with a particle only for the nineties', () => {
    expect(scrub('마흔에 결혼했어요', 'sms')).toBe('마흔에 결혼했어요')
  })

  it('gives a remembered Han given name the short forms of its first character too', () => {
    expect(withMemory('浩浩刚才又吐了一次', ['王浩然', '浩然'])).toBe('[NAME]刚才又吐了一次')
    expect(withMemory('天天都吃药', ['李天明'])).toBe('天天都吃药')
  })
})

describe('after the freeze: read off team-dev54', () => {
  it('reads a Spanish address said number + "de" + street', () => {
    expect(scrub('estamos en la tres mil cuatrocientos de sullivant avenue apartamento doce')).toBe(
      'estamos en la [ADDRESS]',
    )
  })

  it('reads a Hangul street with its number and a particle written onto it', () => {
    expect(scrub('약국은 베셀 로드 천이백에 있는 CVS예요', 'sms')).toContain('[ADDRESS]')
    expect(scrub('약국은 베셀 로드 천이백에 있는 CVS예요', 'sms')).not.toContain('베셀')
  })
})

describe('after the freeze: what the first fixes of the review cost, mended', () => {
  it('keeps a title after an article before an everyday word, and a Spanish title before a name', () => {
    expect(scrub('hi this is a message for the nurse line')).toBe('hi this is a message for the nurse line')
    expect(scrub('his wife asked us to let his doctor know')).toBe('his wife asked us to let his doctor know')
    expect(scrub('hola otra vez la enfermera iris vino')).toBe('hola otra vez la [NAME] vino')
    expect(scrub('queremos confirmar con el doctor antes de surtirla')).toBe(
      'queremos confirmar con el doctor antes de surtirla',
    )
  })

  it('keeps both numbers of a blood pressure said in words, in several languages', () => {
    for (const text of [
      'blood pressure has been running high like one forty five over ninety',
      'la presión ciento doce sobre setenta el seguro',
      'la pressão tá cento e trinta por oitenta e cinco obrigado',
    ])
      expect(scrub(text)).toBe(text)
  })

  it('takes a nickname that is a function word when the phrase ends on it', () => {
    expect(scrub('my sister, everybody calls me will, i am a patient', 'sms')).toBe(
      'my sister, everybody calls me [NAME], i am a patient',
    )
  })
})
