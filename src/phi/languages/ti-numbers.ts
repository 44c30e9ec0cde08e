/**
 * Tigrinya number words am-numbers.ts does not already read (it holds the commonest Tigrinya forms and the Ge'ez
 * numerals): the spoken spellings of the units and tens (ሾብዓተ, ሹድሽተ, ዒስራ, ሱሳ, ቲስዓ), tens joined to units with
 * or without -ን ("ቴስዓን ሰለስተ", 93), and the ordinals ("ቀዳማይ", first; "መበል ዓሰርተ ሓደ", eleventh).
 */
import { AM_NUMBERS } from './am-numbers'

/** Space-separated words, "_" joining a phrase's words. */
export const s = (x: string): string[] => x.split(' ').map((w) => w.replace(/_/g, ' '))

// biome-ignore format: packed table
const UNITS = [
  'ሓደ ሐደ ሓንቲ', 'ክልተ ክልት', 'ሰለስተ', 'ኣርባዕተ አርባዕተ ኣርባዕ', 'ሓሙሽተ ሐሙሽተ ሓሙሸተ ሓሙሽ', 'ሽዱሽተ ሹድሽተ ሸዱሽተ',
  'ሸውዓተ ሸዋዓተ ሾብዓተ', 'ሸሞንተ ሾሞንተ', 'ትሽዓተ ትሸዓተ ቲሽዓተ',
].map(s)
const TENS = ['ዕስራ ዒስራ', 'ሰላሳ ሳላሳ', 'ኣርብዓ አርብዓ', 'ሓምሳ ሃምሳ', 'ስሳ ሱሳ', 'ሰብዓ', 'ሰማንያ', 'ቴስዓ ተስዓ ቲስዓ'].map(s)

function build(): Record<string, number> {
  const out: Record<string, number> = {}
  const put = (w: string, v: number): void => {
    if (!(w in AM_NUMBERS)) out[w] ??= v
  }
  for (const [i, forms] of UNITS.entries())
    for (const u of forms) {
      put(u, i + 1)
      for (const t of s('ዓሰርተ ዐሰርተ ዓሰርተን')) put(`${t} ${u}`, 11 + i)
    }
  for (const [k, tens] of TENS.entries())
    for (const t of tens) {
      put(t, 20 + 10 * k)
      for (const [i, forms] of UNITS.entries())
        for (const u of forms) for (const w of [`${t} ${u}`, `${t}ን ${u}`, `${t}ን ${u}ን`]) put(w, 21 + 10 * k + i)
    }
  for (const [i, forms] of UNITS.entries()) if (i > 0) for (const u of forms) put(`${u} ሚእቲ`, 100 * (i + 1))
  put('ሽሕ ትሸዓተ ሚእቲ', 1900)
  put('ሽሕን ትሽዓተ ሚእትን', 1900)
  return out
}

export const TI_NUMBERS: Readonly<Record<string, number>> = build()

function ordinals(): Record<string, number> {
  const out: Record<string, number> = {}
  const o = s('ቀዳማይ ካልኣይ ሳልሳይ ራብዓይ ሓሙሻይ ሻድሻይ ሻውዓይ ሻምናይ ታሽዓይ ዓስራይ')
  const f = s('ቀዳመይቲ ካልኣይቲ ሳልሰይቲ ራብዐይቲ ሓሙሸይቲ ሻድሸይቲ ሻውዐይቲ ሻምነይቲ ታሽዐይቲ ዓስረይቲ')
  for (let i = 0; i < 10; i++) out[o[i]!] = out[f[i]!] = i + 1
  // "መበል" (the -th of) before a cardinal: "መበል ዓሰርተ ሓደ", "መበል ዕስራን ሓደን".
  for (const [w, v] of [...Object.entries(AM_NUMBERS), ...Object.entries(TI_NUMBERS)])
    if (v >= 1 && v <= 31 && /^[ሀ-ፚ ]+$/.test(w) && !/^[የበለከ]/.test(w)) out[`መበል ${w}`] = v
  return out
}

export const TI_ORDINALS: Readonly<Record<string, number>> = ordinals()
