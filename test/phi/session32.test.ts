import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' | 'chat' = 'sms'): string => scrubText(text, { channel }).text

describe('Lê after a title and short family names in charts (session 32)', () => {
  it('reads "le" after an English title in English text as the family name', () => {
    expect(scrub('please have doctor le call me back about the scan', 'voice')).toBe(
      'please have [NAME] call me back about the scan',
    )
    expect(scrub('dr. le said to wait a week')).toBe('[NAME] said to wait a week')
  })

  it('keeps the Spanish pronoun after a title', () => {
    expect(scrub('el doctor le dijo que descansara', 'voice')).toBe('el doctor le dijo que descansara')
    expect(scrub('la doctora le recetó un jarabe', 'voice')).toBe('la doctora le recetó un jarabe')
    expect(scrub('la doctora le prescribe', 'voice')).toBe('la doctora le prescribe')
  })

  it('reads two capitals of a family-name table before a comma and a name as the surname', () => {
    expect(scrub('Fax sent for LE, Van Minh, DOB 3/4/1952', 'chat')).toBe('Fax sent for [NAME], DOB [DATE:1952]')
    expect(scrub('Pt VU, Thanh seen in clinic', 'chat')).toBe('[NAME] seen in clinic')
    expect(scrub('OK, Maria will bring the forms', 'chat')).toBe('OK, [NAME] will bring the forms')
    expect(scrub('MA, Rosa roomed the patient', 'chat')).toBe('MA, [NAME] roomed the patient')
  })

  it('keeps two capitals of a chart before a comma and a name of another language (code review)', () => {
    expect(scrub('Edema bilateral LE, Maria to elevate legs', 'chat')).toBe(
      'Edema bilateral LE, [NAME] to elevate legs',
    )
    expect(scrub('VO, Maria to give 2 tabs', 'chat')).toBe('VO, [NAME] to give 2 tabs')
  })

  it('reads a given name of the language tables and a middle initial in a chart written in capitals', () => {
    expect(scrub('Callback: TRAN, HAI V DOB 2/2/1950', 'chat')).toBe('Callback: [NAME] DOB [DATE:1950]')
  })

  it('keeps chart words in capitals after a surname, and a vital sign after a given name (code review)', () => {
    expect(scrub('F/u GARCIA, LOC episode this am', 'chat')).toBe('F/u [NAME], LOC episode this am')
    expect(scrub('Called GARCIA, SON picked up', 'chat')).toBe('Called [NAME], SON picked up')
    expect(scrub('Lab: VANG, Kia T 101.2 this am', 'chat')).toBe('Lab: [NAME] T 101.2 this am')
  })
})

describe('places written in another language (session 32)', () => {
  it("reads a big town's English name after a Spanish preposition", () => {
    expect(scrub('buenas le hablo desde mobile por lo de mi mamá', 'voice')).toBe(
      'buenas le hablo desde [LOCALITY] por lo de mi mamá',
    )
    expect(scrub('le hablo desde el trabajo', 'voice')).toBe('le hablo desde el trabajo')
    expect(scrub('le mando la foto por mobile', 'sms')).toBe('le mando la foto por mobile')
  })

  it('reads Latin words between 在 and a birth or 附近 in Chinese text as a town', () => {
    // (The name pass reads "d'Alene出生" as one word, so the span takes 出生 with it.)
    expect(scrub("我女儿在Coeur d'Alene出生", 'chat')).toBe('我女儿在[LOCALITY]')
    expect(scrub('我们在hillyard附近', 'chat')).toBe('我们在[LOCALITY]附近')
    expect(scrub('我在X-ray那边', 'chat')).toBe('我在X-ray那边')
    expect(scrub('我在urgent care这边', 'chat')).toBe('我在urgent care这边')
    expect(scrub('我在Texas出生', 'chat')).toBe('我在Texas出生')
  })
})

describe('towns of two sound-writing characters in Chinese (session 32, after the freeze)', () => {
  it('reads them where someone lives, runs a business or works, or a clinic names itself', () => {
    expect(scrub('我们住在卡里 你们可以打我的手机', 'voice')).toBe('我们住在[LOCALITY] 你们可以打我的手机')
    expect(scrub('我在康威开餐馆的', 'voice')).toBe('我在[LOCALITY]开餐馆的')
    expect(scrub('我在林肯的肉厂上班', 'chat')).toBe('我在[LOCALITY]的肉厂上班')
    expect(scrub('这里是肯特诊所。您的预约已确认', 'chat')).toBe('这里是[LOCALITY]诊所。您的预约已确认')
  })

  it('keeps words of the language made of the same characters', () => {
    expect(scrub('我去普通诊所', 'chat')).toBe('我去普通诊所')
    expect(scrub('我在加班', 'chat')).toBe('我在加班')
    expect(scrub('这里是福利诊所', 'chat')).toBe('这里是福利诊所')
  })
})

describe('towns said short (session 32, after the freeze)', () => {
  it('reads a town of two words said without the "city" of its name, and a compass word before a clinic\'s town', () => {
    expect(scrub('do you have evening hours at south sioux', 'sms')).toBe('do you have evening hours at [LOCALITY]')
    expect(scrub('my ob is doctor smith at the south sioux clinic my birthday', 'voice')).toBe(
      'my ob is [NAME] at the [LOCALITY] my birthday',
    )
    expect(scrub('we moved to the union', 'sms')).toBe('we moved to the union')
  })
})

describe('names (session 32)', () => {
  it('reads no spelled name in texting shorthand', () => {
    expect(scrub('thx u r a lifesaver')).toBe('thx u r a lifesaver')
    expect(scrub('u r the best')).toBe('u r the best')
    expect(scrub('his name is spelled r u b y', 'voice')).toBe('his name is [NAME]')
    expect(scrub('its spelled c u i', 'voice')).toBe('its spelled [NAME]')
  })

  it('opens a clause after a time adverb in an unpunctuated transcript', () => {
    expect(scrub('i cant come in today junior is sick with a fever', 'voice')).toBe(
      'i cant come in today [NAME] is sick with a fever',
    )
  })

  it('reads a modal or a month of the surname lists ending an introduction, a name after "it\'s" before "from"', () => {
    expect(scrub('thank you this is odessa may')).toBe('thank you this is [NAME]')
    expect(scrub('my daughter ana may come in later')).toBe('my daughter [NAME] may come in later')
    expect(scrub("hey it's will from the 2pm appt")).toBe("hey it's [NAME] from the 2pm appt")
    expect(scrub('it will from now on')).toBe('it will from now on')
  })

  it('reads a role noun after 我是 as the role, its name after it, and 的 before a word as no spelling', () => {
    expect(scrub('我是学生张雨萱，住在这里', 'chat')).toBe('我是学生[NAME],住在这里')
    expect(scrub('学生时代我就有哮喘', 'chat')).toBe('学生时代我就有哮喘')
    expect(scrub('我叫王建国，建设的建，国家的国', 'chat')).toBe('我叫[NAME],[NAME],[NAME]')
  })

  it('reads 一 after a family name as a given name, not a word that opens on it (after the freeze)', () => {
    expect(scrub('我儿子张一诺发烧', 'chat')).toBe('我儿子[NAME]发烧')
    expect(scrub('我是王一鸣', 'chat')).toBe('我是[NAME]')
    expect(scrub('我妈妈李一天吃三次药', 'chat')).toBe('我妈妈李一天吃三次药')
  })
})

describe('given names that are modals (session 32, after the freeze)', () => {
  it('reads a modal name after a preposition before a found surname', () => {
    expect(scrub('hi this is ana mom of will bradshaw um calling', 'voice')).toBe(
      'hi this is [NAME] mom of [NAME] um calling',
    )
    expect(scrub('the cost of will preparation', 'voice')).toBe('the cost of will preparation')
  })
})

describe('Korean (session 32, after the freeze)', () => {
  it("keeps a chat widget's Korean role labels and a predicate before a title", () => {
    expect(scrub('방문자: 안녕하세요, 통역 가능한가요? 상담원: 네, 가능합니다.', 'chat')).toBe(
      '방문자: 안녕하세요, 통역 가능한가요? 상담원: 네, 가능합니다.',
    )
    expect(scrub('저희 할머니 박순자 씨 때문에 전화드렸어요 할머니가 올해 열이 나요', 'voice')).toBe(
      '저희 할머니 [NAME] 때문에 전화드렸어요 할머니가 올해 열이 나요',
    )
  })
})

describe('Korean verb endings (session 32, after the freeze)', () => {
  it('reads no name in a word with a verb ending, but keeps a name before its copula', () => {
    expect(scrub('다음 주 화요일 오후로요.', 'chat')).toBe('다음 주 화요일 오후로요.')
    expect(scrub('한국어로 진료 받으실 수 있습니다.', 'chat')).toBe('한국어로 진료 받으실 수 있습니다.')
    expect(scrub('이정훈입니다. 예약 확인했습니다.', 'chat')).toBe('[NAME]입니다. 예약 확인했습니다.')
  })
})

describe('numbers and identifiers (session 32)', () => {
  it('counts nothing with a Tagalog word after a number, and "po" is a street word only before "box"', () => {
    expect(scrub('yung appointment ko sa twenty two hindi po ako makakapunta', 'voice')).toBe(
      'yung appointment ko sa [OTHER] hindi po ako makakapunta',
    )
    expect(scrub('uminom po ako ng dalawang tableta kanina', 'voice')).toBe('uminom po ako ng dalawang tableta kanina')
  })

  it("takes a group of digits and capitals before an identifier's digits, not a dose or a time", () => {
    expect(scrub('text my plate for the pass: 8BV 214 thanks')).toBe('text my plate for the pass: [OTHER] thanks')
    expect(scrub('take 10MG 2 times a day')).toBe('take 10MG 2 times a day')
    expect(scrub('viral load undetectable, CD4 350 on last labs')).toBe(
      'viral load undetectable, CD4 [OTHER] on last labs',
    )
    expect(scrub('5FU 500 today')).toBe('5FU [OTHER] today')
  })
})
