import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' | 'chat' = 'sms'): string => scrubText(text, { channel }).text

describe('streets named by a number, towns after "be in", Plains names before a birth date (session 35)', () => {
  it('reads a road named by its number said in words after "on avenue" or a compass word', () => {
    expect(scrub('she lives on avenue thirty e near the canal', 'voice')).toBe('she lives on [ADDRESS] near the canal')
    expect(scrub('we live off county road twelve past the dairy', 'voice')).toBe('we live off [ADDRESS] past the dairy')
    expect(scrub('forty seven eighty south avenue forty five e and she has a sore', 'voice')).toBe(
      '[ADDRESS] and she has a sore',
    )
    // "by road" is a way of travelling, "and" no number.
    expect(scrub('we go by road and then fly', 'voice')).toBe('we go by road and then fly')
  })

  it('reads a numbered street said as a compound ordinal in an intersection', () => {
    expect(scrub('the church on twenty sixth and pine wants a screening day', 'voice')).not.toContain('pine')
    // The sentence going on after "and" is no second street.
    expect(scrub('see you on twenty sixth and then we go', 'voice')).toBe('see you on [DATE] and then we go')
  })

  it('reads a big town whose name is a common word after "be in"', () => {
    expect(scrub("we're gonna be in phoenix for his dad's thing", 'voice')).toBe(
      "we're gonna be in [LOCALITY] for his dad's thing",
    )
    for (const kept of ['i will be in pain all day', 'we will be in touch']) expect(scrub(kept, 'voice')).toBe(kept)
  })

  it('closes a Plains family name before a birth date', () => {
    expect(scrub('our patient leonard two bears date of birth is on file', 'voice')).toBe(
      'our patient [NAME] date of birth is on file',
    )
  })

  it('reads a country that is also a nearby town after "out by"', () => {
    expect(scrub('i run the dairy out by denmark and a worker got kicked', 'voice')).toBe(
      'i run the dairy out by [LOCALITY] and a worker got kicked',
    )
    expect(scrub("it's out by georgia", 'voice')).toBe("it's out by georgia")
  })

  it('reads the town of two or more words after a street whose words were read as names', () => {
    expect(scrub('Estamos en 5401 Park Ave, West New York.')).toBe('Estamos en [ADDRESS], [LOCALITY].')
  })
})

describe('names of syllables, names beside a role, names before a filler (session 35)', () => {
  it('reads Chin and Mon names whose syllables are English words', () => {
    expect(scrub('calling for par tha sung we missed you today', 'voice')).toBe(
      'calling for [NAME] we missed you today',
    )
    expect(scrub('yes hello my name is sui par calling for my father', 'voice')).toBe(
      'yes hello my name is [NAME] calling for my father',
    )
    expect(scrub('hi this is dawt sung the interpreter', 'voice')).toBe('hi this is [NAME] the interpreter')
    expect(scrub('my dad nai aung mon has appointment', 'voice')).toBe('my dad [NAME] has appointment')
    expect(scrub('we have a mom here thandar win with her baby', 'voice')).toBe(
      'we have a mom here [NAME] with her baby',
    )
    for (const kept of ['i sang in the choir at the tin shed', 'the sun is up']) expect(scrub(kept)).toBe(kept)
  })

  it('reads a first name said with the role that tells who the person is', () => {
    expect(scrub('my sugar check is on friday with heather the nurse practitioner', 'voice')).toBe(
      'my sugar check is on friday with [NAME] the nurse practitioner',
    )
    expect(scrub('ask rose our receptionist')).toBe('ask [NAME] our receptionist')
    expect(scrub('with the nurse the doctor said')).toBe('with the nurse the doctor said')
  })

  it('reads "will" before a verb the modal never takes', () => {
    expect(scrub('will is throwing up & cant keep fluids down')).toBe('[NAME] is throwing up & cant keep fluids down')
    // A word ending in "s" before it is no possessive ("yes will is"); one with an apostrophe is ("mom's will").
    expect(scrub('yes will is sleeping now')).toBe('yes [NAME] is sleeping now')
    expect(scrub("mom's will is here")).toBe("mom's will is here")
    expect(scrub('the will is being read')).toBe('the will is being read')
    expect(scrub('she will be fine')).toBe('she will be fine')
  })

  it('reads a first name after "it\'s" and a filler before the call goes on', () => {
    expect(scrub("hey it's bill uh just letting you know i picked up the paperwork", 'voice')).toBe(
      "hey it's [NAME] uh just letting you know i picked up the paperwork",
    )
    expect(scrub("hey it's fine um just wanted to say", 'voice')).toBe("hey it's fine um just wanted to say")
  })

  it('closes a name before "with" its organisation and before a birth date', () => {
    expect(scrub('this is monica rank with the county human services', 'voice')).toBe(
      'this is [NAME] with the county human services',
    )
    expect(scrub('calling about my son dale fish date of birth is on file', 'voice')).toBe(
      'calling about my son [NAME] date of birth is on file',
    )
    expect(scrub("it's bad with the pain", 'voice')).toBe("it's bad with the pain")
  })

  it('reads a Tagalog nickname cue, a Chinese character spelled by its radical, Spanish letters spelled in four', () => {
    expect(scrub('ako po si Rodrigo tawagin niyo na lang akong Jojo po')).toBe(
      'ako po si [NAME] tawagin niyo na lang akong [NAME] po',
    )
    expect(scrub('喂 你好 我叫口天吴 美丽的丽 女字旁的娟 我在美甲店工作')).toBe('喂 你好 我叫[NAME] 我在美甲店工作')
    expect(scrub('我在医院旁的超市买了药')).toBe('我在医院旁的超市买了药')
    expect(scrub('hola soy ana tzul ese es te zeta u ele la que estudia', 'voice')).toBe(
      'hola soy [NAME] ese es [OTHER] la que estudia',
    )
  })
})

describe('what the review of session 35 kept (over-redaction it found)', () => {
  it('keeps a spoken day before "and" and the sentence after it', () => {
    expect(scrub('i called on twenty third and nobody answered', 'voice')).toBe(
      'i called on [DATE] and nobody answered',
    )
    expect(scrub('he was admitted on thirty first and discharged today', 'voice')).toBe(
      'he was admitted on [DATE] and discharged today',
    )
  })

  it("keeps the word before a role when it is the sentence's own", () => {
    for (const kept of [
      'she has a rash on her palm the doctor said',
      'try some ginger the nurse said',
      'Can I See The Doctor Tomorrow',
      'Is There Any Way The Doctor Can Call',
      'i need to see the doctor',
    ])
      expect(scrub(kept)).toBe(kept)
    expect(scrub('please have heather the rn call me back')).toBe('please have [NAME] the rn call me back')
  })

  it('keeps "will" as a modal or a noun', () => {
    for (const kept of [
      'tomorrow he will has the surgery',
      'i will wanted to ask',
      'the doctor will said ok',
      'his last will was signed',
      'my moms will is with the lawyer',
    ])
      expect(scrub(kept)).toBe(kept)
  })

  it('keeps a common word after "be in", a state or a far country after "out by", "off road"', () => {
    for (const kept of [
      'labs should be in normal limits',
      'the kids will be in orange shirts',
      'my son moved out by washington state',
      'deployed out by greece',
      'he crashed his off road four wheeler',
      'riding off road two weeks ago',
      'on avenue two miles from here',
    ])
      expect(scrub(kept, 'voice')).toBe(kept)
    expect(scrub('on avenue thirty east by the school', 'voice')).toBe('on [ADDRESS] by the school')
  })

  it('keeps state words before "with", Chinese 字 in ordinary text, Spanish "ese", months after "it\'s"', () => {
    expect(scrub('my son eli bad with asthma', 'voice')).toBe('my son [NAME] bad with asthma')
    expect(scrub('药房在十字旁的那栋楼')).toBe('药房在十字旁的那栋楼')
    expect(scrub('de ese a ese lado', 'voice')).toBe('de ese a ese lado')
    expect(scrub('its august uh just a reminder i need the form', 'voice')).toBe(
      'its august uh just a reminder i need the form',
    )
    expect(scrub("it's summer uh just so i know", 'voice')).toBe("it's summer uh just so i know")
    expect(scrub('tawagin mo akong ulit bukas')).toBe('tawagin mo akong ulit bukas')
    expect(scrub('tests are walk-in Mon-Thu (not Fridays)')).toBe('tests are walk-in Mon-Thu (not Fridays)')
  })

  it('reads a name after "it\'s" and a filler in a text without "i"', () => {
    expect(scrub("hey it's grace uh just following up on the referral", 'voice')).toBe(
      "hey it's [NAME] uh just following up on the referral",
    )
  })
})

describe('after the freeze of session 35 (disclosed)', () => {
  it('closes a street with the floor said as its unit', () => {
    expect(scrub('she lives at two oh nine catherine street upstairs with her son', 'voice')).toBe(
      'she lives at [ADDRESS] with her son',
    )
  })

  it('reads a prefix word and a found word that make a town, and an island after "on"', () => {
    expect(scrub('the letter say go to the new hartford place by the mall', 'voice')).toBe(
      'the letter say go to the [LOCALITY] place by the mall',
    )
    expect(scrub('he winters down on marco island and he is fine', 'voice')).toBe(
      'he winters down on [LOCALITY] and he is fine',
    )
    for (const kept of ['i got a new rose bush', 'we moved to the new york area', 'we love the big apple'])
      expect(scrub(kept, 'voice')).toBe(kept)
  })

  it('reads a West African family name that is an English word after a given name', () => {
    expect(scrub('my patient aïssatou bah needs a refill')).toBe('my patient [NAME] needs a refill')
    expect(scrub('hi this is mamadou sow calling', 'voice')).toBe('hi this is [NAME] calling')
    for (const kept of ['bah i dont know', 'we sow the seeds in spring']) expect(scrub(kept)).toBe(kept)
  })
})
