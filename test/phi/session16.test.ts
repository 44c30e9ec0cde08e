import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'
import { memoryMatcher, propagatableWords } from '../../src/phi/known'

const scrub = (text: string, channel: 'sms' | 'voice' = 'sms'): string => scrubText(text, { channel }).text

/** What the engine forwards once a sender's earlier messages gave it these name words. */
const withMemory = (text: string, words: string[]): string =>
  scrubText(text, { channel: 'sms', knownNames: propagatableWords(words), known: memoryMatcher(words) }).text

describe('names made of particles and marked surnames', () => {
  it('reads a particle between two names as part of one name', () => {
    expect(scrub('maria das graças souza ligou hoje')).toBe('[NAME] ligou hoje')
    expect(scrub('a irmã da maria do céu medeiros ligou')).toBe('a [NAME] ligou')
    expect(scrub('la señora María del Carmen Rivera llamó')).toBe('la [NAME] llamó')
  })

  it('keeps the words between two names that make no compound name', () => {
    expect(scrub('hola maria le habla josefina de la clínica', 'voice')).toBe(
      'hola [NAME] le habla [NAME] de la clínica',
    )
    expect(scrub('hola soy Guillermo del Hospital Santa Teresa de Brownsville', 'voice')).toBe(
      'hola soy [NAME] del [LOCALITY]',
    )
  })

  it('reads a surname that is also a word as a surname beside a name, and as a word elsewhere', () => {
    expect(scrub('maritza rivera colón tiene cita mañana')).toBe('[NAME] tiene cita mañana')
    expect(scrub('jennifer colón called about her refill')).toBe('[NAME] called about her refill')
    expect(scrub('María Colón llamó ayer')).toBe('[NAME] llamó ayer')
    for (const text of ['le hicieron una prueba de cáncer de colón', 'tiene dolor en el colón'])
      expect(scrub(text)).toBe(text)
  })
})

describe('names in scripts that join words', () => {
  it('reads a Korean name with stacked particles as a name', () => {
    expect(scrub('박 선생님께도 전화했어요')).toBe('[NAME] 전화했어요')
  })

  it('remembers a Latin name glued to Chinese text', () => {
    expect(withMemory('michelle说明天来', ['michelle'])).toBe('[NAME]说明天来')
  })

  it('takes the Han title after a name with it, and leaves a title alone and what memory keeps without it', () => {
    expect(scrub('王先生您好,我先生也在吃药,医生说没问题')).toBe('[NAME]您好,我先生也在吃药,医生说没问题')
    expect(scrub('好的张医生。刘医生说今晚加到十四个单位,早点看医生')).toBe(
      '好的[NAME]。[NAME]说今晚加到十四个单位,早点看医生',
    )
    const { text, remembered } = scrubText('您好,李秀英女士今天来吗', { channel: 'sms' })
    expect(text).toBe('您好,[NAME]今天来吗')
    expect(remembered).toEqual(['李秀英'])
  })

  it('joins a Russian given name to the surname after it at the start of a message', () => {
    expect(scrub('Елена Морозова, 54 года')).toBe('[NAME], 54 года')
  })
})

describe('neighbourhoods named "little" in the languages of their people', () => {
  it('reads the neighbourhood whole after a place word', () => {
    expect(scrub('ustedes aquí en la pequeña habana, es que', 'voice')).toBe('ustedes aquí en la [LOCALITY], es que')
    expect(scrub('alo bonswa, nou rete ti ayiti, depi maten', 'voice')).toBe(
      'alo bonswa, nou rete [LOCALITY], depi maten',
    )
    expect(scrub('we live in little haiti', 'voice')).toBe('we live in [LOCALITY]')
  })

  it('keeps "little" that names no place', () => {
    for (const text of ['mi hijo pequeño tiene fiebre', 'el niño está en la pequeña cama'])
      expect(scrub(text, 'voice')).toBe(text)
  })
})

describe('a second guess at an age of 90 or more', () => {
  it('is an age on either side of the found one', () => {
    expect(scrub("she's ninety or ninety one now", 'voice')).toBe("she's [AGE:90PLUS] or [AGE:90PLUS] now")
    expect(scrub('mi abuela tiene noventa o noventa y uno', 'voice')).toBe(
      'mi abuela tiene [AGE:90PLUS] o [AGE:90PLUS]',
    )
    // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
    expect(scrub('tiene noventa y uno o noventa y dos años', 'voice')).toBe('tiene [AGE:90PLUS] o [AGE:90PLUS]')
    expect(scrub('he is 94 or 95')).toBe('he is [AGE:90PLUS] or [AGE:90PLUS]')
  })

  it('keeps a number that is no age of 90 or more', () => {
    for (const text of ['she is 80 or 85 years old', 'take one or two tablets', 'she is ninety or so and still walks'])
      expect(scrub(text, 'voice')).toBe(text.replace('ninety', '[AGE:90PLUS]'))
  })
})

describe("a chart's surname first, and the surnames of the Hmong clans", () => {
  it('reads a listed surname in capitals, a comma and a capitalised word as a patient', () => {
    expect(scrub('F/u note: VANG, Kia TSH 8.2 elevated. Counseled')).toBe(
      'F/u note: [NAME] TSH 8.2 elevated. Counseled',
    )
    expect(scrub('hi this is kia vang calling', 'voice')).toBe('hi this is [NAME] calling')
    expect(scrub('my name is pao xiong', 'voice')).toBe('my name is [NAME]')
  })

  it('keeps abbreviations and clinical words before a comma', () => {
    for (const text of ['Labs: CBC, Normal', 'URGENT, Please call']) expect(scrub(text)).toBe(text)
  })
})

describe('after a review of the session 16 rules', () => {
  it('leaves a child named after "little" a name where no word says where', () => {
    expect(scrub('Je suis le papa de la petite Rose')).toBe('Je suis le papa de la petite [NAME]')
    expect(scrub('la mamá de la pequeña Sofía llamó')).toBe('la mamá de la pequeña [NAME] llamó')
    expect(scrub("J'ai parlé à la petite Emma")).toBe("J'ai parlé à la petite [NAME]")
  })

  it('keeps a reading with a unit or a decimal beside an age', () => {
    expect(scrub('Mom is 93, maybe 100.4 temp last night')).toBe('Mom is [AGE:90PLUS], maybe 100.4 temp last night')
    expect(scrub('she is 94 or 95 lbs now')).toBe('she is [AGE:90PLUS] or 95 lbs now')
    expect(scrub('grandma is 96 or 97%')).toBe('grandma is [AGE:90PLUS] or 97%')
  })

  it('reads an age of a hundred and one to the end', () => {
    // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
    expect(scrub('elle a cent un ans', 'voice')).toBe('elle a [AGE:90PLUS]')
    // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
    expect(scrub('ela tem cento e um anos', 'voice')).toBe('ela tem [AGE:90PLUS]')
    // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
    expect(scrub('ему сто один год', 'voice')).toBe('ему [AGE:90PLUS]')
    // Session 42: the words that say an age go with an age of 90+ (resolved-ages.ts ageUnitsAfter).
    expect(scrub('il a cent ans et deux filles', 'voice')).toBe('il a [AGE:90PLUS] et deux filles')
  })

  it('remembers no title and no lone Hangul family name', () => {
    expect(scrubText('정 선생님께도 물어봤어요', { channel: 'sms' }).remembered).toEqual([])
    expect(
      scrubText('박민수 선생님께 물어봤어요', { channel: 'sms' }).remembered.map((w) => w.normalize('NFC')),
    ).toEqual(['박민수'])
  })

  it('takes no marked surname before a clinical word, and chart order without a space', () => {
    expect(scrub('tiene colón irritable')).toBe('tiene colón irritable')
    expect(scrub('F/u note: VANG,Kia TSH high')).toBe('F/u note: [NAME] TSH high')
  })

  it('takes the Han titles of nurses and physicians, and no title after a role', () => {
    expect(scrub('您好,我是黃護理師。先給他喝半杯果汁')).toBe('您好,我是[NAME]。先給他喝半杯果汁')
    expect(scrub('吳醫師說明天再來')).toBe('[NAME]說明天再來')
    expect(scrub('谢谢黄医生和护士们')).toBe('谢谢[NAME]护士们')
  })
})

describe('after the freeze corpora', () => {
  it('reads the pet names of a remembered name in Portuguese, Spanish and Russian', () => {
    expect(withMemory('a gracinha tomou o remédio', ['gracas'])).toBe('a [NAME] tomou o remédio')
    expect(withMemory('carmencita ya comió', ['carmen'])).toBe('[NAME] ya comió')
    expect(withMemory('Люся сегодня лучше', ['людмила'])).toBe('[NAME] сегодня лучше')
    // "ваша" (your) shares the first two letters of Валентина and a pet-name ending: it stays what it was.
    expect(withMemory('ваша мама звонила', ['валентина'])).toBe(scrub('ваша мама звонила'))
  })

  it('reads a town of two words that opens an organisation after "calling from the"', () => {
    expect(scrub("this is anna calling from the federal way school district nurse's office", 'voice')).toBe(
      "this is [NAME] calling from the [LOCALITY] school district nurse's office",
    )
    for (const text of [
      "i'm calling from the sleep center to report a result",
      'calling from the county health department',
    ])
      expect(scrub(text, 'voice')).toBe(text)
  })

  it("claims a time's minutes only as two digits, so scrubbing its own output changes nothing", () => {
    expect(scrub('05:5a')).toBe('[OTHER]:[OTHER]')
    expect(scrub(scrub('05:5a'))).toBe('[OTHER]:[OTHER]')
    expect(scrub('Open slots Tue 9:40a and 10:30')).toBe('Open slots Tue 9:40a and 10:30')
  })

  it('reads a code that reads as a year after "is still"', () => {
    expect(scrub('Is the gate code still 1946?')).toBe('Is the gate code still [OTHER]?')
    expect(scrub('she was born in 1946')).toBe('she was born in [DATE:1946]')
  })

  it('reads a spoken house number before a compass word and a numbered street', () => {
    expect(scrub('she lives with us at eleven forty one southwest one hundred twenty eighth street now', 'voice')).toBe(
      'she lives with us at [ADDRESS] now',
    )
    for (const text of ['she walked two blocks down the street', 'take one hundred twenty mg twice a day on the road'])
      expect(scrub(text, 'voice')).toBe(text)
  })

  it('reads an age after a filler, and a Korean floor written onto its number', () => {
    expect(scrub("she's um ninety four she's living with us", 'voice')).toBe(
      "she's um [AGE:90PLUS] she's living with us",
    )
    expect(scrub('오늘 저녁에 댁으로 가져갈게요. 주소 147-22 Sanford Ave 3층 맞죠?')).toBe(
      '오늘 저녁에 댁으로 가져갈게요. 주소 [ADDRESS] 맞죠?',
    )
  })
})
