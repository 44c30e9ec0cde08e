/**
 * The Afaan Oromo table (src/phi/languages/om.ts): phone numbers said digit by digit, ages of 90 and over in words
 * (noun before numeral: "waggaa sagaltamii shan"), dates with an Oromo month, names after a self or relation cue
 * ("maqaan koo", "haadha koo") are redacted; a clinical message without PHI keeps its words.
 */
import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Afaan Oromo table', () => {
  it('redacts a phone number said digit by digit, whole', () => {
    expect(voice('lakkoofsi bilbila koo shan lama sadii jaha torba saddeet afur tokko zeeroo lama')).toBe(
      'lakkoofsi bilbila koo [PHONE]',
    )
    expect(sms('lakkoofsa bilbilaa koo: sagal sagal tokko lama sadii afur shan jaha torba saddeet')).toBe(
      'lakkoofsa bilbilaa koo: [PHONE]',
    )
  })

  it('redacts an age of ninety or more said in words after waggaa, ganna or umurii', () => {
    expect(sms('Haati koo umuriin ishee waggaa sagaltamii shan, dhiibbaan dhiigaa ishee 160/95 dha')).toBe(
      'Haati koo umuriin ishee waggaa [AGE:90PLUS], dhiibbaan dhiigaa ishee 160/95 dha',
    )
    expect(sms('Abbaan koo waggaa 97 dha')).toBe('Abbaan koo waggaa [AGE:90PLUS] dha')
    expect(sms('Akaakayyuun koo ganna sagaltama torba')).toBe('Akaakayyuun koo ganna [AGE:90PLUS]')
  })

  it('redacts dates with an Oromo month', () => {
    expect(sms('Ani guyyaa 5 Bitootessa 1931 dhaladhe')).toBe('Ani guyyaa [DATE:AGE90PLUS] dhaladhe')
    expect(sms('Guyyaa dhalootaa koo 12 Fulbaana 1950')).toBe('Guyyaa dhalootaa koo [DATE:1950]')
    expect(sms('Guyyaa dhalootaa: 03/07/1948')).toBe('Guyyaa dhalootaa: [DATE:1948]')
    expect(sms('Beellamni koo Wiixata 14 Fulbaana 2024 sa’aatii 3tti')).toBe('Beellamni koo [DATE:2024] sa’aatii 3tti')
  })

  it('redacts the name after a self cue', () => {
    expect(sms('Maqaan koo Caalaa jedhama')).toBe('Maqaan koo [NAME] jedhama')
    expect(sms('Akkam jirtu, ani Gammachuu dha. Qorichi koo dhumeera, maaloo naaf ergaa. Galatoomaa')).toBe(
      'Akkam jirtu, ani [NAME] dha. Qorichi koo dhumeera, maaloo naaf ergaa. Galatoomaa',
    )
  })

  it('redacts the name after a relation cue, keeping the possessive koo', () => {
    expect(sms('ilma koo Obsaa qufaa qaba')).toBe('ilma koo [NAME] qufaa qaba')
    expect(sms('haati koo Dinqee dhukkubsatteetti')).toBe('haati koo [NAME] dhukkubsatteetti')
    expect(sms("intalli koo Hawwii ho'a qaamaa qabdi")).toBe("intalli koo [NAME] ho'a qaamaa qabdi")
    expect(sms('Abbaan manaa koo Tolasaa hospitaala jira')).toBe('Abbaan manaa koo [NAME] hospitaala jira')
    expect(sms('Galatoomaa, Caalaa')).toBe('Galatoomaa, [NAME]')
  })

  it('keeps a clinical message without PHI: symptom, drug, dose, vitals, duration', () => {
    for (const text of [
      "Qoricha 500 mg guyyaatti si'a lama fudhadha, ho'a qaamaa 38.5 qaba",
      'Dhiibbaan dhiigaa koo 150/90 dha, guyyoota sadii dura jalqabe',
      "Daa'imni koo qufaa fi qorra qaba, torbee tokko ta'eera",
      'Mataan na dhukkuba, garaa kaasaa fi hoqqisuu qaba. Guyyaa sadii ta’eera.',
      'Nagaa, beellama koo boru jijjiiruun barbaada. Galatoomi',
      'Sukkaarri koo 250 dha, insuliinii yuunitii 10 fudhadheera',
      'Ani dhukkubsadheera, maaloo naaf bilbilaa',
      'Ijoolleen koo lamaan qufaa qabu',
      "Ani har'a dhufuu hin danda'u, beellama koo jijjiiruun barbaada",
    ])
      expect(sms(text)).toBe(text)
  })
})
