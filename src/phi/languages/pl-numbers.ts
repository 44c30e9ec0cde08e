/** Polish cardinals (with "trzech dni") and ordinals of days and years ("dwunastego", "pięćdziesiątego ósmego"). */

/** Every word of `ws` and, where it has ł, the same with l, as typed without Polish letters. */
export const L = (ws: readonly string[]): string[] =>
  ws.flatMap((w) => (w.includes('ł') ? [w, w.replace(/ł/g, 'l')] : [w]))

const U = ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć']
// biome-ignore format: packed table
const TEEN = ['dziesięć', 'jedenaście', 'dwanaście', 'trzynaście', 'czternaście', 'piętnaście', 'szesnaście', 'siedemnaście', 'osiemnaście', 'dziewiętnaście']
// biome-ignore format: packed table
const T = ['', '', 'dwadzieścia', 'trzydzieści', 'czterdzieści', 'pięćdziesiąt', 'sześćdziesiąt', 'siedemdziesiąt', 'osiemdziesiąt', 'dziewięćdziesiąt']
// biome-ignore format: packed table
const H = ['', 'sto', 'dwieście', 'trzysta', 'czterysta', 'pięćset', 'sześćset', 'siedemset', 'osiemset', 'dziewięćset']

// biome-ignore format: packed table
const N: Record<string, number> = { jedna: 1, jedno: 1, dwie: 2, dwóch: 2, dwu: 2, trzech: 3, czterech: 4, pięciu: 5, sześciu: 6, siedmiu: 7, ośmiu: 8, dziewięciu: 9, dziesięciu: 10, tysiąc: 1000, tysiące: 1000, tysięcy: 1000 }
U.forEach((u, i) => {
  N[u] = i
})
TEEN.forEach((u, i) => {
  N[u] = 10 + i
})
for (let t = 2; t < 10; t++) {
  N[T[t]!] = t * 10
  for (let i = 1; i < 10; i++) N[`${T[t]} ${U[i]}`] = t * 10 + i
  N[`${T[t]} jedna`] = t * 10 + 1
  N[`${T[t]} dwie`] = t * 10 + 2
}
for (let h = 1; h < 10; h++) N[H[h]!] = h * 100
N['tysiąc osiemset'] = 1800
N['tysiąc dziewięćset'] = 1900
N['dwa tysiące'] = 2000

export const PL_NUMBERS: Readonly<Record<string, number>> = N

// biome-ignore format: packed table
const OS: ReadonlyArray<readonly [string, number]> = [
  ['pierwsz', 1], ['drug', 2], ['trzec', 3], ['czwart', 4], ['piąt', 5], ['szóst', 6], ['siódm', 7], ['ósm', 8],
  ['dziewiąt', 9], ['dziesiąt', 10], ['jedenast', 11], ['dwunast', 12], ['trzynast', 13], ['czternast', 14],
  ['piętnast', 15], ['szesnast', 16], ['siedemnast', 17], ['osiemnast', 18], ['dziewiętnast', 19], ['dwudziest', 20],
  ['trzydziest', 30], ['czterdziest', 40], ['pięćdziesiąt', 50], ['sześćdziesiąt', 60], ['siedemdziesiąt', 70],
  ['osiemdziesiąt', 80], ['dziewięćdziesiąt', 90],
]
const forms = (s: string): string[] =>
  /[gc]$/.test(s) ? [`${s}i`, `${s}iego`, `${s}im`] : [`${s}y`, `${s}ego`, `${s}ym`]

const O: Record<string, number> = {}
for (const [s, v] of OS) for (const f of forms(s)) if (!/^drugim?$/.test(f)) O[f] = v
for (const [s, v] of OS) if (v >= 20) for (const f of forms(s)) N[f] = v

export const PL_ORDINALS: Readonly<Record<string, number>> = O
