import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'
import { memoryMatcher } from '../../src/phi/known'

const scrub = (text: string): string => scrubText(text, { channel: 'sms' }).text

describe('words beside a found name, facility places, Han names and date pairs', () => {
  it('widens a name over initials and over a first name no English text uses as a word', () => {
    expect(scrub('Insurance card says C W Baines. Member ID follows')).toBe(
      'Insurance card says [NAME]. Member ID follows',
    )
    expect(scrub('my mother passed away last week dolores yates and um')).not.toContain('dolores')
    expect(scrub('Hi, I am A Baines')).toContain('I am A')
  })

  it('takes the place inside a facility name, failing closed on words nothing marks as safe', () => {
    expect(scrub('hello this is joe from redwood imaging')).not.toContain('redwood')
    expect(scrub('i was at the hospital in linden so')).not.toContain('linden')
    expect(scrub('patient with severe pulmonary hypertension')).toBe('patient with severe pulmonary hypertension')
    expect(scrub('she was in the hospital in pain')).toBe('she was in the hospital in pain')
  })

  it('never judges a Han run whole, even glued to a Latin letter, and reads titles only before family names', () => {
    expect(scrub('我妈妈的医保号码是m a x七七三零四一九她的预约需要改时间')).toContain('的预约需要改时间')
    expect(scrub('能今天看医生吗？')).toBe('能今天看医生吗?')
    expect(scrub('需要医生上门打流感疫苗')).toBe('需要医生上门打流感疫苗')
  })

  it('reads Han sign-offs and names before 的 and a kin word', () => {
    expect(scrub('我是李明的女儿,我爸爸血压高')).not.toContain('李明')
    expect(scrub('我的新地址改了。黄美玲')).not.toContain('黄美玲')
    expect(scrub('谢谢。再见')).toBe('谢谢。再见')
  })

  it('redacts month/year and month/day pairs after a clinical word, never a fraction or a score', () => {
    expect(scrub('Last colonoscopy 8/87 per chart')).toBe('Last colonoscopy [DATE] per chart')
    expect(scrub('take metformin 1/2 tab')).toBe('take metformin 1/2 tab')
    expect(scrub('pain 8/10 today')).toBe('pain 8/10 today')
  })

  it("reads initials and titles around a party's remembered names", () => {
    const memory = memoryMatcher(['grace', 'young', 'ковальчук'])
    expect(scrubText('thx! gy', { known: memory }).text).toBe('thx! [NAME]')
    expect(scrubText('gy tests are back', { known: memory }).text).toBe('gy tests are back')
    expect(scrubText('Приём у доктора Ковальчук в четверг', { known: memory }).text).toBe('Приём у [NAME] в четверг')
    expect(scrubText('好的--娜娜', { known: memoryMatcher(['李娜']) }).text).not.toContain('娜娜')
  })
})

describe('everyday words of the languages the engine reads stay words', () => {
  it('keeps conjugated Korean verbs, never a number said with a verb ending', () => {
    expect(scrub('아이가 열이 38.7도예요. 해열제 4시간 전에 먹였어요')).toBe(
      '아이가 열이 38.7도예요. 해열제 4시간 전에 먹였어요',
    )
    expect(scrub('제 번호는 공일공 오오오공 일이삼사이고요')).not.toContain('일이삼사')
    expect(scrub('저희 할머니가 아흔다섯이신데요 어제부터')).not.toContain('아흔다섯')
    expect(scrub('전화번호는 오오오 공일 삼칠 칠칠이에요')).not.toMatch(/오오오|공일|삼칠|칠칠/)
  })

  it('keeps inflected Russian words and drug names, never a declined given name', () => {
    // -ов/-ев are surname endings too (Волков), so "анализов" is left to the backstop; other cases are read.
    expect(scrub('жду результаты анализа, давления нет')).toBe('жду результаты анализа, давления нет')
    expect(scrub('Принимаю эналаприл и варфарином')).toBe('Принимаю эналаприл и варфарином')
    expect(scrub('звоню насчёт моей мамы анны петровны')).not.toContain('анны')
  })

  it('keeps Arabic words with attached pronouns, and takes the name after a relation word that carries one', () => {
    expect(scrub('أريد تغيير موعدي من فضلك')).toContain('موعدي')
    expect(scrub('أنا ابنها عمر. أمي تسأل عن الدواء')).not.toContain('عمر')
  })
})

describe('everyday-word rules never keep a name or a number (review of session 5)', () => {
  const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

  it('keeps no Korean name or number said with a verb ending or a copula', () => {
    expect(voice('저 김민준이니까 전화 주세요')).not.toContain('김민준')
    expect(voice('저는 최지우고요 내일 가요')).not.toContain('최지우')
    expect(voice('내일 박지만 데리고 갈게요')).not.toContain('박지만')
    expect(voice('전화번호는 공일공일이삼사오육칠팔이라고요')).not.toContain('공일공')
    expect(voice('생년월일은 팔오공삼일이라고요')).not.toContain('팔오공')
    expect(voice('요즘 기침이 심하세요')).toBe('요즘 기침이 심하세요')
  })

  it('keeps no Arabic or Russian name that declines like a word', () => {
    expect(voice('عزيزة عندها موعد غدا')).not.toContain('عزيزة')
    expect(voice('مع السلامة، السعيدي')).not.toContain('السعيدي')
    expect(voice('передайте волков что анализы готовы')).not.toContain('волков')
  })

  it('claims a spoken score only when the number fits the scale and no date or ID cue is near', () => {
    expect(voice('dob 3 of 10 1985')).not.toMatch(/\b10\b/)
    expect(voice('birthday is 5 of 10')).not.toMatch(/\b10\b/)
    expect(voice('policy number ends in 4 of 100')).not.toMatch(/\b100\b/)
    expect(voice('pain is five out of ten')).toBe('pain is five out of ten')
    expect(voice('dolor 8 de 10')).toBe('dolor 8 de 10')
  })

  it('reads a remembered name after "to" as the name', () => {
    expect(scrubText('results to rose please', { known: memoryMatcher(['rose']) }).text).toBe(
      'results to [NAME] please',
    )
  })
})
