/**
 * The Samoan table (src/phi/languages/sm.ts): phone numbers said digit by digit, ages of 90 and over in words with
 * "tausaga", dates with a Samoan month, names after a self or relation cue are redacted, with the glottal stop written
 * ʻ, ' or not at all; a clinical message without PHI keeps its words.
 */
import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Samoan table', () => {
  it('redacts a phone number said digit by digit, whole', () => {
    expect(voice('Telefoni mai i le numera lima lua ono tolu fa fitu valu iva tasi selo')).toBe(
      'Telefoni mai i le numera [PHONE]',
    )
    expect(sms('Laʻu numera o ono ono tasi lua tolu fā lima ono fitu valu')).toBe('Laʻu numera o [PHONE]')
    expect(sms("la'u numera: fitu selo valu lima lima tasi lua tolu iva fa")).toBe("la'u numera: [PHONE]")
  })

  it('redacts an age of ninety or more said in words with tausaga', () => {
    expect(sms('Loʻu tinamatua e ivasefulu ma le lima tausaga')).toBe('Loʻu tinamatua e [AGE:90PLUS]')
    expect(sms('Ua ivasefulu ma le lua ona tausaga o loʻu tamamatua')).toBe('Ua [AGE:90PLUS] o loʻu tamamatua')
    expect(sms("E iva sefulu fitu tausaga lo'u tamā")).toBe("E [AGE:90PLUS] lo'u tamā")
    expect(sms("Lo'u tina e 93 tausaga")).toBe("Lo'u tina e [AGE:90PLUS]")
  })

  it('redacts a birth date with a Samoan month, with and without the marks', () => {
    expect(sms('Na fanau aʻu i le aso 3 o Aokuso 1950')).toBe('Na fanau aʻu i le aso [DATE:1950]')
    expect(sms("Na fanau a'u 12 Oketopa 1938")).toBe("Na fanau a'u [DATE:1938]")
    expect(sms('Aso fanau: 4 Iulai 1945')).toBe('Aso fanau: [DATE:1945]')
    expect(sms('O le aso 15 o Me 1944 na fanau ai loʻu tina')).toBe('O le aso [DATE:1944] na fanau ai loʻu tina')
    // A birth year over 89 years ago is generalised with the age.
    expect(sms('Aso fanau: 22 Tesema 1936')).toBe('Aso fanau: [DATE:AGE90PLUS]')
  })

  it('redacts the name after a self cue', () => {
    expect(sms('O loʻu igoa o Tavita Faleolo')).toBe('O loʻu igoa o [NAME]')
    expect(sms("O lo'u igoa o Malia Tuilagi, e mana'o e fa'atulaga se taimi")).toBe(
      "O lo'u igoa o [NAME], e mana'o e fa'atulaga se taimi",
    )
  })

  it('redacts the name after a relation cue', () => {
    expect(sms("Lo'u atali'i o Sione e maʻi")).toBe("Lo'u atali'i o [NAME] e maʻi")
    expect(sms('Loʻu afafine Teuila e fiva')).toBe('Loʻu afafine [NAME] e fiva')
    expect(sms('Loʻu toʻalua o Losa e tiga lona ulu')).toBe('Loʻu toʻalua o [NAME] e tiga lona ulu')
  })

  it('keeps a clinical message without PHI: symptom, drug, dose, vitals, duration', () => {
    for (const text of [
      'E lua fualaau i le aso, 500 mg',
      'Ua tolu aso o fiva ma tale loʻu tama',
      'O le toto maualuga 150/90, ou te inu vailaʻau',
      'Faʻamolemole telefoni mai, faʻafetai',
      'Ua lua vaiaso o tiga loʻu ulu ma niniva',
      'E le mafai ona ou sau taeao, faʻamolemole toe faʻatulaga',
      'Ua uma aʻu vailaʻau, e manaʻo i se isi',
      'Ou te inu metformin 500 mg faalua i le aso',
      'Loʻu suka 180 i le taeao',
      'Ua fulafula oʻu vae ma ou te le mafai ona savali',
      'Ua maʻi loʻu tama i le fiva, 39 tikeri',
      'E tatau ona ou toe sau i le falemaʻi i le vaiaso a sau?',
      // "mai" (hither) is the given name Mai elsewhere, "sau mai" was 6 May and "mai le" the name Mai Lê.
      'Ua ou lagona le vaivai ma le niniva talu mai le vaiaso talu ai',
      'sau mai i le falemaʻi',
      'Faʻamolemole vili mai pe a maeʻa laʻu vailaʻau',
      'Talofa, e manaʻo e faʻatulaga se taimi ma le fomaʻi i le aso lua',
    ])
      expect(sms(text)).toBe(text)
  })
})
