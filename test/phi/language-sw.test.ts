/**
 * The Swahili table (src/phi/languages/sw.ts): phone numbers said digit by digit, ages of 90 and over in words, birth
 * dates with a Swahili month, names after a self or relation cue are redacted; a clinical message without PHI keeps
 * its words (no word of it read as a name by the word backstop).
 */
import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Swahili table', () => {
  it('redacts a phone number said digit by digit, whole', () => {
    // Without a six: "sita" alone is read as the given name Sita (see sw-numbers.ts), so a six said alone is no digit.
    expect(voice('namba yangu ni saba moja saba tano tano nane tatu mbili sifuri tisa')).toBe('namba yangu ni [PHONE]')
    expect(sms('tafadhali nipigie nane sifuri moja nne nne tatu saba tisa mbili tano')).toBe(
      'tafadhali nipigie [PHONE]',
    )
  })

  it('redacts an age of ninety or more said in words, years first', () => {
    // "miaka" (years) comes before the number: it is the age's cue and stays.
    expect(sms('umri wa mama yangu ni miaka tisini na mbili')).toBe('umri wa mama yangu ni miaka [AGE:90PLUS]')
    // Congolese Swahili tens: "makumi kenda na tano", 95.
    expect(sms('bibi yangu ni mgonjwa, umri wake ni miaka makumi kenda na tano')).toBe(
      'bibi yangu ni mgonjwa, umri wake ni miaka [AGE:90PLUS]',
    )
  })

  it('redacts a birth date with a Swahili month', () => {
    expect(sms('Habari, nilizaliwa 15 Machi 1958, naomba miadi')).toBe('Habari, nilizaliwa [DATE:1958], naomba miadi')
    expect(sms('tarehe ya kuzaliwa ni 3 Julai 1949')).toBe('tarehe ya kuzaliwa ni [DATE:1949]')
    // Day and month in words ("mwezi wa tatu", the third month) after "tarehe": a birth year of 1931 is an age of 90+.
    expect(sms('alizaliwa tarehe kumi na tano mwezi wa tatu mwaka 1931, sasa ni mgonjwa')).toBe(
      'alizaliwa [DATE:AGE90PLUS], sasa ni mgonjwa',
    )
  })

  it('redacts the name after a self cue', () => {
    expect(sms('Habari, jina langu ni Neema Massawe')).toBe('Habari, jina langu ni [NAME]')
    expect(sms('Naitwa Kahindo Kasereka, naomba miadi')).toBe('Naitwa [NAME], naomba miadi')
  })

  it('redacts the name after a relation cue', () => {
    expect(sms('mwanangu Baraka anakohoa sana tangu juzi')).toBe('mwanangu [NAME] anakohoa sana tangu juzi')
    expect(sms('mume wangu Hamisi anaumwa, naomba miadi kesho')).toBe('mume wangu [NAME] anaumwa, naomba miadi kesho')
  })

  it('keeps a clinical message without PHI: symptom, drug, dose, time, weekday', () => {
    for (const text of [
      'Nina maumivu ya kichwa na homa tangu juzi, nimekunywa vidonge viwili vya paracetamol 500 mg',
      'Daktari, sukari yangu ni 180 asubuhi, metformin imeisha. Naomba dawa tafadhali',
      'Siwezi kuja kwenye miadi ya jumatatu saa tatu asubuhi, naomba kuahirisha. Asante',
      'mtoto wangu anatapika na kuhara siku mbili, anakunywa maji kidogo tu',
    ])
      expect(sms(text)).toBe(text)
  })
})
