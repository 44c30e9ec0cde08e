import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('names told by corrections, spelling analogies and relatives named before a pronoun', () => {
  it('takes what a speaker corrects after introducing themself, and what they say instead', () => {
    expect(voice('hi it is autumn i mean autumn reyes calling about my refill')).toBe(
      'hi it is [NAME] i mean [NAME] calling about my refill',
    )
    expect(voice('this is uh lane no sorry laney ortiz about my cough')).not.toMatch(/lane|ortiz/)
    expect(voice('hello my husband will i mean william has had hiccups')).toBe(
      'hello my husband [NAME] i mean [NAME] has had hiccups',
    )
    expect(voice('soy rocio digo rocío salas y necesito una cita')).not.toMatch(/roc[ií]o|salas/)
  })

  it('keeps what a correction says when it is no name', () => {
    expect(voice('it is worse i mean the pain is worse at night')).toBe('it is worse i mean the pain is worse at night')
    expect(voice('this is about my refill no rush')).toBe('this is about my refill no rush')
    expect(voice('im fine no pain today')).toBe('im fine no pain today')
    expect(voice("it's bad i mean the pain is worse")).toBe("it's bad i mean the pain is worse")
  })

  it('takes a word spelled by a better-known one', () => {
    expect(voice('the last name is frost as in jack frost')).not.toMatch(/\bfrost as/)
    expect(voice('i was waiting in the car like the sign says')).toBe('i was waiting in the car like the sign says')
  })

  it('takes a relative named before the clause restarts on its pronoun, never the relation word', () => {
    expect(voice('calling for my mother blessing she had surgery')).toBe('calling for my mother [NAME] she had surgery')
    expect(voice('calling for my wife she has a migraine')).toBe('calling for my wife she has a migraine')
    expect(voice("i'm calling for my father-in-law he's ninety")).toContain('father-in-law')
    expect(voice('ya me tomé el losartán')).toBe('ya me tomé el losartán')
  })
})

describe('names and places read from their surroundings', () => {
  it('takes a first name between a cue and a name, a spoken dash, a romanised given name after a cue', () => {
    expect(voice("it's sunny park calling that's park as in parking lot")).toBe(
      "it's [NAME] calling that's [NAME] as in parking lot",
    )
    expect(voice("hi it's rene delacroix dash young i had my colonoscopy")).toBe("hi it's [NAME] i had my colonoscopy")
    expect(voice('my mother soon-ja needs her insulin')).toBe('my mother [NAME] needs her insulin')
    expect(voice('soy la hija de marta ruiz')).toContain('la hija de')
  })

  it('takes the name a birth date belongs to', () => {
    expect(voice('a prescription for bill hunter date of birth march third fifty one')).not.toMatch(/bill|hunter/)
    expect(voice('a prescription for pain date of birth march third fifty one')).toContain('for pain')
  })

  it('takes the district and city after a Han or Hangul street', () => {
    expect(scrubText('地址改成北京路5号,上海。谢谢!').text).toBe('地址改成[ADDRESS],[LOCALITY]。谢谢!')
    expect(scrubText('주소: 테헤란로 123, 서울 강남구. 감사합니다').text).not.toMatch(/서울|강남구/)
  })
})

describe('introductions, nicknames and given names after a family name', () => {
  it('takes what stands between a self cue and the word that closes the introduction', () => {
    expect(voice("hey it's drew young calling back about my test")).toBe("hey it's [NAME] calling back about my test")
    expect(voice('this is the pharmacy calling')).toBe('this is the pharmacy calling')
    expect(voice("hi it's me calling again")).toBe("hi it's me calling again")
  })

  it('takes the name a person goes by, whatever the word means', () => {
    expect(voice('yo soy su hijo alejandro pero dígame ale')).not.toMatch(/\bale\b/)
    expect(voice('everyone calls me shy')).not.toContain('shy')
  })

  it('takes the given names the tables list after a family name that comes first', () => {
    expect(voice('chào cô con là phạm quốc bảo con gọi cho ba con là phạm văn hùng')).not.toMatch(/quốc|bảo/)
  })
})

describe('names said twice or after a title, and towns of everyday words', () => {
  it('takes a name said twice, a filler inside a name and a title before a given name that is an auxiliary', () => {
    expect(voice("good morning this is deacon deacon abernathy i'm the patient")).toBe(
      "good morning this is [NAME] i'm the patient",
    )
    expect(voice('this is pastor will tennant calling for a parishioner')).toBe(
      'this is [NAME] calling for a parishioner',
    )
    expect(voice("it's will um kowalczyk i'm a patient")).toBe("it's [NAME] i'm a patient")
  })

  it('takes towns made of everyday words after a preposition, an article or a street', () => {
    expect(voice('hello this is kim from bay ridge pulmonary returning')).not.toMatch(/bay|ridge/)
    expect(voice('our address is 12 elm st new bedford and')).not.toContain('bedford')
    expect(voice('he lives at 400 south state st salt lake city')).not.toMatch(/salt|lake|city/)
    expect(voice('i started the new med and go to the lake')).toBe('i started the new med and go to the lake')
  })
})

describe('speakers introduced by their relation, nicknames and corrections of a calendar name', () => {
  it('takes the name of a speaker who introduces themself by their relation to the patient', () => {
    expect(voice("i'm rose his daughter i'm on his paperwork")).toBe("i'm [NAME] his daughter i'm on his paperwork")
    expect(voice("i'm fine his fever is gone")).toBe("i'm fine his fever is gone")
  })

  it('takes a corrected nickname that is a month and a word, and the name said again after a cue', () => {
    expect(voice("hey it's june bug i mean it's wanda pierce sorry")).toBe("hey it's [NAME] i mean it's [NAME] sorry")
    expect(voice('she calls me every day')).toBe('she calls me every day')
  })
})

describe('a relative named last in the sentence', () => {
  it('takes the word after a relation at the end of a sentence, never a word that closes it', () => {
    expect(voice('alo bonjou mwen rele pou pitit mwen lovely')).toBe('alo bonjou mwen rele pou pitit mwen [NAME]')
    expect(voice("it's for my son too.")).toBe("it's for my son too.")
    expect(voice('calling about my husband again')).toBe('calling about my husband again')
  })
})
