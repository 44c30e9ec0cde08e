/**
 * The Tongan table (src/phi/languages/to.ts): phone numbers said digit by digit, ages of 90 and over in words with
 * "taʻu", dates with a Tongan month, names after a self or relation cue are redacted, with the glottal stop written ʻ,
 * ' or not at all; a clinical message without PHI keeps its words.
 */
import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Tongan table', () => {
  it('redacts a phone number said digit by digit, whole', () => {
    expect(voice('Fika telefoni: nima ua ono tolu fā fitu valu hiva taha noa')).toBe('Fika telefoni: [PHONE]')
    expect(sms('Tā mai ki he fika ono ono taha ua tolu fā nima ono fitu valu')).toBe('Tā mai ki he fika [PHONE]')
    expect(sms('telefoni mai ki he fika fitu noa valu nima nima taha ua tolu hiva fa')).toBe(
      'telefoni mai ki he fika [PHONE]',
    )
  })

  it('redacts an age of ninety or more said in words after taʻu', () => {
    expect(sms('ʻOku taʻu hivangofulu mā nima ʻeku kui fefine, ʻoku puke')).toBe(
      'ʻOku taʻu [AGE:90PLUS] ʻeku kui fefine, ʻoku puke',
    )
    expect(sms("'Oku ta'u hivangofulu ma ua 'eku kui tangata")).toBe("'Oku ta'u [AGE:90PLUS] 'eku kui tangata")
    expect(sms('Oku tau hiva ngofulu ma fitu eku kui')).toBe('Oku tau [AGE:90PLUS] eku kui')
    expect(sms('ʻEku kui fefine, taʻu 91, ʻoku ʻi he falemahaki')).toBe(
      'ʻEku kui fefine, taʻu [AGE:90PLUS], ʻoku ʻi he falemahaki',
    )
  })

  it('redacts a birth date with a Tongan month, with and without the marks', () => {
    expect(sms('Naʻe fāʻeleʻi au ʻi he ʻaho 15 ʻo ʻOkatopa 1948')).toBe('Naʻe fāʻeleʻi au ʻi he [DATE]')
    expect(sms("Na'e fa'ele'i au 12 Okatopa 1939")).toBe("Na'e fa'ele'i au [DATE:1939]")
    expect(sms('ʻAho fāʻeleʻi: 3 Sānuali 1940')).toBe('ʻAho fāʻeleʻi: [DATE:1940]')
    // An apostrophe opening a word is no letter of it: the date starts after it.
    expect(sms("Na'e fanau'i au 'i he 'aho 9 'o Ma'asi 1952")).toBe("Na'e fanau'i au 'i he '[DATE]")
    expect(sms('ʻAho fāʻeleʻi: 4/7/1950')).toBe('ʻAho fāʻeleʻi: [DATE:1950]')
  })

  it('redacts the name after a self cue', () => {
    expect(sms('Ko hoku hingoa ko Mele Tupou')).toBe('Ko hoku hingoa ko [NAME]')
    expect(sms('Malo e lelei, ko hoku hingoa ko Siosaia Havili, ʻoku ou fie maʻu ha taimi')).toBe(
      'Malo e lelei, ko hoku hingoa ko [NAME], ʻoku ou fie maʻu ha taimi',
    )
  })

  it('redacts the name after a relation cue', () => {
    expect(sms('ʻEku faʻē ko Mele ʻoku puke')).toBe('ʻEku faʻē ko [NAME] ʻoku puke')
    expect(sms('Hoku foha ko Viliami ʻoku mofi')).toBe('Hoku foha ko [NAME] ʻoku mofi')
    expect(sms("'Eku 'ofefine Salote 'oku tale")).toBe("'Eku 'ofefine [NAME] 'oku tale")
    expect(sms('Ko hoku uaifi ko Lavinia ʻoku feitama')).toBe('Ko hoku uaifi ko [NAME] ʻoku feitama')
  })

  it('keeps a clinical message without PHI: symptom, drug, dose, vitals, duration', () => {
    for (const text of [
      'ʻOku ou fiemaʻu ha faitoʻo ki he langa ʻulu, 500 mg tuʻo ua he ʻaho',
      'ʻOku ou inu ʻa e metformin 500 mg tuʻo ua he ʻaho',
      'Ko e toto māʻolunga 150/90, ʻoku ou inu faitoʻo',
      'ʻOku fiva ʻeku tama, 38.5 ʻa e mofi',
      'ʻOku ou puke ʻi he uike ʻe ua, ʻoku ou tale mo mofi',
      'ʻOku langa hoku kete mo e fakalele ʻi he ʻaho ʻe ua',
      'Kātaki ʻo tā mai, mālō',
      "Kataki, 'oku 'ikai lava 'o ha'u 'apongipongi",
      'ʻE lava ke u haʻu ʻapongipongi ʻi he houa 10?',
      'ʻOku ou tale mo mofi ʻi he ʻaho ʻe nima',
      'Ko e suka 180 he pongipongi ni',
      'Naʻa ku luaʻi tuʻo tolu he poʻuli',
      // "mai" (hither) is the given name Mai elsewhere, and "ta mai" was 12 May.
      'ta mai ki he kiliniki, mālō',
      'ʻOku ou ongoʻi ninimo mo vaivai',
    ])
      expect(sms(text)).toBe(text)
  })
})
