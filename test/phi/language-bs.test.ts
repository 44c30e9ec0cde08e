/**
 * The Bosnian/Croatian/Serbian table (src/phi/languages/bs.ts): phone numbers said digit by digit, ages of 90 and over
 * with "godina"/"godine", dates with an international or a Croatian month or said in ordinals, names after a self or
 * relation cue or a title are redacted, with and without č ć đ š ž; a clinical message without PHI keeps every word.
 */
import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Bosnian/Croatian/Serbian table', () => {
  it('redacts a phone number said digit by digit, whole', () => {
    expect(voice('moj broj je šest jedan sedam pet pet pet devet dva tri četiri')).toBe('moj broj je [PHONE]')
    expect(sms('nazovite me na devet jedan sedam, osam nula dva, tri tri četiri jedan')).toBe('nazovite me na [PHONE]')
  })

  it('redacts an age of ninety or more with godina/godine, in words or digits', () => {
    expect(sms('Moja majka ima 93 godine i boli je glava')).toBe('Moja majka ima [AGE:90PLUS] i boli je glava')
    expect(sms('moj djed ima devedeset šest godina i ima temperaturu')).toBe(
      'moj djed ima [AGE:90PLUS] i ima temperaturu',
    )
    expect(sms('nana je napunila devedeset pet godina i slabo jede')).toBe('nana je napunila [AGE:90PLUS] i slabo jede')
    expect(sms('Otac mi je star devedeset dvije godine')).toBe('Otac mi je star [AGE:90PLUS]')
  })

  it('keeps an age under 90', () => {
    expect(sms('imam četrdeset dvije godine i boli me stomak')).toBe('imam četrdeset dvije godine i boli me stomak')
  })

  it('redacts a date with an international or a Croatian month', () => {
    expect(sms('Dobar dan, majka je rođena 12. marta 1955. godine i treba novi recept')).toBe(
      'Dobar dan, majka je rođena [DATE:1955]. godine i treba novi recept',
    )
    expect(sms('Datum rođenja mi je 3. svibnja 1948.')).toBe('Datum rođenja mi je [DATE:1948].')
    expect(sms('moj otac je rodjen 14 septembra 1931 godine')).toBe('moj otac je rodjen [DATE:AGE90PLUS]')
    expect(sms('Imam pregled 15. novembra u 10 sati, molim vas potvrdite')).toBe(
      'Imam pregled [DATE] u 10 sati, molim vas potvrdite',
    )
    expect(sms('datum rođenja 04.06.1952')).toBe('datum rođenja [DATE:1952]')
  })

  it('redacts a date said in ordinals, the year too', () => {
    // "marta" is no month of the table (Marta is a given name Spanish-speaking patients carry): said in words, April.
    expect(sms('Moja majka je rođena dvanaestog aprila hiljadu devetsto dvadeset pete godine')).toBe(
      'Moja majka je rođena [DATE:AGE90PLUS]',
    )
    expect(sms('Bila sam u bolnici dvadeset prvog januara zbog pritiska')).toBe(
      'Bila sam u bolnici [DATE] zbog pritiska',
    )
  })

  it('redacts the name after a self cue', () => {
    expect(sms('Dobar dan, ja se zovem Amra Hodžić, želim zakazati pregled')).toBe(
      'Dobar dan, ja se zovem [NAME], želim zakazati pregled',
    )
    expect(sms('Dobar dan, ime mi je Dragan Petrović i molim vas nazovite me')).toBe(
      'Dobar dan, ime mi je [NAME] i molim vas nazovite me',
    )
  })

  it('redacts the name after a relation cue or a title', () => {
    expect(sms('moj sin Haris ima temperaturu i kašalj')).toBe('moj sin [NAME] ima temperaturu i kašalj')
    expect(sms('moja kćerka Lejla povraća od jutros')).toBe('moja kćerka [NAME] povraća od jutros')
    expect(sms('moj muž Zoran treba novi recept za inzulin')).toBe('moj muž [NAME] treba novi recept za inzulin')
    expect(sms('Doktor Kovačević je rekao da dođem u petak')).toBe('[NAME] je rekao da dođem u petak')
  })

  it('keeps a clinical message without PHI: symptoms, drugs, doses, vitals, durations, weekdays', () => {
    for (const text of [
      'Boli me glava i imam temperaturu 38,5, popila sam dvije tablete paracetamola 500 mg',
      'Moj sin kašlje tri dana, pije sirup tri puta dnevno po 5 ml',
      'Molim vas da pomjerite termin sa ponedjeljka na srijedu. Hvala',
      'pritisak 150/90, puls 88, šećer 140, osjećam se slabo',
      'Mama pije metformin 850 mg dva puta dnevno već dvije godine',
      'Dobar dan, molim termin kod doktora u petak ujutro, imam bol u stomaku',
      'imam upalu grla i temperaturu od jučer, trebam antibiotik',
      'Trebam novi recept za inzulin, nestalo mi je lijekova',
      'Mogu li doći sutra ujutro na vađenje krvi?',
      'Imam termin u utorak u 10 sati',
    ])
      expect(sms(text)).toBe(text)
  })
})
