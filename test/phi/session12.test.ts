import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' = 'voice'): string => scrubText(text, { channel }).text

describe('a person where only a person can stand', () => {
  it('reads the one met at an appointment or addressed by a message as a name, whatever else the word is', () => {
    expect(scrub("i had an appointment with joy i think that's the social worker")).toBe(
      "i had an appointment with [NAME] i think that's the social worker",
    )
    expect(scrub('hi this is for joy at the front desk')).toBe('hi this is for [NAME] at the front desk')
    expect(scrub("returning gabby's call about my a one c")).toContain('returning [NAME]')
  })

  it('leaves what is no person in those places', () => {
    expect(scrub('this is for pain right')).toBe('this is for pain right')
    expect(scrub("the doctor's call was short")).toBe("the doctor's call was short")
    expect(scrub("today's call went fine")).toBe("today's call went fine")
    expect(scrub('an appointment with cardiology next week')).toBe('an appointment with cardiology next week')
  })

  it('reads a capital after Mr., Mrs. or Ms. as the surname, even a pronoun', () => {
    expect(scrub("Thanks Mr. Her. We'll text you", 'sms')).toBe("Thanks [NAME]. We'll text you")
    expect(scrub('saw the Dr. She said rest', 'sms')).toBe('saw the Dr. She said rest')
  })
})

describe('towns named with Spanish words', () => {
  it('finds them anywhere in a text of no other Latin-script language', () => {
    expect(scrub('he had dialysis at the el paso unit this morning')).toBe(
      'he had dialysis at the [LOCALITY] unit this morning',
    )
    expect(scrub('the safety guy for a crew out by los alamos')).toBe('the safety guy for a crew out by [LOCALITY]')
  })

  it('in a Spanish text only after "de el" or "de" after a place of care', () => {
    expect(scrub('habla de la farmacia del walmart de las cruces tenemos una receta')).toBe(
      'habla de la farmacia del walmart de [LOCALITY] tenemos una receta',
    )
    expect(scrub('paso a paso con la mesa de la cocina')).toBe('paso a paso con la mesa de la cocina')
  })
})

describe('cues of the language tables', () => {
  it('Chinese 中文名, Russian "about mum" in the genitive, Arabic "daughter of"', () => {
    expect(scrub('Hi 我的英文名字是 Grace,中文名周雅琴。', 'sms')).toBe('Hi 我的英文名字是 [NAME],中文名[NAME]。')
    expect(scrub('звоню насчёт мамы нина волкова')).toBe('звоню насчёт мамы [NAME]')
    expect(scrub('понятно, дату рождения мамы скажите', 'sms')).toBe('понятно, дату рождения мамы скажите')
    expect(scrub('أنا فاطمة، ابنة محمد عبدي نور.', 'sms')).not.toContain('محمد')
  })
})
