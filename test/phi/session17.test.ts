import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'
import { memoryMatcher, propagatableWords } from '../../src/phi/known'

const scrub = (text: string, channel: 'sms' | 'voice' | 'chat' = 'sms'): string => scrubText(text, { channel }).text

/** What the engine forwards once a sender's earlier messages gave it these name words. */
const withMemory = (text: string, words: string[]): string =>
  scrubText(text, { channel: 'sms', knownNames: propagatableWords(words), known: memoryMatcher(words) }).text

describe('staff notes', () => {
  it('reads capitals closing a mixed-case note after a full stop as initials', () => {
    expect(scrub('Increased glargine 18->22u qhs. f/u 6 wks. RL', 'chat')).toBe(
      'Increased glargine 18->22u qhs. f/u 6 wks. [NAME]',
    )
    expect(scrub('pt seen today, stable. f/u 2 wks. KT', 'chat')).toBe('pt seen today, stable. f/u 2 wks. [NAME]')
  })

  it('reads lower-case initials closing a note that capitalises elsewhere, never chat words', () => {
    expect(scrub('Pt VILLALOBOS, Ramon aware. jt', 'chat')).toBe('[NAME] aware. [NAME]')
    for (const text of ['Thanks. ok', 'See you Monday. ty', 'Thanks so much. lol', 'Got it. np'])
      expect(scrub(text, 'chat')).toBe(text)
  })

  it('keeps the acronyms of care, place abbreviations and all-capital texts', () => {
    for (const text of [
      'Hx HTN, CHF, CKD stage 3. NKDA',
      'Labs ordered. CBC',
      'Moving back to the US. NY',
      'CALL ME BACK. OK',
      'Fax the POLST form. Pt admitted from SNF, eGFR 38. WBC',
    ])
      expect(scrub(text, 'chat')).toBe(text)
  })
})

describe('places said around the town', () => {
  it('reads a town that is a word after "here in" and after a place one stays in', () => {
    expect(scrub('i am one of the winter visitors down here in mission we come down', 'voice')).toBe(
      'i am one of the winter visitors down here in [LOCALITY] we come down',
    )
    expect(scrub("we're at the rv resort in mission till friday", 'voice')).toBe(
      "we're at the rv resort in [LOCALITY] till friday",
    )
  })

  it('keeps the phrases "here in" and "there in" make, and a bare "here in" before a ward or a chair', () => {
    for (const text of [
      "i'm here in pain",
      'i was there in time',
      'we are here in person',
      "she's here in ward three since monday",
      'my mom is there in day surgery right now',
      "i'm here in power chair",
    ])
      expect(scrub(text, 'voice')).toBe(text)
  })

  it("reads a Texas business route's number with the street", () => {
    expect(scrub("we're at eleven hundred east business eighty three space forty seven thanks", 'voice')).not.toMatch(
      /eighty|forty/,
    )
    expect(scrub('the bus eighty three is late', 'voice')).toBe('the bus eighty three is late')
  })

  it('reads a spoken house number after "near" with its street, never a reading or a count', () => {
    expect(scrub('she lives in alief near twelve thousand four hundred beechnut her daughter', 'voice')).toBe(
      'she lives in [LOCALITY] near [ADDRESS] her daughter',
    )
    for (const text of [
      'his fever was near one hundred two degrees',
      'heart rate near one hundred twenty bpm',
      'her sugar was near two hundred fifty after lunch',
      'it costs near three hundred dollars',
      'near two hundred people came',
    ])
      expect(scrub(text, 'voice')).toBe(text)
  })
})

describe('memory', () => {
  it('reads a remembered Korean given name with the past copula', () => {
    // Session 33: the copula written onto the name stays (the name is redacted as before).
    expect(withMemory('감사합니다 지현이었어요', ['김지현'])).toBe('감사합니다 [NAME]이었어요')
  })
})

describe('towns written in Han by their sounds', () => {
  it('reads sound-writing characters before a clinic, hospital or town word as the town', () => {
    expect(scrub('请问贝莱尔诊所周六开门吗？')).toBe('请问[LOCALITY]诊所周六开门吗?')
    expect(scrub('在理查森診所,可以嗎?')).toBe('在[LOCALITY]診所,可以嗎?')
    expect(scrub('我住杜魯斯')).toBe('我住[LOCALITY]')
  })

  it('keeps the kinds of clinic and the words that end on a town word', () => {
    for (const text of [
      '我去社区诊所',
      '去牙科诊所',
      '护理诊所',
      '我们去超市买菜',
      '处理医院的事',
      '我去普通诊所看就行',
    ])
      expect(scrub(text)).toBe(text)
  })
})

describe('Arabic dialects', () => {
  it('reads the Iraqi "I" as a self-introduction and insulin units as a dose', () => {
    expect(scrub('مرحبا آني سامي يوسف زوج نادية', 'voice')).toBe('مرحبا آني [NAME]')
    expect(scrub('آخذ ثلاثين وحدة بالليل', 'voice')).toBe('آخذ ثلاثين وحدة بالليل')
  })
})

describe('months named in two words', () => {
  it('reads the day and year around a Levantine month of two words', () => {
    expect(scrub('تاريخ ميلادها اثنين تشرين الثاني الف وتسعمية واحد وسبعين اذا تحتاجون', 'voice')).toBe(
      'تاريخ ميلادها [DATE:1971] اذا تحتاجون',
    )
    expect(scrub('تاريخ ميلادها 1 تشرين الثاني 1990.')).toBe('تاريخ ميلادها [DATE:1990].')
  })

  it('leaves a month said with its number to its own reading', () => {
    expect(scrub('ngày sinh của ông là mười hai tháng ba năm một chín bốn lăm', 'voice')).toBe(
      'ngày sinh của ông là [DATE:1945]',
    )
  })
})

describe('towns after the freeze', () => {
  it('reads a compass word before a found town as part of it', () => {
    expect(scrub("we're in northeast philly my number is", 'voice')).toBe("we're in [LOCALITY] my number is")
    expect(scrub('she is a patient at the south philly office', 'voice')).toBe(
      'she is a patient at the [LOCALITY] office',
    )
    expect(scrub('we live at sixty nine twenty two castor avenue in northeast philadelphia my number', 'voice')).toBe(
      'we live at [ADDRESS] in [LOCALITY] my number',
    )
    expect(scrub('i live on the east side', 'voice')).toBe('i live on the east side')
  })

  it('reads two or three capitalised words of the gazetteer as the town, whatever cue is around', () => {
    expect(scrub('Hola Yolanda, soy Marta del centro de salud de Union City. ¿Ha tenido fiebre?')).toBe(
      'Hola [NAME], soy [NAME] del centro de salud de [LOCALITY]. ¿Ha tenido fiebre?',
    )
    expect(scrub('Endereço novo: 12 Ferry St, Union City')).not.toMatch(/Union|City/)
  })

  it('leaves a capitalised run that opens on a first name to the name rules', () => {
    expect(scrub('Hi, this is Summer Lake. I think I missed a call')).toBe(
      'Hi, this is [NAME]. I think I missed a call',
    )
  })
})

describe('places in Han', () => {
  it('reads the Bay Area and New Jersey towns the table lists', () => {
    expect(scrub('她在戴利城的诊所')).toBe('她在[LOCALITY]的诊所')
  })
})

describe('the review of session 17', () => {
  it('marks only the initials, never the sentence before them', () => {
    expect(scrub('Pt seen. JM', 'chat')).toBe('Pt seen. [NAME]')
    expect(scrub('Spoke with NP. Agreed. JM', 'chat')).toBe('Spoke with NP. Agreed. [NAME]')
    expect(scrub('f/u 6 wks. RL.', 'chat')).toBe('f/u 6 wks. [NAME].')
  })

  it('keeps the acronyms a note ends on, given names or not', () => {
    for (const text of ['Test came back. NEG', 'Seen in clinic. URI', 'Called pt. LVM', 'Call at 3. CST'])
      expect(scrub(text, 'chat')).toBe(text)
  })

  it('reads more endings of the Korean past copula on a remembered name', () => {
    expect(withMemory('민수였는데 다시 전화할게요', ['박민수'])).toBe('[NAME]였는데 다시 전화할게요')
  })

  it('reads a town after more places one stays in', () => {
    expect(scrub("we're at the trailer park in mission till friday", 'voice')).toBe(
      "we're at the trailer park in [LOCALITY] till friday",
    )
  })
})

describe('Han names in a form field', () => {
  it('reads a name after a name label and a colon', () => {
    expect(scrub('可以派护士上门看一下吗？联系人：黄丽，267-555-0191')).toBe(
      '可以派护士上门看一下吗?联系人:[NAME],[PHONE]',
    )
    expect(scrub('姓名：黄丽')).toBe('姓名:[NAME]')
  })

  it('keeps what a field holds when it is no name', () => {
    for (const text of ['请联系人事部', '病人：发烧三天', '病人：高血压'])
      expect(scrub(text)).toBe(text.replace('：', ':'))
  })
})
