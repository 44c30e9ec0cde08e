import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Amharic (am)', () => {
  it('redacts a phone number said digit by digit, whole', () => {
    expect(sms('ስልክ ቁጥሬ ዜሮ ሁለት ሶስት አራት አምስት ስድስት ሰባት ስምንት ዘጠኝ አንድ ነው')).toBe('ስልክ ቁጥሬ [PHONE] ነው')
    expect(voice('ስልኬ ሁለት ዜሮ ሁለት አምስት አምስት አምስት አንድ ሁለት ሶስት አራት ነው ደውሉልኝ')).toBe('ስልኬ [PHONE] ነው ደውሉልኝ')
  })

  it('redacts an age of ninety or more said in words', () => {
    // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
    expect(sms('እናቴ ዘጠና አምስት ዓመቷ ነው')).toBe('እናቴ [AGE:90PLUS]')
    expect(voice('አባቴ ዕድሜው ዘጠና ሁለት ነው')).toBe('አባቴ ዕድሜው [AGE:90PLUS] ነው')
  })

  it('redacts a birth date with an Ethiopian or a Gregorian month', () => {
    expect(sms('የተወለድኩት መስከረም 12 1985 ነው')).toBe('የተወለድኩት [DATE:1985] ነው')
    expect(sms('የትውልድ ቀኔ ጁላይ 4 1950 ነው')).toBe('የትውልድ ቀኔ [DATE:1950] ነው')
  })

  it('redacts the name after "my name is" and "I am … (ነኝ)"', () => {
    expect(sms('ሰላም ስሜ አበበ በቀለ ነው። ራስ ምታት አለብኝ።')).toBe('ሰላም ስሜ [NAME] ነው። ራስ ምታት አለብኝ።')
    expect(voice('እኔ ሳራ ነኝ፣ ቀጠሮዬን መቀየር እፈልጋለሁ')).toBe('እኔ [NAME] ነኝ፣ ቀጠሮዬን መቀየር እፈልጋለሁ')
  })

  it('redacts the name that is also a word after a self cue', () => {
    expect(sms('እኔ መሰረት ነኝ')).toBe('እኔ [NAME] ነኝ')
  })

  it('redacts a relative named after a relation word', () => {
    expect(sms('ልጄ ሳራ ትኩሳት አላት')).toBe('ልጄ [NAME] ትኩሳት አላት')
    expect(sms('እናቴ ሂሩት ታማለች')).toBe('እናቴ [NAME] ታማለች')
  })

  it('keeps a relation word followed by a symptom', () => {
    expect(sms('ልጄ ትኩሳት አላት')).toBe('ልጄ ትኩሳት አላት')
  })

  it('redacts a name after a title', () => {
    expect(sms('ዶ/ር ከበደ ደወሉልኝ')).toBe('ዶ/ር [NAME] ደወሉልኝ')
    expect(sms('አቶ ተስፋዬ መድሃኒቱን ይፈልጋሉ')).toBe('[NAME] መድሃኒቱን ይፈልጋሉ')
  })

  it('keeps a clinical message with a weekday, dose and drug', () => {
    for (const text of [
      'ሰኞ ጠዋት 500 ሚግ ፓራሲታሞል ወሰድኩ፣ ሆዴን ያመኛል',
      'ሰላም፣ መድሃኒቴ አልቋል። እባካችሁ ሪፊል ላኩልኝ። አመሰግናለሁ',
      'ጤና ይስጥልኝ፣ የልጄ ቀጠሮ ነገ ከጠዋቱ 3 ሰዓት ነው። ሳል እና ትኩሳት አለው። መምጣት እንችላለን?',
      'ሰላም ዶክተር፣ ከትናንት ጀምሮ ሆዴን በጣም ያመኛል፣ ተቅማጥም አለብኝ። ምን ላድርግ?',
      'የደም ግፊቴ 150 በ 90 ነው፣ ራሴን ያዞረኛል',
    ])
      expect(sms(text)).toBe(text)
  })

  it('keeps a dose said in words', () => {
    const text = 'ሐኪሙ በቀን ሁለት ጊዜ ኪኒን እንድወስድ ነገረኝ። ማክሰኞ ቀጠሮ አለኝ'
    expect(voice(text)).toBe(text)
  })

  it('reads the Tigrinya cue and numbers', () => {
    expect(sms('ኣደይ ሂሩት ዕድመ ቴስዓ ሓሙሽተ')).toBe('ኣደይ [NAME] ዕድመ [AGE:90PLUS]')
  })
})
