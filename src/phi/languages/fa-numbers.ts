/**
 * Persian (Farsi and Dari) number words and their values (the `numbers` and `ordinals` fields of fa.ts, kept apart for
 * their size). The words below are written by hand; the compounds are made from them as Persian says them: tens "and"
 * units ("نود و پنج", and "نودوپنج" as a zero-width non-joiner leaves it once normalising drops that character), a
 * hundred and a number ("صد و دو"), and the years of both calendars ("هزار و سیصد و شصت و پنج", "هزار و نهصد و پنجاه
 * و دو", "دو هزار و ده"). Every form is listed with the Persian letters (ی ک) and with the Arabic ones (ي ك) that an
 * Arabic keyboard types, since the engine does not fold one into the other.
 */

/** Each form with Persian ی and ک, and with the Arabic ي and ك an Arabic keyboard types in their place. */
export function withArabicLetters(forms: readonly string[]): string[] {
  const out = new Set<string>()
  for (const f of forms) {
    out.add(f)
    // A short word spelled the Arabic way is an Arabic word as often ("سي", thirty, is the letter C: "التهاب الكبد سي").
    if (f.length < 4) continue
    out.add(f.replace(/ی/g, 'ي').replace(/ک/g, 'ك'))
    out.add(f.replace(/ی/g, 'ي'))
    out.add(f.replace(/ک/g, 'ك'))
  }
  return [...out]
}

// The units and teens, each with its colloquial and Dari spellings (چار for چهار, شیش for شش, پونزده for پانزده).
// biome-ignore format: packed table
const UNITS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['یک', 'یه']], [2, ['دو']], [3, ['سه']], [4, ['چهار', 'چار']], [5, ['پنج']], [6, ['شش', 'شیش']],
  [7, ['هفت', 'هف']], [8, ['هشت', 'هش']], [9, ['نه']],
]
// biome-ignore format: packed table
const TEENS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [10, ['ده']], [11, ['یازده']], [12, ['دوازده']], [13, ['سیزده']],
  [14, ['چهارده', 'چارده']], [15, ['پانزده', 'پونزده']], [16, ['شانزده', 'شونزده']], [17, ['هفده', 'هیفده']],
  [18, ['هجده', 'هیجده', 'هژده']], [19, ['نوزده']],
]
// biome-ignore format: packed table
const TENS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [20, ['بیست']], [30, ['سی']], [40, ['چهل', 'چل']], [50, ['پنجاه']], [60, ['شصت']], [70, ['هفتاد']],
  [80, ['هشتاد']], [90, ['نود']],
]
// biome-ignore format: packed table
const HUNDREDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [100, ['صد', 'یکصد', 'یک صد']], [200, ['دویست', 'دوصد']], [300, ['سیصد']], [400, ['چهارصد', 'چارصد']],
  [500, ['پانصد', 'پونصد']], [600, ['ششصد', 'شیشصد']], [700, ['هفتصد']], [800, ['هشتصد']], [900, ['نهصد']],
]

/** "a و b" as Persian writes it: spaced, joined by a zero-width non-joiner (dropped when normalised), or و on b. */
function joined(a: readonly string[], b: readonly string[]): string[] {
  return a.flatMap((x) => b.flatMap((y) => [`${x} و ${y}`, `${x}و${y}`, `${x} و${y}`]))
}

function build(): Record<string, number> {
  const out: Record<string, number> = {}
  const put = (forms: readonly string[], v: number): void => {
    for (const f of withArabicLetters(forms)) if (!(f in out)) out[f] = v
  }
  put(['صفر', 'زیرو'], 0)
  // "یه" is the spoken "a" as well as one: it stays out of the table's units ("یه سوال", a question).
  for (const [v, forms] of UNITS)
    put(
      forms.filter((f) => f !== 'یه'),
      v,
    )
  for (const [v, forms] of TEENS) put(forms, v)
  // 1-99: a unit, a teen, a ten, or a ten and a unit.
  const below100: Array<[number, string[]]> = []
  for (const [v, forms] of UNITS) below100.push([v, forms.filter((f) => f !== 'یه')])
  for (const [v, forms] of TEENS) below100.push([v, [...forms]])
  for (const [t, tens] of TENS) {
    put(tens, t)
    below100.push([t, [...tens]])
    for (const [u, units] of UNITS) {
      const forms = joined(
        tens,
        units.filter((f) => f !== 'یه'),
      )
      put(forms, t + u)
      below100.push([t + u, forms.filter((f) => f.includes(' و '))])
    }
  }
  for (const [h, hundreds] of HUNDREDS) put(hundreds, h)
  // A hundred and a number (an age of 101, a weight of 150): said "صد و دو".
  for (const [v, forms] of below100) put(joined(['صد'], forms), 100 + v)
  put(['هزار', 'یک هزار', 'یکهزار'], 1000)
  put(['دو هزار', 'دوهزار'], 2000)
  // Years: Solar Hijri 1300-1410, Gregorian 1900-1999 and 2000-2039.
  const thousandAnd = (h: readonly string[]): string[] => joined(['هزار'], h)
  const h3 = thousandAnd(['سیصد'])
  const h4 = thousandAnd(['چهارصد', 'چارصد'])
  const h9 = thousandAnd(['نهصد'])
  put(h3, 1300)
  put(h4, 1400)
  put(h9, 1900)
  for (const [v, forms] of below100) {
    const spaced = forms.filter((f) => !f.includes('و') || f.includes(' و '))
    put(
      h3.filter((f) => f.includes(' و ')).flatMap((h) => spaced.map((x) => `${h} و ${x}`)),
      1300 + v,
    )
    if (v <= 10)
      put(
        h4.filter((f) => f.includes(' و ')).flatMap((h) => spaced.map((x) => `${h} و ${x}`)),
        1400 + v,
      )
    put(
      h9.filter((f) => f.includes(' و ')).flatMap((h) => spaced.map((x) => `${h} و ${x}`)),
      1900 + v,
    )
    if (v < 40)
      put(
        ['دو هزار', 'دوهزار'].flatMap((h) => spaced.map((x) => `${h} و ${x}`)),
        2000 + v,
      )
  }
  return out
}

/** Persian cardinals: 0-100 in every spelling, the hundreds, a hundred and 1-99, thousands and years. */
export const FA_NUMBERS: Readonly<Record<string, number>> = build()

// Ordinals of the days 1-31: the unit ordinals on -م, the teens and tens on -م (سی‌ام as سیام and سی ام).
// biome-ignore format: packed table
const UNIT_ORDINALS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['یکم', 'اول']], [2, ['دوم']], [3, ['سوم']], [4, ['چهارم', 'چارم']], [5, ['پنجم']], [6, ['ششم', 'شیشم']],
  [7, ['هفتم']], [8, ['هشتم']], [9, ['نهم']],
]

function buildOrdinals(): Record<string, number> {
  const out: Record<string, number> = {}
  const put = (forms: readonly string[], v: number): void => {
    for (const f of withArabicLetters(forms)) if (!(f in out)) out[f] = v
  }
  for (const [v, forms] of UNIT_ORDINALS) put(forms, v)
  for (const [v, forms] of TEENS)
    put(
      forms.map((f) => `${f}م`),
      v,
    )
  put(['بیستم'], 20)
  put(['سیام', 'سی ام'], 30)
  for (const [u, forms] of UNIT_ORDINALS) {
    const plain = forms.filter((f) => f !== 'اول')
    put(joined(['بیست'], plain), 20 + u)
    if (u === 1) put(joined(['سی'], plain), 31)
  }
  return out
}

/** Persian ordinals of the days 1-31 ("پانزدهم مهر", "اول فروردین"). */
export const FA_ORDINALS: Readonly<Record<string, number>> = buildOrdinals()
