/**
 * The Pashto table (src/phi/languages/ps.ts): phone numbers said digit by digit, ages of 90 and over in words (unit
 * before ten: "پنځه نوي"), dates with a Gregorian or solar month, names after the self and relation cues (names made
 * with God's name among them), and clinical messages kept whole, in Pashto letters and as a Persian keyboard types them.
 * Persian digits come out as ASCII digits (the engine normalises them).
 */
import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Pashto table', () => {
  it('redacts a phone number said digit by digit or written', () => {
    expect(voice('زما د تلیفون شمېره اووه یو دوه درې څلور پنځه شپږ اووه اته نهه ده')).toBe(
      'زما د تلیفون شمېره [PHONE] ده',
    )
    expect(voice('زما شمیره یو صفر دوه پنځه پنځه پنځه صفر یو دوه اته ده')).toBe('زما شمیره [PHONE] ده')
    expect(sms('زما شمېره 703 555 0123 ده، مهرباني وکړئ راته زنګ ووهئ')).toBe(
      'زما شمېره [PHONE] ده، مهرباني وکړئ راته زنګ ووهئ',
    )
  })

  it('redacts an age of 90 or more said in words with the years-old word', () => {
    expect(sms('زما مور پنځه نوي کلنه ده')).toBe('زما مور [AGE:90PLUS] ده')
    expect(sms('زما نیکه اته نوي کاله عمر لري')).toBe('زما نیکه [AGE:90PLUS] عمر لري')
    expect(sms('زه نوي کلن یم او ډېر ستړی یم')).toBe('زه [AGE:90PLUS] یم او ډېر ستړی یم')
    expect(sms('زما عمر نوي کاله دی')).toBe('زما عمر [AGE:90PLUS] دی')
  })

  it('keeps an age under 90', () => {
    const text = 'زما زوی دوه کلن دی، دوه ورځې کېږي چې ټوخی کوي'
    expect(sms(text)).toBe(text)
  })

  it('redacts dates with a Gregorian month, in words and digits', () => {
    expect(sms('زه په ۱۵ مارچ ۱۹۵۸ زیږیدلی یم')).toBe('زه په [DATE:1958] زیږیدلی یم')
    expect(sms('د زیږون نېټه: 3 جنوري 1945')).toBe('د زیږون نېټه: [DATE:1945]')
    expect(sms('زما ملاقات ۱۵ مارچ دی')).toBe('زما ملاقات [DATE] دی')
    expect(sms('زما د زیږون نېټه 12/03/1950 ده')).toBe('زما د زیږون [DATE] ده')
  })

  it('redacts dates with a solar month, Pashto or Dari name, and a day ordinal', () => {
    expect(sms('زه د 1337 کال د حوت په پنځلسمه زیږیدلی یم')).toBe('زه د 1337 کال د [DATE] زیږیدلی یم')
    expect(sms('زه د غویی په لسمه زیږیدلی یم')).toBe('زه د [DATE] زیږیدلی یم')
  })

  it('redacts the name after the self cue, a name with God’s name whole', () => {
    expect(sms('سلام ډاکټر صاحب، زما نوم ذبیح الله دی')).toBe('سلام ډاکټر صاحب، زما نوم [NAME] دی')
    expect(sms('زما نوم رحمت الله احمدزی دی')).toBe('زما نوم [NAME] دی')
    expect(sms('زما نوم ذبيح الله دی')).toBe('زما نوم [NAME] دی')
  })

  it('redacts the name after a relation cue', () => {
    expect(sms('زما زوی احمد تبه لري')).toBe('زما زوی [NAME] تبه لري')
    expect(sms('زما لور ملالۍ ټوخی او تبه لري')).toBe('زما لور [NAME] ټوخی او تبه لري')
    expect(sms('زما زوی ذبیحالله تبه لري')).toBe('زما زوی [NAME] تبه لري')
    expect(sms('زما خور زرغونه امېندواره ده')).toBe('زما خور [NAME] امېندواره ده')
    expect(sms('zama mor Malalai bimara da')).toBe('zama mor [NAME] da')
  })

  it('redacts the name after a title and a signing name', () => {
    expect(sms('ډاکټر احمدزی نن راغلی؟')).toBe('[NAME] نن راغلی؟')
    expect(sms('مننه، ذبیحالله')).toBe('مننه، [NAME]')
  })

  it('keeps clinical messages without PHI: symptoms, doses, vitals, durations, days', () => {
    for (const text of [
      'سلام، زه د سر درد او تبې له امله نن کار ته نشم تللای',
      'زما د ملاقات وخت سبا سهار لس بجې دی، زه به لږ ناوخته راشم',
      'مهرباني وکړئ ماته زنګ ووهئ، زه پوښتنه لرم',
      'زما درمل خلاص شوي، نوې نسخه ته اړتیا لرم',
      'ډاکټر صاحب، زما ماشوم شپه کې ټوخی کوي او خوب نه کوي',
      'زه امېندواره یم او زړه مې بدیږي',
      'زما د شکرې ناروغي ده، انسولین ورځ کې دوه ځله کاروم',
      'د وینې فشار مې لوړ دی، سر مې ګرځي',
      'زه هره ورځ 500 mg میټفورمین خورم',
      'فشار مې 140/90 دی، سر مې درد کوي',
      'زما تبه 39 درجې ده او ټوخی لرم',
      'د دوه اونیو راهیسې ټوخی لرم',
      'زه د سر درد لرم، دوه ګولۍ پاراسیټامول مې وخوړې',
      'زه غواړم خپل ملاقات منسوخ کړم',
      'زه نشم کولای چې دوشنبه راشم، آیا سه شنبه کیدای شي؟',
      'زما ملاقات د جمعې په ورځ په لسو بجو دی',
      'ستړي مه شئ، ښه یاست؟ زه ښه یم، مننه',
      'ایا زه کولای شم چې دا ګولۍ د ډوډۍ وروسته وخورم؟',
      'سلام ډاکټر صاحب، زه د ګېډې درد لرم او زړه مې بدیږي',
      'مهرباني وکړئ زما ملاقات بلې اونۍ ته واړوئ',
    ])
      expect(sms(text)).toBe(text)
  })

  it('keeps a clinical message typed on a Persian keyboard', () => {
    const text = 'زما ماشوم دوه ورځی کیږی چی ټوخی کوی، ډیر ستړی دی'
    expect(sms(text)).toBe(text)
  })
})
