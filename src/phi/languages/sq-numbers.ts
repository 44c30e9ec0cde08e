/**
 * Albanian number words (the `numbers` of sq.ts), built from the units: teens "pesëmbëdhjetë", tens "nëntëdhjetë",
 * "nëntëdhjetë e dy" (92), "njëqind e dhjetë"; Gheg "nji", "nandë", "njizet"; each also as SMS drops ë ("nentdhjet").
 */
const U = [
  ['zero'],
  ['një', 'nji'],
  ['dy'],
  ['tre', 'tri'],
  ['katër'],
  ['pesë'],
  ['gjashtë'],
  ['shtatë'],
  ['tetë'],
  ['nëntë', 'nandë'],
]
const T = [[], [], ['njëzet', 'njizet'], ['tridhjetë'], ['dyzet'], ...U.slice(5).map((u) => u.map((w) => `${w}dhjetë`))]

/** A word as written and as SMS shortens it ("pesmbdhjet"; not "tet", Vietnamese tết). */
function forms(w: string): string[] {
  const out = new Set([w, w.replace(/ë(?=mb|dh|q)/g, '')])
  for (const x of [...out]) out.add(x.replace(/mbë/g, 'mb'))
  for (const x of [...out]) out.add(x.replace(/(?<=\S{3})ë(?=\s|$)/g, ''))
  out.delete('tet')
  return [...out]
}

const N: string[][] = [...U, ['dhjetë'], ...U.slice(1).map((u) => u.map((w) => `${w}mbëdhjetë`))]
for (let t = 2; t < 10; t++) {
  N[t * 10] = T[t]!
  for (let i = 1; i < 10; i++) N[t * 10 + i] = T[t]!.flatMap((a) => U[i]!.map((u) => `${a} e ${u}`))
}
N[100] = ['njëqind', 'qind', 'një qind']
for (let i = 1; i < 20; i++) N[100 + i] = N[i]!.map((u) => `njëqind e ${u}`)
for (let h = 2; h < 10; h++) N[h * 100] = U[h]!.map((u) => `${u}qind`)
N[1000] = ['mijë', 'një mijë', 'njëmijë']
N[1900] = ['një mijë e nëntëqind', 'njëmijë e nëntëqind']
N[2000] = ['dy mijë', 'dymijë']

export const SQ_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  N.flatMap((ws, v) => ws.flatMap((w) => forms(w).map((f) => [f, v] as const))),
)
