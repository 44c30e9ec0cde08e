/**
 * The Bengali table (src/phi/languages/bn.ts, numbers in bn-numbers.ts), in Bengali script and in Bangla romanised as
 * SMS writes it: phone numbers said in number words or written in Bengali digits, ages of 90 and over in words with
 * বছর, dates with a Gregorian or Bengali month, in Bengali digits, with the day's ending (১৫ই, ২১শে) or in words, names
 * after a self or relation cue, a title or thanks are redacted; a clinical message without PHI (symptoms, doses,
 * vitals, durations) keeps every word. The engine writes Bengali digits as ASCII digits (normalize.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Bengali table', () => {
  // The first scrub loads the lexicon and compiles the tables.
  beforeAll(() => void sms('নমস্কার'), 60_000)

  it('redacts a phone number said digit by digit, whole', () => {
    expect(voice('আমার নম্বর সাত এক আট পাঁচ পাঁচ পাঁচ শূন্য এক দুই তিন')).toBe('আমার নম্বর [PHONE]')
    expect(voice('আমার ফোন নম্বর নয় এক সাত চার চার পাঁচ ছয় এক এক নয়')).toBe('আমার ফোন নম্বর [PHONE]')
    // "sat", "tin", "char" (7, 3, 4) are English words and "choy" a family name: not read alone, so none here.
    expect(voice('amar number noy ek chhoy dui dui panch chhoy ek ek noy')).toBe('amar number [PHONE]')
  })

  it('redacts a phone number written in Bengali digits', () => {
    expect(sms('আমার নম্বর ৭১৮-৫৫৫-০১২৩')).toBe('আমার নম্বর [PHONE]')
    expect(sms('আমার নম্বর ০১৭১১-২৩৪৫৬৭')).toBe('আমার নম্বর [PHONE]')
  })

  it('redacts an age of ninety or more said in words with বছর', () => {
    expect(sms('আমার মায়ের বয়স নব্বই বছর')).toBe('আমার মায়ের বয়স [AGE:90PLUS]')
    expect(sms('আমার মায়ের বয়স বিরানব্বই বছর, উনি খুব দুর্বল')).toBe('আমার মায়ের বয়স [AGE:90PLUS], উনি খুব দুর্বল')
    expect(sms('আমার নানি ছিয়ানব্বই বছর বয়সী')).toBe('আমার নানি [AGE:90PLUS]')
    expect(sms('আমার দাদা নিরানব্বই বছরের')).toBe('আমার দাদা [AGE:90PLUS]')
  })

  it('redacts an age of ninety or more in Bengali digits and romanised', () => {
    expect(sms('আমার বাবার বয়স ৯৩ বছর')).toBe('আমার বাবার বয়স [AGE:90PLUS]')
    expect(sms('amar nani nobboi bochor boyosh')).toBe('amar nani [AGE:90PLUS]')
    expect(sms('amar dadi ekanobboi bochor')).toBe('amar dadi [AGE:90PLUS]')
  })

  it('keeps an age below ninety', () => {
    expect(sms('আমার মা ঊননব্বই বছরের')).toBe('আমার মা ঊননব্বই বছরের')
    expect(sms('আমার বাবার বয়স আটাশি বছর')).toBe('আমার বাবার বয়স আটাশি বছর')
  })

  it('redacts a date in Bengali digits', () => {
    // তারিখ is no marker before the day (as in Hindi and Urdu): the birth words stay, the year is kept as in every
    // language (Safe Harbor keeps a year under 90 years back).
    expect(sms('আমার জন্ম তারিখ ১৫/০৩/১৯৫৮')).toBe('আমার জন্ম তারিখ [DATE:1958]')
  })

  it('redacts a date with a Gregorian month as Bengali writes it', () => {
    expect(sms('জন্ম তারিখ: ৩ জানুয়ারি ১৯৪৫')).toBe('জন্ম তারিখ: [DATE:1945]')
    expect(sms('আমার অ্যাপয়েন্টমেন্ট ১২ ডিসেম্বর সোমবার')).toBe('আমার অ্যাপয়েন্টমেন্ট [DATE]')
    // The day marker written after the day goes with it (multilingual-dates.ts reads a day before any table's marker).
    expect(sms('আমার অ্যাপয়েন্টমেন্ট ডিসেম্বরের ১২ তারিখে')).toBe('আমার অ্যাপয়েন্টমেন্ট [DATE]')
  })

  it('redacts a date with the day ending of Bengali (১লা, ৪ঠা, ১৫ই, ২১শে)', () => {
    expect(sms('আমার জন্ম ২১শে ফেব্রুয়ারি ১৯৪৯ সালে')).toBe('আমার জন্ম [DATE:1949]')
    expect(sms('আমার অ্যাপয়েন্টমেন্ট ৪ঠা জুলাই সকাল দশটায়')).toBe('আমার অ্যাপয়েন্টমেন্ট [DATE] সকাল দশটায়')
  })

  it('redacts a date said in words, the year by hundreds', () => {
    expect(sms('আমার জন্ম পনেরোই মার্চ উনিশশো আটান্ন সালে')).toBe('আমার জন্ম [DATE:1958]')
  })

  it('redacts a date of the Bengali calendar', () => {
    expect(sms('আমার জন্ম ১২ কার্তিক')).toBe('আমার জন্ম [DATE]')
    expect(sms('আমার জন্ম ১লা বৈশাখ ১৩৬৫')).not.toMatch(/১|1|বৈশাখ/)
  })

  it('redacts the name after a self cue', () => {
    expect(sms('আমার নাম রহিমা বেগম')).toBe('আমার নাম [NAME]')
    expect(sms('আমার নাম মোঃ রফিকুল ইসলাম')).toBe('আমার নাম [NAME]')
    expect(sms('আসসালামু আলাইকুম, আমার নাম হলো ফাতেমা খাতুন, আমার জ্বর')).toBe('আসসালামু আলাইকুম, আমার নাম হলো [NAME], আমার জ্বর')
    expect(sms('amar nam Rahima Begum')).toBe('amar nam [NAME]')
  })

  it('redacts the name a caller gives before বলছি', () => {
    expect(sms('আমি শাহনাজ আক্তার বলছি, আমার অ্যাপয়েন্টমেন্ট বাতিল করতে চাই')).toBe(
      'আমি [NAME] বলছি, আমার অ্যাপয়েন্টমেন্ট বাতিল করতে চাই',
    )
  })

  it('redacts the name after a relation cue', () => {
    expect(sms('আমার ছেলে রাকিব এর জ্বর')).toBe('আমার ছেলে [NAME] এর জ্বর')
    expect(sms('আমার মেয়ে সাদিয়া খুব অসুস্থ')).toBe('আমার মেয়ে [NAME] খুব অসুস্থ')
    expect(sms('আমার স্ত্রী নাসরিন গর্ভবতী')).toBe('আমার স্ত্রী [NAME] গর্ভবতী')
    expect(sms('আমার মা আয়েশা বেগম হাসপাতালে ভর্তি')).toBe('আমার মা [NAME] হাসপাতালে ভর্তি')
    expect(sms('আমার মেয়ের নাম তানিয়া')).toBe('আমার মেয়ের নাম [NAME]')
    expect(sms('amar chele Rakib er jor')).toBe('amar chele [NAME] er jor')
  })

  it('redacts a name that is also a word after a relation cue (আশা, hope)', () => {
    expect(sms('আমার মেয়ে আশা অসুস্থ')).toBe('আমার মেয়ে [NAME] অসুস্থ')
  })

  it('redacts a name before a title said after it', () => {
    expect(sms('আমার স্বামী করিম সাহেব হাসপাতালে')).toBe('আমার স্বামী [NAME] সাহেব হাসপাতালে')
    expect(sms('ডাক্তার রহমান সাহেব কে বলবেন')).toBe('ডাক্তার [NAME] সাহেব কে বলবেন')
  })

  it('redacts a name signed after thanks', () => {
    expect(sms('ধন্যবাদ, ফাতেমা')).toBe('ধন্যবাদ, [NAME]')
  })

  it('keeps a clinical message without PHI: symptoms, durations', () => {
    for (const text of [
      'আমার জ্বর আর মাথা ব্যথা দুই দিন ধরে',
      'আমার পেটে ব্যথা, বমি হচ্ছে তিন দিন ধরে',
      'দুই সপ্তাহ ধরে কাশি যাচ্ছে না',
      'তিন সপ্তাহ ধরে পিঠে ব্যথা',
      'ডাক্তার সাহেব, আমার বুকে ব্যথা আর শ্বাসকষ্ট হচ্ছে',
      'রাতে ঘুম হয় না, খুব দুর্বল লাগে',
      'আমার ছেলের বয়স পাঁচ বছর, কানে ব্যথা',
      'আমার প্রস্রাবে জ্বালাপোড়া হচ্ছে',
      'amar jor ache, matha betha',
    ])
      expect(sms(text)).toBe(text)
  })

  it('keeps a clinical message without PHI: drugs and doses', () => {
    for (const text of [
      'আমি প্রতিদিন মেটফরমিন 500 মিলিগ্রাম দুই বার খাই',
      'বাচ্চাকে দিনে তিন বার এক চামচ সিরাপ দিতে হবে',
      'আমার মায়ের ডায়াবেটিস আছে, ইনসুলিন শেষ হয়ে গেছে',
      'আমার ইনহেলার শেষ, নতুন প্রেসক্রিপশন দরকার',
      'আমি কি খালি পেটে ওষুধ খাবো?',
      'ঔষধ খাওয়ার পর থেকে চুলকানি হচ্ছে',
      'আসসালামু আলাইকুম, আমি আমার ওষুধের রিফিল চাই',
    ])
      expect(sms(text)).toBe(text)
  })

  it('keeps a clinical message without PHI: vitals, weekdays, times', () => {
    for (const text of [
      'আমার প্রেসার 140/90 আর সুগার 180',
      'রক্তচাপ 130/80, পালস 72',
      'আমার বাচ্চার জ্বর 102 ডিগ্রি, কি করব?',
      'আমার ওজন 70 কেজি',
      'বৃহস্পতিবার বিকেল তিনটায় আসতে পারবো',
      'আমি কি কাল সকালে আসতে পারি?',
      'আজকে ক্লিনিক খোলা আছে?',
      'আমার অ্যাপয়েন্টমেন্ট বাতিল করতে চাই',
    ])
      expect(sms(text)).toBe(text)
  })

  it('keeps a message in Bengali digits, the digits written as ASCII', () => {
    expect(sms('আমি দিনে দুইবার ৫০০ মিলিগ্রাম খাই, প্রেসার ১৪০/৯০')).toBe('আমি দিনে দুইবার 500 মিলিগ্রাম খাই, প্রেসার 140/90')
  })
})
