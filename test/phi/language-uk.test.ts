/**
 * The Ukrainian table (src/phi/languages/uk.ts): phones said digit by digit, ages of 90+ and birth dates in words, names
 * after an introduction or a relation word, and clinical sentences that keep every word. Exact outputs of scrubText.
 */
import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Ukrainian', () => {
  it('redacts a phone number said digit by digit, whatever the apostrophe', () => {
    expect(sms("Мій номер телефону сім один вісім п'ять п'ять п'ять дев'ять два три чотири")).toBe(
      'Мій номер телефону [PHONE]',
    )
    expect(voice('мій номер девʼять один сім, пʼять нуль два, три вісім шість один')).toBe('мій номер [PHONE]')
    expect(sms('передзвоніть на шість чотири сім, дев’ять дев’ять нуль, один два три чотири')).toBe(
      'передзвоніть на [PHONE]',
    )
  })

  it('redacts an age of 90 or more said in words', () => {
    expect(sms("Моїй мамі дев'яносто чотири роки, у неї болить спина")).toBe(
      // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
      'Моїй мамі [AGE:90PLUS], у неї болить спина',
    )
    expect(voice("бабусі виповнилося дев'яносто сім, вона погано почувається")).toBe(
      'бабусі виповнилося [AGE:90PLUS], вона погано почувається',
    )
  })

  it('keeps an age under 90', () => {
    expect(sms('Мені сорок два роки')).toBe('Мені сорок два роки')
  })

  it('redacts a birth date with a month name', () => {
    expect(sms("Дата народження дванадцятого березня тисяча дев'ятсот п'ятдесят восьмого року")).toBe(
      'Дата народження [DATE:1958]',
    )
    expect(sms('Я народилася 3 травня 1948 року')).toBe('Я народилася [DATE:1948]')
  })

  it('redacts a visit date said in words', () => {
    expect(sms('Я була в лікарні двадцять першого січня')).toBe('Я була в лікарні [DATE]')
  })

  it('redacts the name after an introduction', () => {
    expect(sms('Добрий день, мене звати Оксана Ковальчук, запишіть мене до лікаря на четвер')).toBe(
      'Добрий день, мене звати [NAME], запишіть мене до лікаря на четвер',
    )
    expect(sms('Дякую, Олено')).toBe('Дякую, [NAME]')
  })

  it('redacts the name after a relation word', () => {
    expect(sms('Мій син Тарас кашляє вже три дні')).toBe('Мій син [NAME] кашляє вже три дні')
    expect(sms('Моя донька Соломія має температуру')).toBe('Моя донька [NAME] має температуру')
  })

  it('keeps a clinical message with no PHI', () => {
    for (const text of [
      "У мене болить голова і температура тридцять вісім, я приймаю парацетамол п'ятсот мг двічі на день до вівторка",
      'У мене закінчилися таблетки, потрібен новий рецепт до пʼятниці',
      'Добрий вечір, у дитини висока температура і кашель, що робити?',
      'Можна перенести мій прийом з понеділка на середу о десятій ранку?',
    ])
      expect(sms(text)).toBe(text)
  })
})
