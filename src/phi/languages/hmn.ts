import type { LanguageTable } from './types'

/**
 * Hmong (Hmong Daw and Mong Leng in the Romanized Popular Alphabet, as US patients text it, English mixed in), by
 * hand: months as "lub" + number + "hlis" ("lub peb hlis", "lub 3 hli"; "peb lub hlis" is three months), weekdays
 * "hnub ib" … "hnub xya", numbers built below (tens with "caug" or "caum", "nees nkaum" 20, "ib puas", "txhiab"),
 * "tim" days ("hnub tim 18"), "xyoo" years and ages, cues with "kuv" (my) and the classifier "tus" ("kuv tus tub"),
 * clan names in RPA and in their US spellings. Syllables that are English words (me, no, los, so, mob, zoo, dab, pa,
 * tab, vim) are left to the English lexicon, names (hu, tom, tu, kev) stay out of `words`, and given names that are
 * words (paj, kub, nyiaj, koob, tooj) are soft everyday words. Names from memory, no real person.
 */
const U = ['ib', 'ob', 'peb', 'plaub', 'tsib', 'rau', 'xya', 'yim', 'cuaj']
const N: Record<string, number> = { xoom: 0, kaum: 10, 'nees nkaum': 20, 'nees kaum': 20, txhiab: 1000 }
for (const [i, u] of U.entries()) {
  N[u] = i + 1
  N[`kaum ${u}`] = 11 + i
  N[`${u} puas`] = 100 * (i + 1)
  N[`${u} txhiab`] = 1000 * (i + 1)
  const tens = i === 0 ? [] : i === 1 ? ['nees nkaum', 'nees kaum'] : [`${u} caug`, `${u} caum`]
  for (const t of tens) for (const [j, v] of U.entries()) N[`${t} ${v}`] = 10 * (i + 1) + j + 1
  for (const t of tens) N[t] = 10 * (i + 1)
}
N['ib txhiab cuaj puas'] = 1900
const month = (n: string, d: number): string[] => [n, `${d}`].flatMap((x) => [`lub ${x} hlis`, `lub ${x} hli`])

// biome-ignore format: packed table
export const hmn: LanguageTable = {
  code: 'hmn',
  name: 'Hmong',
  script: 'latin',
  months: [...U, 'kaum', 'kaum ib', 'kaum ob'].map((n, i) => month(n, i + 1)),
  weekdays: [
    ['hnub ib'], ['hnub ob'], ['hnub peb'], ['hnub plaub'], ['hnub tsib'], ['hnub rau'], ['hnub xya', 'hnub caiv'],
  ],
  numbers: N,
  ordinals: {},
  yearsOld: ['xyoo', 'xyoos'],
  ageBefore: ['hnub nyoog', 'muaj hnub nyoog', 'hnub nyoog yog'],
  // Single words: the markers are read word by word ("hnub tim 18" is a day from "tim"). "lub" is no month marker: it
  // counts tablets too ("ob lub ib hnub", two a day), so the months are whole phrases.
  dateMarkers: {
    dayBefore: ['tim'], dayAfter: [], monthBefore: [], monthAfter: [], yearBefore: ['xyoo'], yearAfter: [],
  },
  dateJoiners: ['xyoo'],
  numericOrder: 'mdy',
  selfCues: [
    'kuv yog', 'kuv npe yog', 'kuv lub npe yog', 'kuv lub npe hu ua', 'kuv npe hu ua', 'kuv hu ua', 'kuv lub npe',
    'kuv npe',
  ],
  relationCues: [
    ...['tub', 'ntxhais', 'poj niam', 'txiv', 'me nyuam', 'menyuam', 'muam', 'nus', 'kwv', 'tij laug', 'viv ncaus',
      'xeeb ntxwv', 'nyab', 'vauv', 'npawg', 'phooj ywg'].flatMap((k) => [`kuv tus ${k}`, `nws tus ${k}`]),
    ...['menyuam', 'tub', 'ntxhais', 'poj niam', 'niam', 'txiv', 'pog', 'yawg', 'niam tais', 'yawm txiv', 'txiv ntxawm',
      'phauj'].map((k) => `kuv ${k}`),
  ],
  titlesBefore: ['dr', 'kws kho mob', 'tus kws kho mob', 'nais maum', 'tus nais maum', 'xib fwb', 'kws tshuaj'],
  titlesAfter: [],
  signOffs: ['ua tsaug', 'ua tsaug ntau', 'ua tsaug ntau ntau', 'sib ntsib dua'],
  familyNames: [
    'vaj', 'vaaj', 'yaj', 'yaaj', 'lis', 'xyooj', 'thoj', 'hawj', 'lauj', 'muas', 'vwj', 'tsab', 'tsaab', 'kwm', 'khab',
    'khaab', 'tsheej', 'haam', 'phab', 'faaj', 'vang', 'yang', 'lee', 'ly', 'xiong', 'thao', 'thor', 'her', 'heu',
    'lo', 'lor', 'moua', 'vue', 'chang', 'kue', 'khang', 'cheng', 'hang', 'pha', 'fang',
  ],
  givenNames: [
    'paj', 'tswb', 'nplias', 'ntxhi', 'txhiaj', 'yeeb', 'kiab', 'nkauj', 'zuag', 'npaus', 'tooj', 'neeb', 'pov', 'tsav',
    'xab', 'vam', 'teeb', 'txooj', 'xwm', 'koob', 'kub', 'nyiaj', 'cheej', 'fwb', 'kuab', 'ntxawg', 'mai', 'yer',
    'chue', 'blia', 'pao', 'zoua', 'youa', 'xia', 'nhia', 'pheng', 'neng', 'teng', 'xai', 'yia', 'shoua', 'doua',
    'houa', 'toua', 'koua', 'lue', 'ger', 'yeng', 'seng', 'xee', 'maiv', 'nkaj',
  ],
  nameParticles: [],
  words: [
    // Pronouns, question words and function words.
    'kuv', 'koj', 'nws', 'nej', 'lawv', 'wb', 'neb', 'nkawv', 'leej', 'twg', 'tsi', 'cas', 'pes', 'tsawg', 'thaum',
    'qhov', 'thiab', 'tsis', 'yog', 'muaj', 'nyob', 'ntawm', 'hauv', 'saum', 'nrog', 'tias', 'lawm', 'twb', 'yuav',
    'xav', 'thov', 'pab', 'ntawd', 'ces', 'tiam', 'kom', 'txog', 'txij', 'dua', 'ntxiv', 'heev', 'ntau', 'ntsis', 'xwb',
    'kuj', 'tseem', 'hmo', 'kis', 'sawv', 'ntxov', 'tav', 'tsaus', 'ntuj', 'lim', 'teev', 'feeb', 'zaug', 'lub', 'tus',
    'daim', 'txoj', 'tsum', 'taus', 'tau', 'os', 'nawb', 'aws', 'kawg', 'ntej', 'dhau', 'tas', 'ua', 'kiag', 'tsuas',
    'phem', 'loj', 'yau', 'laus', 'sai', 'ceev', 'maj', 'mam', 'txhua', 'tej', 'tseg', 'cov', 'txwm', 'tiag', 'tseeb',
    'txim', 'daws', 'yooj', 'tswv', 'ntawv', 'lus', 'hmoob', 'askiv', 'meskas', 'niaj', 'nrho', 'zaum', 'txawv',
    'txaus', 'khaws', 'qub', 'thawj', 'ntu', 'sijhawm', 'pheej', 'yeem', 'hluas', 'xaus',
    // Verbs.
    'noj', 'haus', 'pw', 'tsaug', 'zog', 'mus', 'tuaj', 'rov', 'qab', 'hais', 'paub', 'pom', 'hnov', 'xa', 'tos', 'nug',
    'qhia', 'sau', 'nyeem', 'kho', 'txhaj', 'hloov', 'ncua', 'tshem', 'caij', 'ntsib', 'sib', 'saib', 'xyuas', 'khiav',
    'nco', 'poob', 'ntog', 'tawg', 'txiav', 'phais', 'tuag', 'yug', 'kawm', 'nqa', 'muab', 'nrhiav', 'tham', 'piav',
    'ntshai', 'txhawj', 'pib', 'tiav', 'siv', 'nres', 'nkag', 'siab', 'ntseeg', 'hauj', 'lwm', 'nqus', 'txham', 'ntuav',
    'raws', 'hnoos', 'npaws', 'kiv', 'khaus', 'cem', 'quav', 'xeev', 'ntxhov', 'nyuaj', 'qaug', 'nkees', 'ntxuav',
    'ntsia', 'mloog', 'hnav', 'qhib', 'kaw', 'txhuam', 'quaj', 'chim', 'luag', 'txais',
    // People, places, things.
    'neeg', 'niam', 'txiv', 'neej', 'nyuam', 'tsev', 'chaw', 'kws', 'nais', 'maum', 'khw', 'tshuaj', 'ntsiav', 'pleev',
    'xov', 'npawb', 'sij', 'hawm', 'txhais', 'kuaj', 'mov', 'dej', 'zaub', 'nqaij', 'kua', 'ntsev', 'zib', 'nqi',
    'duas', 'phaus', 'chav', 'tsheb', 'lej', 'rooj', 'ncaws', 'cawv', 'luam', 'kas', 'fes', 'nyuj', 'duab', 'hwm',
    // Body, symptoms, conditions.
    'taub', 'hau', 'plab', 'nraub', 'qaum', 'caj', 'muag', 'pob', 'ntseg', 'ntswg', 'hniav', 'ceg', 'taw', 'tes',
    'npab', 'xub', 'pwg', 'plawv', 'ntsws', 'raum', 'zais', 'zis', 'ntshav', 'tawv', 'txha', 'cev', 'ntiv', 'xeeb',
    'qog', 'khaub', 'thuas', 'hawb', 'txhab', 'qhuav', 'txias', 'sov', 'hnyav', 'tawm', 'tshaib', 'nqhis', 'qis', 'nce',
    'nqes', 'ntsuas', 'hlwb', 'nplooj', 'txhawb', 'tiv', 'thaiv', 'dawb', 'daj', 'tshee', 'yuag', 'qeev', 'ncauj',
    'qij', 'xis', 'txhav', 'ntxhiab',
  ],
  clinicalWords: ['ntshav', 'tshuaj', 'hnoos', 'ntuav', 'npaws', 'plab', 'khaub thuas', 'ntshav qab zib', 'hawb pob'],
  everydayWords: ['paj', 'kub', 'nyiaj', 'koob', 'tooj', 'pov', 'vam', 'teeb', 'nkauj', 'yeeb', 'neeb', 'tsav'],
  unitsAfter: [
    'mg', 'ml', 'kg', 'lb', 'lub', 'zaug', 'teev', 'feeb', 'hnub', 'lim tiam', 'hlis', 'hli', 'phaus', 'diav', 'khob',
    'duas', 'feem pua', 'daim',
  ],
  doseUnits: ['zaug', 'diav'],
  cuesBefore: ['ntshav siab', 'qab zib', 'thaum', 'chav', 'hnyav', 'noj', 'nqi', 'txog', 'kub'],
  streetWords: ['txoj kev'],
  addressCues: ['kuv nyob', 'kuv nyob ntawm', 'peb nyob', 'chaw nyob', 'kuv chaw nyob yog'],
  birthCues: [
    'yug', 'kuv yug', 'nws yug', 'yug hnub', 'hnub yug', 'yug thaum', 'yug xyoo', 'yug rau xyoo', 'hlis xyoo',
    'hli xyoo',
  ],
  phoneCues: [
    'tus lej xov tooj', 'xov tooj', 'xovtooj', 'tus xov tooj', 'kuv tus xov tooj', 'nab npawb xov tooj', 'hu rau kuv',
  ],
  numericDateBefore: ['hnub tim', 'teem caij'],
  periodCues: ['txij', 'txij thaum', 'txog'],
  weekdayRelatives: ['tom ntej', 'tas los', 'dhau los', 'tuaj'],
  nicknameCues: ['hu nws ua', 'lawv hu kuv ua', 'luag hu kuv ua'],
}
