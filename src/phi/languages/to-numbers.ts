/**
 * Tongan number words (the `numbers` of to.ts) and the spelling helper the Tongan and Samoan tables share. Tens are
 * one word ("hivangofulu", 90; also written apart, "hiva ngofulu"), joined to a unit by "mā" ("hivangofulu mā ua",
 * 92); "teau" 100, "afe" 1000. Phone numbers are said digit by digit with the units.
 */

/**
 * Every spelling of a form written with ' for the glottal stop (ʻokina, fakauʻa): with ʻ, with ' and ’ (the tokenizer
 * drops one that opens a word, so a word's first one goes), and without it. Macrons are folded by the engine.
 */
export function okina(form: string): string[] {
  if (!form.includes("'")) return [form]
  const inner = form.replace(/(^|[ _])'/g, '$1')
  return [form.replace(/'/g, 'ʻ'), inner, inner.replace(/'/g, '’'), form.replace(/'/g, '')]
}

/** Space-separated entries ("_" a space inside one) with every spelling of each. */
export const P = (s: string): string[] =>
  s
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => okina(w.replace(/_/g, ' ')))

/** The numbers of units (0-9), tens (10-90) joined to units by `joins`, hundreds and the years' thousands. */
export function numbersOf(
  units: readonly string[][],
  tens: readonly string[][],
  joins: readonly string[],
  big: Readonly<Record<string, number>>,
): Record<string, number> {
  const out: Record<string, number> = {}
  const put = (w: string, v: number): void => {
    if (!(w in out)) out[w] = v
  }
  units.forEach((forms, v) => {
    for (const f of forms) put(f, v)
  })
  tens.forEach((forms, i) => {
    for (const t of forms) {
      put(t, (i + 1) * 10)
      for (let u = 1; u < 10; u++)
        for (const f of units[u]!) for (const j of joins) put(`${t} ${j}${f}`, (i + 1) * 10 + u)
    }
  })
  for (const [w, v] of Object.entries(big)) put(w, v)
  return out
}

const U = [
  ['noa', 'siolo', 'zero'],
  ['taha'],
  ['ua'],
  ['tolu'],
  ['fā'],
  ['nima'],
  ['ono'],
  ['fitu'],
  ['valu'],
  ['hiva'],
]
const T = [['hongofulu'], ['uofulu', 'uafulu']].concat(U.slice(3).map(([u]) => [`${u}ngofulu`, `${u} ngofulu`]))
const H: Record<string, number> = { teau: 100, afe: 1000, 'ua afe': 2000, 'taha afe': 1000 }
U.slice(2).forEach(([u], i) => {
  H[`${u}ngeau`] = (i + 2) * 100
  H[`${u} ngeau`] = H[`${u} teau`] = (i + 2) * 100
})
for (const a of ['afe', 'taha afe']) H[`${a} hivangeau`] = H[`${a} hiva ngeau`] = H[`${a} hiva teau`] = 1900

export const TO_NUMBERS = numbersOf(U, T, ['mā ', 'ma '], H)
