/** Pashto numbers, unit before ten ("پنځه نوي", 95), years ("زر نهه سوه …", solar "زر درې سوه …"), ordinals. */

/** Each form with its keyboard spellings: گ for ګ; ی for ې ۍ ي; ت د ر ش ژ ن for ټ ډ ړ ښ ږ ڼ; ي ك (4+ letters). */
export function pashtoSpellings(forms: readonly string[]): string[] {
  const out = new Set<string>()
  for (const f of forms) {
    const g = f.replace(/ګ/g, 'گ')
    const p = g.replace(/[ېۍي]/g, 'ی')
    out.add(f).add(g).add(p)
    out.add(p.replace(/[ټډړښږڼ]/g, (c) => 'تدرشژن'['ټډړښږڼ'.indexOf(c)]!))
    if (f.length > 3) out.add(g.replace(/[یېۍ]/g, 'ي').replace(/ک/g, 'ك'))
  }
  return [...out]
}
/** Space-separated words, "_" joining a phrase's words. */
export const s = (x: string): string[] => x.split(' ').map((w) => w.replace(/_/g, ' '))

function putAll(out: Record<string, number>, forms: readonly string[], v: number): void {
  for (const f of pashtoSpellings(forms)) out[f] ??= v
}

// 1-19 (نه, the short nine, is "no" too: only in compounds), then the tens (ویشت in 21-29).
const BELOW20 = s(
  'یو دوه درې_دري څلور پنځه_پینځه شپږ اووه_اوه اته نهه لس یوولس_یولس دوولس_دولس دیارلس څوارلس پنځلس شپاړس اوولس اتلس نولس',
).map((x) => x.split(' '))
const TENS = s('ویشت دېرش څلوېښت پنځوس شپېته اویا اتیا نوي')

function build(): Record<string, number> {
  const out: Record<string, number> = {}
  const below: Array<[number, string[]]> = [
    [20, ['شل']],
    [23, ['درویشت']],
    [24, ['څلېرویشت']],
  ]
  for (const [i, f] of BELOW20.entries()) below.push([i + 1, f])
  TENS.forEach((ten, i) => {
    if (i > 0) below.push([i * 10 + 20, [ten]])
    for (let u = 0; u < 9; u++)
      below.push([
        i * 10 + 21 + u,
        [...BELOW20[u]!, ...(u === 8 ? ['نه'] : [])].flatMap((x) => [`${x} ${ten}`, x + ten]),
      ])
  })
  putAll(out, s('صفر زیرو'), 0)
  for (const [v, f] of below) putAll(out, f, v)
  putAll(out, s('سل یو_سل'), 100)
  for (let u = 1; u < 9; u++)
    putAll(
      out,
      BELOW20[u]!.map((x) => `${x} سوه`),
      u * 100 + 100,
    )
  putAll(out, s('زر یو_زر'), 1000)
  // 100-199, and the years 1900-1999, 2000-2039 and the solar 1300-1410.
  for (const [heads, base, last] of [
    ['سل', 100, 99],
    ['زر_نهه_سوه نولس_سوه', 1900, 99],
    ['دوه_زره', 2000, 39],
    ['زر_درې_سوه دیارلس_سوه', 1300, 99],
    ['زر_څلور_سوه', 1400, 10],
  ] as const) {
    putAll(out, s(heads), base)
    for (const [v, f] of below)
      if (v <= last)
        putAll(
          out,
          s(heads).flatMap((h) =>
            f.filter((x) => v < 21 || x.includes(' ')).flatMap((x) => [`${h} ${x}`, `${h} او ${x}`]),
          ),
          base + v,
        )
  }
  return out
}

export const PS_NUMBERS: Readonly<Record<string, number>> = build()

function buildOrdinals(): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [v, forms] of ['لومړی لومړۍ', 'دوهم دویم دوهمه دویمه', 'درېیم دریم درېیمه دریمه'].entries())
    putAll(out, s(forms), v + 1)
  for (const [w, v] of Object.entries(PS_NUMBERS))
    if (v > 3 && v < 32) putAll(out, [`${w.replace(/ه$/, '')}م`, `${w.replace(/ه$/, '')}مه`], v)
  return out
}

export const PS_ORDINALS: Readonly<Record<string, number>> = buildOrdinals()
