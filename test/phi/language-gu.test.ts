/**
 * The Gujarati table (src/phi/languages/gu.ts, numbers in gu-numbers.ts): phone numbers said digit by digit in Gujarati
 * number words, ages of 90 and over in words with વર્ષ, dates with a Gregorian or Vikram Samvat month or with તારીખ
 * alone, names after a self or relation cue, before ભાઈ, બેન or જી and after thanks are redacted; a clinical message
 * without PHI (symptoms, doses, vitals, durations, postpositions written onto the word) keeps every word.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Gujarati table', () => {
  // The first scrub loads the lexicon and compiles the tables.
  beforeAll(() => void sms('નમસ્તે'), 60_000)

  it('redacts a phone number said digit by digit, whole', () => {
    expect(voice('મારો નંબર બે આઠ એક ચાર નવ પાંચ છ ત્રણ શૂન્ય એક છે')).toBe('મારો નંબર [PHONE] છે')
    expect(sms('મારો ફોન નંબર નવ આઠ સાત છ પાંચ ચાર ત્રણ બે એક શૂન્ય')).toBe('મારો ફોન નંબર [PHONE]')
    expect(voice('આ નંબર પર ફોન કરજો છ એક સાત ત્રણ બે પાંચ આઠ નવ શૂન્ય એક')).toBe('આ નંબર પર ફોન કરજો [PHONE]')
  })

  it('redacts an age of ninety or more said in words, and keeps eighty-nine', () => {
    expect(sms('મારા દાદા પંચાણું વર્ષના છે')).toBe('મારા દાદા [AGE:90PLUS] છે')
    expect(sms('મારી દાદીની ઉંમર બાણું વર્ષ છે')).toBe('મારી દાદીની ઉંમર [AGE:90PLUS] છે')
    expect(sms('મારા નાના નેવું વર્ષના છે અને બીમાર છે')).toBe('મારા નાના [AGE:90PLUS] છે અને બીમાર છે')
    expect(sms('મારા નાના નેવ્યાસી વર્ષના છે')).toBe('મારા નાના નેવ્યાસી વર્ષના છે')
  })

  it('redacts dates with a month, in Latin or Gujarati digits or in words', () => {
    expect(sms('મારી જન્મ તારીખ 15 માર્ચ 1958 છે')).toBe('મારી જન્મ તારીખ [DATE:1958] છે')
    expect(sms('જન્મ તારીખ ૩ જુલાઈ ૧૯૪૯')).toBe('જન્મ તારીખ [DATE:1949]')
    expect(sms('મારો જન્મ પાંચ માર્ચ ઓગણીસ સો સિત્તેર માં થયો')).toBe('મારો જન્મ [DATE:1970] માં થયો')
    expect(sms('મારી એપોઇન્ટમેન્ટ 12 ડિસેમ્બરે છે')).toBe('મારી એપોઇન્ટમેન્ટ [DATE] છે')
  })

  it('redacts a day said with તારીખ and no month', () => {
    expect(sms('મારી એપોઇન્ટમેન્ટ 18 તારીખે છે')).toBe('મારી એપોઇન્ટમેન્ટ [DATE] છે')
    expect(sms('અઢાર તારીખે આવવાનું છે')).toBe('[DATE] આવવાનું છે')
  })

  it('redacts the name after a self cue', () => {
    expect(sms('નમસ્તે, મારું નામ રમેશ પટેલ છે')).toBe('નમસ્તે, મારું નામ [NAME] છે')
    expect(sms('મારુ નામ નીતા શાહ છે')).toBe('મારુ નામ [NAME] છે')
  })

  it('redacts the name after a relation cue, with its title', () => {
    expect(sms('મારી દીકરી પ્રિયાને તાવ છે')).toBe('મારી દીકરી [NAME] તાવ છે')
    expect(sms('મારા પતિ સુરેશ ભાઈ બીમાર છે')).toBe('મારા પતિ [NAME] બીમાર છે')
  })

  it('reads ભાઈ, બેન and જી after a name as part of it', () => {
    expect(sms('નમસ્તે રમેશ ભાઈ')).toBe('નમસ્તે [NAME]')
    expect(sms('નમસ્તે નીતા બેન, કેમ છો')).toBe('નમસ્તે [NAME], કેમ છો')
  })

  it('redacts a name signed after thanks', () => {
    expect(sms('આભાર, હેમા')).toBe('આભાર, [NAME]')
  })

  it('keeps a clinical message without PHI: symptoms, doses, vitals, durations, weekdays', () => {
    for (const text of [
      'મને બે દિવસથી તાવ છે અને માથામાં દુખાવો છે',
      'હું દિવસમાં બે વાર 500 મિલિગ્રામ ગોળી લઉં છું',
      'બીપી 140/90 છે અને શુગર 180 છે',
      'મારી એપોઇન્ટમેન્ટ સોમવારે સવારે દસ વાગ્યે છે',
      'ડૉક્ટર સાહેબ, મને ત્રણ દિવસથી ઉધરસ છે',
      'મારી મમ્મીને પેટમાં દુખાવો છે અને ઉલટી થાય છે',
      'તાવ 101 ડિગ્રી છે',
      'મને બે અઠવાડિયાથી શરદી અને ઉધરસ છે',
    ])
      expect(sms(text)).toBe(text)
  })
})
