import { describe, expect, it } from 'vitest'
import { detect } from '../../src/phi/detect'
import { scrubText } from '../../src/phi/deidentify'
import { memoryMatcher } from '../../src/phi/known'

const scrub = (text: string, channel: 'sms' | 'voice' = 'voice'): string => scrubText(text, { channel }).text

/** The text scrubbed with `words` remembered for its sender. */
const scrubRemembering = (words: string, text: string): string =>
  scrubText(text, { channel: 'sms', known: memoryMatcher(words.split(' ')) }).text

describe('names', () => {
  it('takes the word after a relation that a pronoun then takes up', () => {
    expect(scrub("calling about my son marquise he's been throwing up")).toBe(
      "calling about my son [NAME] he's been throwing up",
    )
    for (const text of ["my son now he's better", 'my mom yesterday she fell', 'my son teacher she said'])
      expect(scrub(text)).toBe(text)
  })

  it('reads an accented word as no English word, and a relation, a name word and a surname as a full name', () => {
    expect(scrub('le hablo de parte de mi sobrino éver hernández lo dieron de alta')).toBe(
      'le hablo de parte de mi sobrino [NAME] lo dieron de alta',
    )
    expect(scrub('my son ever smith')).toBe('my son ever smith')
  })

  it('reads buddy and pal as relations', () => {
    expect(scrub('my buddy tanner is driving me over there')).toBe('my buddy [NAME] is driving me over there')
    expect(scrub('my buddy is driving')).toBe('my buddy is driving')
  })

  it('reads a Latin surname before a Han title, and a name of two characters after 看', () => {
    expect(scrub('她平时看Patel大夫 我的电话', 'sms')).toBe('她平时看[NAME] 我的电话')
    expect(scrub('明天上午10点可以看中村医生,会有中文翻译', 'sms')).toBe('明天上午10点可以看[NAME],会有中文翻译')
    for (const text of ['我们想看儿科医生', '可以看家庭医生吗', 'Tylenol医生说可以吃'])
      expect(scrub(text, 'sms')).toBe(text)
  })

  it('reads a remembered modal before a past tense as the person, not after a subject pronoun', () => {
    expect(scrubRemembering('will', 'i got it will used it two puffs')).toBe('i got it [NAME] used it two puffs')
    expect(scrubRemembering('will', 'i will used to')).toBe('i will used to')
  })

  it('never throws on a relation and a name word at the end of a text', () => {
    const text = 'tanpri rele m nan kat zewo en senk senk senk zewo en sis sèt'
    expect(detect(text, { channel: 'voice' }).failed).toBe(false)
    expect(scrub(text)).toContain('tanpri rele m nan')
  })
})

describe('places', () => {
  it('reads an English-word town after a cue of another language', () => {
    expect(scrub('trabajo en la planta de vacas en independence tengo dolor')).toContain('en [LOCALITY] tengo')
    expect(scrub('m ap travay nan green bay yè')).toBe('m ap travay nan [LOCALITY] yè')
    for (const text of ['estoy en break ahorita', 'le llamo de central scheduling', 'my nan lives with us'])
      expect(scrub(text)).toBe(text)
    expect(scrub('dạ em hay bị chóng mặt', 'sms')).toContain('em hay bị')
    expect(scrub('em gặp chuyên viên dinh dưỡng', 'sms')).toBe('em gặp chuyên viên dinh dưỡng')
  })

  it('reads a town after a caller gives a name and "from", and after "out of"', () => {
    expect(scrub("hello this is ion rusu from independence i'm calling")).toBe(
      "hello this is [NAME] from [LOCALITY] i'm calling",
    )
    expect(scrub('this is mary from billing')).toBe('this is [NAME] from billing')
    expect(scrub("i'm out of great bend but i'm on the road")).toBe("i'm out of [LOCALITY] but i'm on the road")
    for (const text of ["i'm out of breath", 'out of pocket', 'ran out of insulin']) expect(scrub(text)).toBe(text)
  })

  it('reads county after a town, a city ward, a compass end and short city names', () => {
    expect(scrub("with the ford county sheriff's office")).toBe("with the [LOCALITY] sheriff's office")
    expect(scrub('tell mary county called')).toBe('tell [NAME] county called')
    expect(scrub('she lives in the seventh ward, and')).toBe('she lives in the [LOCALITY], and')
    expect(scrub('en la clínica del south end mi número')).toBe('en la clínica del [LOCALITY] mi número')
    expect(scrub('the east end of the building')).toBe('the east end of the building')
    expect(scrub('lives alone at 12 Main St, KCMO', 'sms')).toContain('[LOCALITY]')
  })

  it('reads US towns in Han, Hangul and Cyrillic, and "city" spelled in other scripts', () => {
    expect(scrub('在绿湾的中餐馆当厨师', 'sms')).toBe('在[LOCALITY]的中餐馆当厨师')
    expect(scrub('Мы живём в Талсе', 'sms')).toBe('Мы живём в [LOCALITY]')
    expect(scrub('работаю на ферме возле гарден сити вчера', 'sms')).toContain('возле [LOCALITY] вчера')
    expect(scrub('السلام عليكم معك سامي من دودج سيتي أنا أشتغل', 'sms')).toContain('من [LOCALITY] أنا')
    expect(scrub('Живу в Independence, 1402 S Noland Rd.', 'sms')).toBe('Живу в [LOCALITY], [ADDRESS].')
    // Session 41: a chain goes as an organisation (detectors/chains.ts); the point here, no town or name, holds.
    expect(scrub('Я был в Target вчера', 'sms')).toBe('Я был в [OTHER] вчера')
  })

  it('reads a saint street and a Korean street with a copula', () => {
    expect(scrub('i live by myself at four oh seven st mary street in thibodaux.')).toBe(
      'i live by myself at [ADDRESS] in [LOCALITY].',
    )
    expect(scrub('she lives at 12 oak st and way more', 'sms')).toBe('she lives at [ADDRESS] and way more')
    expect(scrub('주소는 사천이백 베테랑스 블러바드이고요 제 번호는', 'sms')).toBe('주소는 [ADDRESS]이고요 제 번호는')
  })
})

describe('dates and ages', () => {
  it('reads a dotted day and month after a date word, never a time or a reading', () => {
    expect(scrub('Можно перенести приём с 22.10 на пятницу?', 'sms')).toBe('Можно перенести приём с [DATE] на пятницу?')
    expect(scrub('cita el 22.10', 'sms')).toBe('cita el [DATE]')
    for (const text of ['работаем с 8.10 до 9.45', 'с 9.45 до 10.10', 'glucosa 22.10', 'на 2.50 мг', 'el 12.05%'])
      expect(scrub(text, 'sms')).toBe(text)
  })

  it("reads an ordinal day after dated and birthday's, and a year said as its century then the rest", () => {
    expect(scrub('a note dated the eighth it says')).toBe('a note dated [DATE] it says')
    expect(scrub("her birthday's the ninth if you need it")).toBe("her birthday's [DATE] if you need it")
    expect(scrub('تاريخ ميلادها خمستعش آذار تسعتعش اربعة وتلاتين احنا ساكنين', 'sms')).toBe(
      // A year 90 or more years back collapses into the 90+ category (session 25; was the year).
      'تاريخ ميلادها [DATE:AGE90PLUS] احنا ساكنين',
    )
    expect(scrub('это оксана дата рождения девятое ноября девяностого')).toContain('рождения [DATE]')
    expect(scrub('dat nesans mwen se premye jen swasanndis-nèf nimewo')).toBe('dat nesans mwen se [DATE] nimewo')
    expect(scrub('ipinanganak po siya noong Marso a-dose, nineteen thirty one ang number')).toBe(
      'ipinanganak po siya noong [DATE:AGE90PLUS] ang number',
    )
    expect(scrub('다음 달 삼일에 당뇨 검사 예약이 있으신데', 'sms')).toBe('다음 달 [DATE]에 당뇨 검사 예약이 있으신데')
  })

  it('reads an age said with a person and a verb of being after a vital word, unless a unit follows', () => {
    expect(scrub("given his age and weight he's ninety weighs fifty nine kilos")).toBe(
      "given his age and weight he's [AGE:90PLUS] weighs fifty nine kilos",
    )
    expect(scrub("his weight he's ninety pounds")).toBe("his weight he's ninety pounds")
    expect(scrub("blood pressure she's ninety over sixty")).toBe("blood pressure she's ninety over sixty")
  })
})

describe('after the review of the freeze', () => {
  it('keeps clock times, readings, parts of a building and everyday words the new rules first took', () => {
    for (const text of [
      'запись на 10.30 к терапевту',
      'приходите к 9.15 утра',
      'el inr del 2.10 salió alto',
      'la glucosa bajó al 8.10 en ayunas',
      'his sugar hes 96 after lunch',
      "her oxygen she's 94 sitting up",
      'park at the west end please',
      'ur office is on the south end near radiology',
      "my son nonverbal he's been sick",
      'my insurance card expires first of next year',
      'mi hijo está en chase desde ayer',
      "i'm sore from reading today",
      'well buddy again about the refill',
      'мне делали кт сити',
      '我开林肯车去医院',
      '我想看专家医生',
      '다음 달 일일이 전화 드릴게요',
      'is my MSP approved',
    ])
      expect(scrub(text)).toBe(text)
  })
})

describe('after the freeze writer', () => {
  it('reads a phone said in Han digits in groups parted by commas', () => {
    expect(scrub('电话是五一五，二七八，四四零九。我英文不好', 'sms')).toBe('电话是[PHONE]。我英文不好')
    expect(scrub('吃了三四，五六天', 'sms')).toBe('吃了三四,五六天')
  })
})

describe('cross-language cues', () => {
  it('reads no Portuguese cue in an English text, and no month in "out of"', () => {
    expect(scrub('we have you listed as ninety three so we just want to check')).toBe(
      'we have you listed as [OTHER] so we just want to check',
    )
    expect(scrub('a consulta é as 10 amanhã')).toBe('a consulta é as 10 amanhã')
    expect(scrub('pain is a 7 out of 10')).toBe('pain is a 7 out of 10')
    expect(scrub('nasceu em 7 de out de 1950')).toBe('nasceu em [DATE:1950]')
  })
})
