/**
 * The Hmong table (src/phi/languages/hmn.ts, Romanized Popular Alphabet): phone numbers said digit by digit, ages of
 * 90 and over with "xyoo", dates with "hnub tim", "lub … hlis" and "xyoo", names after a self or relation cue are
 * redacted; a clinical message without PHI keeps its words, and English text with the syllables Hmong shares with it
 * ("rau", "ob", "tus", "me", "no") is read as before.
 */
import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Hmong table', () => {
  it('redacts a phone number said digit by digit, whole', () => {
    expect(voice('kuv tus xov tooj yog rau ib ob xya tsib tsib yim peb ob xoom')).toBe('kuv tus xov tooj yog [PHONE]')
    // "rau" is six and the "to" of "hu rau kuv" (call me): the cue keeps its own.
    expect(sms('thov hu rau kuv rau ib ob, cuaj cuaj xya, plaub plaub tsib ib')).toBe('thov hu rau kuv [PHONE]')
    expect(voice('hu rau kuv ntawm cuaj ib ob yim yim xya rau tsib plaub peb')).toBe('hu rau kuv ntawm [PHONE]')
    // "xovtooj" written as one word, as many texts do.
    expect(sms('kuv tus xovtooj yog ob ib ob, xya ib yim, plaub ib xya peb')).toBe('kuv tus xovtooj yog [PHONE]')
  })

  it('redacts an age of ninety or more with "xyoo" (years)', () => {
    expect(sms('kuv niam muaj cuaj caum tsib xyoo, nws mob heev')).toBe('kuv niam muaj [AGE:90PLUS], nws mob heev')
    // Tens with "caug" or "caum", as writers mix them.
    expect(sms('kuv yawg hnub nyoog cuaj caug tsib xyoo, nws mob ntsws')).toBe(
      'kuv yawg hnub nyoog [AGE:90PLUS], nws mob ntsws',
    )
    expect(sms('kuv pog muaj 96 xyoo lawm, nws tsis noj mov')).toBe('kuv pog muaj [AGE:90PLUS] lawm, nws tsis noj mov')
    expect(sms('kuv niam hnub nyoog 91 xyoo')).toBe('kuv niam hnub nyoog [AGE:90PLUS]')
  })

  it('keeps an age under ninety', () => {
    for (const text of ['kuv pog laus lawm, nws muaj yim caum xyoo', 'kuv tus tub muaj rau xyoo, nws hnoos'])
      expect(sms(text)).toBe(text)
  })

  it('redacts dates: "hnub tim" days, "lub … hlis" months, birth years of 90+ after "yug xyoo"', () => {
    // The day and the month are read apart ("lub" also counts tablets); a year alone is kept unless it means 90+.
    expect(sms('kuv yug hnub tim 15 lub 3 hlis xyoo 1948')).toBe('kuv yug hnub [DATE] [DATE] xyoo 1948')
    expect(sms('nws yug hnub tim kaum tsib lub peb hlis xyoo 1931')).toBe(
      'nws yug hnub [DATE] [DATE] xyoo [DATE:AGE90PLUS]',
    )
    expect(sms('kuv yug lub 3 hlis tim 15 xyoo 1948')).toBe('kuv yug [DATE] [DATE:1948]')
    // December in four words ("lub kaum ob hlis", the twelfth month).
    expect(sms('kuv yug hnub tim 2 lub kaum ob hlis xyoo 1950')).toBe('kuv yug hnub [DATE] [DATE] xyoo 1950')
    expect(sms('kuv niam yug xyoo 1932, thov pab nws')).toBe('kuv niam yug xyoo [DATE:AGE90PLUS], thov pab nws')
    expect(sms('kuv yug 5/12/1961, kuv xav teem caij')).toBe('kuv yug [DATE:1961], kuv xav teem caij')
    expect(sms('hnub tim 18 kuv yuav mus kuaj ntshav')).toBe('hnub [DATE] kuv yuav mus kuaj ntshav')
    // A weekday ("hnub plaub", Thursday) with its day.
    expect(sms('kuv teem caij hnub plaub tim 12 thaum 9 teev')).toBe('kuv teem caij [DATE] thaum 9 teev')
  })

  it('redacts the name after a self cue', () => {
    expect(sms('Nyob zoo, kuv lub npe hu ua Paj Vang')).toBe('Nyob zoo, kuv lub npe hu ua [NAME]')
    expect(sms('Kuv npe yog Tswb Xyooj, kuv xav teem caij')).toBe('Kuv npe yog [NAME], kuv xav teem caij')
    expect(sms('kuv yog Nplias Yaj, kuv mob plab')).toBe('kuv yog [NAME], kuv mob plab')
  })

  it('redacts the name after a relation cue', () => {
    expect(sms('kuv tus tub Txhiaj hnoos heev txij nag hmo')).toBe('kuv tus tub [NAME] hnoos heev txij nag hmo')
    expect(sms('kuv tus poj niam Yeeb Lis mob plab')).toBe('kuv tus poj niam [NAME] mob plab')
    expect(sms('kuv txiv Neng Lee nyob tsev kho mob')).toBe('kuv txiv [NAME] nyob tsev kho mob')
    expect(sms('kuv niam Nou Thao xav tau tshuaj')).toBe('kuv niam [NAME] xav tau tshuaj')
    // "Kub" is also "hot": after the cue it is the son's name.
    expect(sms('kuv tus tub Kub mob khaub thuas')).toBe('kuv tus tub [NAME] mob khaub thuas')
    expect(sms('kuv tus ntxhais Nkauj ua npaws thiab hnoos')).toBe('kuv tus ntxhais [NAME] ua npaws thiab hnoos')
  })

  it('redacts a name signed after thanks', () => {
    expect(sms('Ua tsaug ntau, Paj Xyooj')).toBe('Ua tsaug ntau, [NAME]')
  })

  it('keeps a clinical message without PHI: symptom, drug, dose, vitals, duration, weekday', () => {
    for (const text of [
      'kuv noj tshuaj ob lub ib hnub ob zaug, tab sis tseem mob',
      'noj metformin 500 mg ib hnub ob zaug thaum noj mov',
      'kuv ntshav siab 150/90, qab zib 180 thaum sawv ntxov',
      'kuv mob taub hau thiab kiv taub hau peb hnub lawm',
      'nws hnoos tsis tseg ob lim tiam lawm, thov pab',
      'kuv tsis tuaj tau hnub ib thaum 10 teev, thov ncua kuv lub sij hawm',
      'kuv tus menyuam raws plab thiab ntuav txij nag hmo, nws haus dej me ntsis xwb',
      'Nyob zoo kws kho mob, kuv xav tau tshuaj ntshav siab ntxiv. Ua tsaug',
      'kuv hnyav 150 phaus, kuv pw tsis tsaug zog',
      'nws ua npaws 102 ob hnub lawm',
      'kuv xav tau tshuaj ntxiv, kuv cov tshuaj yuav tas lawm',
      'kuv mus tsis tau hnub Monday, kuv tsheb tawg lawm',
      'kuv qij txha mob thiab txhav thaum sawv ntxov',
    ])
      expect(sms(text)).toBe(text)
  })

  it('keeps English text with the syllables Hmong shares with it', () => {
    for (const text of [
      'Tus is not a word, no me gusta',
      'Call me back no later than 5, thanks',
      'The OB said my son was fine, me and him are going home',
      'Her blood pressure was 150 over 90 today',
      'Lo siento, no puedo ir a la cita',
      'The RAU report came back, no changes, me and my wife are relieved',
      'Please call me at 6 tomorrow, no rush',
    ])
      expect(sms(text)).toBe(text)
  })
})
