import { describe, expect, it } from 'vitest'
import {
  isAmbiguousName,
  isBasicWord,
  isCity,
  isClinicalTerm,
  isCommonWord,
  isEnglishWord,
  isFirstName,
  isSlang,
  isSpanishVerbName,
  isSpanishWord,
  isSurname,
  isUnambiguousName,
} from '../../src/phi/lexicon/index'
import { CITIES, ENGLISH, FOREIGN, SPANISH } from '../../src/phi/lexicon/generated/lexicon'
import { SortedWords } from '../../src/phi/lexicon/sorted-words'

describe('SortedWords', () => {
  const list = new SortedWords('\na\nab\nabc\nb\nzeta\nzoë\n')
  it('finds every entry and nothing else', () => {
    for (const w of ['a', 'ab', 'abc', 'b', 'zeta', 'zoë']) expect(list.has(w)).toBe(true)
    for (const w of ['', 'aa', 'abcd', 'c', 'z', 'zet', 'zetas', 'zoe', '\n', 'a\nb']) expect(list.has(w)).toBe(false)
  })
  it('reads front-coded blocks: a head in full, then each entry as shared-prefix mark and the rest', () => {
    // Blocks "a ab abc" and "b zeta zoë": "ab" shares 1 with "a" ("<"), "abc" 2 with "ab" ("="); "zeta" none (";").
    const coded = new SortedWords('\na<b=c\nb;zeta<oë\n')
    expect([...coded.words()]).toEqual(['a', 'ab', 'abc', 'b', 'zeta', 'zoë'])
    for (const w of ['a', 'ab', 'abc', 'b', 'zeta', 'zoë']) expect(coded.has(w), w).toBe(true)
    for (const w of ['', 'aa', 'abcd', 'c', 'z', 'zet', 'zetas', 'zoe', 'ac', '<b', 'b;zeta', 'B']) {
      expect(coded.has(w), w).toBe(false)
    }
    const tagged = new SortedWords('\nsanti\th@ago\tsv<ta\tp\n', { tagged: true })
    expect(['santi', 'santiago', 'sta', 'san'].map((w) => tagged.tagsOf(w))).toEqual(['h', 'sv', 'p', undefined])
    const band = new SortedWords('\na\t<b=c\t\n', { marked: true })
    expect(['a', 'ab', 'abc'].filter((w) => band.has(w))).toEqual(['a', 'abc'])
  })
  it('finds every word of the built lists, in order, and their neighbours only when listed', () => {
    for (const [framed, options] of [
      [ENGLISH, {}],
      [CITIES, {}],
      [SPANISH, {}],
      [FOREIGN, { tagged: true }],
    ] as const) {
      const list = new SortedWords(framed, options)
      const words = [...list.words()]
      expect(words.length).toBeGreaterThan(1000)
      const listed = new Set(words)
      let prev = ''
      words.forEach((w, k) => {
        expect(w > prev, w).toBe(true)
        if (options.tagged) expect(list.tagsOf(w), w).toMatch(/^[a-z]+$/)
        else expect(list.has(w), w).toBe(true)
        // A word one letter longer or shorter is found only when the list has it too (every fifth word: the blocks
        // are 64 long, so heads, middles and ends of blocks are all asked).
        if (k % 5 === 0)
          for (const near of [`${w}q`, w.slice(0, -1)]) {
            const found = options.tagged ? list.tagsOf(near) !== undefined : list.has(near)
            if (found !== listed.has(near)) expect(near).toBe(listed.has(near) ? 'found' : 'absent')
          }
        prev = w
      })
    }
  }, 60_000)
  it('handles an empty list', () => {
    expect(new SortedWords('\n').has('a')).toBe(false)
  })
  it('reads a tab after an entry as the mark of a band: the whole list holds it, the marked view only the band', () => {
    const framed = '\na\t\nab\nabc\t\nb\nzeta\t\n'
    const whole = new SortedWords(framed)
    const band = new SortedWords(framed, { marked: true })
    for (const w of ['a', 'ab', 'abc', 'b', 'zeta']) expect(whole.has(w)).toBe(true)
    expect(['a', 'ab', 'abc', 'b', 'zeta'].filter((w) => band.has(w))).toEqual(['a', 'abc', 'zeta'])
    for (const w of ['a\t', '\t', 'aa', 'zet', 'zetas']) {
      expect(whole.has(w)).toBe(false)
      expect(band.has(w)).toBe(false)
    }
  })
})

describe('lexicon look-ups', () => {
  it('knows the basic words as a band of the English words', () => {
    for (const w of ['has', 'feeling', 'not', 'the']) expect(isBasicWord(w)).toBe(true)
    for (const w of ['swollen', 'meticulous']) expect([isEnglishWord(w), isBasicWord(w)]).toEqual([true, false])
  })

  it('knows common English words but not names that are mostly names', () => {
    for (const w of ['the', 'appointment', 'tomorrow', 'swollen', 'because', "don't"])
      expect(isEnglishWord(w)).toBe(true)
    for (const w of ['maria', 'jake', 'danielle', 'mike', 'kowalski', 'tmrw']) expect(isEnglishWord(w)).toBe(false)
  })

  it('knows first names, including the ones that are also words', () => {
    for (const w of ['maria', 'jake', 'ava', 'tyler', 'olivia', 'noah', 'rose', 'june', 'will', 'josé', 'zoë']) {
      expect(isFirstName(w), w).toBe(true)
    }
    for (const w of ['fever', 'son', 'patient', 'the', 'hi', 'my']) expect(isFirstName(w), w).toBe(false)
  })

  it('knows surnames from the name list, accents folded', () => {
    for (const w of ['brown', 'king', 'nguyen', 'patel', 'ahmed', 'rodríguez', 'maria', 'smith']) {
      expect(isSurname(w), w).toBe(true)
    }
    for (const w of ['fever', 'son', 'hi', 'my', 'patient', 'doctor', 'ibuprofen']) expect(isSurname(w), w).toBe(false)
  })

  it('splits names into unambiguous and ambiguous', () => {
    for (const w of ['maria', 'nguyen', 'danielle', 'ahmed', 'mei']) expect(isUnambiguousName(w), w).toBe(true)
    for (const w of ['rose', 'june', 'will', 'hope', 'mark', 'bill', 'grace', 'pat', 'faith', 'sunny']) {
      expect(isAmbiguousName(w), w).toBe(true)
      expect(isUnambiguousName(w), w).toBe(false)
    }
  })

  it('keeps clinical vocabulary, slang and Spanish out of the names', () => {
    // biome-ignore format: packed list
    const keep = ['atorvastatin', 'lisinopril', 'tylenol', 'advil', 'ozempic', 'fever', 'covid', 'insulin', 'ibuprofen',
      'cough', 'ankle', 'mg', 'bp', 'er', 'rx', 'tmrw', 'thx', 'appt', 'lol', 'cita', 'gracias', 'hija', 'fiebre']
    for (const w of keep) {
      expect(isCommonWord(w), w).toBe(true)
      expect(isUnambiguousName(w), w).toBe(false)
    }
    expect(isClinicalTerm('metformin')).toBe(true)
    expect(isSlang('tmrw')).toBe(true)
    expect(isSpanishWord('mañana')).toBe(true)
    expect(isClinicalTerm('maria')).toBe(false)
  })

  it('knows Spanish plurals, gender forms and verb forms, but not Hispanic surnames', () => {
    for (const w of [
      'tardes',
      'enferma',
      'enfermos',
      'llevé',
      'lastimó',
      'pienso',
      'puedo',
      'durmiendo',
      'llámeme',
      'tenga',
      'abren',
    ]) {
      expect(isSpanishWord(w), w).toBe(true)
    }
    for (const w of ['flores', 'torres', 'campos', 'ramos', 'reyes', 'julia', 'correa', 'duran', 'casas'])
      expect(isSpanishWord(w), w).toBe(false)
    expect(isUnambiguousName('flores')).toBe(true)
  })

  it('knows British spellings, countries, nationalities and languages, but not names among them', () => {
    for (const w of [
      'travelling',
      'colour',
      'canada',
      'norway',
      'vietnamese',
      'tagalog',
      'honda',
      'pfizer',
      'triglicéridos',
    ]) {
      expect(isCommonWord(w), w).toBe(true)
    }
    for (const w of ['jordan', 'chad', 'zac']) expect(isUnambiguousName(w) || !isCommonWord(w), w).toBe(true)
  })

  it('marks Spanish verb forms that are names, without making them words', () => {
    expect(isSpanishVerbName('arden')).toBe(true)
    expect(isSpanishVerbName('leo')).toBe(true)
    expect(isSpanishWord('leo')).toBe(false)
    expect(isSpanishVerbName('maria')).toBe(false)
  })

  it('knows US cities, single or multiword, with st/saint variants', () => {
    for (const c of ['stockton', 'long beach', 'los angeles', 'new york', 'st louis', 'saint louis', 'st. louis']) {
      expect(isCity(c), c).toBe(true)
    }
    for (const c of ['fever', 'muscular dystrophy', 'appointment', '']) expect(isCity(c), c).toBe(false)
  })

  it('never throws on odd input', () => {
    for (const w of ['', '\n', '\u200b', 'a'.repeat(100_000), '😀', '\u202ename', 'ŁUKASZ'.toLowerCase()]) {
      expect(() => [isEnglishWord(w), isFirstName(w), isSurname(w), isCity(w), isClinicalTerm(w)]).not.toThrow()
    }
  })
})

describe('lexicon: vocabulary added after team-dev3', () => {
  it('knows Spanish drug and test names, Spanish verb forms, chart abbreviations and interpreter languages', () => {
    for (const w of ['omeprazol', 'atorvastatina', 'levotiroxina', 'papanicolau', 'mamografía', 'silba', 'corrijan']) {
      expect(isSpanishWord(w), w).toBe(true)
    }
    for (const w of ['med', 'comp']) expect(isSlang(w) || isClinicalTerm(w), w).toBe(true)
    for (const w of ['burmese', 'khmer', 'tigrinya']) expect(isCommonWord(w), w).toBe(true)
  })
})
