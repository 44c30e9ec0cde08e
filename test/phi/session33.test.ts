import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'
import { memoryMatcher } from '../../src/phi/known'

const scrub = (text: string, channel: 'sms' | 'voice' | 'chat' = 'sms'): string => scrubText(text, { channel }).text

describe('Korean and Chinese introductions (session 33)', () => {
  it('reads a given name of the table right after a greeting and before the copula, even where it is a word', () => {
    expect(scrub('안녕하세요 사랑입니다 내일 오전 아홉 시 반에 보실 수 있어요')).toBe(
      '안녕하세요 [NAME]입니다 내일 오전 아홉 시 반에 보실 수 있어요',
    )
    expect(scrub('안녕하세요 아버님 사랑입니다 약은 다른 걸로 바꿨어요')).toBe(
      '안녕하세요 아버님 [NAME]입니다 약은 다른 걸로 바꿨어요',
    )
    expect(scrub('안녕하세요 사랑인데요 입덧이 너무 심해서')).toBe('안녕하세요 [NAME]인데요 입덧이 너무 심해서')
    for (const kept of [
      '안녕하세요 결과 정상입니다',
      '안녕하세요 간호사입니다 내일 오세요',
      '안녕하세요 약국입니다',
      '안녕하세요 딸이에요',
      '안녕하세요 저예요',
      '안녕하세요 처음입니다',
      '안녕하세요 보호자입니다',
      '안녕하세요 예약인데요',
      '항생제 먹고 24시간 지나고 열이 없으면 등교 가능합니다.',
    ])
      expect(scrub(kept)).toBe(kept)
  })

  it('reads the name after an in-law or a relation that follows "I am"', () => {
    expect(scrub('我是他的儿媳赵燕。妈妈血压高')).toBe('我是他的儿媳[NAME]。妈妈血压高')
    expect(scrub('我是儿媳赵燕，妈妈血压高')).toBe('我是儿媳[NAME],妈妈血压高')
    expect(scrub('我是女儿李娜，妈妈血压高')).toBe('我是女儿[NAME],妈妈血压高')
    expect(scrub('我嫂子说没事')).toBe('我嫂子说没事')
  })

  it('reads a Korean family name written in Chinese before a title', () => {
    expect(scrub('她是朴医生的病人')).toBe('她是[NAME]的病人')
  })
})

describe('Clinicians and charts (session 33)', () => {
  it('reads a capitalised surname right before a credential in capitals wherever the phrase goes on', () => {
    expect(scrub('Gentry NP wanted my weight weekly')).toBe('[NAME] wanted my weight weekly')
    expect(scrub('Ask Okafor NP about it')).toBe('Ask [NAME] about it')
    for (const kept of [
      'Call MD today',
      'Notify MD if fever',
      'Thanks Team RN',
      'Triage RN called back',
      'Your Cardiology NP said',
      'Night RN said ok',
      'Charge RN aware',
      'Peds NP said',
    ])
      expect(scrub(kept)).toBe(kept)
  })

  it('reads an unknown word in capitals after a surname in capitals and a comma as the given name', () => {
    expect(scrub('the note for you: "ABSHIR, HAWO seen 3/2, recheck in two wks"', 'chat')).toBe(
      'the note for you: "[NAME], [NAME] seen [DATE], recheck in two wks"',
    )
    expect(scrub('Pt SMITH, HTN f/u', 'chat')).toBe('[NAME], HTN f/u')
  })
})

describe('Towns that are everyday words (session 33)', () => {
  it('reads a town of some size after "down in" or "over in"', () => {
    expect(scrub('another doctor over in sterling so i just wanted to check', 'voice')).toBe(
      'another doctor over in [LOCALITY] so i just wanted to check',
    )
    expect(scrub('the neighbor down in brush his daughter asked me to call', 'voice')).toBe(
      'the neighbor down in [LOCALITY] his daughter asked me to call',
    )
  })

  it('keeps the everyday word where nothing places anyone', () => {
    for (const kept of ['back in time for dinner', 'she put it in orange juice', 'a work in progress he said'])
      expect(scrub(kept, 'voice')).toBe(kept)
  })
})

describe('Memory and Latin towns in Chinese (session 33)', () => {
  it('reads a remembered modal name before an adverb and a past verb as the name', () => {
    const memory = memoryMatcher(scrubText("hi my name is Tasha, I'm Will Tran's mom").remembered)
    expect(scrubText("i'm his mom um will already made the appointment", { known: memory }).text).toBe(
      "i'm his mom um [NAME] already made the appointment",
    )
    expect(scrubText('we will already be there', { known: memory }).text).toBe('we will already be there')
  })

  it('keeps the copula a remembered Hangul name carries', () => {
    const memory = memoryMatcher(scrubText('안녕하세요 한소희인데요 목요일 네 시 예약').remembered)
    expect(scrubText('감사합니다 소희였습니다', { known: memory }).text).toBe('감사합니다 [NAME]였습니다')
  })

  it('reads a town the gazetteer knows between 在 and what happened there', () => {
    expect(scrub('上个星期在lowell做了膝盖手术')).toBe('上个星期在[LOCALITY]做了膝盖手术')
    expect(scrub('我在walmart买的药')).toBe('我在walmart买的药')
    expect(scrub('在costco买的')).toBe('在costco买的')
  })

  it('keeps a credential after a surname in capitals and a comma', () => {
    expect(scrub('Pasted note: "Next visit 3/4. -JK, DPT" ok', 'chat')).toBe(
      'Pasted note: "Next visit [DATE]. -JK, DPT" ok',
    )
  })
})

describe('After the freeze (session 33)', () => {
  it('reads a surname that is an English word after a title in a text not written in English', () => {
    expect(scrub("bonjour c'est la docteure pike qui voudrait vous revoir", 'voice')).not.toMatch(/pike/)
    expect(scrub('la docteure est en congé', 'voice')).toBe('la docteure est en congé')
    expect(scrub('el doctor nuevo es bueno', 'voice')).toBe('el doctor nuevo es bueno')
  })

  it("reads a flower's or a gem's given name before a surname found elsewhere in the message", () => {
    expect(scrub('she sees crystal gentry the nurse practitioner, gentry is great', 'voice')).toBe(
      'she sees [NAME] the nurse practitioner, [NAME] is great',
    )
  })

  it('reads a first name after "calling for" before "just"', () => {
    expect(scrub('hi this is the office calling for dakota just reminding you', 'voice')).toBe(
      'hi this is the office calling for [NAME] just reminding you',
    )
    expect(scrub('calling for refills just wanted to check', 'voice')).toBe('calling for refills just wanted to check')
  })
})

describe('Code review of session 33', () => {
  it('keeps questions, clinical words and answers after a Korean greeting', () => {
    for (const kept of [
      '안녕하세요 결과가 정상이에요?',
      '안녕하세요 내일이 수술이에요',
      '안녕하세요 누구예요?',
      '안녕하세요 감기입니다',
      '안녕하세요 두통이에요',
      '안녕하세요 친구예요',
    ])
      expect(scrub(kept)).toBe(kept)
    expect(scrub('안녕하세요 통역사 그레이스예요')).toBe('안녕하세요 통역사 [NAME]예요')
  })

  it('keeps abbreviations after a surname in capitals and a comma', () => {
    for (const abbreviation of ['PCN', 'EGD', 'LVEF', 'TAVR', 'APPY', 'LEEP', 'PCOS'])
      expect(scrub(`the note: "ABSHIR, ${abbreviation} seen 3/2"`, 'chat')).toBe(
        `the note: "[NAME], ${abbreviation} seen [DATE]"`,
      )
  })

  it('keeps body places, a bath and prices after "in"', () => {
    for (const kept of [
      'the pain is in center my chest',
      'he was sitting in bath he slipped',
      'the medicine came down in price so i bought it',
      'i work in media',
      'she is back in post op',
      'my son in college he has asthma',
    ])
      expect(scrub(kept, 'voice')).toBe(kept)
  })

  it('keeps a remembered modal before an adverb and a past verb after a noun', () => {
    const memory = memoryMatcher(scrubText("hi my name is Tasha, I'm Will Tran's mom").remembered)
    expect(scrubText('the doctor will already called you', { known: memory }).text).toBe(
      'the doctor will already called you',
    )
  })

  it('keeps the child after a relation and the herbs that open on 朴', () => {
    expect(scrub('他的继母孩子发烧了')).toBe('他的继母孩子发烧了')
    expect(scrub('他的儿媳周末能来吗')).toBe('他的儿媳周末能来吗')
    expect(scrub('朴硝外敷')).toBe('朴硝外敷')
    expect(scrub('加了厚朴医生说可以')).toBe('加了厚朴医生说可以')
  })
})

describe('After the freeze, second round (session 33)', () => {
  it('reads a big town that is no very common word after "in" wherever the sentence goes on', () => {
    expect(scrub('the civil surgeon in providence needs them by friday', 'voice')).toBe(
      'the civil surgeon in [LOCALITY] needs them by friday',
    )
    expect(scrub('it comes in orange and white', 'voice')).toBe('it comes in orange and white')
  })

  it('reads a modal given name opening the message before a found name and "here"', () => {
    expect(scrub('Will Tran here. Can you resend the portal invite to wtran.gc@gmail.com? thx')).toBe(
      '[NAME] here. Can you resend the portal invite to [EMAIL]? thx',
    )
  })
})

describe('Numbered dates after a birth or a date word (session 33, at the end)', () => {
  it('reads a day and a month said as numbers joined by "do" after a birth or a date word, a year with no "de"', () => {
    expect(scrub('ele nasceu dezoito do cinco e tem o cartão', 'voice')).toBe('ele nasceu [DATE] e tem o cartão')
    expect(scrub('minha data é três do nove setenta e sete', 'voice')).toBe('minha data é [DATE]')
    expect(scrub('tomo dois dos três comprimidos', 'voice')).toBe('tomo dois dos três comprimidos')
  })
})
