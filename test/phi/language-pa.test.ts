/**
 * The Punjabi table (src/phi/languages/pa.ts): in Gurmukhi, with romanised Punjabi as phones type it. Phone numbers
 * said digit by digit, ages of 90 and over in words with the years-old words (ਸਾਲ ਦੀ, ਵਰ੍ਹਿਆਂ ਦੇ), dates with a
 * Gregorian or Desi (Nanakshahi) month and Gurmukhi digits, names after a self or relation cue or a title are
 * redacted; a clinical message without PHI keeps every word (Gurmukhi words stay whole with their vowel signs).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Punjabi table', () => {
  // The first scrub loads the lexicon and compiles the tables.
  beforeAll(() => void sms('ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ'), 60_000)

  it('redacts a phone number said digit by digit, whole', () => {
    expect(voice('ਮੇਰਾ ਨੰਬਰ ਨੌਂ ਇੱਕ ਸੱਤ ਪੰਜ ਪੰਜ ਪੰਜ ਸਿਫ਼ਰ ਇੱਕ ਦੋ ਨੌਂ ਹੈ')).toBe('ਮੇਰਾ ਨੰਬਰ [PHONE] ਹੈ')
    expect(voice('ਮੇਰਾ ਫ਼ੋਨ ਨੰਬਰ ਛੇ ਇੱਕ ਚਾਰ ਦੋ ਦੋ ਤਿੰਨ ਅੱਠ ਨੌਂ ਪੰਜ ਸੱਤ ਹੈ')).toBe('ਮੇਰਾ ਫ਼ੋਨ ਨੰਬਰ [PHONE] ਹੈ')
    expect(sms('mera number ikk ikk panj panj satt atth satt chhe panj ikk')).toBe('mera number [PHONE]')
  })

  it('reads Gurmukhi digits as digits', () => {
    expect(sms('ਮੇਰਾ ਨੰਬਰ ੬੧੪ ੨੨੩ ੮੯੫੭ ਹੈ')).toBe('ਮੇਰਾ ਨੰਬਰ [PHONE] ਹੈ')
    expect(sms('ਮੇਰੀ ਜਨਮ ਤਾਰੀਖ਼ ੧੫/੦੩/੧੯੫੮ ਹੈ')).toBe('ਮੇਰੀ ਜਨਮ [DATE] ਹੈ')
  })

  it('redacts an age of ninety or more said in words with the years-old word', () => {
    // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
    expect(sms('ਮੇਰੇ ਮਾਤਾ ਜੀ ਬਾਨਵੇਂ ਸਾਲ ਦੇ ਹਨ')).toBe('ਮੇਰੇ ਮਾਤਾ ਜੀ [AGE:90PLUS] ਹਨ')
    expect(sms('ਮੇਰੇ ਪਿਤਾ ਜੀ ਅਠਾਨਵੇਂ ਵਰ੍ਹਿਆਂ ਦੇ ਹਨ')).toBe('ਮੇਰੇ ਪਿਤਾ ਜੀ [AGE:90PLUS] ਹਨ')
    expect(sms('ਮੇਰੇ ਬਾਪੂ ਜੀ ਚੁਰਾਨਵੇਂ ਸਾਲਾਂ ਦੇ ਹਨ')).toBe('ਮੇਰੇ ਬਾਪੂ ਜੀ [AGE:90PLUS] ਹਨ')
    expect(sms('ਬੀਜੀ ਦੀ ਉਮਰ ਨੱਬੇ ਸਾਲ ਹੈ')).toBe('ਬੀਜੀ ਦੀ ਉਮਰ [AGE:90PLUS] ਹੈ')
    // The nasal and the adhak left out, as phones often type them.
    expect(sms('ਮੇਰੀ ਨਾਨੀ ਨੜਿਨਵੇ ਸਾਲ ਦੀ ਹੈ')).toBe('ਮੇਰੀ ਨਾਨੀ [AGE:90PLUS] ਹੈ')
    expect(sms('ਮੇਰੀ ਦਾਦੀ 94 ਸਾਲ ਦੀ ਹੈ')).toBe('ਮੇਰੀ ਦਾਦੀ [AGE:90PLUS] ਹੈ')
    expect(sms('meri maa nabbe saal di hai')).toBe('meri maa [AGE:90PLUS]')
  })

  it('redacts dates with a Gregorian or a Desi month', () => {
    expect(sms('ਮੇਰਾ ਜਨਮ 15 ਮਾਰਚ 1958 ਨੂੰ ਹੋਇਆ')).toBe('ਮੇਰਾ ਜਨਮ [DATE:1958] ਨੂੰ ਹੋਇਆ')
    expect(sms('ਮੇਰਾ ਜਨਮ ੧੫ ਚੇਤ ੧੯੫੮ ਨੂੰ ਹੋਇਆ')).toBe('ਮੇਰਾ ਜਨਮ [DATE:1958] ਨੂੰ ਹੋਇਆ')
    expect(sms('ਮੇਰਾ ਜਨਮ ੨੦ ਵੈਸਾਖ ੨੦੧੫ ਬਿਕਰਮੀ ਨੂੰ ਹੋਇਆ')).toBe('ਮੇਰਾ ਜਨਮ [DATE:2015] ਨੂੰ ਹੋਇਆ')
    expect(sms('ਮੇਰਾ ਜਨਮ 3 ਜੁਲਾਈ 1931 ਨੂੰ ਹੋਇਆ ਸੀ')).toBe('ਮੇਰਾ ਜਨਮ [DATE:AGE90PLUS] ਨੂੰ ਹੋਇਆ ਸੀ')
    expect(sms('ਮੇਰਾ ਜਨਮ ਪੋਹ ੧੯੩੦ ਵਿੱਚ ਹੋਇਆ')).toBe('ਮੇਰਾ ਜਨਮ [DATE:AGE90PLUS] ਵਿੱਚ ਹੋਇਆ')
    expect(sms('ਅਪੌਇੰਟਮੈਂਟ 12 ਜਨਵਰੀ 2025 ਨੂੰ ਹੈ')).toBe('ਅਪੌਇੰਟਮੈਂਟ [DATE:2025] ਨੂੰ ਹੈ')
    expect(sms('ਅਗਲੇ ਸੋਮਵਾਰ 15 ਤਾਰੀਖ਼ ਨੂੰ ਅਪੌਇੰਟਮੈਂਟ ਹੈ')).toBe('[DATE] ਨੂੰ ਅਪੌਇੰਟਮੈਂਟ ਹੈ')
  })

  it('redacts the name after a self cue, with Singh and Kaur', () => {
    expect(sms('ਮੇਰਾ ਨਾਮ ਗੁਰਪ੍ਰੀਤ ਕੌਰ ਹੈ')).toBe('ਮੇਰਾ ਨਾਮ [NAME] ਹੈ')
    expect(sms('ਮੇਰਾ ਨਾਂ ਬਲਵੀਰ ਸਿੰਘ ਸੰਧੂ ਹੈ, ਮੈਨੂੰ ਫ਼ੋਨ ਕਰੋ')).toBe('ਮੇਰਾ ਨਾਂ [NAME] ਹੈ, ਮੈਨੂੰ ਫ਼ੋਨ ਕਰੋ')
    expect(sms('ਮੈਂ ਬਲਵੀਰ ਹਾਂ')).toBe('ਮੈਂ [NAME] ਹਾਂ')
    expect(sms('ਮੇਰੇ ਪਤੀ ਦਾ ਨਾਮ ਗੁਰਮੀਤ ਹੈ')).toBe('ਮੇਰੇ ਪਤੀ ਦਾ ਨਾਮ [NAME] ਹੈ')
    expect(sms('mera naa gurpreet kaur hai')).toBe('mera naa [NAME] hai')
  })

  it('redacts the name after a relation cue', () => {
    expect(sms('ਮੇਰਾ ਪੁੱਤਰ ਹਰਜੀਤ ਬਿਮਾਰ ਹੈ')).toBe('ਮੇਰਾ ਪੁੱਤਰ [NAME] ਬਿਮਾਰ ਹੈ')
    expect(sms('ਮੇਰੀ ਧੀ ਸਿਮਰਨ ਨੂੰ ਖੰਘ ਹੈ')).toBe('ਮੇਰੀ ਧੀ [NAME] ਨੂੰ ਖੰਘ ਹੈ')
    expect(sms('ਮੇਰੀ ਘਰਵਾਲੀ ਪਰਮਜੀਤ ਦਾ ਬੀਪੀ ਵੱਧ ਹੈ')).toBe('ਮੇਰੀ ਘਰਵਾਲੀ [NAME] ਦਾ ਬੀਪੀ ਵੱਧ ਹੈ')
    expect(sms('ਮੇਰਾ ਮੁੰਡਾ ਤੇਜਵੀਰ ਕੱਲ੍ਹ ਆਵੇਗਾ')).toBe('ਮੇਰਾ ਮੁੰਡਾ [NAME] ਕੱਲ੍ਹ ਆਵੇਗਾ')
    expect(sms('mera putt jaswinder bimar hai')).toBe('mera putt [NAME] bimar hai')
  })

  it('reads a given name that is also a word as a name after a cue only', () => {
    // ਅਮਨ (peace), ਖੁਸ਼ੀ (joy), ਸਾਰਾ (all) are `everydayWords`: kept in a sentence, a name after a relation cue.
    expect(sms('ਮੇਰੀ ਧੀ ਅਮਨ ਨੂੰ ਬੁਖ਼ਾਰ ਹੈ')).toBe('ਮੇਰੀ ਧੀ [NAME] ਨੂੰ ਬੁਖ਼ਾਰ ਹੈ')
    expect(sms('ਮੇਰੀ ਧੀ ਸਾਰਾ ਨੂੰ ਬੁਖ਼ਾਰ ਹੈ')).toBe('ਮੇਰੀ ਧੀ [NAME] ਨੂੰ ਬੁਖ਼ਾਰ ਹੈ')
    expect(sms('ਸਾਰਾ ਦਿਨ ਸਿਰ ਦਰਦ ਰਹਿੰਦਾ ਹੈ')).toBe('ਸਾਰਾ ਦਿਨ ਸਿਰ ਦਰਦ ਰਹਿੰਦਾ ਹੈ')
    expect(sms('ਅੱਜ ਖੁਸ਼ੀ ਦਾ ਦਿਨ ਹੈ')).toBe('ਅੱਜ ਖੁਸ਼ੀ ਦਾ ਦਿਨ ਹੈ')
  })

  it('redacts the name after a title and signed after thanks', () => {
    expect(sms('ਸਰਦਾਰ ਬਲਵੀਰ ਸਿੰਘ ਆਏ ਸਨ')).toBe('ਸਰਦਾਰ [NAME] ਆਏ ਸਨ')
    expect(sms('ਬੀਬੀ ਗੁਰਨਾਮ ਕੌਰ ਦੀ ਉਮਰ ਛਿਆਨਵੇਂ ਸਾਲ ਹੈ')).toBe('[NAME] ਦੀ ਉਮਰ [AGE:90PLUS] ਹੈ')
    expect(sms('ਡਾਕਟਰ ਸੰਧੂ ਨੇ ਕਿਹਾ ਸੀ')).not.toContain('ਸੰਧੂ')
    expect(sms('ਧੰਨਵਾਦ, ਹਰਪ੍ਰੀਤ')).toBe('ਧੰਨਵਾਦ, [NAME]')
  })

  it('keeps a clinical message without PHI: symptoms, doses, vitals, durations, weekdays', () => {
    for (const text of [
      'ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਮੈਂ ਸੋਮਵਾਰ ਨੂੰ ਸਵੇਰੇ 10 ਵਜੇ ਆਵਾਂਗਾ',
      'ਮੈਂ ਦਿਨ ਵਿੱਚ ਦੋ ਵਾਰ 500 ਮਿਲੀਗ੍ਰਾਮ ਮੈਟਫਾਰਮਿਨ ਲੈਂਦਾ ਹਾਂ',
      'ਮੇਰਾ ਬੀਪੀ 140/90 ਹੈ ਅਤੇ ਸ਼ੂਗਰ 180 ਹੈ',
      'ਤਿੰਨ ਦਿਨਾਂ ਤੋਂ ਬੁਖ਼ਾਰ ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਡਾਕਟਰ ਨੂੰ ਦੱਸੋ',
      'ਸ਼ਾਮ ਨੂੰ ਦਵਾਈ ਲੈਂਦਾ ਹਾਂ',
      'ਡਾਕਟਰ ਨੇ ਕਿਹਾ ਸੀ ਕਿ ਦਵਾਈ ਬੰਦ ਕਰੋ',
      'ਮੇਰਾ ਭਾਰ 80 ਕਿਲੋ ਹੈ ਅਤੇ ਤਾਪਮਾਨ 101 ਡਿਗਰੀ ਹੈ',
      'ਦੋ ਹਫ਼ਤਿਆਂ ਤੋਂ ਖੰਘ ਹੈ ਅਤੇ ਸਾਹ ਲੈਣ ਵਿੱਚ ਤਕਲੀਫ਼ ਹੈ',
      'ਕੀ ਮੈਂ ਅਪੌਇੰਟਮੈਂਟ ਬਦਲ ਸਕਦਾ ਹਾਂ? ਮੈਂ ਮੰਗਲਵਾਰ ਨੂੰ ਨਹੀਂ ਆ ਸਕਦਾ',
      'ਮੇਰੀ ਦਵਾਈ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ, ਫਾਰਮੇਸੀ ਨੂੰ ਨੁਸਖ਼ਾ ਭੇਜ ਦਿਓ',
      'ਮੇਰੇ ਗੋਡਿਆਂ ਵਿੱਚ ਬਹੁਤ ਦਰਦ ਹੁੰਦਾ ਹੈ, ਰਾਤ ਨੂੰ ਨੀਂਦ ਨਹੀਂ ਆਉਂਦੀ',
      'ਬੱਚੇ ਨੂੰ ਉਲਟੀਆਂ ਅਤੇ ਦਸਤ ਲੱਗੇ ਹੋਏ ਹਨ, ਕੀ ਕਰੀਏ?',
      'ਇਨਸੁਲਿਨ ਦੀਆਂ 20 ਯੂਨਿਟ ਰਾਤ ਨੂੰ ਲੈਂਦੀ ਹਾਂ',
      'ਪੈਰਾਸੀਟਾਮੋਲ ਦੀਆਂ ਦੋ ਗੋਲੀਆਂ ਦਿਨ ਵਿੱਚ ਤਿੰਨ ਵਾਰ ਲਓ',
      'ਮੇਰੀ ਸ਼ੂਗਰ ਸਵੇਰੇ 160 ਸੀ, ਕੀ ਮੈਂ ਇਨਸੁਲਿਨ ਵਧਾਵਾਂ?',
      'ਨਰਸ ਜੀ, ਮੇਰੀ ਨਾਨੀ ਨੂੰ ਚੱਕਰ ਆਉਂਦੇ ਹਨ',
      'ਮੈਨੂੰ ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲਾ ਦੁਭਾਸ਼ੀਆ ਚਾਹੀਦਾ ਹੈ',
      'ਅਗਲੇ ਵੀਰਵਾਰ ਨੂੰ ਟੈਸਟ ਦੀ ਰਿਪੋਰਟ ਮਿਲੇਗੀ',
      'mainu bukhar hai te sir vich dard hai',
    ])
      expect(sms(text)).toBe(text)
  })
})
