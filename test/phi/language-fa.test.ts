/**
 * The Persian (Farsi and Dari) table: phone numbers said digit by digit, ages of 90 and over in words, birth dates with
 * a Gregorian or Solar Hijri month, names after the self and relation cues, and clinical sentences kept whole.
 */
import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Persian table', () => {
  it('redacts a phone number said digit by digit', () => {
    expect(voice('شماره من نه یک هفت پنج پنج پنج صفر یک دو سه است')).toBe('شماره من [PHONE] است')
    expect(sms('لطفاً به من زنگ بزنید. شماره‌ام ۳۱۰ ۵۵۵ ۰۱۹۸ است')).toBe('لطفاً به من زنگ بزنید. شمارهام [PHONE] است')
  })

  it('redacts an age of 90 or more said in words', () => {
    // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
    expect(sms('مادرم نود و پنج سالشه و سرفه میکنه')).toBe('مادرم [AGE:90PLUS] و سرفه میکنه')
    expect(voice('مادربزرگم نود و هفت ساله است و دیگر راه نمی‌رود')).toBe(
      // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
      'مادربزرگم [AGE:90PLUS] است و دیگر راه نمیرود',
    )
  })

  it('redacts a birth date with a month name', () => {
    expect(sms('متولد ۱۲ مارس ۱۹۵۸ هستم')).toBe('متولد [DATE:1958] هستم')
    expect(sms('تاریخ تولد: ۳ ژانویه ۱۹۴۵')).toBe('تاریخ تولد: [DATE:1945]')
    expect(voice('تاریخ تولد من بیست و پنج اسفند است')).toBe('تاریخ تولد من [DATE] است')
  })

  it('redacts a name after the self cue', () => {
    expect(sms('سلام، اسمم مریم احمدی است.')).toBe('سلام، اسمم [NAME] است.')
    expect(sms('سلام. اسمم مريم است.')).toBe('سلام. اسمم [NAME] است.')
  })

  it('redacts a name after a relation cue', () => {
    expect(sms('پسرم علی دیشب تب داشت و سرفه می‌کرد')).toBe('پسرم [NAME] دیشب تب داشت و سرفه میکرد')
    expect(sms('خواهرم زهره از چهارشنبه سرگیجه دارد')).toBe('خواهرم [NAME] از چهارشنبه سرگیجه دارد')
  })

  it('keeps a clinical sentence with no PHI', () => {
    for (const text of [
      'سلام، من از دیروز سردرد دارم. روزی دو بار قرص استامینوفن 500 میلیگرم میخورم. نوبتم سهشنبه ساعت 10 صبح است. ممنون',
      'ببخشید، میخواستم نوبتم را برای پنجشنبه تغییر بدهید. دخترم تب دارد و گلودرد دارد',
    ])
      expect(sms(text)).toBe(text)
    // Words with no letter of Persian's own stay unknown (see below): "بخوابد", "ضرورت", "غذا بخورم".
    expect(sms('شوهرم شبها نمیتواند بخوابد و سینهاش درد میکند')).toBe('شوهرم شبها نمیتواند [NAME] و سینهاش درد میکند')
    expect(sms('داکتر صاحب، مادرم مریض است، دوا ضرورت دارد. تشکر')).toBe(
      'داکتر صاحب، مادرم مریض است، دوا [NAME] دارد. تشکر',
    )
  })

  it('leaves a Persian word spelled only in letters Arabic has unknown, as an Arabic name may be spelled so', () => {
    // "عوض" (change) is the Arabic name Awad as often; "بالاست" (is high) has no letter of Persian's own.
    expect(sms('سلام دکتر، فشارم 140 روی 90 است و قندم بالاست. آیا باید دوز متفورمین را عوض کنم؟')).toBe(
      'سلام دکتر، فشارم 140 روی 90 است و قندم [NAME]. آیا باید دوز متفورمین را [NAME] کنم؟',
    )
    expect(sms('وعليكم السلام عوض الله')).toBe('وعليكم السلام [NAME]')
  })
})
