/**
 * Samoan number words (the `numbers` of sm.ts): tens are one word or two ("ivasefulu", "iva sefulu", 90), joined to
 * a unit by "ma le", "ma" or nothing ("ivasefulu ma le lua", 92); "selau" 100, "afe" 1000 ("tasi le afe iva selau",
 * 1900). "kasi", "kolu", the spoken (k) forms of one and three, are read only inside a run of numbers (Tagalog
 * "kasi" is "because").
 */
import { numbersOf } from './to-numbers'

const U = [
  ['selo', 'sero', 'zero'],
  ['tasi'],
  ['lua'],
  ['tolu'],
  ['fā'],
  ['lima'],
  ['ono'],
  ['fitu'],
  ['valu'],
  ['iva'],
]
const T = [['sefulu']].concat(U.slice(2).map(([u]) => [`${u}sefulu`, `${u} sefulu`]))
const H: Record<string, number> = { selau: 100, afe: 1000, 'tasi le afe': 1000, 'lua afe': 2000, 'lua le afe': 2000 }
U.slice(2).forEach(([u], i) => {
  H[`${u} selau`] = H[`${u}selau`] = (i + 2) * 100
})
for (const a of ['afe', 'tasi afe', 'tasi le afe']) H[`${a} iva selau`] = 1900

export const SM_NUMBERS = numbersOf(U, T, ['ma le ', 'ma ', ''], H)

/** The spoken forms read only inside a run ("lua kolu kasi …"). */
export const SM_RUN_NUMBERS: Readonly<Record<string, number>> = { kasi: 1, kolu: 3 }
