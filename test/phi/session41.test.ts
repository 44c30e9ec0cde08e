import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' | 'chat' = 'sms'): string => scrubText(text, { channel }).text

describe('an employer after a work verb fails closed (session 41)', () => {
  it('takes whatever words name it up to a boundary', () => {
    expect(scrub('i work at the kroger distribution center and we stand all day', 'voice')).toBe(
      'i work at the [OTHER] and we stand all day',
    )
    expect(scrub('she works at tip top nails on wednesdays', 'voice')).toBe('she works at [OTHER] on wednesdays')
    expect(scrub('i drive for ups and lift boxes', 'voice')).toBe('i drive for [OTHER] and lift boxes')
    expect(scrub('hi this is officer will jennings with the police', 'voice')).toBe(
      'hi this is officer [NAME] with the police',
    )
    expect(scrub('i start a new job at the amazon warehouse next week', 'voice')).toBe(
      'i start a new job at the [OTHER] next week',
    )
    expect(scrub('my husband works for alaska airlines at the airport', 'voice')).toBe(
      'my husband works for [OTHER] at the airport',
    )
  })

  it('keeps a kind of workplace, a shift and a time', () => {
    for (const text of [
      'i work at the hospital on nights',
      'i work at home now',
      'he works at the plant till nine',
      'my shift at the hospital starts at 6',
      'i got a job with the city',
    ])
      expect(scrub(text, 'voice')).toBe(text)
  })
})

describe('chains and large employers by name (session 41)', () => {
  it('takes a chain wherever it stands', () => {
    expect(scrub('please send it to the walgreens on the corner')).toBe('please send it to the [OTHER] on the corner')
    expect(scrub('we went to the Home Depot')).toBe('we went to the [OTHER]')
    expect(scrub('la farmacia walmart no tiene la insulina', 'voice')).toBe('la farmacia [OTHER] no tiene la insulina')
    expect(scrub('my husband works at Fresenius Kidney Care')).toBe('my husband works at [OTHER]')
  })

  it('takes a chain that is a word only with a capital or after a preposition', () => {
    expect(scrub('Target BP under 130. I shop at Target.')).toBe('Target BP under 130. I shop at [OTHER].')
    expect(scrub('follow ups and check ups next week', 'voice')).toBe('follow ups and check ups next week')
    // "target" is the store only in capitals: after a preposition it is a goal of treatment as often.
    expect(scrub('we are at target for her a1c', 'voice')).toBe('we are at target for her a1c')
    expect(scrub('i drive for ups now', 'voice')).toBe('i drive for [OTHER] now')
  })

  it('never remembers a chain read from capitals as the sender name', () => {
    expect(scrubText('we went to the Home Depot', { channel: 'sms' }).remembered).toEqual([])
  })
})

describe('a shop or agency named head first with an article (session 41)', () => {
  it('takes the head, the article and the name', () => {
    expect(scrub('me dieron la receta en la farmacia la económica ayer', 'voice')).toBe(
      'me dieron la receta en la [OTHER] ayer',
    )
  })

  it('keeps a time said after the place', () => {
    for (const text of ['fui a la farmacia el lunes', 'la escuela la semana pasada llamó'])
      expect(scrub(text, 'voice')).toBe(text)
  })
})

describe('after the review of the session 41 freeze', () => {
  it('lets a name that reaches past a chain win, so its words are remembered', () => {
    const out = scrubText('Hi this is Sonic Lopez', { channel: 'sms' })
    expect(out.text).toBe('Hi this is [NAME]')
    expect(out.remembered).toEqual(['sonic', 'lopez'])
    expect(scrubText("Denny's inhaler ran out", { channel: 'sms' }).remembered).toEqual(['denny'])
  })

  it('keeps what follows "work for" or "job at" when it is an amount, a time or a way of working', () => {
    for (const text of [
      'i work for a living',
      'i have a job at the moment',
      'i work at least 40 hours',
      'i work for free',
    ])
      expect(scrub(text, 'voice')).toBe(text)
  })

  it('reads "Dr" as a street only after a preposition of place', () => {
    for (const text of ['Hi Dr, can I get a refill', 'Is the Kaiser Dr in today?', 'Hello Dr, my son has fever'])
      expect(scrub(text)).toBe(text)
    expect(scrub('I work part time at the store on Memorial Dr')).toBe('I work part time at the store on [ADDRESS]')
  })

  it('keeps a goal of treatment and Spanish words a chain is named with', () => {
    for (const text of ['your blood pressure is at target today', 'no hablo ingles, necesito interprete'])
      expect(scrub(text)).toBe(text)
  })

  it('keeps what a patient asks a pharmacy for after its article', () => {
    for (const text of ['le pregunte a la farmacia la dosis correcta', 'la farmacia la tenia cerrada ayer'])
      expect(scrub(text, 'voice')).toBe(text)
  })
})

describe('after the compare of the session 41 fixes', () => {
  it('reads "Dr" as a street after a house number or another language\'s preposition of place', () => {
    expect(scrub('Grann mwen rete nan Shamrock Dr, li bezwen yon vizit lakay.')).toContain('rete nan [ADDRESS],')
    expect(scrub('send it to 7845 Cordova Club Dr please')).toBe('send it to [ADDRESS] please')
    expect(scrub('할머니 요즘 식사를 거의 못 하세요. 주소는 7845 Cordova Club Dr예요')).toBe(
      '할머니 요즘 식사를 거의 못 하세요. 주소는 [ADDRESS]예요',
    )
  })

  it('takes the kind of workplace after an employer with it, as an organisation', () => {
    const out = scrubText('i work overnights at the target distribution center out in town', { channel: 'voice' })
    expect(out.text).toBe('i work overnights at the [OTHER] out in town')
    expect(out.remembered).toEqual([])
  })
})
