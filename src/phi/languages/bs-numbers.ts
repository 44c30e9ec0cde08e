/** Bosnian/Croatian/Serbian cardinals ("devedeset i tri", "hiljadu devetsto") and ordinals ("dvanaestog", "pete"). */
const U = [
  ['nula'],
  ['jedan', 'jedna', 'jedno', 'jednu'],
  ['dva', 'dvije', 'dve'],
  ['tri'],
  ['četiri'],
  ['pet'],
  ['šest'],
  ['sedam'],
  ['osam'],
  ['devet'],
]
// biome-ignore format: packed table
const TEEN = ['deset', 'jedanaest', 'dvanaest', 'trinaest', 'četrnaest', 'petnaest', 'šesnaest', 'sedamnaest', 'osamnaest', 'devetnaest']
// biome-ignore format: packed table
const T = ['', '', 'dvadeset', 'trideset', 'četrdeset', 'pedeset', 'šezdeset', 'sedamdeset', 'osamdeset', 'devedeset']
// biome-ignore format: packed table
const H: ReadonlyArray<readonly string[]> = [[], ['sto', 'stotinu'], ['dvjesto', 'dvesta', 'dvjesta'], ['tristo', 'trista'], ['četiristo'], ['petsto'], ['šeststo'], ['sedamsto'], ['osamsto'], ['devetsto']]

const N: Record<string, number> = { šestnaest: 16, hiljada: 1000, hiljadu: 1000, tisuća: 1000, tisuću: 1000 }
for (const [i, us] of U.entries()) for (const u of us) N[u] = i
TEEN.forEach((u, i) => {
  N[u] = 10 + i
})
for (let t = 2; t < 10; t++) {
  N[T[t]!] = t * 10
  for (let i = 1; i < 10; i++)
    for (const u of U[i]!) for (const j of [' ', ' i ', '']) N[`${T[t]}${j}${u}`] = t * 10 + i
}
for (const [h, hs] of H.entries()) for (const w of hs) N[w] = h * 100
for (const k of ['hiljadu', 'tisuću', 'tisuća', 'jedna hiljada']) {
  N[`${k} osamsto`] = 1800
  N[`${k} devetsto`] = 1900
}
for (const k of ['dvije hiljade', 'dve hiljade', 'dvije tisuće']) N[k] = 2000

export const BS_NUMBERS: Readonly<Record<string, number>> = N

// biome-ignore format: packed table
const OS: ReadonlyArray<readonly [string, number]> = [
  ['prv', 1], ['drug', 2], ['treć', 3], ['četvrt', 4], ['pet', 5], ['šest', 6], ['sedm', 7], ['osm', 8], ['devet', 9],
  ['deset', 10], ['jedanaest', 11], ['dvanaest', 12], ['trinaest', 13], ['četrnaest', 14], ['petnaest', 15],
  ['šesnaest', 16], ['sedamnaest', 17], ['osamnaest', 18], ['devetnaest', 19], ['dvadeset', 20], ['trideset', 30],
  ['četrdeset', 40], ['pedeset', 50], ['šezdeset', 60], ['sedamdeset', 70], ['osamdeset', 80], ['devedeset', 90],
]
const END = ['i', 'og', 'oga', 'om', 'e', 'oj', 'a']
const O: Record<string, number> = {}
for (const [s, v] of OS) for (const e of END) if (s !== 'drug' || e.startsWith('og')) O[s + e] = v

export const BS_ORDINALS: Readonly<Record<string, number>> = O
