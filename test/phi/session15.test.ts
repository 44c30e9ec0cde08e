import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' = 'voice'): string => scrubText(text, { channel }).text

describe('where someone lives: the place after a residence cue fails closed', () => {
  it('reads a town or neighbourhood made of everyday words as a place', () => {
    expect(scrub('we live in government hill what should i do')).toBe('we live in [LOCALITY] what should i do')
    expect(scrub("she lives by herself in midtown she's been very withdrawn")).toBe(
      "she lives by herself in [LOCALITY] she's been very withdrawn",
    )
    expect(scrub('hi this is a patient calling from grants um i need a refill')).toBe(
      'hi this is a patient calling from [LOCALITY] um i need a refill',
    )
    expect(scrub('we live in the south end by the church')).toBe('we live in the [LOCALITY] by the church')
  })

  it('ends the place where the sentence goes on: a place beside it, a state, a verb, a time', () => {
    expect(scrub('i live in midtown near the park')).toBe('i live in [LOCALITY] near the park')
    expect(scrub("i'm calling from boise idaho about my refill")).toBe(
      "i'm calling from [LOCALITY] idaho about my refill",
    )
    expect(scrub('we moved out to big lake last year')).toBe('we moved out to [LOCALITY] last year')
  })

  it('keeps generic places, states and countries, and what is no place', () => {
    for (const text of [
      'i live in the same house as my daughter',
      "i'm calling from work",
      'we live in mexico',
      'i live in fear of falling',
      'she moved to assisted living last week',
      'my appointment got moved to video',
    ])
      expect(scrub(text)).toBe(text)
  })

  it('reads "calling from the …" and an organisation as who calls, not where they live', () => {
    expect(scrub("i'm calling from the sleep center to report a result")).toBe(
      "i'm calling from the sleep center to report a result",
    )
    // Since session 40 an organisation of two everyday words and a head after a caller frame goes whole, as an organisation.
    expect(scrub('hello yes calling from blue horizon medical supply regarding the order')).toBe(
      'hello yes calling from [OTHER] regarding the order',
    )
    expect(scrub('hi calling from sunrise home care about the visit')).toBe(
      'hi calling from sunrise home care about the visit',
    )
  })

  it('reads the cues of other languages', () => {
    expect(scrub('我们住在珍珠城,需要马上去急诊吗?', 'sms')).toBe('我们住在[LOCALITY],需要马上去急诊吗?')
    expect(scrub('我们现在在夏洛特大学城这边要不要直接去医院', 'sms')).toBe('我们现在在[LOCALITY]这边要不要直接去医院')
    expect(scrub('멀둔 쪽에 사는데 바로 병원 가야 할까요', 'sms')).toBe('[LOCALITY] 쪽에 사는데 바로 병원 가야 할까요')
    expect(scrub('جدتي تعيش معنا في لويل. أصبحت تنسى كثيرا', 'sms')).toBe(
      'جدتي تعيش معنا في [LOCALITY]. أصبحت تنسى كثيرا',
    )
    expect(scrub('Я живу в Лоуэлле с дочкой', 'sms')).toBe('Я живу в [LOCALITY] с дочкой')
    expect(scrub('vivo en Central Falls con mi hija', 'sms')).toBe('vivo en [LOCALITY] con mi hija')
    expect(scrub('nou rete nan Pawtucket', 'sms')).toBe('nou rete nan [LOCALITY]')
  })

  it('keeps the generic places of other languages', () => {
    for (const text of [
      '我住在女儿家',
      '我住在医院附近',
      '집에 살아요',
      'نسكن في البيت',
      'siya po ay nakatira sa amin',
    ])
      expect(scrub(text, 'sms')).toBe(text)
  })
})

describe('name extents', () => {
  it('reads a given name between two names, written as they are, as a middle name even when it is a clinical word', () => {
    expect(scrub('Soy la hija de Carmen Iris Vélez Figueroa', 'sms')).toBe('Soy la hija de [NAME]')
    expect(scrub('mi hija carmen iris vélez tiene fiebre')).toBe('mi hija [NAME] tiene fiebre')
  })

  it('leaves a very common word between two names in lower case', () => {
    expect(scrub('ok so maya saw kim on thursday')).not.toContain('[NAME] thursday')
    expect(scrub('ok so maya saw kim on thursday')).toContain(' saw ')
  })

  it('signs a message with a capitalised given name after a dash even when it is a clinical word', () => {
    expect(scrub('Ahora está mejor. - Iris', 'sms')).toBe('Ahora está mejor. - [NAME]')
  })

  it('reads a short family name no English text uses after a cued given name', () => {
    expect(scrub('hi this is sunny le calling um i got a letter')).toBe('hi this is [NAME] calling um i got a letter')
  })

  it('reads dotted initials after a family name as part of the name', () => {
    expect(scrub('Пациентка Соколова Г.П. на приёме', 'sms')).not.toContain('Г.П.')
    expect(scrub('seen by Okafor J. today', 'sms')).toBe('seen by [NAME] today')
    expect(scrub('Call Smith. A nurse will see you', 'sms')).toBe('Call [NAME]. A nurse will see you')
  })

  it('reads a word English lends Tagalog as a nickname after a kinship title', () => {
    expect(scrub('sabi po ni tita baby na mas mabuti na')).toBe('sabi po ni [NAME] na mas mabuti na')
    expect(scrub('si baby po may lagnat')).toBe('si baby po may lagnat')
  })

  it('reads where a Spanish-speaking caller says they are from after their name, in English words only', () => {
    expect(scrub('buenos días le habla rosa martínez de central falls para mi papá')).toBe(
      'buenos días le habla [NAME] de [LOCALITY] para mi papá',
    )
    expect(scrub('hola soy ana de la clínica')).not.toContain('[LOCALITY]')
    expect(scrub('buenas habla rosa de parte de su hija')).not.toContain('[LOCALITY]')
  })
})

describe('review of the residence cues', () => {
  it('keeps where in a hospital someone waits, and care settings, payers and states of mind', () => {
    for (const text of [
      '我们在急诊室这边等',
      '我家在二楼',
      'he moved to step down',
      'i live in constant pain',
      "i'm from around here",
      'calling from humana about the claim',
      "i'm from social work",
      'out past curfew again',
    ])
      expect(scrub(text)).toBe(text)
    for (const text of ["je suis né à l'hôpital", 'mẹ tôi đang ở phòng cấp cứu', 'я из больницы', '학교 근처에 살아요'])
      expect(scrub(text, 'sms')).toBe(text)
  })

  it('reads the cue with a curly apostrophe, a place in Latin letters after a Han cue, and a place named before a generic one', () => {
    expect(scrub('i’m from government hill', 'sms')).toBe('i’m from [LOCALITY]')
    expect(scrub('我住在government hill', 'sms')).toBe('我住在[LOCALITY]')
    expect(scrub('我住在政府山公寓', 'sms')).toBe('我住在[LOCALITY]')
  })

  it('does not excuse a town because a clinical word or "living" follows it', () => {
    expect(scrub('we moved to government hill pain has been worse')).toBe('we moved to [LOCALITY] pain has been worse')
    expect(scrub('we moved to government hill living with my son')).toContain('[LOCALITY]')
  })

  it('reads no credential or everyday dotted word as initials, and signs with "Iris" only as the last word', () => {
    expect(scrub('Dr. Lee M.D. called', 'sms')).toContain('M.D.')
    expect(scrub('eye exam - Iris normal', 'sms')).toBe('eye exam - Iris normal')
  })

  it('opens a Han place right after its cue whatever its first character reads as alone', () => {
    expect(scrub('我住在都柏林 电话是', 'sms')).toBe('我住在[LOCALITY] 电话是')
    expect(scrub('我住在这里', 'sms')).toBe('我住在这里')
  })
})
