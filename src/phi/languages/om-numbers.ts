/**
 * Afaan Oromo number words (Qubee), by hand: units with their long-vowel and case forms ("tokko", "tokkoo"), the teens
 * on "kudha" ("kudha lama", 12), tens joined to units by "-ii" or "fi" ("sagaltamii sadii", "sagaltama fi sadii", 93),
 * the hundreds and thousands with the multiplier after them ("dhibba lama", 200; "kuma tokko dhibba sagal", 1900).
 */

/** Space-separated words, "_" joining a phrase's words. */
export const s = (x: string): string[] => x.split(' ').map((w) => w.replace(/_/g, ' '))

// biome-ignore format: packed table
const UNITS = [
  'tokko tokkoo tokkicha', 'lama lamaa', 'sadii sadi', 'afur afuri afurii', 'shan shanii shani', "jaha ja'a jaa jahaa",
  'torba torbaa', 'saddeet saddet saddeeti saddeetii', 'sagal sagali sagalii',
].map(s)
// biome-ignore format: packed table
const TENS = [
  'digdama digdamii diigdama', 'soddoma soddomii sodoma', 'afurtama afurtamii', 'shantama shantamii',
  "jaatama jaatamii ja'atama ja'atamii jahatama", 'torbaatama torbaatamii torbatama',
  'saddeettama saddeettamii saddeetama saddettama saddeetamii', 'sagaltama sagaltamii sagaltamaa',
].map(s)
const TEN = s('kudhan kudhaan kurnan')
const TEEN = s('kudha kudhan kudhaa')

function build(): Record<string, number> {
  const out: Record<string, number> = {}
  const put = (w: string, v: number): void => {
    out[w] ??= v
    out[w.replace(/'/g, '’')] ??= v
  }
  for (const w of s('zeeroo zeero zero duwwaa')) put(w, 0)
  for (const w of TEN) put(w, 10)
  for (const [i, forms] of UNITS.entries())
    for (const u of forms) {
      put(u, i + 1)
      for (const t of TEEN) for (const j of ['', 'fi ']) put(`${t} ${j}${u}`, 11 + i)
    }
  for (const [k, tens] of TENS.entries())
    for (const t of tens) {
      put(t, 20 + 10 * k)
      for (const [i, forms] of UNITS.entries())
        for (const u of forms) for (const j of ['', 'fi ']) put(`${t} ${j}${u}`, 21 + 10 * k + i)
    }
  for (const h of s('dhibba dhibbaa dhibba_tokko')) put(h, 100)
  for (const [i, forms] of UNITS.entries()) if (i > 0) for (const u of forms) put(`dhibba ${u}`, 100 * (i + 1))
  for (const k of s('kuma kumaa kuma_tokko')) {
    put(k, 1000)
    put(`${k} dhibba sagal`, 1900)
    put(`${k} dhibba saddeet`, 1800)
    put(`${k} fi dhibba sagal`, 1900)
  }
  for (const k of s('kuma_lama kuma_lamaa')) put(k, 2000)
  put('miliyoona', 1_000_000)
  return out
}

export const OM_NUMBERS: Readonly<Record<string, number>> = build()

/** Ordinals 1-31 on "-ffaa" ("tokkoffaa", "kudha lammaffaa", "digdamii sadaffaa"), and "jalqabaa" (first). */
function ordinals(): Record<string, number> {
  const out: Record<string, number> = { jalqabaa: 1, tokkoffaa: 1, kurnaffaa: 10, digdamaffaa: 20, soddomaffaa: 30 }
  const o = s('tokkoffaa lammaffaa sadaffaa afraffaa shanaffaa jahaffaa torbaffaa saddeettaffaa sagalaffaa')
  for (const [i, w] of o.entries()) {
    out[w] = i + 1
    out[`kudha ${w}`] = 11 + i
    out[`digdamii ${w}`] = 21 + i
  }
  out['soddomii tokkoffaa'] = 31
  return out
}

export const OM_ORDINALS: Readonly<Record<string, number>> = ordinals()
