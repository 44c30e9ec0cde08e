import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' | 'chat' = 'sms'): string => scrubText(text, { channel }).text

describe('names of session 28', () => {
  it('closes a name on a surname that is a word before what a Spanish caller says next', () => {
    expect(scrub('bueno buenas tardes habla eleuterio sic soy de guatemala', 'voice')).toBe(
      'bueno buenas tardes habla [NAME] soy de guatemala',
    )
  })

  it('takes the Spanish Sr. after a whole name, not "padre de"', () => {
    expect(scrub('le llamo por mi papá Reinaldo Fumero padre él tiene fiebre', 'voice')).toBe(
      'le llamo por mi papá [NAME] él tiene fiebre',
    )
    expect(scrub('es Juan Pérez padre de la niña', 'voice')).toBe('es [NAME] padre de la niña')
  })

  it('joins Haitian kin titles, after "kounye a" too', () => {
    expect(scrub('grann yvette toujou ap priye', 'voice')).toMatch(/^\[NAME\] toujou ap/)
    expect(scrub('mwen la nan klinik la kounye a ti carmel avè m', 'voice')).toBe(
      'mwen la nan klinik la kounye a [NAME] avè m',
    )
  })

  it('reads a Vietnamese full name after a relation and the name a child goes by at home', () => {
    expect(scrub('con trai em là phạm gia bảo ở nhà gọi là bin nó bị suyễn', 'voice')).toBe(
      'con trai em là [NAME] ở nhà gọi là [NAME] nó bị suyễn',
    )
    expect(scrub('bác sĩ gọi là viêm phổi', 'voice')).toBe('bác sĩ gọi là viêm phổi')
  })

  it('reads a Russian relative in the case the sentence puts them in, and the name in its other cases', () => {
    expect(scrub('у дочки алисы температура. алиса уже просит мороженое', 'voice')).toBe(
      'у дочки [NAME] температура. [NAME] уже просит мороженое',
    )
    expect(scrub('у дочки температура тридцать девять', 'voice')).toBe('у дочки температура тридцать девять')
    expect(scrub('добрый вечер меня зовут дмитрий волков у дочки температура', 'voice')).toBe(
      'добрый вечер меня зовут [NAME] у дочки температура',
    )
  })

  it('reads Sudanese given names said with the article after a relation', () => {
    expect(scrub('زوجي الطيب في الشغل', 'voice')).toBe('زوجي [NAME] في الشغل')
    expect(scrub('زوجي المريض في البيت', 'voice')).toBe('زوجي المريض في البيت')
  })

  it('takes a Latin surname the gazetteer knows as a town with the Han title after it', () => {
    expect(scrub('Whitfield医生想下周一看她')).toBe('[NAME]想下周一看她')
  })

  it('reads names in capitals in a mixed-case reminder', () => {
    expect(scrub('Recordatorio: LUZ MARINA tiene cita el lunes a las 2:15 PM.')).toBe(
      'Recordatorio: [NAME] tiene cita el lunes a las 2:15 PM.',
    )
    expect(scrub('WILL CALL is open until 6 PM')).toBe('WILL CALL is open until 6 PM')
  })
})

describe('places of session 28', () => {
  it('reads the town of a plant or a mill like a residence', () => {
    expect(scrub('el supervisor de la planta de hope me pide una carta', 'voice')).toBe(
      'el supervisor de la planta de [LOCALITY] me pide una carta',
    )
    expect(scrub('he worked at the chicken plant in forest for years', 'voice')).toBe(
      'he worked at the chicken plant in [LOCALITY] for years',
    )
    expect(scrub('me duele la planta de los pies', 'voice')).toBe('me duele la planta de los pies')
    expect(scrub('я работаю на заводе в тейлоре', 'voice')).toBe('я работаю на заводе в [LOCALITY]')
  })

  it('reads a town after "past", before "area", before a VA or a dental clinic', () => {
    expect(scrub('yes hello this is bud out at the ranch past llano my wife', 'voice')).toBe(
      'yes hello this is [NAME] out at the ranch past [LOCALITY] my wife',
    )
    expect(scrub('we moved to the killeen area last year', 'voice')).toBe('we moved to the [LOCALITY] area last year')
    expect(scrub('the rash is on the palm side of her hand', 'voice')).toBe('the rash is on the palm side of her hand')
    expect(scrub('he wants to go to the temple va not the other one', 'voice')).toBe(
      'he wants to go to the [LOCALITY] not the other one',
    )
    expect(scrub('past midnight on the left side', 'voice')).toBe('past midnight on the left side')
    expect(scrub('i hope family can come', 'voice')).toBe('i hope family can come')
    expect(scrub("notre fils junior va l'amener", 'voice')).toBe("notre fils [NAME] va l'amener")
    expect(scrub('and one of those means ER visits', 'voice')).toBe('and one of those means ER visits')
    expect(scrub('trabaja en la empacadora de manzanas', 'voice')).not.toContain('LOCALITY')
    expect(scrub('cambie el set de agujas', 'voice')).toBe('cambie el set de agujas')
  })

  it('reads a town in Latin letters before a Han side word', () => {
    expect(scrub('药房就是Billings西边那个沃尔玛')).toBe('药房就是[LOCALITY]西边那个沃尔玛')
  })

  it('keeps "old" with a road named for a town, a box read out, a house number after the street', () => {
    expect(scrub('she lives with me out on old frankfort pike near versailles', 'voice')).toBe(
      'she lives with me out on [ADDRESS] near [LOCALITY]',
    )
    expect(scrub('I get them mailed to box two one three in big timber', 'voice')).toBe(
      'I get them mailed to [ADDRESS] in [LOCALITY]',
    )
    expect(scrub('a box of two hundred gloves', 'voice')).toBe('a box of two hundred gloves')
    expect(
      scrub('a gente mora em Lockwood na Durston Road quatrocentos e doze e ele não tem seguro', 'voice'),
    ).toContain('na [ADDRESS] e ele não tem seguro')
  })
})

describe('numbers of session 28', () => {
  it('reads plates with letters in both groups', () => {
    expect(scrub('plate number is LKT 4R9, they said text it for the parking pass')).toBe(
      'plate number is [VEHICLE], they said text it for the parking pass',
    )
  })

  it('reads a day said with its article, early in the month too', () => {
    expect(scrub('je voulais annuler mon rendez-vous du vingt-six parce que mon fils est malade', 'voice')).toBe(
      'je voulais annuler mon rendez-vous du [OTHER] parce que mon fils est malade',
    )
    expect(scrub('mi cita es el ocho y no puedo ir', 'voice')).toBe('mi cita es el [OTHER] y no puedo ir')
    expect(scrub('tomo dos pastillas del cinco', 'voice')).toBe('tomo dos pastillas del cinco')
  })
})

describe('after the session 28 freeze', () => {
  it('reads a town told by its side and a staff site after "at"', () => {
    expect(scrub('he still lives out south of great bend on the farm', 'voice')).toBe(
      'he still lives out south of [LOCALITY] on the farm',
    )
    expect(scrub('the pain is south of my belly button', 'voice')).toBe('the pain is south of my belly button')
    expect(scrub('we live just east of town', 'voice')).toBe('we live just east of town')
    expect(scrub('mr honeycutt this is jenna at independence please call', 'voice')).toContain('at [LOCALITY]')
    expect(scrub('this is jenna at billing', 'voice')).toBe('this is [NAME] at billing')
  })

  it("reads a Levantine month and an Arabic father's name that is a prophet's", () => {
    expect(scrub('وتاريخ ميلادو خمسطعش تشرين التاني ألفين وسبعطعش', 'voice')).not.toContain('تشرين')
    expect(scrub('السلام عليكم أنا فاطمة آدم ولدي عمره سنتين', 'voice')).not.toContain('آدم')
  })

  it('takes an initial after a capitalised first name', () => {
    expect(scrub('running late!! Summer L 11:15 appt, be there by 11:30')).toBe(
      'running late!! [NAME] 11:15 appt, be there by 11:30',
    )
    expect(scrub('Take Vitamin D daily')).toBe('Take Vitamin D daily')
  })

  it('keeps a score said with an article and Russian relatives in other cases', () => {
    expect(scrub('el dolor es el ocho', 'voice')).toBe('el dolor es el ocho')
    expect(scrub('сыну плохо', 'voice')).toBe('сыну плохо')
    expect(scrub('con gái em là lê ngọc hân', 'voice')).toBe('con gái em là [NAME]')
  })
})

describe('the code review of session 28', () => {
  it('keeps a colonia named by a Spanish word, and body sites after a compass word', () => {
    expect(scrub('col. moderna, cerca del parque')).toBe('[ADDRESS], cerca del parque')
    expect(scrub('it is south of the incision')).toBe('it is south of the incision')
    expect(scrub('the bruise is just outside of the port site')).toBe('the bruise is just outside of the port site')
  })

  it('reads a date context only as whole words, and no town from capitals alone', () => {
    expect(scrub('tengo diabetes, me tomo el dos y el tres', 'voice')).toBe('tengo diabetes, me tomo el dos y el tres')
    expect(scrub('MI ESPOSO TRABAJA EN LA FABRICA DE ZAPATOS')).not.toContain('LOCALITY')
  })
})
