/**
 * The Somali table (src/phi/languages/so.ts): phone numbers said digit by digit, ages of 90 and over in words, birth
 * dates with a Somali month, names after a self or relation cue are redacted; a clinical message without PHI keeps
 * its words (no word of it read as a name by the word backstop).
 */
import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Somali table', () => {
  it('redacts a phone number said digit by digit, whole', () => {
    expect(voice('lambarkaygu waa lix shan kow saddex sagaal afar toddoba laba siddeed eber')).toBe(
      'lambarkaygu waa [PHONE]',
    )
    expect(sms('ii soo wac lix lix kow laba saddex afar shan lix toddoba siddeed')).toBe('ii soo wac [PHONE]')
  })

  it('redacts an age of ninety or more said in words, in either order of tens and units', () => {
    // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
    expect(sms('hooyaday waxay jirtaa sagaashan iyo shan sano')).toBe('hooyaday waxay jirtaa [AGE:90PLUS]')
    expect(sms('ayeeyaday waa siddeed iyo sagaashan jir, way jiran tahay')).toBe(
      // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
      'ayeeyaday waa [AGE:90PLUS], way jiran tahay',
    )
  })

  it('redacts a birth date with a Somali month', () => {
    expect(sms('waxaan dhashay 15 Maarso 1958')).toBe('waxaan dhashay [DATE:1958]')
    expect(sms('taariikhda dhalashadaydu waa 3 Luulyo 1949')).toBe('taariikhda dhalashadaydu waa [DATE:1949]')
  })

  it('redacts the name after a self cue', () => {
    expect(sms('Salaamu calaykum, magacaygu waa Hodan Warsame')).toBe('Salaamu calaykum, magacaygu waa [NAME]')
    // "ayaan" is the focus particle and as often the given name Ayaan: it is never kept as a word, so "baan" here.
    expect(sms('Magacaygu waa Faadumo Cabdi, ballan baan rabaa')).toBe('Magacaygu waa [NAME], ballan baan rabaa')
  })

  it('redacts the name after a relation cue', () => {
    expect(sms('wiilkayga Guuleed wuxuu qabaa qandho iyo qufac')).toBe('wiilkayga [NAME] wuxuu qabaa qandho iyo qufac')
    expect(sms('walaashay Nimco ayaa ii soo wici doonta')).toBe('walaashay [NAME] ayaa ii soo wici doonta')
  })

  it('keeps a clinical message without PHI: symptom, drug, dose, time, weekday', () => {
    for (const text of [
      'Waxaan qaatay laba kiniin oo paracetamol ah 500 mg saaka, madax xanuun baan qabaa',
      'qandho ayuu qabaa laba maalmood, kiniinka saddex jeer maalintii ayuu qaataa',
      'ballanta isniinta saacadda 10 ma iman karo, fadlan dib u dhig. Mahadsanid',
      'Dhakhtarka waxaan u baahanahay daawada sonkorta, metformin waa dhammaaday',
    ])
      expect(sms(text)).toBe(text)
  })
})
