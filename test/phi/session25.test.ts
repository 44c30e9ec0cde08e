import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' | 'chat' = 'sms'): string => scrubText(text, { channel }).text

describe('names a caller or a clinician gives in pieces', () => {
  it('reads the word said right before "my last name is" as the first name, whatever else it means', () => {
    expect(scrub("yeah hi it's uh... Drew um my last name is Price I'm calling", 'voice')).toBe(
      "yeah hi it's uh... [NAME] um my last name is [NAME] I'm calling",
    )
    expect(scrub('hola soy este... Drew y mi apellido es Price', 'voice')).toBe(
      'hola soy este... [NAME] y mi apellido es [NAME]',
    )
    // A lower-case everyday word there is no name, nor a capitalised day.
    expect(scrub('I need the form. my last name is Price')).toBe('I need the form. my last name is [NAME]')
    expect(scrub('Monday. My last name is Price')).toBe('Monday. My last name is [NAME]')
  })

  it('adds the surname a caller says when saying the first name again', () => {
    expect(scrub("hi it's Drew... Drew Church... I was in", 'voice')).toBe("hi it's [NAME]... [NAME]... I was in")
    expect(scrub("it's Faith... Faith Walker again", 'voice')).toBe("it's [NAME]... [NAME] again")
  })

  it("takes a clinician's initial and surname before a credential, in any casing", () => {
    expect(scrub('Escort approved. -J. Frost RN')).toBe('Escort approved. -[NAME]')
    expect(scrub('Pt approved. J. Frost, RN')).toBe('Pt approved. [NAME], RN')
    expect(scrub('Thanks Team RN')).toBe('Thanks Team RN')
  })

  it('reads a given name in capitals after a surname in capitals and a comma, even where it is also a test', () => {
    expect(scrub('Nursing note: RODRIGUEZ, ANA called about 3 y/o with croup', 'chat')).toBe(
      'Nursing note: [NAME], [NAME] called about 3 y/o with croup',
    )
  })

  it('reads the given names after a title and a family name ("bác sĩ lê minh châu")', () => {
    expect(scrub('dạ em muốn hỏi bác sĩ lê minh châu có lịch trống không ạ')).toBe(
      'dạ em muốn hỏi [NAME] có lịch trống không ạ',
    )
    // The verbs added after "bà"/"ông" leave out those whose unmarked form is a name ("Nga").
    expect(scrub('hôm qua nga bị té ngoài sân')).toBe('hôm qua [NAME] bị té ngoài sân')
  })

  it('reads a word before the Korean honorific 씨 as a name, whatever else it means', () => {
    expect(scrub('하나 씨 안녕하세요, 준호 엄마예요.')).toBe('[NAME] 안녕하세요, [NAME] 엄마예요.')
    expect(scrub('그 사람 씨가')).toBe('그 사람 씨가')
  })

  it('reads English given names written in Hangul', () => {
    expect(scrub('남편 마이크가 약국 가서 찾아올 거예요')).toBe('남편 [NAME] 약국 가서 찾아올 거예요')
  })

  it('reads "will" closing a list of people as a name, not the auxiliary', () => {
    expect(scrub("i'm raising my grandsons jaylen and will and they both go to school", 'voice')).toBe(
      "i'm raising my grandsons [NAME] and [NAME] and they both go to school",
    )
    expect(scrub('my son jaylen and will be there', 'voice')).toBe('my son [NAME] and will be there')
  })
})

describe('dates and addresses said in words', () => {
  it('reads a French year said "mil neuf cent …"', () => {
    expect(scrub('elle est née le premier mars mil neuf cent trente et un merci', 'voice')).toBe(
      'elle est née le [DATE:AGE90PLUS] merci',
    )
  })

  it('reads a rural address given by its mile marker, and no distance or time as a street', () => {
    expect(scrub('he lives alone at mile four point two knik goose bay road his power', 'voice')).toBe(
      'he lives alone at [ADDRESS] his power',
    )
    expect(scrub('we live at Mile 12.5 Richardson Hwy in the trailer')).toBe('we live at [ADDRESS] in the trailer')
    expect(scrub("it's about a mile five minutes drive from here", 'voice')).toBe(
      "it's about a mile five minutes drive from here",
    )
  })

  it('reads a Spanish house number before a street named in English with its direction', () => {
    expect(scrub('sí es el dos diecinueve east southcross ahí mismo', 'voice')).toBe('sí es el [ADDRESS] ahí mismo')
    expect(scrub('tiene dos north side', 'voice')).toBe('tiene dos north side')
  })
})

describe('after the mid-session corpora', () => {
  it('reads what no table knows after an Arabic title as the name (subtitle lists hold English surnames)', () => {
    expect(scrub('موعدك مع الدكتور جونسون يوم الخميس')).toBe('موعدك مع [NAME] يوم الخميس')
    expect(scrub('الدكتور مشغول اليوم')).toBe('الدكتور مشغول اليوم')
    expect(scrub('يشوف الدكتور بالفيديو رقمي')).toBe('يشوف الدكتور بالفيديو رقمي')
    expect(scrub('بدي اسأل اذا في دكتور بيحكي عربي')).toBe('بدي اسأل اذا في دكتور بيحكي عربي')
  })

  it('reads given names of Christian Arab families and Levantine greetings before a name', () => {
    expect(scrub('مرحبا، أنا ريتا حداد.')).toBe('مرحبا، أنا [NAME].')
    expect(scrub('مرحبا سارة كيفك')).toBe('مرحبا [NAME] كيفك')
  })

  it('takes the word for "family" before a family signed by its name', () => {
    expect(scrub('Nouvelle adresse. Famille Irakoze')).toBe('Nouvelle adresse. [NAME]')
    expect(scrub('mi familia está bien')).toBe('mi familia está bien')
  })

  it("takes a clinician's title said letter by letter", () => {
    expect(scrub("I came in six weeks ago with P A Stevens so I'm confused", 'voice')).toBe(
      "I came in six weeks ago with [NAME] so I'm confused",
    )
  })

  it('reads a capitalised surname that is also a function word after a first name', () => {
    expect(scrub("hello my name's Mark Best I had a vasectomy", 'voice')).toBe(
      "hello my name's [NAME] I had a vasectomy",
    )
  })

  it('reads Southern Vietnamese birth-order names after a title, not numbers', () => {
    expect(scrub('mẹ em là bà bảy lo lắm', 'voice')).toBe('mẹ em là [NAME] lo lắm')
    expect(scrub('bà bảy mươi tuổi rồi nhưng còn khỏe lắm ạ', 'voice')).toBe(
      'bà bảy mươi tuổi rồi nhưng còn khỏe lắm ạ',
    )
    expect(scrub('gửi chị ba em uống aspirin', 'voice')).toBe('gửi chị ba em uống aspirin')
    expect(scrub('số điện thoại của em là năm năm năm không một ba chín', 'voice')).not.toContain('NAME')
  })

  it('reads Han family names the list lacked and a name after "我是 … 的"', () => {
    expect(scrub('权医生今天下午可以看她')).toBe('[NAME]今天下午可以看她')
    expect(scrub('我是团队的林美华。')).toBe('我是团队的[NAME]。')
    expect(scrub('孩子哮喘用的蓝色吸入器用完了')).toBe('孩子哮喘用的蓝色吸入器用完了')
  })

  it('reads a capitalised first name with "\'s" before a state or a possession, ', () => {
    expect(scrub("Joy's back at work so I'm bringing her")).toBe("[NAME] back at work so I'm bringing her")
    expect(scrub("Will's inhaler was sent.")).toBe('[NAME] inhaler was sent.')
    expect(scrub("it shows somebody else's name")).toBe("it shows somebody else's name")
  })

  it('reads the relative whose verb shows "will" is no auxiliary, and a first name opening a sentence before came', () => {
    expect(scrub('no i forgot my grandson will usually reminds me', 'voice')).toBe(
      'no i forgot my grandson [NAME] usually reminds me',
    )
    expect(scrub('my son will usually help me', 'voice')).toBe('my son will usually help me')
    expect(scrub('Rich came home.')).toBe('[NAME] came home.')
    expect(scrub('The results came back')).toBe('The results came back')
  })

  it('reads a town in Latin letters before a Han clinic word, unless it is a given name', () => {
    expect(scrub('请今天下午3点来Reading诊所。')).toBe('请今天下午3点来[LOCALITY]诊所。')
    expect(scrub('我在Hope诊所看病')).toBe('我在Hope诊所看病')
  })

  it('reads mile markers and numbered streets said in words after a direction', () => {
    expect(scrub('we live in sells on route nineteen mile marker four my phone', 'voice')).toBe(
      'we live in [LOCALITY] on [ADDRESS] my phone',
    )
    expect(scrub("I'm at forty nine thirty one east twenty second in the back", 'voice')).toBe(
      "I'm at [ADDRESS] in the back",
    )
    expect(scrub('she lives with me at eighteen twenty seven south la pasadita in town', 'voice')).toContain(
      'at [ADDRESS] in',
    )
  })
})

describe('utility in the languages that lost most words', () => {
  it('keeps everyday Haitian Creole words the table lacked', () => {
    expect(scrub('mwen travay nan otèl la mwen gen yon doulè nan pwatrin depi yè swa', 'voice')).toBe(
      'mwen travay nan otèl la mwen gen yon doulè nan pwatrin depi yè swa',
    )
  })

  it('keeps Russian verb forms no name has in a Russian text', () => {
    expect(scrub('у неё опять давление высокое голова кружится и ноги отекают', 'voice')).toBe(
      'у неё опять давление высокое голова кружится и ноги отекают',
    )
  })

  it('keeps a word of the Vietnamese table the frequency list leaves out as a name elsewhere ("trong")', () => {
    expect(scrub('bác sĩ nói là đường trong máu cao mà em chưa hiểu lắm', 'voice')).toBe(
      'bác sĩ nói là đường trong máu cao mà em chưa hiểu lắm',
    )
  })

  it('keeps the greeting before a name it helps find', () => {
    expect(scrub('أهلا سارة، موعدك مع الدكتور سامي')).toBe('أهلا [NAME]، موعدك مع [NAME]')
  })

  it('reads no word but a listed first name as the subject of "came"', () => {
    expect(scrub('Urine came back clean!! 90 days')).toBe('Urine came back clean!! 90 days')
  })
})

describe('after the freeze (review)', () => {
  it('collapses a year 90 or more years back in any language, also a birth year said alone after a birth cue', () => {
    expect(scrub('née le 12/06/1930')).toBe('née le [DATE:AGE90PLUS]')
    expect(scrub('mẹ tôi sinh năm 1930')).toBe('mẹ tôi sinh năm [DATE:AGE90PLUS]')
    expect(scrub('мама родилась в 1929 году')).toBe('мама родилась в [DATE:AGE90PLUS] году')
    expect(scrub('我妈妈1930年出生')).toBe('我妈妈[DATE:AGE90PLUS]年出生')
    expect(scrub('minha mãe nasceu em 1929')).toBe('minha mãe nasceu em [DATE:AGE90PLUS]')
    expect(scrub('pt b. 1931')).toBe('pt b. [DATE:AGE90PLUS]')
    expect(scrub('sinh năm 1990')).toBe('sinh năm 1990')
    expect(scrub('in 1930 the house was built')).toBe('in 1930 the house was built')
  })

  it('reads "pt" after a word in lower case as the patient, not a street', () => {
    expect(scrub('HR 110 call pt')).toBe('HR 110 call pt')
    expect(scrub('lives at 12 Ocean Pt')).toBe('lives at [ADDRESS]')
    expect(scrub('lives at 12 ocean pt')).toBe('lives at [ADDRESS]')
  })

  it('takes an initial and a capitalised surname before a credential anywhere in the sentence', () => {
    expect(scrub('per A. Brown MD start metformin')).toBe('per [NAME] start metformin')
    expect(scrub('Plan B. Call MD if fever')).toBe('Plan B. Call MD if fever')
    expect(scrub('Take vitamin D. Notify MD')).toBe('Take vitamin D. Notify MD')
  })

  it('reads a first name said twice with a pause after "it\'s", and a first name before a body part', () => {
    expect(scrub("hi it's joy... joy baker calling about my refill", 'voice')).toBe(
      "hi it's [NAME] calling about my refill",
    )
    expect(scrub("Frank's feet swollen")).toBe('[NAME] feet swollen')
  })

  it('takes a family word only when it signs, and keeps spoken verbs after an Arabic title and Russian verbs', () => {
    expect(scrub('mi familia Completa')).toBe('mi familia [NAME]')
    expect(scrub('الدكتور كتبلها دوا جديد للضغط')).toBe('الدكتور كتبلها دوا جديد للضغط')
    expect(scrub('الدكتور تبع القلب قال لازم')).toBe('الدكتور تبع القلب قال لازم')
    expect(scrub('сын Саша кашляет')).toBe('сын [NAME] кашляет')
    expect(scrub('ноги отекают')).toBe('ноги отекают')
  })

  it('keeps Chinese words a family name list entry would cut ("洪水", "信赖") and Korean seeds', () => {
    expect(scrub('洪水来了')).toBe('洪水来了')
    expect(scrub('他信赖医生')).toBe('他信赖医生')
    expect(scrub('참깨 씨 알레르기 있어요')).toBe('참깨 씨 알레르기 있어요')
  })

  it('reads 小 or 老 before a family name as a whole nickname, not the words after it', () => {
    expect(scrub('小李发烧三天了')).toBe('[NAME]发烧三天了')
    expect(scrub('小林的血糖很高')).toBe('[NAME]的血糖很高')
    expect(scrub('老师说没事')).toBe('老师说没事')
    expect(scrub('我们小区的人')).toBe('我们小区的人')
  })

  it('reads a house number, a direction and a numbered street with no type', () => {
    expect(scrub("i'm at 4931 E 22nd")).toBe("i'm at [ADDRESS]")
    expect(scrub('Admitted to 4 W 3rd floor')).toBe('Admitted to 4 W 3rd floor')
  })

  it('keeps lab panels a chart note lists', () => {
    expect(scrub('LIPID, ALT, AST pending')).toBe('LIPID, ALT, AST pending')
    expect(scrub('CBC: WBC 14.2, Hgb 9.8, Plt 412.')).toBe('CBC: WBC 14.2, Hgb 9.8, Plt 412.')
  })
})
