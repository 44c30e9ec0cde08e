import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'
import { LANGUAGES, fold, languages } from '../../src/phi/languages'
import { isCity, isFirstName, isSurname } from '../../src/phi/lexicon'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text

describe('clinical words of the language tables', () => {
  it('keeps the clinical word of a short message in another language', () => {
    for (const text of [
      'il est diabétique',
      'tengo neumonía',
      'у меня пневмония',
      'mwen gen nemoni',
      'may pulmonya ako',
      'allergique à la pénicilline',
      "j'ai de l'hypertension",
      'il a eu une crise cardiaque',
      'tengo gota',
      'tiene esclerosis múltiple',
      'meu filho tem asma',
      'я болею гриппом',
    ])
      expect(sms(text)).toBe(text)
  })

  it('keeps a drug of the leading language capitalised as a brand', () => {
    for (const text of [
      'Bonjour, est-ce que je peux prendre du Doliprane avec mon traitement pour la tension ? merci',
      'je prends de la Ventoline tous les jours',
      'tomo la Metformina cada día',
      'Я принимаю Эликвис каждый день',
    ])
      expect(sms(text)).toBe(text)
  })

  it('still takes the names written beside them', () => {
    expect(sms('mi hija Dolores tiene fiebre')).toBe('mi hija [NAME] tiene fiebre')
    expect(sms('minha filha Dores está com febre')).toBe('minha filha [NAME] está com febre')
    expect(sms('ma fille Gale a de la fièvre')).toBe('ma fille [NAME] a de la fièvre')
    expect(sms('У меня диабет, Иван')).toBe('У меня диабет, [NAME]')
    expect(sms('hola soy Gota')).toBe('hola soy [NAME]')
    expect(sms('Hola, habla Gota Ruiz, tengo cita mañana')).toBe('Hola, habla [NAME], tengo cita mañana')
  })

  it('lists no word that a name or town list holds', () => {
    const { givenNames, familyNames } = languages()
    const clash = (w: string): boolean =>
      [w, fold(w)].some((k) => isFirstName(k) || isSurname(k) || isCity(k) || givenNames.has(k) || familyNames.has(k))
    const listed = LANGUAGES.flatMap((t) => (t.clinicalWords ?? []).flatMap((w) => w.split(/[\s-]+/)))
    expect(listed.length).toBeGreaterThan(2000)
    expect(listed.filter(clash)).toEqual([])
  })
})
