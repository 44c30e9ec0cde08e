import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' = 'voice'): string => scrubText(text, { channel }).text

describe('a person where only a person can stand', () => {
  it('reads the one met at an appointment or addressed by a message as a name, whatever else the word is', () => {
    expect(scrub("i had an appointment with joy i think that's the social worker")).toBe(
      "i had an appointment with [NAME] i think that's the social worker",
    )
    expect(scrub('hi this is for joy at the front desk')).toBe('hi this is for [NAME] at the front desk')
    expect(scrub("returning gabby's call about my a one c")).toContain('returning [NAME]')
  })

  it('leaves what is no person in those places', () => {
    expect(scrub('this is for pain right')).toBe('this is for pain right')
    expect(scrub("the doctor's call was short")).toBe("the doctor's call was short")
    expect(scrub("today's call went fine")).toBe("today's call went fine")
    expect(scrub('an appointment with cardiology next week')).toBe('an appointment with cardiology next week')
  })

  it('reads a capital after Mr., Mrs. or Ms. as the surname, even a pronoun', () => {
    expect(scrub("Thanks Mr. Her. We'll text you", 'sms')).toBe("Thanks [NAME]. We'll text you")
    expect(scrub('saw the Dr. She said rest', 'sms')).toBe('saw the Dr. She said rest')
  })
})

describe('towns named with Spanish words', () => {
  it('finds them anywhere in a text of no other Latin-script language', () => {
    expect(scrub('he had dialysis at the el paso unit this morning')).toBe(
      'he had dialysis at the [LOCALITY] unit this morning',
    )
    expect(scrub('the safety guy for a crew out by los alamos')).toBe('the safety guy for a crew out by [LOCALITY]')
  })

  it('in a Spanish text only after "de el" or "de" after a place of care', () => {
    // Session 41: a chain goes as an organisation (detectors/chains.ts); the point here, no town or name, holds.
    expect(scrub('habla de la farmacia del walmart de las cruces tenemos una receta')).toBe(
      'habla de la farmacia del [OTHER] de [LOCALITY] tenemos una receta',
    )
    expect(scrub('paso a paso con la mesa de la cocina')).toBe('paso a paso con la mesa de la cocina')
  })
})

describe('cues of the language tables', () => {
  it('Chinese 中文名, Russian "about mum" in the genitive, Arabic "daughter of"', () => {
    expect(scrub('Hi 我的英文名字是 Grace,中文名周雅琴。', 'sms')).toBe('Hi 我的英文名字是 [NAME],中文名[NAME]。')
    expect(scrub('звоню насчёт мамы нина волкова')).toBe('звоню насчёт мамы [NAME]')
    expect(scrub('понятно, дату рождения мамы скажите', 'sms')).toBe('понятно, дату рождения мамы скажите')
    expect(scrub('أنا فاطمة، ابنة محمد عبدي نور.', 'sms')).not.toContain('محمد')
  })
})

describe('review of the first session 12 freeze', () => {
  it('keeps MS the diagnosis and a sentence after "Ms." or "Mrs."', () => {
    expect(scrub('My mom has MS. She is tired all the time.', 'sms')).toBe('My mom has MS. She is tired all the time.')
    expect(scrub('Hx of MS. Flare last week', 'sms')).toBe('Hx of MS. Flare last week')
    expect(scrub('Thank you Ms. Can you send the form?', 'sms')).toBe('Thank you Ms. Can you send the form?')
  })

  it('reads a person slot only where the phrase ends, never a service after it', () => {
    expect(scrub('She has a session with art therapy tomorrow', 'sms')).toBe(
      'She has a session with art therapy tomorrow',
    )
    expect(scrub('This is for bill pay question', 'sms')).toBe('This is for bill pay question')
    expect(scrub('my appointment with mark.', 'sms')).toBe('my appointment with [NAME].')
  })

  it('finds a Spanish-named town after "la farmacia de", across more than one space', () => {
    expect(scrub('Buenos días, la farmacia de las cruces no tiene mi receta, gracias', 'sms')).toBe(
      'Buenos días, la farmacia de [LOCALITY] no tiene mi receta, gracias',
    )
    expect(scrub('we drove from las  cruces', 'sms')).toBe('we drove from [LOCALITY]')
  })
})

describe('after the first freeze', () => {
  it('reads an unknown Arabic word between a title and what a person does as the name', () => {
    expect(scrub('الدكتور سميث يقول أوقفوا الجرعة', 'sms')).toBe('[NAME] يقول أوقفوا الجرعة')
    expect(scrub('الدكتور مشغول اليوم', 'sms')).toBe('الدكتور مشغول اليوم')
    expect(scrub('الدكتور طلب تحليل دم', 'sms')).toBe('الدكتور طلب تحليل دم')
    expect(scrub('مرحبا، هل عندكم مترجم عربي لموعد أخي عند الطبيب النفسي؟', 'sms')).toBe(
      'مرحبا، هل عندكم مترجم عربي لموعد أخي عند الطبيب النفسي؟',
    )
  })

  it('signs a Korean message with a given name built like those of the table, keeps honorific verbs', () => {
    expect(scrub('아버지가 감사하다고 하십니다. 민수', 'sms')).toBe('아버지가 감사하다고 하십니다. [NAME]')
    expect(scrub('내일 갈게요. 미안', 'sms')).toBe('내일 갈게요. 미안')
    expect(scrub('네 알겠습니다. 감사', 'sms')).toBe('네 알겠습니다. 감사')
    expect(scrub('저는 김영숙입니다', 'sms')).toBe('저는 [NAME]입니다')
  })
})

describe('after the first freeze: slots, saints and offices', () => {
  it('joins the word between a self-introduction and a name found after it', () => {
    expect(scrub('hola buenas soy iris martinez llamo porque')).toBe('hola buenas soy [NAME] llamo porque')
    expect(scrub('hola mi nombre es ana lopez')).toBe('hola mi nombre es [NAME]')
    expect(scrub('member id 4471 for smith', 'sms')).not.toContain('member [')
  })

  it('reads "st" before a town or name as the saint of the town', () => {
    expect(scrub('the half marathon in st pete last weekend')).toBe('the half marathon in [LOCALITY] last weekend')
    expect(scrub('St. Petersburg office', 'sms')).toBe('[LOCALITY] office')
  })

  it('reads a listed town of two or three words before an office word as the office town', () => {
    expect(scrub('calling from the winter park office for')).toBe('calling from the [LOCALITY] office for')
    expect(scrub('the front office')).toBe('the front office')
    // Session 24: a district named by its compass side before a site word is where the patient goes (writers label
    // "the east side clinic", "our North City location"): it fails closed now.
    expect(scrub('our west side office')).toBe('our [LOCALITY] office')
  })

  it('reads a Latin name before a Korean or Chinese title after a space', () => {
    expect(scrub('Grace 선생님 감사합니다!', 'sms')).toBe('[NAME] 감사합니다!')
    expect(scrub('MRI 검사 예약했어요', 'sms')).toBe('MRI 검사 예약했어요')
  })

  it('reads a lower-case Russian word between a title and what a person does as the name', () => {
    expect(scrub('доктор браун сказал пить больше воды')).toBe('[NAME] сказал пить больше воды')
    expect(scrub('доктор хороший.')).toBe('доктор хороший.')
    expect(scrub('у вас есть врач который говорит по-русски?', 'sms')).toBe(
      'у вас есть врач который говорит по-русски?',
    )
  })
})

describe('review of the second session 12 freeze', () => {
  it('keeps short surnames after Mr./Ms. and names after an appointment phrase', () => {
    expect(scrub('Mr. Do called about his refill', 'sms')).toBe('[NAME] called about his refill')
    expect(scrub('appointment with joy for my knee', 'sms')).toBe('appointment with [NAME] for my knee')
    expect(scrub('appointment with joy 3pm', 'sms')).toBe('appointment with [NAME] 3pm')
  })

  it('keeps speech therapy, office parts, adverbs after a title and greetings before a Korean title', () => {
    expect(scrub('Pt referred to ST. Maria will call to schedule', 'sms')).toContain('ST.')
    expect(scrub('please come to the west branch office', 'sms')).toBe('please come to the west branch office')
    expect(scrub('الدكتور وصل.', 'sms')).toBe('الدكتور وصل.')
    expect(scrub('الطبيب النفسي قال إن الجرعة مناسبة', 'sms')).toBe('الطبيب النفسي قال إن الجرعة مناسبة')
    expect(scrub('доктор сам сказал', 'sms')).toBe('доктор сам сказал')
    expect(scrub('Sorry 선생님 늦었어요', 'sms')).toBe('Sorry 선생님 늦었어요')
    expect(scrub('Grace 선생님께서 말씀하셨어요', 'sms')).toBe('[NAME]께서 말씀하셨어요')
  })
})

describe('utility of the cue words of the tables', () => {
  it('keeps birth cues whose words are also given names, and greetings after a Han address', () => {
    expect(scrub('ngày sinh của em là 12/3/1950', 'sms')).toBe('ngày sinh của em là [DATE:1950]')
    expect(scrub('em sinh năm 1950', 'sms')).toBe('em sinh năm 1950')
    expect(scrub('先生您好，我想预约', 'sms')).toBe('先生您好,我想预约')
    expect(scrub('我儿子小明发烧', 'sms')).toBe('我儿子[NAME]发烧')
  })

  it('reads Vietnamese "con là" as a self cue, and a cue without its marks only in its own language', () => {
    expect(scrub('dạ alô con là trần minh tuấn con làm ở nhà máy')).toBe('dạ alô con là [NAME] con làm ở nhà máy')
    expect(scrub('No tiene costo con la mayoría de los seguros.', 'sms')).toBe(
      'No tiene costo con la mayoría de los seguros.',
    )
  })
})

describe('review of the third session 12 freeze', () => {
  it('keeps surnames that are English words before a spaced Korean or Chinese title', () => {
    expect(scrub('Moon 선생님께 전화 부탁드려요', 'sms')).toBe('[NAME]께 전화 부탁드려요')
    expect(scrub('Green 医生在吗', 'sms')).toBe('[NAME]在吗')
  })

  it('reads a given name before a birth cue that starts one word later', () => {
    expect(scrub('bố tôi nam sinh năm 1950', 'sms')).toBe('bố tôi [NAME] năm 1950')
    expect(scrub('em là người nhà bệnh nhân', 'sms')).toBe('em là người nhà bệnh nhân')
  })

  it('reads an office town with one generic word', () => {
    expect(scrub('the high point office called')).toBe('the [LOCALITY] office called')
    expect(scrub('please come to the west branch office')).toBe('please come to the west branch office')
  })
})
