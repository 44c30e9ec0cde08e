/**
 * The Urdu table (src/phi/languages/ur.ts, numbers in hindustani-numbers.ts): phone numbers said in Urdu number words,
 * ages of 90 and over in words with سال or برس, dates with an Urdu month, names after a self or relation cue and after
 * thanks are redacted; a clinical message without PHI (symptoms, doses, vitals, durations) keeps every word.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Urdu table', () => {
  // The first scrub loads the lexicon and compiles the tables.
  beforeAll(() => void sms('السلام علیکم'), 60_000)

  it('redacts a phone number said digit by digit, whole', () => {
    expect(voice('میرا نمبر نو آٹھ سات چھ پانچ چار تین دو ایک صفر ہے')).toBe('میرا نمبر [PHONE] ہے')
    expect(sms('مجھے اس نمبر پر کال کریں چھ ایک سات تین دو پانچ آٹھ نو صفر ایک')).toBe(
      'مجھے اس نمبر پر کال کریں [PHONE]',
    )
    // Typed on an Arabic keyboard (ي for ی).
    expect(sms('ميرا نمبر نو آٹھ سات چھ پانچ چار تین دو ایک صفر ہے')).toBe('ميرا نمبر [PHONE] ہے')
  })

  it('redacts an age of ninety or more said in words, and keeps eighty-eight', () => {
    expect(sms('میری امی کی عمر بانوے سال ہے')).toBe('میری امی کی عمر [AGE:90PLUS] ہے')
    expect(sms('میرے نانا ننانوے سال کے ہیں')).toBe('میرے نانا [AGE:90PLUS] ہیں')
    expect(sms('میری امی کی عمر نوے سال ہے اور وہ بیمار ہیں')).toBe('میری امی کی عمر [AGE:90PLUS] ہے اور وہ بیمار ہیں')
    expect(sms('میری دادی ترانوے برس کی ہیں')).toBe('میری دادی [AGE:90PLUS] کی ہیں')
    expect(sms('میری امی کی عمر اٹھاسی سال ہے')).toBe('میری امی کی عمر اٹھاسی سال ہے')
  })

  it('redacts dates with an Urdu month, in Latin or Urdu digits', () => {
    expect(sms('میری پیدائش 15 مارچ 1958 کو ہوئی')).toBe('میری پیدائش [DATE:1958] کو ہوئی')
    expect(sms('تاریخ پیدائش ۳ جولائی ۱۹۴۹')).toBe('تاریخ پیدائش [DATE:1949]')
    expect(sms('میری اپائنٹمنٹ 12 دسمبر 2024 کو ہے')).toBe('میری اپائنٹمنٹ [DATE:2024] کو ہے')
    // Born in 1931: the year says the age is 90 or more.
    expect(sms('میری والدہ 5 جنوری 1931 کو پیدا ہوئیں')).toBe('میری والدہ [DATE:AGE90PLUS] کو پیدا ہوئیں')
  })

  it('redacts a day said with تاریخ and no month', () => {
    // The last session kept "15 تاریخ" as a count; the day before تاریخ is the day of a date.
    expect(sms('15 تاریخ کو میری اپائنٹمنٹ ہے')).toBe('[DATE] کو میری اپائنٹمنٹ ہے')
    expect(sms('میری اپائنٹمنٹ 15 تاریخ کو ہے')).toBe('میری اپائنٹمنٹ [DATE] کو ہے')
    expect(sms('ہماری اپائنٹمنٹ اٹھارہ تاریخ کو ہے')).toBe('ہماری اپائنٹمنٹ [DATE] کو ہے')
  })

  it('redacts a phone number with two and three, and an age of ninety-six', () => {
    expect(voice('میرا نمبر دو آٹھ ایک تین چھ نو سات دو چار پانچ ہے')).toBe('میرا نمبر [PHONE] ہے')
    expect(voice('میرا نمبر ہے نو آٹھ سات دو تین ایک چار پانچ چھ صفر')).toBe('میرا نمبر ہے [PHONE]')
    expect(sms('میرے دادا چھیانوے سال کے ہیں')).toBe('میرے دادا [AGE:90PLUS] ہیں')
  })

  it('reads صاحب and باجی after a name as part of it', () => {
    expect(sms('السلام علیکم عمران صاحب')).toBe('السلام علیکم [NAME]')
    expect(sms('میرا نام عمران صاحب ہے')).toBe('میرا نام [NAME] ہے')
    expect(sms('مریم باجی کو بخار ہے')).toBe('[NAME] کو بخار ہے')
  })

  it('redacts the name after a self cue', () => {
    expect(sms('السلام علیکم، میرا نام شازیہ ہے')).toBe('السلام علیکم، میرا نام [NAME] ہے')
    expect(sms('میرا نام نسرین اختر ہے')).toBe('میرا نام [NAME] ہے')
    expect(sms('میرا نام محمد اسلم ہے اور میری تاریخ پیدائش 15 اگست 1950 ہے')).toBe(
      'میرا نام [NAME] ہے اور میری تاریخ پیدائش [DATE:1950] ہے',
    )
  })

  it('redacts the name after a relation cue', () => {
    expect(sms('میرے بیٹے بلال کو بخار ہے')).toBe('میرے بیٹے [NAME] کو بخار ہے')
    expect(sms('میری بیٹی عائشہ کو کھانسی ہے')).toBe('میری بیٹی [NAME] کو کھانسی ہے')
    expect(sms('میرا بیٹا عمران بیمار ہے')).toBe('میرا بیٹا [NAME] بیمار ہے')
    expect(sms('میرے شوہر عمران کی طبیعت خراب ہے')).toBe('میرے شوہر [NAME] کی طبیعت خراب ہے')
  })

  it('redacts a name signed after thanks', () => {
    expect(sms('شکریہ، فاطمہ')).toBe('شکریہ، [NAME]')
  })

  it('keeps a clinical message without PHI: symptoms, doses, vitals, durations, weekdays', () => {
    for (const text of [
      'مجھے دو دن سے بخار ہے اور سر میں درد ہے',
      'میں دن میں دو بار 500 ملی گرام گولی لیتا ہوں',
      'میری اپائنٹمنٹ پیر کو صبح دس بجے ہے',
      'بی پی 140/90 ہے اور شوگر 180 ہے',
      'تین ہفتے سے کھانسی ہے',
      'ایک ہفتہ سے بخار ہے',
      'بخار 101 ڈگری ہے',
      'میری امی کو شوگر ہے اور پیشاب میں جلن ہے',
      'ڈاکٹر صاحب، میرے پیٹ میں درد ہے، کیا میں اپائنٹمنٹ لے سکتی ہوں؟',
      'ہفتہ کو میری اپائنٹمنٹ ہے',
      'مجھے دس دن سے کھانسی ہے',
    ])
      expect(sms(text)).toBe(text)
  })
})
