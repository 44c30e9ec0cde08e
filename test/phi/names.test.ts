import { describe, expect, it } from 'vitest'
import { detectNames, findNames } from '../../src/phi/detectors/names'
import type { Channel } from '../../src/model/normalized'

/** The texts of the spans found (backstop included unless told otherwise). */
function names(text: string, options: { backstop?: boolean; channel?: Channel } = {}): string[] {
  const spans = findNames(
    { text, lower: text.toLowerCase(), channel: options.channel ?? 'sms' },
    { backstop: options.backstop ?? true },
  )
  return spans.map((s) => text.slice(s.start, s.end))
}

/** Names found by the precise layers only (no out-of-vocabulary backstop). */
function cued(text: string, channel: Channel = 'sms'): string[] {
  return names(text, { backstop: false, channel })
}

describe('detectNames: self-introductions', () => {
  it.each([
    ['hey its danielle, my daughter has pink eye', ['danielle']],
    ["it's Jake, can I come in today", ['Jake']],
    ['im dre, ankle still swollen', ['dre']],
    ['this is maria, calling about my refill', ['maria']],
    ['my name is Tomasz Wisniewski', ['Tomasz Wisniewski']],
    ['my last name is Kowalski', ['Kowalski']],
    ['me llamo Lupe y necesito una cita', ['Lupe']],
    ['soy Carmen Ruiz, se me olvidó la cita', ['Carmen Ruiz']],
    ['le habla Carmen', ['Carmen']],
    ['Maria here, running late', ['Maria']],
    ['name: Okonkwo', ['Okonkwo']],
  ])('%s', (text, expected) => {
    expect(cued(text)).toEqual(expected)
  })
})

describe('detectNames: relations, titles, greetings, verbs', () => {
  it.each([
    ['my son diego has a fever', ['diego']],
    ['my daughter ava has pink eye', ['ava']],
    ['mi hija Sofía tiene fiebre', ['Sofía']],
    ['mi esposo Juan necesita su receta', ['Juan']],
    ['grandma lou is 96', ['grandma lou']],
    ['my wife mei delivered last week', ['mei']],
    ['her husband Tom called', ['Tom']],
    ['please send my records to Dr. Esther Kaplan', ['Dr. Esther Kaplan']],
    ['this is dr. harrison returning your call', ['dr. harrison']],
    ['Please forward to Nurse Angela. Thanks!', ['Nurse Angela']],
    ['good morning Dr Patel', ['Dr Patel']],
    ['Mrs. Brown called about her results', ['Mrs. Brown']],
    ['hi Sarah, quick question', ['Sarah']],
    ['hola Marta, gracias', ['Marta']],
    ['thx Rick Alvarez', ['Rick Alvarez']],
    ['gracias, Ana', ['Ana']],
    ['pls text Nick when results are in', ['Nick']],
    ["jake's mom here, he threw up twice", ["jake's"]],
    ['See you then - Rick', ['Rick']],
    ['yeah hi um this is uh tanisha calling back', ['tanisha']],
    ['my wife is grace and she is pregnant', ['grace']],
    ['im calling for my father in law george kim', ['george kim']],
    ['my neighbor mrs gutierrez needs a ride', ['mrs gutierrez']],
    ['Heather from the front desk said to text this number', ['Heather']],
    ['buenos días doctora Ramírez, soy la mamá de Mateo', ['doctora Ramírez', 'Mateo']],
    ['we saw Dr. Patel and Dr. Li last week', ['Dr. Patel', 'Dr. Li']],
    ['They had 6: Sheila, Donna, Sherry, Donald and Shane.', ['Sheila', 'Donna', 'Sherry', 'Donald', 'Shane']],
    ['Bill, the results are in', ['Bill']],
    ['Grant what time is my appointment', ['Grant']],
    ['my son river has croup', ['river']],
    ['my daughter destiny needs her shots', ['destiny']],
    ['hablo de parte de Luz, mi mamá', ['Luz']],
    ['thanks for everything, Summer!', ['Summer']],
  ])('%s', (text, expected) => {
    expect(cued(text)).toEqual(expected)
  })
})

describe('detectNames: casing, hyphens, apostrophes, accents', () => {
  it('finds names in lower case, ALL CAPS and mixed case alike', () => {
    expect(cued('this is patricia gomez calling about my husband luis')).toEqual(['patricia gomez', 'luis'])
    expect(cued('THIS IS PATRICIA GOMEZ CALLING ABOUT MY HUSBAND LUIS')).toEqual(['PATRICIA GOMEZ', 'LUIS'])
    expect(cued('This is Patricia Gomez calling about my husband Luis')).toEqual(['Patricia Gomez', 'Luis'])
  })

  it('keeps hyphenated and apostrophe names whole', () => {
    expect(cued('my daughter Anna-Sofia has a rash')).toEqual(['Anna-Sofia'])
    expect(cued("this is Kevin O'Donnell, my cell changed")).toEqual(["Kevin O'Donnell"])
    expect(cued("please call Mr O'Brien back")).toEqual(["Mr O'Brien"])
    expect(cued('ask for Dr D’Arcy')).toEqual(['Dr D’Arcy'])
  })

  it('handles particles and non-ASCII letters', () => {
    expect(cued('my name is Maria de la Cruz')).toEqual(['Maria de la Cruz'])
    expect(cued('this is Pieter van der Berg')).toEqual(['Pieter van der Berg'])
    expect(cued('hi its Zoë, rash is better')).toEqual(['Zoë'])
    expect(cued('my husband Łukasz fell')).toEqual(['Łukasz'])
    expect(cued('soy José')).toEqual(['José'])
  })

  it('finds a name from the gazetteer anywhere, in any case', () => {
    expect(cued('can danielle get a refill')).toEqual(['danielle'])
    expect(cued('NGUYEN NEEDS A REFILL')).toEqual(['NGUYEN'])
  })

  it('finds unlisted surnames through the backstop, in any case', () => {
    expect(names('can kowalczyk get a refill')).toEqual(['kowalczyk'])
    expect(names('CAN KOWALCZYK GET A REFILL')).toEqual(['KOWALCZYK'])
  })

  it('finds spelled-out names in transcripts', () => {
    expect(cued('the last name is k o w a l c z y k like it sounds', 'voice')).toEqual(['k o w a l c z y k'])
  })
})

describe('detectNames: ambiguous names only with a cue', () => {
  it('leaves rose, june, will, hope, mark, bill, grace as words without a cue', () => {
    const text =
      'i hope the swelling will go down, the mark on my arm rose up, the bill came in june, grace period, the river was cold, justice'
    expect(names(text)).toEqual([])
  })

  it('finds them with a cue, a title or mid-sentence capitals', () => {
    expect(cued('my mom rose is here')).toEqual(['rose'])
    expect(cued('this is June, calling back')).toEqual(['June'])
    expect(cued('my name is will harper')).toEqual(['will harper'])
    expect(cued('its Hope. the new inhaler works')).toEqual(['Hope'])
    expect(cued('Cancel my appt pls, Will is sick')).toEqual(['Will'])
    expect(cued('I talked to Grace yesterday about the bill')).toEqual(['Grace'])
    expect(cued('Dr. Mark Bill will see you')).toEqual(['Dr. Mark Bill'])
  })

  it('keeps capitalised weekdays, months, states and relations words', () => {
    expect(names('Lisa and I were wondering if the clinic is open Sunday in March, we moved from Texas')).toEqual([
      'Lisa',
    ])
    expect(names('my son is sick and my wife is pregnant')).toEqual([])
  })

  it('does not read states and verbs after a cue as names', () => {
    expect(names("this is not working, i'm feeling worse, its ok, my son has a fever")).toEqual([])
    expect(names('im fine thanks, my daughter will come tomorrow')).toEqual([])
    expect(names('hi there, thanks for the help, hope you are well')).toEqual([])
    expect(names('Hope you feel better soon')).toEqual([])
    expect(names('Will you call me back?')).toEqual([])
    expect(names('Mark your calendar for the flu shot clinic')).toEqual([])
  })
})

describe('detectNames: clinical vocabulary survives', () => {
  it.each([
    'fever 101.4, sore throat, took ibuprofen 400mg at noon',
    'Refill request: atorvastatin 40mg and lisinopril 10mg',
    'my bp was 148/92 after the metformin, tylenol didnt help',
    'need appt tmrw for covid test, thx',
    'The ER gave him Zofran and Pedialyte for the vomiting',
    'I have a Rash on my Chest and my Ankle is swollen',
    'tengo fiebre y dolor de cabeza desde ayer',
    'can the nurse call me back about my Ozempic dose',
    'estoy llamando porque mi presión sigue alta y me estoy sintiendo mareada',
    'my Dexcom says 250, took Humalog and Tresiba, still high after the Jardiance',
  ])('%s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('detectNames: backstop', () => {
  it('flags unknown words and only them', () => {
    const text = 'the xochitquetzal was late again'
    const spans = findNames({ text, lower: text, channel: 'sms' })
    expect(spans.map((s) => s.source)).toEqual(['names:backstop'])
  })

  it('flags unknown words in ALL CAPS, but not short acronyms in mixed-case text', () => {
    expect(names('I NEED MY REFILL TODAY ESTEE')).toEqual(['ESTEE'])
    expect(names('my FMLA form and the EBT card, thanks')).toEqual([])
  })

  it('leaves words glued to digits and links to the other detectors', () => {
    expect(names('member id ZGP449201883, photo at https://i.imgur.com/a8Kd02L.jpg')).toEqual([])
  })
})

describe('detectNames: hostile input', () => {
  const inputs = [
    '',
    ' ',
    '😀😀😀 its 😀 maria 😀',
    'this is ma\u200Bria',
    '\u202Ethis is maria\u202C',
    'x'.repeat(100_000),
    'this is maria '.repeat(8000),
    'مرحبا this is Мария and 李雷',
    '\uD800 lone surrogate its jake',
    '- - - , , , . . .',
    "o'".repeat(50_000) + 'x',
    'a-'.repeat(50_000),
    "jake's".repeat(20_000),
    'Rebecca Hides '.repeat(7000),
    'Rebecca Hides\n'.repeat(7000),
    'n as in nancy '.repeat(7000),
    'me and destiny '.repeat(7000),
    'Ella: hi\n'.repeat(10_000),
    'hahahahahaha'.repeat(3000),
    'a\n'.repeat(50_000),
  ]
  it.each(inputs.map((s, i) => [i, s] as const))('never throws (%i)', (_i, text) => {
    let spans: ReturnType<typeof detectNames> = []
    expect(() => {
      spans = detectNames({ text, lower: text.toLowerCase(), channel: 'sms' })
    }).not.toThrow()
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(0)
      expect(s.end).toBeLessThanOrEqual(text.length)
      expect(s.start).toBeLessThan(s.end)
      expect(s.type).toBe('NAME')
    }
  })

  it('finds every name in a long repeated text', () => {
    const text = 'this is maria. '.repeat(2000)
    expect(cued(text)).toHaveLength(2000)
  })
})

describe('detectNames: Spanish and clinical text stays', () => {
  it.each([
    'buenas tardes, necesito una cita',
    'feliz cumpleaños a mi mamá, nací en 1980',
    'llevé a mi hijo al doctor ayer',
    'mi esposo está enfermo desde el lunes',
    'le escribe para confirmar la cita',
    'el niño tiene calentura y vomitó dos veces',
    'mi hija se cayó y se lastimó la rodilla',
    '¿a qué hora abren mañana? no pude dormir, tengo tos seca',
    'disculpe la molestia, ¿cuándo me toca la vacuna?',
    'olvidé mi contraseña del portal, que tenga buen día',
    'ya tomé la medicina pero sigo con dolor, llámeme por favor',
    'my gray honda is in the lot',
    'Reg insulin 10 units at bedtime',
    'pt c/o sob and cp radiating to left arm',
    'my s s n is on file, his m r n is on the card, d o b too',
  ])('%s', (text) => {
    expect(names(text)).toEqual([])
  })

  it('still finds names in Spanish text, and Hispanic surnames that are word forms', () => {
    expect(names('buenas tardes, soy la mamá de camila')).toEqual(['camila'])
    expect(names('mi esposo raúl está enfermo')).toEqual(['raúl'])
    expect(names('flores tiene cita mañana')).toEqual(['flores'])
    expect(names('la señora torres no pudo venir')).toEqual(['señora torres'])
  })

  it('reads Spanish verbs that are English first names as names in English text', () => {
    expect(cued('my husband dan is sick')).toEqual(['dan'])
    expect(cued('my daughter ella has a fever')).toEqual(['ella'])
    expect(cued('my son sean needs a refill')).toEqual(['sean'])
  })

  it('finds letters spelled with example words, and generational suffixes', () => {
    expect(cued("that's n as in nancy o as in oscar w a k", 'voice')).toEqual(['n as in nancy o as in oscar w a k'])
    expect(cued("that's b like boy r like robert o w n", 'voice')).toEqual(['b like boy r like robert o w n'])
    expect(cued('we named him after his dad, marcus junior', 'voice')).toEqual(['marcus junior'])
    expect(names('i like pizza and a for effort')).toEqual([])
  })

  it('keeps stretched names unknown', () => {
    expect(names('annna is here')).toEqual(['annna'])
  })

  it('still finds spelled names', () => {
    expect(cued('spelled b o b b y', 'voice')).toEqual(['b o b b y'])
  })
})

describe('detectNames: how patients write names', () => {
  it.each([
    ['me, tom and lily will be there at 3', ['tom', 'lily']],
    ['ok so me and destiny r coming at 3', ['destiny']],
    ['faith and i will come', ['faith']],
    ['yo y jimena vamos mañana', ['jimena']],
    ['sarah picked up the rx yesterday', ['sarah']],
    ["jake's inhaler ran out", ["jake's"]],
    ["Autumn's address for the home nurse is on file", ["Autumn's"]],
    ['can you ask tom if the results are in', ['tom']],
    ['running late, tell jen', ['jen']],
    ['the Nguyens are coming at 4', ['Nguyens']],
    ['mr abernathy needs a callback', ['mr abernathy']],
    ['Junior needs a sports physical', ['Junior']],
    ['Faith and Sunny (the twins) both have pink eye', ['Faith', 'Sunny']],
    ['this message is for hope at the front desk', ['hope']],
    ["hi this is summer calling from dr lee's office", ['summer', "dr lee's"]],
    ["hi it's sunny from the clinic, can he call us back", ['sunny']],
    ['my son t j is four and he swallowed a battery', ['t j']],
    ['calling about my dad al he has been throwing up', ['al']],
    ['georgia has a 101 fever and a rash on her belly', ['georgia']],
    ['and tom is vomiting again', ['tom']],
    ['pls have jay call me back', ['jay']],
    ['did april get her shots yet', ['april']],
    ['can rosie come in too', ['rosie']],
    ['tell rob i said thanks', ['rob']],
    ['omw, tell ray', ['ray']],
    ['we call her bean', ['bean']],
    ['her nickname is coco', ['coco']],
    ['Best, Devon Okafor', ['Devon Okafor']],
    ['the nurse, Judy, said to call', ['Judy']],
    ['Mrs. Van der Berg is on her way', ['Mrs. Van der Berg']],
    ["it's doctor van der berg calling", ['doctor van der berg']],
    ['my kids hunter and chase both have strep', ['hunter', 'chase']],
    ['hey doc its me, sky', ['sky']],
    ['thanks will!', ['will']],
    ['ok talk soon, mark', ['mark']],
    ['ivy is doing better', ['ivy']],
    ['our foster son kash has asthma', ['kash']],
    ['Hello, my father Tadeusz Wróblewski needs a home visit', ['Tadeusz Wróblewski']],
    ['this is father tadeusz from the parish', ['father tadeusz']],
    ['his neighbour Rosemary checks on him', ['Rosemary']],
    ['Mi cuñada Rosa Elena me va a traer', ['Rosa Elena']],
    ['Soy Chayo, la vecina de don Memo. Él tiene 96', ['Chayo', 'don Memo']],
    ['MY SON WILL HAS A FEVER', ['WILL']],
    ['ME AND DESTINY ARE COMING AT 3', ['DESTINY']],
    ['dígale a la doctora que habló consuelo', ['consuelo']],
    ['Honey is what the kids call grandma', ['Honey']],
    ['everyone calls him bubba', ['bubba']],
    ['was mason playing outside when it happened', ['mason']],
    ["zoe's sister ava also sick", ["zoe's", 'ava']],
    ['mom of 3: liam, ella & mason', ['liam', 'ella', 'mason']],
    ['mi hijo leo tiene fiebre', ['leo']],
    ['leo has a fever', ['leo']],
    ['bring ivy at 3?', ['ivy']],
    ['pick up rose from daycare', ['rose']],
    ['ok sounds good brandy', ['brandy']],
    ['grace picked up the rx', ['grace']],
    ['faith threw up twice', ['faith']],
    ['mark said to call', ['mark']],
    ['dawn is picking it up', ['dawn']],
    ['my aide tonya comes on tuesdays', ['tonya']],
    ['From: grace\nto: hope', ['grace', 'hope']],
    ['my Tío Chuy is in the waiting room', ['Tío Chuy']],
    ['my son legacy has a fever', ['legacy']],
    ['grace from billing called me', ['grace']],
    ['spoke with hope from the front desk', ['hope']],
    ['my case worker hope can sign', ['hope']],
    ['mi comadre lupe me trae', ['lupe']],
    ['esperanza necesita su receta', ['esperanza']],
    ['ángel tiene fiebre', ['ángel']],
    ['yea tanner do another hide and seek', ['tanner']],
    ['ok marcus can you call me', ['marcus']],
    ['rose is feeling better', ['rose']],
    ["i'm here with grace", ['grace']],
    ['the appt is for joy.', ['joy']],
    ['she is with brandy', ['brandy']],
    ['send grace the form', ['grace']],
    ['took faith to urgent care', ['faith']],
    ['watching ivy today', ['ivy']],
    ['calling about rose', ['rose']],
    ['ok thank you\nRose and Mark', ['Rose', 'Mark']],
    ['thanks!\n-Hope & Will', ['Hope', 'Will']],
    ['pt name: h. nguyen', ['h. nguyen']],
    ['Pj Tucker wants to shoot 3s', ['Pj Tucker']],
    ['she lives in Santa Rosa CA 95404', ['Santa Rosa']],
    ['If you keep Vin, Dwayne, Ty, Luda & Michelle', ['Vin', 'Dwayne', 'Ty', 'Luda', 'Michelle']],
  ])('%s', (text, expected) => {
    expect(cued(text)).toEqual(expected)
  })

  it.each([
    'the bill is due friday',
    'my mark is still red',
    "Monday's appt is at 3",
    "the boy's fever is 102",
    'its sunny today',
    "it's cold from the AC",
    'me and my son are sick',
    'you and me both',
    'my son e r visit was fine',
    'my daughter a lot better now',
    'did bill get paid',
    'can you call him back tomorrow',
    'xoxo',
    'the room (92) is on the left, sats 94',
    'thanks, will do',
    'my kids and i have the flu',
    'june is better for me',
    'the rash is doing better',
    'ok see you in june',
    'The Pfizer booster made me tired',
    "LDL was 162 in the spring, I've been on rosuvastatin since",
    "It's a sunny day and I'm finally feeling better",
    'just finished the z pak, still on the concentrator at 2L',
    'ya llegó el resultado de la glucosa en ayunas? le puedo dar miel al niño?',
    'Is the clinic open on Saturdays? still waiting on the MRI auth for my PT eval',
    'dr wants to start a statin? the fitbit shows 140',
    'me mudé el lunes y mi hijo se quebró el brazo',
    'sorry no hablo mucho inglés, mi hija va a traducir',
    'esta tiene fiebre, nada está bien, mañana tiene cita',
    'my son will be there and my daughter may come',
    'was the swelling going down? is it bleeding?',
    'salt, pepper & sugar; bill, grace and june',
    'me recetaron unas gotas para los ojos pero me arden mucho',
    'me salió una bolita en el cuello y me duele cuando trago',
    '¿puedo tomar ibuprofeno si estoy amamantando? la bebé tiene salpullido',
    'I have a Blue Cross PPO plan and my Part B starts in January',
    'referral to ortho and derm, my pcp said ent too; on truvada and vistaril',
    'bring hope to the world',
    'Patient: The results are in',
    'by: monday, per: the nurse',
    'name: Texas',
    'thanks from the bottom of my heart, with hope from the bottom of my heart',
    'my driver license expired, the receptionist said to call, my guardian ad litem too',
    'so hope you are well. lol mark your calendar',
    'june is coming up fast. bill is coming due. summer is coming. the rash is getting worse',
    'take care, take my meds, give it a try, send me the link, call mark the date, take april off',
    'the appt is for june. sign up for summer. praying for hope, full of grace, with love',
    'hahaha thankssss soooo much, lolol the vid was freakin great',
    'the Insurance Agency and the Health Department need the form from Consulting Inc',
    'My Cardiologist wants a Stress Test. Can I get my Flu Shot? I need a Prior Authorization, allergic to Sulfa',
    'My Daughter has Pain in her Leg. Can the Nurse call me about my Lab Results and the Refill?',
    'New address is Rural Route 2 Box 118, PO Box 4, Unit B',
    'bill came in the mail. june works better. summer camp needs a form. chase called me about my card',
    'ok sounds good, thank you so much, good night',
  ])('no name: %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('detectNames: names in documents and chats', () => {
  it.each([
    ['Mr. Manning is a 85 year old man', ['Mr. Manning']],
    ['Ella: What a wife.\nDestiny: Remember me, Maria?', ['Ella', 'Destiny', 'Maria']],
    ['Directed By:    Sari J. Paavolainen', ['Sari J. Paavolainen']],
    ['>Ella H. Snider', ['Ella H. Snider']],
    ['My grandmother was called Giovanna Rodrigues MD', ['Giovanna Rodrigues MD']],
  ])('%s', (text, expected) => {
    expect(cued(text, 'chat')).toEqual(expected)
  })

  it('finds a name alone on a line of an address block', () => {
    expect(cued('Rebecca Hides\n\n07960 Main Street 111', 'chat')).toEqual(['Rebecca Hides'])
    expect(cued('Thanks\nUrgent Care\nsee you soon', 'chat')).toEqual([])
  })

  it('joins particles between found name words', () => {
    expect(names('Willemine ten Pas will be talking').join(' ')).toBe('Willemine ten Pas')
  })

  it.each([
    'Note: bring your card',
    'Re: your appointment',
    'Mom: call me',
    'el número de serie del glucómetro es GL-44',
  ])('no name: %s', (text) => {
    expect(names(text, { channel: 'chat' })).toEqual([])
  })
})

describe('detectNames: person-shaped slots for everyday-word names (team-dev3 causes)', () => {
  it.each([
    ['could hope drop off the stool sample tomorrow', ['hope']],
    ['did faith call back about her labs', ['faith']],
    ['pls tell hope thanks for the quick refill', ['hope']],
    ['remind grace to fast before the bloodwork', ['grace']],
    ['was faith working at the desk this morning', ['faith']],
    ['rose was still napping when the nurse called', ['rose']],
    ['mark is sound asleep now, temp 100.1', ['mark']],
    ['Baker family here, question about the copay', ['Baker']],
    ['and joy texted me the form last night', ['joy']],
    ['could you let hope know the ride is here', ['hope']],
  ])('%s', (text, expected) => {
    expect(cued(text)).toEqual(expected)
  })

  it.each([
    ['voice', "yeah it's mark uh mark delacroix calling about the mri", ['mark', 'mark delacroix']],
    ['voice', 'its will sorry will pemberton again', ['will', 'will pemberton']],
    ['voice', 'hi this is um bill hartwell from the third floor', ['bill hartwell']],
    ['chat', 'Will Adeyemi here, is the clinic open Saturday?', ['Will Adeyemi']],
    ['chat', 'Grace Fisher here, my ride cancelled', ['Grace Fisher']],
  ] as const)('%s: %s', (channel, text, expected) => {
    expect(cued(text, channel)).toEqual(expected)
  })

  it.each([
    'have faith, the swelling goes down',
    'is hope enough to keep going',
    'it is red and itchy around the bite',
    "it's pink and swollen near the stitches",
    'host family here is helping me',
    'Will the clinic be open Monday?',
    'tell me if the rash spreads',
    'and hope is all we have left',
    'and bill came in the mail today',
  ])('no name: %s', (text) => {
    expect(cued(text)).toEqual([])
  })
})

describe('detectNames: Spanish clinical words and languages are not names', () => {
  it.each([
    'se me acabó la levotiroxina y el pantoprazol',
    'necesito el papanicolaou y la mamografía',
    'Do you have someone who speaks Khmer or Tigrinya?',
    'she needs her med list and the workers comp form',
  ])('%s', (text) => {
    expect(names(text)).toEqual([])
  })
})
