/**
 * Name and address extents, holidays, handles and glued numbers (issue 10, session 4): what sits between or beside a
 * value the engine found belongs to it unless a table proves it safe. Sentences written for these tests; exact
 * outputs of scrubText (redact mode). The last block checks that clinical words around the same shapes survive.
 */
import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const FOUND: Array<[channel: 'sms' | 'voice' | 'chat', input: string, output: string]> = [
  // A word or two particles between two names.
  ['sms', 'Please call Marguerite St. Pierre about the biopsy', 'Please call [NAME] about the biopsy'],
  ['voice', 'my name is anneke van der linde and i need a refill', 'my name is [NAME] and i need a refill'],
  // Nicknames between a person cue and a name.
  [
    'voice',
    'hi this is lil dwayne calling for my grandma nana odessa about her inhaler',
    'hi this is [NAME] calling for my grandma [NAME] about her inhaler',
  ],
  ['voice', 'manman m ti roselor gen lafyèv depi yè', 'manman m [NAME] gen lafyèv depi yè'],
  // Titles only ever written before a name.
  ['sms', 'si aling milagros po ay may ubo', 'si [NAME] po ay may ubo'],
  // Name links: Vietnamese middle names, Arabic compound names.
  ['sms', 'toi la tran van hung, toi bi dau dau', 'toi la [NAME], toi bi dau dau'],
  ['sms', 'chồng tôi là Phan Văn Lộc, bị sốt ba ngày', 'chồng tôi là [NAME], bị sốt ba ngày'],
  ['sms', 'ابني خالد عبد الرحمن عنده حمى', 'ابني [NAME] عنده حمى'],
  // Romanised Korean given names beside a family name.
  ['voice', 'my aunt lee mi-sook needs an interpreter', 'my aunt [NAME] needs an interpreter'],
  // Holidays date an event; a greeting does not.
  ['voice', 'i fell on thanksgiving and my hip still hurts', 'i fell on [DATE] and my hip still hurts'],
  ['sms', 'Me operaron el día de los muertos', 'Me operaron el [DATE]'],
  ['sms', '春节那天我头疼', '[DATE]那天我头疼'],
  // Addresses after a cue in other languages, with their units; numbered roads; a town after a street.
  ['sms', 'Mi dirección es Avenida Juárez 455, depto 7, gracias', 'Mi dirección es [ADDRESS], gracias'],
  ['sms', 'Мой адрес: улица Лесная 12, кв. 48', 'Мой адрес: [ADDRESS]'],
  ['voice', 'we are the farm on county road forty two past the church', 'we are the farm on [ADDRESS] past the church'],
  ['voice', 'i live at 77 birch lane salt lake city', 'i live at [ADDRESS] [LOCALITY]'],
  // Handles, capital prefixes of an identifier (typed by the cue: "carte d'assurance" is a health plan), digits glued to Han text.
  ['chat', 'locked out of the portal, login is kbarrows_77', 'locked out of the portal, login is [OTHER]'],
  [
    'sms',
    "Ma carte d'assurance maladie est TREM 6103 2245, merci beaucoup",
    "Ma carte d'assurance maladie est [HEALTHPLAN], merci beaucoup",
  ],
  ['sms', '我住在8841号公寓', '我住在[ADDRESS]'],
  [
    'sms',
    'Bom dia, o cartão do convênio é 0031 5528 9904 1172 e o exame foi negado',
    'Bom dia, o cartão do convênio é [OTHER] [OTHER] [OTHER] [OTHER] e o exame foi negado',
  ],
  ['voice', 'you can pay at riverbend dot example slash billing slash j k four four', 'you can pay at [URL]'],
  ['voice', 'my login is tiny tim seventy two all one word', 'my login is [NAME] all one word'],
  ['sms', 'Moro na Rua das Flores, 120, ap 12, obrigado', 'Moro na [ADDRESS], obrigado'],
  // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
  ['voice', "ang lolo ko ay siyamnapu't tatlong taong gulang", 'ang lolo ko ay [AGE:90PLUS]'],
]

const KEPT: Array<[channel: 'sms' | 'voice' | 'chat', input: string]> = [
  ['sms', 'merry christmas to the whole clinic, my sugar was 140 this morning'],
  ['voice', 'my son and my daughter both have a cough since monday'],
  ['sms', 'i take the bus route 9 to the clinic'],
  ['voice', 'happy new year, is the pharmacy open tomorrow'],
  ['sms', 'mi esposo se siente mal y tiene fiebre de 39'],
  ['voice', 'she has a polka dot rash and the login page will not load'],
  ['sms', 'BP 140 90, pulse 88, sugar 212 after lunch'],
]

describe('extents: what sits beside a found value belongs to it', () => {
  for (const [channel, input, output] of FOUND) {
    it(input, () => expect(scrubText(input, { channel }).text).toBe(output))
  }
})

describe('extents: clinical words around the same shapes survive', () => {
  for (const [channel, input] of KEPT) {
    it(`keeps: ${input}`, () => expect(scrubText(input, { channel }).text).toBe(input))
  }

  it('takes a street type and unit said after a street the detector closed early', () => {
    expect(scrubText('it is now seven seventy seven juniper ridge way unit four b', { channel: 'voice' }).text).toBe(
      'it is now [ADDRESS]',
    )
    expect(scrubText('she lives at 12 oak st and way more', { channel: 'sms' }).text).toContain('and way more')
  })
})
