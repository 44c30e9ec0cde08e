/**
 * Hindustani 0-100 in Urdu, Devanagari and romanised; names or other words (انیس, بہتر, چون, tin, sat) left out. do,
 * teen, das are English or German words too: the engine reads such a word as a number only beside another number.
 */
const SKIP = new Set('انیس انيس بہتر بهتر چون tin sat bees bis tees sola unis sal bar san सुजन han sham aj'.split(' '))

type Forms = (list: string) => string[]

/** The forms of a list ("," or "/" between them, "_" a space), each with the spellings `rules` ("from>to") make. */
export const forms =
  (rules: string, min = 0) =>
  (list: string): string[] =>
    list.split(/[,/]/).flatMap((x) => {
      const out = new Set([x.normalize('NFKC').replace(/_/g, ' ')])
      for (const [from, to] of x.length > min ? rules.split(' ').map((r) => r.split('>')) : [])
        for (const y of [...out]) out.add(y.replace(new RegExp(from!, 'g'), to!))
      return [...out].filter((w) => !w.split(' ').some((p) => SKIP.has(p)))
    })

/** Urdu, and (4 letters or more) as an Arabic keyboard types ی ک ہ ھ ے. */
export const urduForms = forms('[یے]>ي ک>ك [ہھ]>ه ے>ی', 3)
/** Devanagari, with or without nukta, either nasal mark, long or short i and u. */
export const hindiForms = forms('़> ँ>ं ं>ँ ी>ि ि>ी ू>ु')
/** Romanised, "aa" and "ee" shortened, "v" as "w". */
export const romanForms = forms('aa>a ee>i v>w')

// biome-ignore format: packed table
const UR = 'صفر/زیرو ایک دو تین چار پانچ چھ/چھے سات آٹھ نو دس گیارہ بارہ تیرہ چودہ پندرہ سولہ سترہ اٹھارہ انیس بیس اکیس بائیس تئیس چوبیس پچیس چھبیس ستائیس اٹھائیس انتیس تیس اکتیس بتیس تینتیس چونتیس پینتیس چھتیس سینتیس اڑتیس انتالیس چالیس اکتالیس بیالیس تینتالیس چوالیس پینتالیس چھیالیس سینتالیس اڑتالیس انچاس پچاس اکاون/اکیاون باون ترپن چون پچپن چھپن ستاون اٹھاون انسٹھ ساٹھ اکسٹھ باسٹھ ترسٹھ چونسٹھ پینسٹھ چھیاسٹھ سڑسٹھ اڑسٹھ انہتر ستر اکہتر بہتر تہتر چوہتر پچھتر چھہتر ستتر اٹھہتر اناسی اسی اکیاسی بیاسی تراسی چوراسی پچاسی چھیاسی ستاسی اٹھاسی نواسی نوے اکانوے/اکیانوے بانوے ترانوے چورانوے پچانوے چھیانوے ستانوے اٹھانوے ننانوے سو/ایک_سو'
// biome-ignore format: packed table
const HI = 'शून्य/ज़ीरो एक दो तीन चार पाँच छह/छः/छे सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह/पन्द्रह सोलह सत्रह अठारह उन्नीस बीस इक्कीस बाईस तेईस चौबीस पच्चीस छब्बीस सत्ताईस अट्ठाईस उनतीस तीस इकतीस बत्तीस तैंतीस चौंतीस पैंतीस छत्तीस सैंतीस अड़तीस उनतालीस चालीस इकतालीस बयालीस तैंतालीस चवालीस पैंतालीस छियालीस सैंतालीस अड़तालीस उनचास पचास इक्यावन बावन तिरपन चौवन पचपन छप्पन सत्तावन अट्ठावन उनसठ साठ इकसठ बासठ तिरसठ चौंसठ पैंसठ छियासठ सड़सठ अड़सठ उनहत्तर सत्तर इकहत्तर बहत्तर तिहत्तर चौहत्तर पचहत्तर छिहत्तर सतहत्तर अठहत्तर उन्यासी/उनासी अस्सी इक्यासी बयासी तिरासी चौरासी पचासी छियासी सत्तासी अट्ठासी नवासी नब्बे इक्यानवे बानवे तिरानवे चौरानवे पचानवे/पंचानवे छियानवे सत्तानवे अट्ठानवे निन्यानवे सौ/एक_सौ'
// biome-ignore format: packed table
const RO = 'shunya/sifar/zero ek do teen char/chaar paanch chhe/chhah/chay saat aath nau das gyaarah/gyara baarah/bara terah chaudah/chauda pandrah/pandra solah/sola satrah/satra athaarah/athara/athra unnees/unees/unnis bees ikkees/ekkis/ikkis/ekkees baaees/bais teis chaubees pachchees/pachees chhabbees/chabbees sattaees atthaees/athaees untees tees iktees battees taintees chauntees paintees chhattees saintees adtees/artees untaalees chaalees iktaalees bayaalees taintaalees chavaalees paintaalees chhiyaalees saintaalees adtaalees unchaas pachaas ikyaavan baavan tirpan chauvan pachpan chhappan sattaavan atthaavan unsath saath/sath iksath baasath tirsath chaunsath painsath chhiyaasath sadsath adsath unhattar sattar ikhattar bahattar tihattar chauhattar pachhattar chhihattar satattar athhattar unaasi assi ikyaasi bayaasi tiraasi chauraasi pachaasi chhiyaasi sattaasi atthaasi navaasi nabbe/navve ikyaanve baanve tiraanve chauraanve pachaanve chhiyaanve sattaanve atthaanve ninyaanve ek_sau'

/** Kin words after "my" ("میرا بیٹا", "meri beti"). */
export function kin(m: string, f: string, my: string, more: Forms): string[] {
  const [a, b, c] = my.split(' ')
  return more(
    [...m.split(' ').flatMap((k) => [`${a}_${k}`, `${b}_${k}`]), ...f.split(' ').map((k) => `${c}_${k}`)].join(),
  )
}

/** 0-100 from `units` (each number's forms), hundreds 200-2000 and thousands up to 20 000. */
export function build(units: string, more: Forms, hundred: string, thousand: string): Record<string, number> {
  const out: Record<string, number> = {}
  const put = (w: string, v: number): void => void (out[w] ??= v)
  for (const t of more(thousand)) put(t, 1000)
  units.split(' ').forEach((list, v) => {
    for (const f of more(list)) {
      put(f, v)
      if (v > 1 && v < 21 && v !== 10) put(`${f} ${hundred}`, v * 100)
      for (const t of v && v < 21 ? more(thousand) : []) put(`${f} ${t}`, v * 1000)
    }
  })
  return out
}

export const UR_NUMBERS = { ...build(UR, urduForms, 'سو', 'ہزار'), لاکھ: 1e5 }
export const HI_NUMBERS = {
  ...build(HI, hindiForms, 'सौ', 'हज़ार'),
  ...build(RO, romanForms, 'sau', 'hazaar'),
  लाख: 1e5,
  lakh: 1e5,
  'unni sau': 1900,
}
