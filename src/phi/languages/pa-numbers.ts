/** Punjabi numbers for pa.ts, by hand: 0-100 in Gurmukhi, hundreds, years by hundreds (ਉੱਨੀ ਸੌ), romanised words hi.ts lacks. */

/** Gurmukhi forms ("," between, "_" a space): adhak and nukta or not, tippi or bindi, `loose`: no last nasal (ਨੌਂ/ਨੌ). */
export function gurmukhi(list: string, loose = false): string[] {
  const rules: Array<[RegExp, string]> = [
    [/ੱ/g, ''],
    [/਼/g, ''],
    [/ੰ/g, 'ਂ'],
    [/ਂ/g, 'ੰ'],
  ]
  if (loose) rules.push([/[ਂੰ]$/, ''])
  return list.split(',').flatMap((x) => {
    const out = new Set([x.normalize('NFKC').replace(/_/g, ' ')])
    for (const [from, to] of rules) for (const y of [...out]) out.add(y.replace(from, to))
    return [...out]
  })
}

// biome-ignore format: packed table
const PA = 'ਸਿਫ਼ਰ/ਜ਼ੀਰੋ ਇੱਕ/ਇਕ ਦੋ ਤਿੰਨ ਚਾਰ ਪੰਜ ਛੇ ਸੱਤ ਅੱਠ ਨੌਂ ਦਸ ਗਿਆਰਾਂ ਬਾਰਾਂ ਤੇਰਾਂ ਚੌਦਾਂ ਪੰਦਰਾਂ ਸੋਲ਼ਾਂ/ਸੋਲਾਂ ਸਤਾਰਾਂ ਅਠਾਰਾਂ ਉੱਨੀ ਵੀਹ ਇੱਕੀ ਬਾਈ ਤੇਈ ਚੌਵੀ ਪੱਚੀ ਛੱਬੀ ਸਤਾਈ ਅਠਾਈ ਉਣੱਤੀ/ਉਨੱਤੀ ਤੀਹ ਇਕੱਤੀ ਬੱਤੀ ਤੇਤੀ ਚੌਂਤੀ ਪੈਂਤੀ ਛੱਤੀ ਸੈਂਤੀ ਅਠੱਤੀ ਉਣਤਾਲੀ ਚਾਲੀ ਇਕਤਾਲੀ ਬਤਾਲੀ ਤਰਤਾਲੀ ਚੁਤਾਲੀ ਪੰਤਾਲੀ ਛਿਆਲੀ ਸੰਤਾਲੀ ਅਠਤਾਲੀ ਉਣੰਜਾ ਪੰਜਾਹ ਇਕਵੰਜਾ ਬਵੰਜਾ ਤਰਵੰਜਾ ਚਰਵੰਜਾ ਪਚਵੰਜਾ ਛਪੰਜਾ ਸਤਵੰਜਾ ਅਠਵੰਜਾ ਉਣਾਹਠ ਸੱਠ ਇਕਾਹਠ ਬਾਹਠ ਤਰੇਹਠ ਚੌਂਹਠ ਪੈਂਹਠ ਛਿਆਹਠ ਸਤਾਹਠ ਅਠਾਹਠ ਉਣੱਤਰ ਸੱਤਰ ਇਕਹੱਤਰ ਬਹੱਤਰ ਤਿਹੱਤਰ ਚੌਹੱਤਰ ਪਚੱਤਰ ਛਿਹੱਤਰ ਸਤੱਤਰ ਅਠੱਤਰ ਉਣਾਸੀ ਅੱਸੀ ਇਕਾਸੀ ਬਿਆਸੀ ਤਰਾਸੀ ਚੁਰਾਸੀ ਪਚਾਸੀ ਛਿਆਸੀ ਸਤਾਸੀ ਅਠਾਸੀ ਉਣਾਨਵੇਂ/ਉਨਾਨਵੇਂ ਨੱਬੇ ਇਕਾਨਵੇਂ/ਇਕਿਆਨਵੇਂ ਬਾਨਵੇਂ/ਬਿਆਨਵੇਂ ਤਰਾਨਵੇਂ/ਤਿਰਾਨਵੇਂ ਚੁਰਾਨਵੇਂ/ਚੌਰਾਨਵੇਂ ਪਚਾਨਵੇਂ/ਪਚੰਨਵੇਂ ਛਿਆਨਵੇਂ ਸਤਾਨਵੇਂ/ਸਤੱਨਵੇਂ ਅਠਾਨਵੇਂ/ਅਠੱਨਵੇਂ ਨੜਿੱਨਵੇਂ/ਨੜਿਨਵੇਂ/ਨੜਾਨਵੇਂ ਸੌ/ਇੱਕ_ਸੌ'
// biome-ignore format: packed table
const RO: Record<string, number> = {
  sifar: 0, ikk: 1, tinn: 3, panj: 5, chhe: 6, satt: 7, atth: 8, nabbe: 90, ikanve: 91, baanve: 92, taranve: 93,
  churanve: 94, pachanve: 95, chhianve: 96, satanve: 97, athanve: 98, narinve: 99,
}

function build(): Record<string, number> {
  const out: Record<string, number> = { ...RO }
  const put = (w: string, v: number): void => void (out[w] ??= v)
  const thousand = gurmukhi('ਹਜ਼ਾਰ')
  for (const t of thousand) put(t, 1000)
  PA.split(' ').forEach((list, v) => {
    for (const f of gurmukhi(list.replace(/\//g, ','), true)) {
      put(f, v)
      if (v > 1 && v < 21 && v !== 10) for (const h of gurmukhi('ਸੌ')) put(`${f} ${h}`, v * 100)
      if (v > 1 && v < 21) for (const t of thousand) put(`${f} ${t}`, v * 1000)
    }
  })
  for (const l of gurmukhi('ਲੱਖ')) put(l, 1e5)
  return out
}

export const PA_NUMBERS: Readonly<Record<string, number>> = build()
