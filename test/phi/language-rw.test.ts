/**
 * The Kinyarwanda and Kirundi table (src/phi/languages/rw.ts): phone numbers said digit by digit, ages of 90 and over
 * in words (noun before numeral: "imyaka mirongo icyenda n'itatu"), dates with a Rwandan or Kirundi month or "ukwezi
 * kwa gatandatu", names after a self or relation cue ("nitwa", "umuhungu wanjye", "umukenyezi wanje") are redacted;
 * a clinical message without PHI keeps its words, doses, vitals and durations.
 */
import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Kinyarwanda and Kirundi table', () => {
  it('redacts a phone number said digit by digit, whole', () => {
    expect(voice('nimero yanjye ni zeru karindwi umunani kabiri gatatu kane gatanu gatandatu karindwi umunani')).toBe(
      'nimero yanjye ni [PHONE]',
    )
    expect(sms('mumpamagare kuri gatanu rimwe gatandatu kabiri gatatu kane umunani icyenda zeru rimwe')).toBe(
      'mumpamagare kuri [PHONE]',
    )
    // Kirundi "indwi" (7) and "icenda" (9).
    expect(voice('nimero ya telefone ni gatandatu rimwe indwi kabiri gatatu icenda umunani zeru kane gatanu')).toBe(
      'nimero ya telefone ni [PHONE]',
    )
    expect(sms('Telefone yanjye: gatanu rimwe karindwi, gatatu gatatu kane, icyenda zeru kabiri rimwe')).toBe(
      'Telefone yanjye: [PHONE]',
    )
  })

  it('redacts an age of ninety or more said in words after imyaka (years)', () => {
    expect(sms("Mama afite imyaka mirongo icyenda n'itatu")).toBe('Mama afite imyaka [AGE:90PLUS]')
    expect(sms('nyogokuru afite imyaka mirongo icyenda n’ibiri, arwaye cyane')).toBe(
      'nyogokuru afite imyaka [AGE:90PLUS], arwaye cyane',
    )
    expect(sms("Data afite imyaka mirongo icyenda n'itandatu, ntabwo akibona neza")).toBe(
      'Data afite imyaka [AGE:90PLUS], ntabwo akibona neza',
    )
    // Kirundi: "afise" (has), "icenda"; the unit in its counting form after "na".
    expect(sms("Mama wanje afise imyaka mirongo icenda n'itanu")).toBe('Mama wanje afise imyaka [AGE:90PLUS]')
    expect(sms('data afise imyaka mirongo icenda na kabiri')).toBe('data afise imyaka [AGE:90PLUS]')
    expect(sms('Umugabo wanjye afite imyaka 94')).toBe('Umugabo wanjye afite imyaka [AGE:90PLUS]')
    expect(sms('Sogokuru afite imyaka ijana')).toBe('Sogokuru afite imyaka [AGE:90PLUS]')
    expect(sms("Mama afite imyaka ijana n'itatu")).toBe('Mama afite imyaka [AGE:90PLUS]')
  })

  it('keeps an age under ninety', () => {
    for (const text of [
      "Mama afite imyaka mirongo irindwi n'itanu, arwaye diyabete",
      'Umwana wanjye afite imyaka icyenda, arababara mu nda',
    ])
      expect(sms(text)).toBe(text)
  })

  it('redacts dates with a Rwandan or Kirundi month, "ukwezi kwa …" and "itariki ya …"', () => {
    expect(sms('Muraho, navutse itariki ya 14 Gicurasi 1958')).toBe('Muraho, navutse [DATE:1958]')
    expect(sms("Navutse ku itariki ya cumi na kane z'ukwezi kwa gatandatu mu mwaka wa 1958")).toBe(
      'Navutse ku [DATE:1958]',
    )
    expect(sms("itariki y'amavuko ni 03/07/1948")).toBe("itariki y'amavuko ni [DATE:1948]")
    expect(sms('navutse 15 Nzero 1949, ndashaka gahunda')).toBe('navutse [DATE:1949], ndashaka gahunda')
    expect(sms('Umukobwa wanjye yavutse ku itariki ya 3 Ukwakira 2019')).toBe('Umukobwa wanjye yavutse ku [DATE:2019]')
    expect(sms('gahunda yanjye ni ku wa kabiri 12 Werurwe 2024')).toBe('gahunda yanjye ni [DATE:2024]')
    expect(sms("gahunda yanjye ni itariki 14 z'ukwezi kwa gatandatu")).toBe('gahunda yanjye ni [DATE]')
  })

  it('redacts a birth year that makes an age of ninety or more', () => {
    expect(sms('Yavutse mu mwaka wa 1931 ukwezi kwa gatatu')).toBe('Yavutse mu [DATE:AGE90PLUS]')
    expect(sms('Mama yavutse mu 1930, ubu ararwaye')).toBe('Mama yavutse mu [DATE:AGE90PLUS], ubu ararwaye')
  })

  it('redacts the name after a self cue', () => {
    expect(sms('Muraho, nitwa Uwimana Jeanne')).toBe('Muraho, nitwa [NAME]')
    expect(sms('Izina ryanjye ni Niyonsaba Claudine, ndashaka gahunda')).toBe(
      'Izina ryanjye ni [NAME], ndashaka gahunda',
    )
    expect(sms('Muraho ni Jean, ndarwaye')).toBe('Muraho ni [NAME], ndarwaye')
    expect(sms('Mwiriwe, ndi Bizimana, mumpamagare')).toBe('Mwiriwe, ndi [NAME], mumpamagare')
    expect(sms('Nitwa Ndayishimiye Evariste, mfite gahunda ku wa kane')).toBe('Nitwa [NAME], mfite gahunda ku wa kane')
    // "Jean de Dieu", a given name of Rwanda and Burundi, said in a voicemail without capitals.
    expect(voice('muraho nitwa habimana jean de dieu murakoze')).toBe('muraho nitwa [NAME] murakoze')
  })

  it('redacts the name after a relation cue or a sign-off', () => {
    expect(sms('Umuhungu wanjye Mugisha arakorora cyane')).toBe('Umuhungu wanjye [NAME] arakorora cyane')
    expect(sms('umukobwa wanjye Ishimwe afite umuriro')).toBe('umukobwa wanjye [NAME] afite umuriro')
    expect(sms('Umukenyezi wanje Ndayisaba ararwaye')).toBe('Umukenyezi wanje [NAME] ararwaye')
    expect(sms('Umugore wanjye Uwera aratwite amezi arindwi')).toBe('Umugore wanjye [NAME] aratwite amezi arindwi')
    expect(sms('Nyirarume wanjye Gasana arwaye kanseri')).toBe('Nyirarume wanjye [NAME] arwaye kanseri')
    expect(sms('Murakoze, Habimana')).toBe('Murakoze, [NAME]')
  })

  it('keeps a clinical message without PHI: symptom, drug, dose, vitals, duration, weekday', () => {
    for (const text of [
      "Mfite ububabare bw'umutwe n'umuriro kuva ejo, nafashe ibinini bibiri bya paracetamol 500 mg",
      'Muganga, isukari yanjye ni 180 mu gitondo, imiti ya metformin yashize. Ndabasaba imiti',
      'Sinshobora kuza kuri gahunda yo ku wa mbere saa tatu, ndabasaba kuyisubika. Murakoze',
      'Umwana wanjye araruka kandi acibwamo iminsi ibiri, anywa amazi make',
      "Umuvuduko w'amaraso ni 160/95, ndumva isereri",
      'Fata ikinini kimwe inshuro ebyiri ku munsi iminsi itanu',
      'Mama arwaye diyabete, afata insuline buri munsi',
      "ndi mu rugo, ndwaye inkorora n'ibicurane",
      "Muraho muganga, umwana wanjye afite inkorora n'ibicurane iminsi itatu",
      'Ndatwite amezi atanu, ndababara mu nda',
      'Umwana afite umuriro wa dogere 39, yarutse inshuro eshatu',
      'Mwaramutse, imiti yanjye yashize. Mwanyoherereza indi muri farumasi?',
      'Mfite ibiro 70, uburebure bwanjye ni 165',
      'Ubushyuhe bwe ni 39, afite inkorora',
      'Nafashe ibinini bitatu ku munsi ibyumweru bibiri',
      'Umwana wanjye yarwaye iminsi icumi',
      'Umwana wanje arakorora cane, afise ubushuhe',
      'Sinshobora kuza ku cyumweru, murakoze',
      'Nshaka kubonana na muganga ku wa kane saa kumi',
    ])
      expect(sms(text)).toBe(text)
  })
})
