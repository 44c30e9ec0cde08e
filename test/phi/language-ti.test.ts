/**
 * The Tigrinya table (src/phi/languages/ti.ts, beside am.ts): phone numbers said digit by digit, ages of 90 and over
 * in words, dates with an Eritrean month, names after "ስመይ", "ኣነ" and kin words are redacted; a clinical message
 * without PHI keeps its words.
 */
import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Tigrinya table', () => {
  it('redacts a phone number said digit by digit, whole', () => {
    expect(voice('ቁጽሪ ተሌፎነይ ሰለስተ ክልተ ሓደ ሓሙሽተ ሓሙሽተ ሓሙሽተ ሽዱሽተ ሸውዓተ ሸሞንተ ትሽዓተ እዩ')).toBe('ቁጽሪ ተሌፎነይ [PHONE] እዩ')
  })

  it('redacts an age of ninety or more said in words or digits with ዓመት', () => {
    expect(sms('ኣደይ ለተብርሃን ዕድሚኣ ቴስዓን ሰለስተን ዓመት እያ')).toBe('ኣደይ [NAME] ዕድሚኣ [AGE:90PLUS]')
    expect(sms('ኣቦይ ቴስዓ ሸውዓተ ዓመቱ እዩ')).toBe('ኣቦይ [AGE:90PLUS]')
    expect(sms('ዓባየይ 96 ዓመታ እያ፣ ጸቕጢ ደም ኣለዋ')).toBe('ዓባየይ [AGE:90PLUS]፣ ጸቕጢ ደም ኣለዋ')
    expect(sms('ኣቦይ ዕድሚኡ 92 እዩ')).toBe('ኣቦይ ዕድሚኡ [AGE:90PLUS] እዩ')
  })

  it('redacts dates with an Eritrean month', () => {
    expect(sms('ብ 5 ለካቲት 1948 ተወሊደ')).toBe('ብ [DATE:1948] ተወሊደ')
    expect(sms('ዕለተ ልደተይ 14 ሓምለ 1950')).toBe('ዕለተ ልደተይ [DATE:1950]')
    expect(sms('ቆጸራይ ብ 3 ጥቅምቲ 2024 እዩ')).toBe('ቆጸራይ ብ [DATE:2024] እዩ')
    expect(sms('ኣነ ብ 12 መስከረም 1935 ዓ.ም ተወሊደ')).toBe('ኣነ ብ [DATE:AGE90PLUS] ዓ.ም ተወሊደ')
    expect(sms('ኣደይ ብ 7 ነሓሰ 1929 ተወሊዳ')).toBe('ኣደይ ብ [DATE:AGE90PLUS] ተወሊዳ')
    expect(sms('ቆጸራ ዕለት 20 ሰነ 2025 ኣለኒ')).toBe('ቆጸራ [DATE] ኣለኒ')
  })

  it('redacts the name after ስመይ … እዩ and ኣነ … እየ', () => {
    expect(sms('ሰላም፣ ስመይ ኣብርሃም ተስፋይ እዩ። ቆጸራይ ክቕይር እደሊ')).toBe('ሰላም፣ ስመይ [NAME] እዩ። ቆጸራይ ክቕይር እደሊ')
    expect(sms('ኣነ ሳባ እየ፣ ርእሰይ የሕምመኒ ኣሎ')).toBe('ኣነ [NAME] እየ፣ ርእሰይ የሕምመኒ ኣሎ')
  })

  it('redacts the name after a relation word or a title', () => {
    expect(sms('ወደይ ዳኒኤል ረስኒ ኣለዎ')).toBe('ወደይ [NAME] ረስኒ ኣለዎ')
    expect(sms('ሰብኣየይ ተኽለ ሓሚሙ ኣሎ')).toBe('ሰብኣየይ [NAME] ሓሚሙ ኣሎ')
    expect(sms('ሰበይተይ ወይኒ ሕጂ ደዊላ')).toBe('ሰበይተይ [NAME] ሕጂ ደዊላ')
    expect(sms('ዶክተር ሃብቶም ነጊሩኒ')).toBe('[NAME] ነጊሩኒ')
    expect(sms('የቐንየለይ፣ ሰመረ')).toBe('የቐንየለይ፣ [NAME]')
  })

  it('keeps a clinical message without PHI: symptom, drug, dose, vitals, duration', () => {
    for (const text of [
      'ርእሰይ የሕምመኒ ኣሎ፣ ፓራሲታሞል 500 ሚግ መዓልቲ ክልተ ግዜ ይወስድ ኣለኹ',
      'ሰላም ዶክተር፣ ካብ ትማሊ ጀሚሩ ከብደይ የሕምመኒ ኣሎ። እንታይ ክገብር?',
      'ጸቕጢ ደመይ 150/90 እዩ፣ ሰለስተ መዓልቲ ኮይኑ',
      'ከኒና ሽኮር ተወዲኡኒ፣ በጃኹም ስደዱለይ። የቐንየለይ',
      'ቆልዓይ ረስኒ 39 ኣለዎ፣ ክልተ መዓልታት ኮይኑ',
      'ሰኑይ ንግሆ ሰዓት 9 ቆጸራ ኣለኒ፣ ክመጽእ ኣይክእልን',
      'ኢንሱሊን 10 ዩኒት ምሸት እወስድ',
      'ሰበይተይ ነብሰ ጾር እያ፣ ቃንዛ ከብዲ ኣለዋ',
      'ዝሓለፈ ሰሙን ሰዓል ጀሚሩኒ፣ ሕጂ ውን ኣሎ',
    ])
      expect(sms(text)).toBe(text)
  })
})
