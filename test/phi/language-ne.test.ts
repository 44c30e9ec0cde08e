import { beforeAll, describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text

// Nepali as US clinics receive it, romanised as SMS writes it and in Devanagari. Devanagari number words and month
// names are not read yet (the engine splits a Devanagari word at its vowel signs; see ne-numbers.ts).
describe('the Nepali table', () => {
  // The first scrub loads the lexicon and compiles the tables.
  beforeAll(() => void sms('namaste'), 60_000)

  it('redacts a phone number said digit by digit, whole', () => {
    expect(sms('mero number nau ek saat char char paanch chha sunya ek dui ho')).toBe('mero number [PHONE] ho')
    // "teen" and "tin" (three) are English and Tagalog words and not read alone: a three said so stays a word.
    expect(sms('mero phone number nau ek saat paanch paanch paanch sunya ek dui nau ho')).toBe(
      'mero phone number [PHONE] ho',
    )
  })

  it('redacts an age of ninety and more said in words, and keeps eighty-nine', () => {
    // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
    expect(sms('meri aama nabbe barsa ki hunuhunchha')).toBe('meri aama [AGE:90PLUS] hunuhunchha')
    expect(sms('mero hajurama unanabbe barsa ko hunuhuncha')).toBe('mero hajurama unanabbe barsa ko hunuhuncha')
  })

  it('redacts a birth date with a month name', () => {
    const out = sms('mero janma miti march 15, 1958 ho')
    expect(out).not.toContain('15')
    expect(out).toMatch(/^mero janma miti \[DATE/)
  })

  it('redacts the name after the self cue', () => {
    expect(sms('namaste mero naam sita gurung ho')).toBe('namaste mero naam [NAME] ho')
    expect(sms('नमस्ते, मेरो नाम सीता गुरुङ हो।')).toBe('नमस्ते, मेरो नाम [NAME] हो।')
  })

  it('redacts the name after a relation cue', () => {
    expect(sms('mero chhora ram lai jwaro aayo')).toBe('mero chhora [NAME] lai jwaro aayo')
    expect(sms('मेरो छोरा बिकास लाई खोकी लागेको छ')).toBe('मेरो छोरा [NAME] लाई खोकी लागेको छ')
  })

  it('redacts a name signed after thanks', () => {
    expect(sms('धन्यवाद, गीता')).toBe('धन्यवाद, [NAME]')
  })

  it('keeps a clinical message with no PHI', () => {
    for (const text of [
      'malai sombar bihana das baje paracetamol 500 mg khanu parchha, tauko dukhchha',
      'meri chhori lai khoki lageko chha, kati choti sirap dinu parchha?',
      'ma sombar aspatal janchu, mero pet dukhchha ra pakhala lageko chha',
      'म बिहीबार बिहान दस बजे पारासिटामोल ५०० मिलिग्राम खान्छु, टाउको दुख्छ।',
      'म सोमबार अस्पताल जान्छु, मेरो पेट दुख्छ र पखाला लागेको छ',
    ])
      expect(sms(text)).not.toContain('[NAME]')
  })
})
