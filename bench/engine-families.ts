/**
 * Adversarial input families for the engine's cost (issue 11): each a generator of text of any length, so
 * `npm run bench:engine` can show that the cost per KB stays flat as the text grows. Deterministic (seeded), with
 * invented names and 555 numbers only.
 */

/** One family: a name, the channel it is read on, and a text of (about) `chars` characters. */
export interface EngineFamily {
  name: string
  channel: 'sms' | 'voice' | 'chat'
  text(chars: number): string
}

const FIRST = [
  'Aaliyah',
  'Bogdan',
  'Chloé',
  'Dmitri',
  'Esther',
  'Faisal',
  'Giulia',
  'Hamza',
  'Ines',
  'Jorge',
  'Kwame',
  'Liang',
  'Nadia',
  'Pablo',
  'Quynh',
  'Rahul',
]
const LAST = [
  'Kowalski',
  'Nguyen',
  'Okafor',
  'Alvarez',
  'Baptiste',
  'Dubois',
  'Eriksen',
  'Haddad',
  'Ivanova',
  'Kaplan',
  'Moreau',
  'Novak',
  'Petrov',
  'Santos',
  'Tanaka',
  'Zapata',
]
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** A short letter string for `i`, different for every i: names never seen before. */
function unique(i: number): string {
  let s = ''
  for (let k = i + 27; k > 0; k = Math.floor(k / 26)) s += LETTERS[k % 26]
  return s
}

/** A tiny deterministic generator, so every run reads the same texts. */
function seeded(seed: number): (n: number) => number {
  let state = seed >>> 0
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state % n
  }
}

function family(
  name: string,
  channel: EngineFamily['channel'],
  piece: (i: number, pick: (n: number) => number) => string,
): EngineFamily {
  return {
    name,
    channel,
    text(chars) {
      const pick = seeded(chars)
      let s = ''
      for (let i = 0; s.length < chars; i++) s += piece(i, pick)
      return s.slice(0, chars)
    },
  }
}

const one = <T>(xs: readonly T[], pick: (n: number) => number): T => xs[pick(xs.length)]!
const digit = (pick: (n: number) => number): string => String(pick(10))
const phone = (i: number): string => `${200 + (i % 700)}-555-${String(1000 + (i % 9000))}`

/** The families: the findings (a\n, phone lists, many new names, spelled text) and every other shape we know. */
export const ENGINE_FAMILIES: readonly EngineFamily[] = [
  family('typical SMS', 'sms', (_, p) =>
    one(
      [
        'hey its danielle, my daughter ava has pink eye. ',
        'call me at (213) 555-0178 after 5pm please. ',
        'my DOB is 09/30/1974 and my last name is Kowalski. ',
        'Refill request: atorvastatin 40mg, pharmacy on Main St. ',
      ],
      p,
    ),
  ),
  family('a + newline', 'sms', () => 'a\n'),
  family('a + space', 'sms', () => 'a '),
  family('single letters', 'sms', (_, p) => `${one([...LETTERS], p)} `),
  family('single capitals', 'sms', (_, p) => `${one([...LETTERS], p).toUpperCase()} `),
  family(
    'spelled with dots',
    'sms',
    (_, p) => `${Array.from({ length: 5 }, () => one([...LETTERS], p).toUpperCase()).join('.')}. `,
  ),
  family('spelled, voice', 'voice', (_, p) => `${Array.from({ length: 8 }, () => one([...LETTERS], p)).join(' ')} `),
  family('phone numbers', 'sms', (i) => `${phone(i).replace(/-/g, '')} `),
  family('phone numbers, dashed', 'sms', (i) => `${phone(i)}, `),
  family('digits spaced', 'sms', (_, p) => `${digit(p)} `),
  family('keycap digits', 'sms', (_, p) => `${digit(p)}\u{fe0f}\u{20e3}`),
  family('digits between emoji', 'sms', (_, p) => `${digit(p)}😀`),
  family('digits as HTML entities', 'sms', (_, p) => `&#${48 + p(10)};`),
  family(
    'new names and numbers',
    'chat',
    (i, p) => `call ${one(FIRST, p)} ${one(LAST, p)}${unique(i)} at ${phone(i)}, `,
  ),
  family('new bare names', 'chat', (i, p) => `${one(FIRST, p)}${unique(i)} ${one(LAST, p)}${unique(i * 7)} `),
  family('cued new names', 'sms', (i, p) => `my name is ${one(FIRST, p)}${unique(i)}. `),
  family('titled new names', 'sms', (i, p) => `Dr. ${one(LAST, p)}${unique(i)} and Mrs. ${one(LAST, p)} `),
  family('capitalized new words', 'sms', (i) => `${unique(i * 13)[0]!.toUpperCase()}${unique(i * 13).slice(1)}xe `),
  family(
    'number words',
    'voice',
    (_, p) => `${one(['one', 'two', 'three', 'five', 'nine', 'oh', 'zero', 'eight'], p)} `,
  ),
  family(
    'number words, 12 languages',
    'voice',
    (_, p) => `${one(['uno', 'deux', 'три', 'hai', 'sáu', 'dos', 'quatre', 'cinq', 'một', 'isa', 'dalawa'], p)} `,
  ),
  family('dates', 'sms', (i) => `${1 + (i % 12)}/${1 + (i % 28)}/${1950 + (i % 60)} `),
  family(
    'dates, several languages',
    'sms',
    (_, p) => `${one(['june 6', 'le 3 mars', '5 de mayo', 'ngày 5 tháng 6', '3 января', 'lunes 4'], p)} `,
  ),
  family('e-mail addresses', 'chat', (i) => `x${unique(i)}@ex${unique(i)}.com `),
  family('street addresses', 'sms', (i, p) => `${100 + i} ${one(LAST, p)} St, Apt ${i % 40} `),
  family('Spanish', 'sms', (_, p) =>
    one(
      ['mi hija Sofía tiene fiebre desde ayer y tos, ', 'soy Carmen Ruiz, me pueden llamar por favor? ', 'gracias, '],
      p,
    ),
  ),
  family('Vietnamese', 'sms', (_, p) => one(['con tôi bị sốt, ', 'tôi tên là Nguyễn Thị Hoa, ', 'cảm ơn bác sĩ, '], p)),
  family('Arabic', 'sms', (_, p) => one(['اسمي أحمد ', 'شكرا ', 'رقم ٠١٢٣٤٥ '], p)),
  family('Russian', 'sms', (_, p) => one(['меня зовут Ольга Петрова ', 'спасибо ', 'доктор '], p)),
  family('Korean', 'sms', (_, p) => one(['제 이름은 김민수입니다 ', '감사합니다 ', '일이삼 '], p)),
  family('Chinese', 'sms', (_, p) => one(['我叫王小明', '电话', '一二三四五六', '谢谢', '明天'], p)),
  // Chinese read as prose (runs under 400 characters reach the detectors): a space every 30 characters or so.
  family('Chinese, spaced prose', 'voice', (i, p) =>
    i % 12 === 11
      ? ' '
      : one(['我叫王小明', '李医生', '耳东陈', '我是翻译', '住在缅街一百号', '咳嗽很厉害', '谢谢', '明天'], p),
  ),
  family('hyphenated new names', 'sms', (i, p) => `${one(FIRST, p)}-${one(LAST, p)}${unique(i)} `),
  family('identifiers after cues', 'sms', (i) => `MRN ${100000 + i} `),
  family('combining marks', 'sms', () => 'a\u0301\u0302\u0303 '),
]
