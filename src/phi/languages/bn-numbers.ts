/** Bengali numbers 0-100 (one word each), hundreds, years by hundreds (উনিশশো 1900), by hand; romanised 0-10, 80-99. */

/** Forms ("," between, "_" a space) with long or short i and u, ঊ or উ, no ঁ. */
export const bnForms = (list: string): string[] =>
  list.split(',').flatMap((x) => {
    const out = new Set([x.normalize('NFKC').replace(/_/g, ' ')])
    for (const [a, b] of [
      ['ী', 'ি'],
      ['ি', 'ী'],
      ['ূ', 'ু'],
      ['ঊ', 'উ'],
      ['ঁ', ''],
    ])
      for (const y of [...out]) out.add(y.replaceAll(a!, b!))
    return [...out]
  })

// biome-ignore format: packed table
const BN = 'শূন্য,শুন্য,জিরো এক দুই,দু তিন চার পাঁচ ছয় সাত আট নয় দশ এগারো,এগার বারো তেরো,তের চোদ্দ,চৌদ্দ,চোদ্দো পনেরো,পনের ষোলো,ষোল সতেরো,সতের আঠারো,আঠার উনিশ বিশ,কুড়ি একুশ বাইশ তেইশ চব্বিশ পঁচিশ ছাব্বিশ সাতাশ আটাশ ঊনত্রিশ ত্রিশ,তিরিশ একত্রিশ বত্রিশ তেত্রিশ চৌত্রিশ পঁয়ত্রিশ ছত্রিশ সাঁইত্রিশ আটত্রিশ ঊনচল্লিশ চল্লিশ একচল্লিশ বিয়াল্লিশ তেতাল্লিশ চুয়াল্লিশ পঁয়তাল্লিশ ছেচল্লিশ সাতচল্লিশ আটচল্লিশ ঊনপঞ্চাশ পঞ্চাশ একান্ন বাহান্ন তিপ্পান্ন চুয়ান্ন পঞ্চান্ন ছাপ্পান্ন সাতান্ন আটান্ন ঊনষাট ষাট একষট্টি বাষট্টি তেষট্টি চৌষট্টি পঁয়ষট্টি ছেষট্টি সাতষট্টি আটষট্টি ঊনসত্তর সত্তর একাত্তর বাহাত্তর তিয়াত্তর চুয়াত্তর পঁচাত্তর ছিয়াত্তর সাতাত্তর আটাত্তর ঊনআশি আশি একাশি বিরাশি তিরাশি চুরাশি পঁচাশি ছিয়াশি সাতাশি আটাশি ঊননব্বই নব্বই একানব্বই বিরানব্বই তিরানব্বই চুরানব্বই পঁচানব্বই ছিয়ানব্বই সাতানব্বই আটানব্বই নিরানব্বই একশো,একশ,একশত,এক_শো,এক_শ'
// biome-ignore format: packed table
const ROMAN = 'shunno,shunyo,sunno ek dui tin char pach,panch chhoy,choi sat at noy dosh,dos'
const ROMAN_HIGH =
  'ashi ekashi birashi tirashi churashi pochashi chhiyashi satashi atashi unonobboi nobboi,nobbui ekanobboi biranobboi tiranobboi churanobboi pochanobboi chhiyanobboi,chiyanobboi satanobboi atanobboi niranobboi'
/** English or Spanish words. */
const SKIP = new Set(['tin', 'sat', 'at', 'char', 'dos'])

function build(): Record<string, number> {
  const out: Record<string, number> = {}
  const put = (w: string, v: number): void => {
    if (!(w in out) && !SKIP.has(w)) out[w] = v
  }
  const each = (list: string, at: number, f = bnForms): void =>
    list.split(' ').forEach((forms, v) => {
      for (const w of f(forms)) put(w, at + v)
    })
  each(BN, 0)
  each(ROMAN, 0, (x) => x.split(','))
  each(ROMAN_HIGH, 80, (x) => x.split(','))
  // Hundreds (দুইশো), years by hundreds (উনিশশো, উনিশ শো), thousands (দুই হাজার).
  UNITS.forEach((forms, i) => {
    for (const w of i % 10 === 0 || i > 19 ? [] : bnForms(forms))
      for (const s of ['শো', 'শ', 'শত', ' শো', ' শ']) put(w + s, i * 100)
    for (const w of i > 1 && i < 11 ? bnForms(forms) : []) put(`${w} হাজার`, i * 1000)
  })
  for (const w of bnForms('হাজার,এক_হাজার,hajar')) put(w, 1000)
  put('লাখ', 100000)
  return out
}
const UNITS = BN.split(' ')

export const BN_NUMBERS: Readonly<Record<string, number>> = build()

/** Day ordinals: পহেলা … চৌঠা, -ই 5-18 (পাঁচই), -এ 19-31 (উনিশে); digits with theirs (১লা, ২রা, ১৫ই, ২১শে). */
function ordinals(): Record<string, number> {
  const out: Record<string, number> = { prothom: 1 }
  'পহেলা,পয়লা দোসরা তেসরা চৌঠা'.split(' ').forEach((f, i) => {
    for (const w of bnForms(f)) out[w] = i + 1
  })
  UNITS.forEach((forms, v) => {
    for (const w of v >= 5 && v <= 31 ? bnForms(forms) : [])
      if (w.length > 1 && (v <= 18 || /[ক-হ]$/.test(w))) out[v <= 18 ? `${w}ই` : `${w}ে`] = v
  })
  for (let d = 1; d <= 31; d++)
    for (const e of [d === 1 ? 'লা' : d < 4 ? 'রা' : d === 4 ? 'ঠা' : d < 19 ? 'ই' : 'শে', 'ই', 'তম']) out[`${d}${e}`] = d
  return out
}

export const BN_ORDINALS: Readonly<Record<string, number>> = ordinals()
