/**
 * Ukrainian number words and their values (the `numbers` and `ordinals` fields of uk.ts, kept apart for their size).
 * The words are written by hand (cardinals 0-19, the tens, the hundreds, thousand and its cases; ordinals 1-31 and the
 * decades in the nominative, genitive and locative neuter that dates and years use: "перше", "першого", "першому");
 * the tens-and-units pairs are built from them, and every word with an apostrophe (п'ять, дев'ять) is listed again
 * with each apostrophe writers type (' ’ ʼ) and with none (пять, девять), as phones and keyboards without the
 * Ukrainian letter write them.
 */

/** Every spelling of a phrase: the apostrophe as typed here ('), the typographic (’) and the letter (ʼ), and none. */
export function apostropheForms(phrase: string): string[] {
  if (!phrase.includes("'")) return [phrase]
  return [...new Set([phrase, phrase.replace(/'/g, '’'), phrase.replace(/'/g, 'ʼ'), phrase.replace(/'/g, '')])]
}

// biome-ignore format: packed table
const UNITS: ReadonlyArray<readonly [string, number]> = [
  ["один", 1], ["одна", 1], ["одне", 1], ["одно", 1], ["два", 2], ["дві", 2], ["три", 3], ["чотири", 4], ["п'ять", 5],
  ["шість", 6], ["сім", 7], ["вісім", 8], ["дев'ять", 9],
]

// biome-ignore format: packed table
const SINGLE: ReadonlyArray<readonly [string, number]> = [
  ["нуль", 0], ["ноль", 0], ["десять", 10], ["одинадцять", 11], ["одиннадцять", 11], ["дванадцять", 12],
  ["тринадцять", 13], ["чотирнадцять", 14], ["п'ятнадцять", 15], ["шістнадцять", 16], ["сімнадцять", 17],
  ["вісімнадцять", 18], ["дев'ятнадцять", 19], ["сто", 100], ["двісті", 200], ["триста", 300], ["чотириста", 400],
  ["п'ятсот", 500], ["шістсот", 600], ["сімсот", 700], ["вісімсот", 800], ["дев'ятсот", 900], ["тисяча", 1000],
  ["тисячі", 1000], ["тисяч", 1000], ["одна тисяча", 1000], ["дві тисячі", 2000], ["тисяча дев'ятсот", 1900],
  ["тисяча вісімсот", 1800], ["дюжина", 12],
]

// biome-ignore format: packed table
const TENS: ReadonlyArray<readonly [string, number]> = [
  ["двадцять", 20], ["тридцять", 30], ["сорок", 40], ["п'ятдесят", 50], ["шістдесят", 60], ["сімдесят", 70],
  ["вісімдесят", 80], ["дев'яносто", 90],
]

function numbers(): Record<string, number> {
  const out: Record<string, number> = {}
  const put = (phrase: string, value: number): void => {
    for (const form of apostropheForms(phrase)) out[form] ??= value
  }
  for (const [w, v] of [...UNITS, ...SINGLE, ...TENS]) put(w, v)
  for (const [t, tv] of TENS) for (const [u, uv] of UNITS) put(`${t} ${u}`, tv + uv)
  return out
}

/** Ukrainian cardinals 0-100 in every spelling, the hundreds, thousand and the year words. */
export const UK_NUMBERS: Readonly<Record<string, number>> = numbers()

// The ordinal stems of days 1-31 and of the decades years use; each takes -е (перше), -ого (першого), -ому (першому).
// biome-ignore format: packed table
const ORDINAL_STEMS: ReadonlyArray<readonly [string, number]> = [
  ["перш", 1], ["друг", 2], ["трет", 3], ["четверт", 4], ["п'ят", 5], ["шост", 6], ["сьом", 7], ["восьм", 8],
  ["дев'ят", 9], ["десят", 10], ["одинадцят", 11], ["дванадцят", 12], ["тринадцят", 13], ["чотирнадцят", 14],
  ["п'ятнадцят", 15], ["шістнадцят", 16], ["сімнадцят", 17], ["вісімнадцят", 18], ["дев'ятнадцят", 19],
  ["двадцят", 20], ["тридцят", 30], ["сороков", 40], ["п'ятдесят", 50], ["шістдесят", 60],
  ["сімдесят", 70], ["вісімдесят", 80], ["дев'яност", 90],
]

/** The endings of an ordinal stem: "третє", "третього", "третьому" after т of "трет", -е, -ого, -ому after the rest. */
function ordinalForms(stem: string): string[] {
  if (stem === 'трет') return ['третє', 'третього', 'третьому']
  return [`${stem}е`, `${stem}ого`, `${stem}ому`]
}

function ordinals(): Record<string, number> {
  const out: Record<string, number> = {}
  const put = (phrase: string, value: number): void => {
    for (const form of apostropheForms(phrase)) out[form] ??= value
  }
  // "другого", "другому" alone are Russian for "other" ("к другому врачу") as often: second only inside a compound.
  for (const [stem, v] of ORDINAL_STEMS) if (stem !== 'друг') for (const f of ordinalForms(stem)) put(f, v)
  for (const [tens, tv] of [
    ['двадцять', 20],
    ['тридцять', 30],
  ] as const)
    for (const [stem, v] of ORDINAL_STEMS.filter(([, x]) => x <= (tv === 20 ? 9 : 1)))
      for (const f of ordinalForms(stem)) put(`${tens} ${f}`, tv + v)
  return out
}

/** Ukrainian ordinals of days 1-31 and of the decades, in the cases dates and years take. */
export const UK_ORDINALS: Readonly<Record<string, number>> = ordinals()
