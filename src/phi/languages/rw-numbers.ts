/**
 * Kinyarwanda and Kirundi number words (the `numbers` of rw.ts), by hand: each unit in its counting form ("rimwe",
 * "kabiri", "gatatu": phone numbers, dates) and its noun-class forms ("babiri", "ibiri", "abiri", "ebyiri": two
 * people, years, hundreds, times), Kirundi "indwi", "icenda"; the tens ("makumyabiri", "mirongo ibiri" … "mirongo
 * icyenda") joined to a unit by "na" or "n'" ("mirongo icyenda n'ibiri", "mirongo icyenda na kabiri": 92); the
 * hundreds ("magana abiri", Kirundi "amajana abiri") and the thousands of years ("igihumbi magana cyenda").
 */

/** Space-separated words, "_" joining a phrase's words. */
export const s = (x: string): string[] => x.split(' ').map((w) => w.replace(/_/g, ' '))

// biome-ignore format: packed table
const UNITS = [
  'rimwe limwe umwe imwe kimwe rumwe', 'kabiri kabili babiri ibiri abiri bibiri zibiri ebyiri',
  'gatatu batatu itatu atatu bitatu zitatu eshatu', 'kane bane ine ane bine zine enye',
  'gatanu batanu itanu atanu bitanu zitanu eshanu', 'gatandatu batandatu itandatu atandatu bitandatu zitandatu esheshatu',
  'karindwi barindwi irindwi arindwi birindwi zirindwi indwi ndwi', 'umunani munani inani',
  'icyenda cyenda icenda cenda',
].map(s)
// biome-ignore format: packed table
const TENS = [
  'icumi cumi', 'makumyabiri makumabiri mirongo_ibiri', 'mirongo_itatu', 'mirongo_ine', 'mirongo_itanu',
  'mirongo_itandatu', 'mirongo_irindwi mirongo_indwi', 'mirongo_inani mirongo_umunani',
  'mirongo_icyenda mirongo_cyenda mirongo_icenda',
].map(s)
// The hundreds from 200 ("magana abiri", "amajana abiri"), with the class-6 unit.
const HUNDREDS = s('abiri atatu ane atanu atandatu arindwi inani cyenda')

function build(): Record<string, number> {
  const out: Record<string, number> = {}
  const put = (w: string, v: number): void => {
    out[w] ??= v
  }
  for (const w of s('zeru zero zelu')) put(w, 0)
  for (const [i, forms] of UNITS.entries()) for (const u of forms) put(u, i + 1)
  for (const [k, tens] of TENS.entries())
    for (const t of tens) {
      put(t, 10 * (k + 1))
      for (const [i, forms] of UNITS.entries())
        for (const u of forms) {
          put(`${t} na ${u}`, 10 * (k + 1) + i + 1)
          if (/^[aeiou]/.test(u)) for (const n of ["n'", 'n’']) put(`${t} ${n}${u}`, 10 * (k + 1) + i + 1)
        }
    }
  put('ijana', 100)
  // 101-110 ("ijana n'itatu", 103 years).
  for (const [i, forms] of [...UNITS, TENS[0]!].entries())
    for (const u of forms) {
      put(`ijana na ${u}`, 101 + i)
      if (/^[aeiou]/.test(u)) for (const n of ["n'", 'n’']) put(`ijana ${n}${u}`, 101 + i)
    }
  for (const [i, u] of HUNDREDS.entries()) for (const h of s('magana amajana')) put(`${h} ${u}`, 100 * (i + 2))
  put('magana icyenda', 900)
  put('amajana icenda', 900)
  for (const k of s("igihumbi w'igihumbi")) {
    put(k, 1000)
    for (const h of s('magana_cyenda magana_icyenda amajana_icenda')) {
      // "igihumbi magana cyenda na mirongo itanu n'umunani" (1958): the "na" before the rest goes with the 1900.
      for (const n of ['', ' na']) {
        put(`${k} ${h}${n}`, 1900)
        put(`${k} na ${h}${n}`, 1900)
      }
    }
  }
  for (const k of s("ibihumbi_bibiri w'ibihumbi_bibiri")) put(k, 2000)
  return out
}

// "kane" (four) is a family name too (Fulani, Irish): read inside a run of numbers only.
const RUN_ONLY = ['kane']

export const RW_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(build()).filter(([w]) => !RUN_ONLY.includes(w)),
)

/** The numbers read only inside a run ("kabiri kane gatanu …"). */
export const RW_RUN_NUMBERS: Readonly<Record<string, number>> = { kane: 4 }
