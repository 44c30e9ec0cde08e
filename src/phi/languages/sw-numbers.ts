/**
 * Swahili number words (the `numbers` of sw.ts): units and tens by hand, compounds joined by "na" ("tisini na
 * mbili", 92), Congolese forms (moya, ine, kenda; "makumi kenda na mbili"), 100-119 ("mia moja na kumi na tisa").
 */

// biome-ignore format: packed table
const UNITS: ReadonlyArray<readonly string[]> = [
  ['sifuri', 'sufuri', 'ziro'], ['moja', 'moya'], ['mbili'], ['tatu'], ['nne', 'ine', 'inne'], ['tano'],
  ['sita'], ['saba'], ['nane', 'munane'], ['tisa', 'kenda'],
]
// biome-ignore format: packed table
const TENS: ReadonlyArray<readonly string[]> = [
  ['kumi'], ['ishirini', 'ishrini'], ['thelathini', 'thelatini', 'selasini'], ['arobaini', 'arubaini'],
  ['hamsini'], ['sitini'], ['sabini'], ['themanini', 'thamanini'], ['tisini'],
]

// "sita" (six) alone is the given name Sita too: read in compounds only.
const NOT_ALONE = new Set(['sita'])

function build(): Record<string, number> {
  const out: Record<string, number> = {}
  const put = (w: string, v: number): void => {
    if (!(w in out)) out[w] = v
  }
  UNITS.forEach((forms, v) => {
    for (const f of forms) if (!NOT_ALONE.has(f)) put(f, v)
  })
  TENS.forEach((tens, i) => {
    const t = (i + 1) * 10
    // Congolese Swahili says the tens from twenty as "makumi" and a unit ("makumi tatu", thirty).
    const all = i > 0 ? [...tens, ...UNITS[i + 1]!.map((u) => `makumi ${u}`)] : tens
    for (const ten of all) {
      put(ten, t)
      UNITS.forEach((forms, v) => {
        if (v > 0) for (const f of forms) put(`${ten} na ${f}`, t + v)
      })
    }
  })
  const below20 = Object.entries(out).filter(([, v]) => v > 0 && v < 20)
  for (const h of ['mia', 'mia moja', 'mia moya']) {
    put(h, 100)
    for (const [w, v] of below20) put(`${h} na ${w}`, 100 + v)
  }
  UNITS.forEach((forms, v) => {
    if (v > 1) for (const f of forms) put(`mia ${f}`, v * 100)
  })
  for (const w of ['elfu', 'elfu moja']) put(w, 1000)
  put('elfu mbili', 2000)
  put('elfu moja mia tisa', 1900)
  return out
}

export const SW_NUMBERS: Readonly<Record<string, number>> = build()

/** The units read only inside a run of numbers ("sifuri sita mbili…"). */
export const SW_RUN_NUMBERS: Readonly<Record<string, number>> = { sita: 6 }
