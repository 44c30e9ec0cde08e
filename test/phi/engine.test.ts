import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createDetectCache, detect, longRuns, wholeWordMatches } from '../../src/phi/detect'
import { CHUNK, chunkRanges, digitChunkRanges } from '../../src/phi/detectors/ids'
import { WORD as SPOKEN_WORD, words as spokenWords } from '../../src/phi/spoken'
import { COMPOUND_ENDINGS, endsBeforeSpacedDigit } from '../../src/phi/detectors/european-streets'
import { matchesOf } from '../../src/phi/detectors/matches'
import { scrubText } from '../../src/phi/deidentify'
import { normalizeText } from '../../src/phi/normalize'
import { generalize, zip3 } from '../../src/phi/transform'

/** Every detected value (its words of 2+ letters/digits) must be gone from the scrubbed output. */
function assertNoDetectedValueLeft(input: string, channel: 'sms' | 'voice' | 'chat' = 'sms'): void {
  const d = detect(input, { channel })
  const out = scrubText(input, { channel }).text
  if (d.failed) {
    expect(out).toBe('[REDACTED]')
    return
  }
  const outDigits = out.replace(/\D/g, '')
  for (const s of d.spans) {
    const value = d.text.slice(s.start, s.end)
    const digits = value.replace(/\D/g, '')
    if (digits.length >= 7) expect(outDigits.includes(digits), `digits of ${s.type} left`).toBe(false)
    for (const w of value.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []) {
      // A kept year (date → year) or ZIP3 is the allowed generalisation, not a leak.
      if (/^\d{4}$/.test(w) && s.type === 'DATE') continue
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u')
      const others = d.text.slice(0, s.start) + ' ' + d.text.slice(s.end)
      // Only meaningful when the word does not also occur outside any span in the input.
      if (!re.test(others.toLowerCase()))
        expect(re.test(out.toLowerCase()), `${s.type} word "${w}" left in ${out}`).toBe(false)
    }
  }
}

describe('scrubText', () => {
  it('redacts and generalises per the default policy (redact mode)', () => {
    expect(scrubText('SSN is 623-18-4470, DOB 04/22/1961, zip 95207, she is 96').text).toBe(
      'SSN is [SSN], DOB [DATE:1961], zip [ZIP:952], she is [AGE:90PLUS]',
    )
  })
  it('uses 000 for the 17 restricted ZIP3 prefixes', () => {
    expect(scrubText('my zip is 05901').text).toBe('my zip is [ZIP:000]')
    expect(zip3('82301')).toBe('000')
    expect(zip3('95207-1234')).toBe('952')
  })
  it('keeps the year of a Spanish spoken date', () => {
    expect(scrubText('el doce de enero de mil novecientos setenta', { channel: 'voice' }).text).toBe('[DATE:1970]')
    expect(scrubText('desde marzo de dos mil cinco', { channel: 'voice' }).text).toBe('desde [DATE:2005]')
    expect(scrubText('nació en mil novecientos treinta y dos', { channel: 'voice' }).text).toBe(
      'nació en [DATE:AGE90PLUS]',
    )
  })
  it('joins a title and surname particles to the name', () => {
    expect(scrubText("it's doctor van der berg calling for maria", { channel: 'voice' }).text).toBe(
      "it's [NAME] calling for [NAME]",
    )
  })
  it('leaves the state in an address and what the address is for', () => {
    expect(scrubText('lives at 77 Oak Hollow Ln in Boise, ID 83702').text).toBe(
      'lives at [ADDRESS] in [LOCALITY], ID [ZIP:837]',
    )
    expect(scrubText('my home address: PO Box 122, Yreka, CA 96097').text).toBe(
      'my home address: [ADDRESS], [LOCALITY], CA [ZIP:960]',
    )
    expect(scrubText('Shipping address for the CGM sensors: PO Box 4471, Tucson, AZ 85717').text).toBe(
      'Shipping address for the CGM sensors: [ADDRESS], [LOCALITY], AZ [ZIP:857]',
    )
  })
  it('removes a user name read out with its separators and numbers', () => {
    const out = scrubText('my username is maria underscore l eighty two', { channel: 'voice' }).text
    expect(out).toMatch(/^my username is \[[A-Z]+\]$/)
  })
  it('reads "moved to" + a day or time as a schedule, not an address', () => {
    expect(scrubText('appt moved to Tues the 14th at 3').text).toBe('appt moved to [DATE] at 3')
    expect(scrubText('appt moved to 3pm').text).toBe('appt moved to 3pm')
  })
  it('never generalises a foreign postcode to its first group', () => {
    expect(zip3('394 13')).toBeUndefined()
    expect(zip3('9100')).toBeUndefined()
    expect(scrubText('ZIP: 394 13').text).toBe('ZIP: [ZIP]')
  })
  it('ends an address block at a line that is not part of it', () => {
    expect(scrubText('I live at 12 Main St.\nThanks so much\nsee you at 3').text).toBe(
      'I live at [ADDRESS].\nThanks so much\nsee you at 3',
    )
    expect(scrubText('Write to 5638 Aasa 43\nHumilimont, VD 7861\nPhone: none').text).toBe(
      'Write to [ADDRESS]\nPhone: none',
    )
  })
  it('drops the date to its year only when it has one', () => {
    expect(scrubText('appt on 3/14 or March 3rd 2024').text).toBe('appt on [DATE] or [DATE:2024]')
  })
  it('keeps the year of a date followed by a time', () => {
    expect(scrubText('the baby was born 11/02/25 at 3:14am').text).toBe('the baby was born [DATE:2025]')
  })
  it('collapses a birth year that implies 90 or over', () => {
    const year = new Date().getUTCFullYear() - 95
    expect(scrubText(`DOB 01/02/${year}`).text).toBe('DOB [DATE:AGE90PLUS]')
    expect(generalize({ start: 4, end: 8, type: 'DATE', source: 't', canonical: String(year) }, `dob ${year}`)).toBe(
      '[DATE:AGE90PLUS]',
    )
  })
  it('writes the 90-or-older category with no number of its own, so no value word can survive in the label', () => {
    const out = scrubText('ssn 523-89-4470, dob 04/02/1930, and her brother is 94', { channel: 'sms' }).text
    const words = new Set(out.match(/[\p{L}\p{N}]+/gu) ?? [])
    for (const w of ['523', '89', '4470', '94']) expect(words.has(w)).toBe(false)
    expect(out).toContain('[DATE:AGE90PLUS]')
    expect(out).toContain('[AGE:90PLUS]')
  })

  it('counts what it removed per type, never the values', () => {
    const r = scrubText('call 213-555-0178 or 213-555-0199, email a.b@c.com')
    expect(r.redactions).toEqual({ PHONE: 2, EMAIL: 1 })
    expect(JSON.stringify(r.redactions)).not.toContain('555')
  })
  it('removes a known name everywhere in the text', () => {
    expect(scrubText('zxqv said zxqv is fine', { knownNames: ['Zxqv'] }).text).toBe('[NAME] said [NAME] is fine')
  })
  it('labels streets and cities so the label never repeats a word of the value', () => {
    const out = scrubText('I moved to 1250 Elm Street, Salt Lake City, UT 84101').text
    expect(out).not.toMatch(/\bstreet\b|\bcity\b/i)
    expect(out).toContain('[ADDRESS]')
    expect(out).toContain('[ZIP:841]')
  })
  it('is idempotent', () => {
    const inputs = [
      'SSN is 623-18-4470, DOB 04/22/1961, zip 95207, she is 96',
      'call (213) 555-0178, mrn M00938271, https://x.io/a?b=1 from 98.207.14.6',
      'my zip is nine zero eight zero four and my number is four one five five five five oh one seven eight',
      'vivo en 2210 calle Olivo, Santa Ana, CA 92704',
    ]
    for (const text of inputs) {
      const once = scrubText(text, { channel: 'voice' }).text
      expect(scrubText(once, { channel: 'voice' }).text).toBe(once)
    }
  })
  it('reads placeholders as hard separators on a re-scrub', () => {
    for (const text of [
      'marzo john.doe@mail.com 1',
      'vivo en 2210 calle Olivo, para la visita en casa',
      'Login from 98.207.14.6 wasnt me',
    ]) {
      const once = scrubText(text).text
      expect(scrubText(once).text).toBe(once)
    }
  })
  it('never re-detects its own placeholders, but does not trust look-alikes with values', () => {
    expect(scrubText('[NAME] [PHONE:tok_abcdefghij0123456789] [DATE:1974] [AGE:90PLUS] [ZIP:952]').text).toBe(
      '[NAME] [PHONE:tok_abcdefghij0123456789] [DATE:1974] [AGE:90PLUS] [ZIP:952]',
    )
    expect(scrubText('[PHONE:213-555-0178]').text).not.toContain('555')
  })
})

describe('bad input', () => {
  it('reads words that are Object.prototype member names as plain words (no fail-closed redaction)', () => {
    const d = detect('Col. Crédito Constructor, toString valueOf __proto__ hasOwnProperty four five six seven', {
      channel: 'voice',
    })
    expect(d.failed).toBe(false)
    expect(scrubText('the constructor said one two three four').text).not.toBe('[REDACTED]')
  })
  it('handles empty and non-string input', () => {
    expect(scrubText('').text).toBe('')
    expect(scrubText(undefined as unknown as string).text).toBe('')
    expect(scrubText(42 as unknown as string).text).toBe('')
  })
  it('drops zero-width and bidi characters inside numbers and words', () => {
    expect(normalizeText('2\u200B1\u200C3-555\u200D-01\u206078\uFEFF')).toBe('213-555-0178')
    expect(normalizeText('\u202Ecall\u202C \u200Fme\u00AD')).toBe('call me')
    expect(scrubText('call 2\u200B13-5\u200E55-0178').text).toBe('call [PHONE]')
    expect(scrubText('ssn 623\u200B-18-4470').text).toBe('ssn [SSN]')
  })
  it('folds fullwidth and other-script digits, and Cyrillic look-alikes inside Latin words', () => {
    expect(normalizeText('２１３−５５５−０１７８')).toBe('213-555-0178')
    expect(normalizeText('٢١٣')).toBe('213')
    expect(normalizeText('jеnny@gmаil.com')).toBe('jenny@gmail.com')
    expect(scrubText('email jеnny@gmаil.com').text).toBe('email [EMAIL]')
  })
  it('reads an escape that folding makes, so a second scrub changes nothing', () => {
    // A Takri digit three after '%' folds to "%35", a percent-escaped 5 (found by the idempotence property).
    expect(normalizeText('%\u{116C3}5B')).toBe('5B')
    expect(normalizeText('%&#51;5')).toBe('5')
    const once = scrubText('call %\u{116C3}13-555-0178', { channel: 'sms' }).text
    expect(once).toBe('call [PHONE]')
    expect(scrubText(once, { channel: 'sms' }).text).toBe(once)
  })
  it('reads the casing of a text alike before and after a code in it becomes a placeholder', () => {
    // Found by the idempotence property: the letter of "0e" made the text read as mixed case the first time only.
    const once = scrubText('\u{10E80}A 0e \u00C0', { channel: 'sms' }).text
    expect(scrubText(once, { channel: 'sms' }).text).toBe(once)
  })
  it('survives 100 KB, emoji and mixed scripts', () => {
    const big = 'fever 101.4 😷 call 213-555-0178 مرحبا 你好 Ωmega '.repeat(2200).slice(0, 100_000)
    const r = scrubText(big, { channel: 'voice' })
    expect(r.text).not.toContain('555-0178')
    expect(r.text).toContain('😷')
    expect(r.redactions.PHONE).toBeGreaterThan(2000)
  }, 60_000)
  it('removes unbroken runs of 80+ characters whole and stays fast on pathological input', () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9' + 'x'.repeat(90)
    expect(scrubText(`key ${token} end`).text).toBe('key [OTHER] end')
    expect(scrubText(`see https://example.com/${'a'.repeat(100)} ok`).text).toBe('see [URL] ok')
    // biome-ignore format: packed list
    for (const text of ['a'.repeat(100_000), '1-'.repeat(50_000), 'a.'.repeat(40_000) + '@x.com', '1.'.repeat(50_000), 'Foo, CA '.repeat(12_000), 'one '.repeat(25_000),
      'four forty '.repeat(9_000), 'Via Roma '.repeat(11_000), '12 Main St\nAbc\n'.repeat(6_000), '1 '.repeat(50_000)]) {
      const out = scrubText(text, { channel: 'voice' }).text
      expect(typeof out).toBe('string')
    }
  }, 60_000)
  it('never throws and never returns a detected value (property)', () => {
    // biome-ignore format: packed list
    const pieces = [
      '213-555-0178', 'john.doe@mail.com', '04/22/1961', '623-18-4470', 'M00938271', '95207', '318 Birch Lane',
      'four one five five five five oh one seven eight', ' ', ', ', '\u200B', '\u202E', '😷', 'fever', '500mg', 'is 96',
      'https://a.co/x', '10.0.0.1', 'Calle 8', 'de', 'marzo', '15', 'the', 'ninth', 'z g p', 'ñ', 'Ω', '\n',
    ]
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string(), fc.string({ unit: 'binary', maxLength: 8 })), {
          maxLength: 12,
        }),
        (parts) => {
          const text = parts.join(' ')
          expect(() => scrubText(text, { channel: 'voice' })).not.toThrow()
          assertNoDetectedValueLeft(text, 'voice')
          const once = scrubText(text, { channel: 'voice' }).text
          expect(scrubText(once, { channel: 'voice' }).text).toBe(once)
        },
      ),
      { numRuns: 200, seed: 42 },
    )
  }, 120_000)
})

describe('speed shortcuts are exact', () => {
  it('longRuns finds exactly the matches of /\\S{80,}/g', () => {
    // biome-ignore format: packed list
    const units = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f',
      '\u205f', '\u3000', '\ufeff', '\u180e', '\u0085', '\u2063', 'a', '1', '😷', 'x'.repeat(40)]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(longRuns(text)).toEqual([...text.matchAll(/\S{80,}/g)].map((m) => [m.index, m.index + m[0].length]))
      }),
      { numRuns: 2000, seed: 7 },
    )
  })
  it('matchesOf yields what matchAll yields (empty matches, surrogate pairs, lastIndex left alone)', () => {
    const patterns = [/a*/g, /a*/gu, /(?:)/gu, /\p{L}+/gu, /(?<v>\d+)|x/dg, /[\s\S]/g, /(?<![\p{L}\p{N}])b?/giu]
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'B', '1', ' ', 'x', '😷', '\ud83d', '\ude37', 'ñ'), { maxLength: 12 }),
        fc.nat(4),
        (parts, start) => {
          const text = parts.join('')
          for (const re of patterns) {
            re.lastIndex = start
            const expected = [...text.matchAll(re)].map((m) => [m.index, m[0], m.groups?.v])
            expect(matchesOf(re, text).map((m) => [m.index, m[0], m.groups?.v])).toEqual(expected)
            expect(re.lastIndex).toBe(start)
          }
        },
      ),
      { numRuns: 1000, seed: 11 },
    )
    expect(() => matchesOf(/a/, 'a')).toThrow(TypeError)
  })
  it('matchesOf runs patterns that open with \\b without it and yields the same matches', () => {
    // biome-ignore format: packed list
    const patterns = [
      /\b(?:at|on|sk|st)\s+(?<v>\w+)/giu, /\b(?:at|on|sk|st)\s+(?<v>\w+)/gi, /\b(?:at|on)\b/g, /(?:\b(?:at|on|k)\s+)(?<v>[a-z]+)/giud,
      /(?:\b(?:at|on)|x)y/g, /\b(?:a|)/g, /\b(?:s|k)/giu, /\b(?:s|k)/gi,
    ]
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'at',
            'on',
            'sk',
            'st',
            'x',
            'y',
            'a',
            ' ',
            '_',
            '1',
            'ſ',
            '\u212a',
            'K',
            'S',
            '😷',
            '\n',
            'ato',
          ),
          { maxLength: 12 },
        ),
        (parts) => {
          const text = parts.join('')
          for (const re of patterns) {
            const shape = (ms: RegExpMatchArray[]) =>
              ms.map((m) => [m.index, m[0], m.groups?.v, (m as RegExpMatchArray & { indices?: unknown }).indices])
            expect(shape(matchesOf(re, text))).toEqual(shape([...text.matchAll(re)]))
          }
        },
      ),
      { numRuns: 3000, seed: 13 },
    )
  })
  it('wholeWordMatches finds what the propagation pattern found (order, overlaps, surrogate pairs, marks)', () => {
    const escapeRegExp = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const units = [
      'ana',
      'anna',
      'anna-maria',
      'maria',
      "o'neil",
      'ñ',
      'é',
      '\u0301',
      '𝐀',
      '😷',
      '\ud83d',
      '\ude37',
      '1',
      ' ',
      '-',
      "'",
      '.',
      'x',
      'Ana',
    ]
    const wordArb = fc.array(fc.constantFrom('ana', 'anna', 'anna-maria', 'maria', "o'neil", 'ñ', '𝐀na', 'x1', 'é'), {
      minLength: 1,
      maxLength: 4,
    })
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 14 }), wordArb, (parts, wordList) => {
        const text = parts.join('')
        const words = [...new Set(wordList)].sort((a, b) => b.length - a.length)
        const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
        expect(wholeWordMatches(text, words)).toEqual(
          [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]),
        )
      }),
      { numRuns: 5000, seed: 5 },
    )
  })
  it('chunkRanges finds exactly the matches of the identifier-chunk pattern', () => {
    const units = [
      'ab',
      'Z9',
      '12',
      '-',
      '_',
      '/',
      '.',
      '#',
      ':',
      '--',
      ' ',
      'ñ',
      '\u0301',
      '٣',
      '𝐀',
      '😷',
      '\ud83d',
      '\ude37',
      '@',
      'x',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 16 }), (parts) => {
        const text = parts.join('')
        expect(chunkRanges(text)).toEqual([...text.matchAll(CHUNK)].map((m) => [m.index, m.index + m[0].length]))
      }),
      { numRuns: 5000, seed: 17 },
    )
  })
  it('digitChunkRanges finds exactly the chunks that hold an ASCII digit', () => {
    // The scan skips to the blank before each digit: blanks of every kind, surrogates and separators around digits.
    const units = [
      'ab',
      '12',
      '7',
      '-',
      '.',
      '#',
      ':',
      ' ',
      '\t',
      '\n',
      '\u00a0',
      'ñ',
      '٣',
      '５',
      '😷',
      '\ud83d',
      '\ude37',
      'x',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 24 }), (parts) => {
        const text = parts.join('')
        expect(digitChunkRanges(text)).toEqual(
          chunkRanges(text).filter(([start, end]) => /[0-9]/.test(text.slice(start, end))),
        )
      }),
      { numRuns: 5000, seed: 23 },
    )
  })
  it('the spoken-number word split is exactly its pattern', () => {
    const units = [
      'ab',
      'z9',
      '12',
      "'",
      '’',
      "''",
      ' ',
      '-',
      'ñ',
      '\u0301',
      '٣',
      '𝐀',
      '😷',
      '\ud83d',
      '\ude37',
      'x',
      "o'",
      "'s",
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 16 }), (parts) => {
        const text = parts.join('')
        expect(spokenWords(text)).toEqual(
          [...text.matchAll(SPOKEN_WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, w: m[0] })),
        )
      }),
      { numRuns: 5000, seed: 19 },
    )
  })
  it('the compound-street gate answers exactly as its pattern', () => {
    const pattern = new RegExp(`(?:${COMPOUND_ENDINGS.map((e) => e.replace('.', '\\.')).join('|')})\\s+\\d`, 'u')
    expect(COMPOUND_ENDINGS).toContain('str.')
    expect(COMPOUND_ENDINGS).toContain('straße')
    const units = [
      'str.',
      'str',
      'straße',
      'gade',
      'tie',
      'weg',
      'x',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u3000',
      '4',
      '12',
      '.',
      'a',
      '😷',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 10 }), (parts) => {
        const text = parts.join('')
        expect(endsBeforeSpacedDigit(text)).toBe(pattern.test(text))
      }),
      { numRuns: 5000, seed: 3 },
    )
  })
  it('a detection cache shared by one event changes no result, whatever names are known', () => {
    // biome-ignore format: packed list
    const texts = [
      'hi its maria lopez dob 03/14/1962, call 415-555-0123', 'Dr. Esther Kaplan said Noah is fine', 'my son jake can drive me',
      'Our address changed to 2201 Sunset Blvd Apt 12, Los Angeles, CA 90026', '[NAME] called from [PHONE] about maria', '',
    ]
    const cache = createDetectCache()
    for (const names of [[], ['jake'], ['maria', 'kaplan', 'noah']]) {
      for (const text of texts) {
        for (const channel of ['sms', 'voice'] as const) {
          expect(detect(text, { channel, knownNames: names, cache })).toEqual(
            detect(text, { channel, knownNames: names }),
          )
        }
      }
    }
    expect(cache.size).toBe((texts.length - 1) * 2)
  })
})
