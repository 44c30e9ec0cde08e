/**
 * The Polish table (src/phi/languages/pl.ts): phone numbers said digit by digit, ages of 90 and over in words with
 * "lat"/"lata", dates with a Polish month (nominative or genitive, with and without diacritics) or said in ordinals,
 * names after a self or relation cue or a title are redacted; a clinical message without PHI keeps every word.
 */
import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Polish table', () => {
  it('redacts a phone number said digit by digit, whole', () => {
    expect(voice('mój numer telefonu to sześć jeden siedem pięć pięć pięć dziewięć dwa trzy cztery')).toBe(
      'mój numer telefonu to [PHONE]',
    )
    expect(sms('proszę oddzwonić na dziewięć jeden siedem, osiem zero dwa, trzy trzy cztery jeden')).toBe(
      'proszę oddzwonić na [PHONE]',
    )
    expect(voice('mój numer to siedem zero osiem, pięć pięć pięć, jeden dwa trzy cztery')).toBe('mój numer to [PHONE]')
  })

  it('redacts an age of ninety or more with lat/lata, in words or digits', () => {
    expect(sms('Moja mama ma dziewięćdziesiąt trzy lata i boli ją głowa')).toBe(
      'Moja mama ma [AGE:90PLUS] i boli ją głowa',
    )
    expect(sms('mój dziadek ma dziewięćdziesiąt sześć lat i ma gorączkę')).toBe(
      'mój dziadek ma [AGE:90PLUS] i ma gorączkę',
    )
    expect(sms('Babcia ma 97 lat i źle się czuje')).toBe('Babcia ma [AGE:90PLUS] i źle się czuje')
    expect(sms('mam 93 lata')).toBe('mam [AGE:90PLUS]')
    expect(sms('mój ojciec skończył dziewięćdziesiąt jeden lat w zeszłym tygodniu')).toBe(
      'mój ojciec skończył [AGE:90PLUS] w zeszłym tygodniu',
    )
  })

  it('keeps an age under 90', () => {
    expect(sms('Mam czterdzieści dwa lata i boli mnie brzuch')).toBe('Mam czterdzieści dwa lata i boli mnie brzuch')
  })

  it('redacts a date with a Polish month, with and without diacritics', () => {
    expect(sms('Dzień dobry, nazywam się Anna Kowalska i urodziłam się 12 marca 1955 r.')).toBe(
      'Dzień dobry, nazywam się [NAME] i urodziłam się [DATE:1955].',
    )
    expect(sms('data urodzenia: 3 maja 1948')).toBe('data urodzenia: [DATE:1948]')
    expect(sms('urodzilem sie 14 wrzesnia 1950')).toBe('urodzilem sie [DATE:1950]')
    expect(sms('Mój tata urodził się 7 pazdziernika 1931 roku')).toBe('Mój tata urodził się [DATE:AGE90PLUS]')
    expect(sms('wizyta 15 listopada o godzinie 10, proszę potwierdzić')).toBe(
      'wizyta [DATE] o godzinie 10, proszę potwierdzić',
    )
    expect(sms('data urodzenia 04.06.1952')).toBe('data urodzenia [DATE:1952]')
  })

  it('redacts a date said in ordinals, the year too', () => {
    expect(sms('Urodziłam się dwunastego marca tysiąc dziewięćset pięćdziesiątego piątego roku')).toBe(
      'Urodziłam się [DATE:1955]',
    )
    expect(sms('Byłam w szpitalu dwudziestego pierwszego stycznia')).toBe('Byłam w szpitalu [DATE]')
  })

  it('redacts the name after a self cue', () => {
    expect(sms('Dzień dobry, tu mówi Małgorzata Wiśniewska, proszę o telefon')).toBe(
      'Dzień dobry, tu mówi [NAME], proszę o telefon',
    )
    expect(sms('mam na imię Krzysztof i chciałbym przełożyć wizytę')).toBe(
      'mam na imię [NAME] i chciałbym przełożyć wizytę',
    )
    expect(sms('Dzień dobry, nazywam się Anna Kowalska, chciałabym umówić wizytę')).toBe(
      'Dzień dobry, nazywam się [NAME], chciałabym umówić wizytę',
    )
  })

  it('redacts the name after a relation cue or a title', () => {
    expect(sms('Moja córka Zosia ma wysypkę od wczoraj')).toBe('Moja córka [NAME] ma wysypkę od wczoraj')
    expect(sms('mój mąż Janusz potrzebuje nowej recepty na insulinę')).toBe(
      'mój mąż [NAME] potrzebuje nowej recepty na insulinę',
    )
    expect(sms('mój syn Tomek ma gorączkę i kaszel')).toBe('mój syn [NAME] ma gorączkę i kaszel')
    expect(sms('Pani Barbara Nowak prosi o wynik badań')).toBe('[NAME] prosi o wynik badań')
  })

  it('keeps a clinical message without PHI: symptoms, drugs, doses, vitals, durations, weekdays', () => {
    for (const text of [
      'Boli mnie głowa i mam gorączkę 38,5, wziąłem dwie tabletki paracetamolu 500 mg',
      'Mój syn kaszle od trzech dni, bierze syrop trzy razy dziennie po 5 ml',
      'Proszę przełożyć wizytę z poniedziałku na środę. Dziękuję',
      'ciśnienie 150/90, tętno 88, cukier 140, czuję się słabo',
      'Mama bierze metforminę 850 mg dwa razy dziennie od dwóch lat',
      'Potrzebuję nową receptę na insulinę, skończyły mi się leki',
      'Czy mogę przyjść jutro rano na badanie krwi?',
      'Dzien dobry, prosze o wizyte u lekarza w piatek rano, mam bol brzucha',
      'ona ma cukrzycę i nadciśnienie od 10 lat',
    ])
      expect(sms(text)).toBe(text)
  })
})
