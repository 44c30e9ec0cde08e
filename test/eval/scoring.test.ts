import { describe, expect, it } from 'vitest'
import {
  leaked,
  mapPresidioSpan,
  nonPhiWords,
  parseConll,
  parseLabelledCorpus,
  parseMarkedText,
  presidioMessages,
  scoreMessage,
  scoreWnutSentence,
  spokenTokens,
  allWords,
  utility,
  emptyScore,
  addResult,
  recall,
  placeWords,
} from '../../scripts/eval-lib.ts'

describe('parseMarkedText', () => {
  it('returns the plain text and the spans of each marker', () => {
    const { text, spans } = parseMarkedText('hi its [NAME:danielle], call [PHONE:(213) 555-0178]')
    expect(text).toBe('hi its danielle, call (213) 555-0178')
    expect(spans).toEqual([
      { type: 'NAME', value: 'danielle', start: 7, end: 15 },
      { type: 'PHONE', value: '(213) 555-0178', start: 22, end: 36 },
    ])
  })

  it('rejects unknown types and empty values', () => {
    expect(() => parseMarkedText('[PERSON:bob]')).toThrow('unknown label type PERSON')
    expect(() => parseMarkedText('[NAME: ]')).toThrow('empty NAME value')
  })
})

describe('parseLabelledCorpus', () => {
  it('skips comments, tracks # lang tags and reports the line of a bad line', () => {
    const corpus = '# header\nsms\tok\n# lang: es\nvoice\tsoy [NAME:lupe]\n'
    const messages = parseLabelledCorpus(corpus, 'c')
    expect(messages.map((m) => [m.ref, m.channel, m.lang, m.text])).toEqual([
      ['c:2', 'sms', undefined, 'ok'],
      ['c:4', 'voice', 'es', 'soy lupe'],
    ])
    expect(() => parseLabelledCorpus('sms ok no tab', 'c')).toThrow('c:1: expected channel<TAB>text')
    expect(() => parseLabelledCorpus('sms\t[FOO:x]', 'c')).toThrow('c:1: unknown label type FOO')
  })
})

describe('leak by word', () => {
  it('leaks when any 2+ character word of the value remains, case-insensitively', () => {
    expect(leaked('NAME', 'Rick Alvarez', 'thx [NAME] ALVAREZ')).toBe(true)
    expect(leaked('NAME', 'Rick Alvarez', 'thx [NAME]')).toBe(false)
  })

  it('matches whole words only', () => {
    expect(leaked('NAME', 'Ava', 'my daughter [NAME] has pink eye, available?')).toBe(false)
    expect(leaked('NAME', 'Ava', 'my daughter ava.')).toBe(true)
  })

  it('ignores one-character words', () => {
    expect(leaked('NAME', "O'Brien", 'call o [NAME]')).toBe(false)
    expect(leaked('NAME', "O'Brien", "call O'Brien")).toBe(true)
  })

  it('sees through zero-width characters, full-width forms and accents', () => {
    expect(leaked('NAME', 'Maria', 'this is Ma\u200Bria')).toBe(true)
    expect(leaked('PHONE', '415 555 0178', 'call \uFF14\uFF11\uFF15 [PHONE]')).toBe(true)
    expect(leaked('NAME', 'Siobhán', 'its SIOBHÁN')).toBe(true)
    expect(leaked('NAME', 'Siobhán', 'its Siobhan')).toBe(false)
  })

  it('does not require function words of a value to vanish from the whole text', () => {
    expect(leaked('DATE', 'the ninth', 'pain started on [DATE] after the fall')).toBe(false)
    expect(leaked('DATE', '15 de marzo', 'la cita de [DATE]')).toBe(false)
    expect(leaked('NAME', 'Carmen de la Cruz', 'soy [NAME], de la clínica')).toBe(false)
  })

  it('keeps titles inside a name span as part of the value', () => {
    expect(leaked('NAME', 'Dr. Esther Kaplan', 'send to Dr. [NAME]')).toBe(true)
  })
})

describe('leak by digits', () => {
  it('finds 7+ digits of the value across separators', () => {
    expect(leaked('SSN', '623-18-4470', 'ssn is 62318 4470')).toBe(true)
    expect(leaked('PHONE', '(213) 555-0178', 'call 2135550178')).toBe(true)
    expect(leaked('PHONE', '(213) 555-0178', 'call 213.555.01-78')).toBe(true)
  })

  it('finds any 7 digits in a row of the value', () => {
    expect(leaked('PHONE', '+1 (213) 555-0178', 'call ***5550178')).toBe(true)
    expect(leaked('PHONE', '2135550178', 'call 213555 [PHONE]')).toBe(false)
    expect(leaked('PHONE', '2135550178', 'call 2135550')).toBe(true)
  })

  it('does not use the digit rule for values with fewer than 7 digits', () => {
    expect(leaked('ZIP', '95207', 'zip 9520 7')).toBe(false)
  })
})

describe('year exemption', () => {
  it('lets the 4-digit year of a date stay', () => {
    expect(leaked('DATE', '09/30/1974', 'my DOB is 1974')).toBe(false)
    expect(leaked('DATE', '09/30/1974', 'my DOB is 09/1974')).toBe(true)
    expect(leaked('DATE', 'March 3rd, 1982', 'born [DATE] 1982')).toBe(false)
  })

  it('applies to dates only and to years 1900-2099 only', () => {
    expect(leaked('ACCOUNT', 'INV-2023-0088', 'invoice 2023')).toBe(true)
    expect(leaked('DATE', '1850', 'in 1850')).toBe(true)
  })

  it('applies to spoken years', () => {
    expect(leaked('DATE', 'june sixth nineteen eighty', 'born in 1980')).toBe(false)
    expect(leaked('DATE', 'june sixth nineteen eighty', 'born in june')).toBe(true)
    expect(leaked('DATE', 'el doce de enero de mil novecientos setenta', 'nació en 1970')).toBe(false)
  })
})

describe('spoken values', () => {
  it('reads spoken digits, tens, years and spelled letters as what they spell', () => {
    const t = (s: string): string[] => spokenTokens(allWords(s)).map((x) => x.text)
    expect(t('four one five five five five oh one seven eight')).toEqual(['4155550178'])
    expect(t('oh one seventy eight')).toEqual(['0178'])
    expect(t('nineteen eighty two')).toEqual(['1982'])
    expect(t('two thousand and five')).toEqual(['2005'])
    expect(t('ochenta y dos')).toEqual(['82'])
    expect(t('novecientos veinte calle roble')).toEqual(['920', 'calle', 'roble'])
    expect(t('double five')).toEqual(['55'])
    expect(t('a hundred and one')).toEqual(['101'])
    expect(t('fourteen hundred elm')).toEqual(['1400', 'elm'])
    expect(t('k o w a l s k i')).toEqual(['kowalski'])
    expect(t('z g p four four nine')).toEqual(['zgp', '449'])
    expect(t('b seven o five')).toEqual(['b', '705'])
    expect(t('once a day oh well')).toEqual(['once', 'a', 'day', 'oh', 'well'])
  })

  it('reads digit words of other languages as digits only in runs of four or more', () => {
    const t = (s: string): string[] => spokenTokens(allWords(s)).map((x) => x.text)
    expect(t('số không chín một năm hai')).toEqual(['số', '09152'])
    expect(t('nimewo m se twa senk kat de')).toEqual(['nimewo', 'm', 'se', '3542'])
    expect(t('ноль девять один пять')).toEqual(['0915'])
    expect(t('dois três cinco cinco')).toEqual(['2355'])
    expect(t('elle a deux trois jours')).toEqual(['elle', 'a', 'deux', 'trois', 'jours'])
    expect(t('tres de mayo')).toEqual(['3', 'de', 'mayo'])
    expect(t('năm hai ngàn')).toEqual(['năm', 'hai', 'ngàn'])
  })

  it('does not count a stray digit word of another language as the spoken value', () => {
    expect(leaked('PHONE', 'chín một năm năm năm năm không một', 'gọi [PHONE] năm giờ')).toBe(false)
    expect(leaked('PHONE', 'chín một năm năm năm năm không một', 'gọi 915-5550-1')).toBe(true)
  })

  it('leaks when the spoken digits appear in the output as digits', () => {
    expect(leaked('PHONE', 'four one five five five five oh one', 'call 415-555-01')).toBe(true)
  })

  it('leaks when the spoken words themselves remain', () => {
    expect(
      leaked('PHONE', 'four one five five five five oh one', 'my number is four one five five five five oh one'),
    ).toBe(true)
    expect(leaked('NAME', 'k o w a l s k i', 'last name k o w a l s k i')).toBe(true)
    expect(leaked('NAME', 'k o w a l s k i', 'last name Kowalski')).toBe(true)
    expect(leaked('NAME', 'Kowalski', 'last name k-o-w-a-l-s-k-i')).toBe(true)
  })

  it('does not count stray number words elsewhere in the output as the spoken value', () => {
    expect(leaked('PHONE', 'four one five five five five oh one', 'call [PHONE] in five minutes')).toBe(false)
    expect(leaked('EMAIL', 'jenny dot wu at gmail dot com', 'email [EMAIL] at noon')).toBe(false)
    expect(leaked('EMAIL', 'jenny dot wu at gmail dot com', 'email jenny [EMAIL]')).toBe(true)
  })

  it('counts a spoken age by its number', () => {
    expect(leaked('AGE', 'ninety one', 'he is 91')).toBe(true)
    expect(leaked('AGE', 'ninety one', 'he is 90+')).toBe(false)
  })
})

describe('scripts written without spaces (Chinese) or with attached particles (Korean)', () => {
  it('matches a value as a substring of the output', () => {
    expect(leaked('NAME', '王小明', '我是王小明，我发烧了')).toBe(true)
    expect(leaked('NAME', '王小明', '我是[NAME]，我发烧了')).toBe(false)
    expect(leaked('NAME', '김민수', '안녕하세요 김민수입니다')).toBe(true)
    expect(leaked('NAME', '김민수', '안녕하세요 [NAME]입니다')).toBe(false)
  })

  it('reads digits glued to a dense script as a word of their own', () => {
    expect(leaked('AGE', '92', '我奶奶92岁了')).toBe(true)
    expect(leaked('AGE', '91', '올해 91세예요')).toBe(true)
    expect(leaked('AGE', '92', '我奶奶[AGE:90PLUS]岁了')).toBe(false)
  })

  it('counts a given name kept alone as a leak of a three-character name, not a lone family name', () => {
    expect(leaked('NAME', '王小明', '小明发烧了')).toBe(true)
    expect(leaked('NAME', '王小明', '王[NAME]发烧了')).toBe(false)
  })

  it('matches the Latin part of a name written onto a dense script as a whole word, not by letter pairs', () => {
    // Session 24: "am" of "Raman" used to match inside the placeholder "[NAME]".
    expect(leaked('NAME', 'Raman医生', '[NAME]会看他')).toBe(false)
    expect(leaked('NAME', 'Raman医生', '[NAME]医生会看他')).toBe(true)
    expect(leaked('NAME', 'Raman医生', 'Raman医生会看他')).toBe(true)
    expect(leaked('NAME', 'Grace에게', 'Grace에게 전해 주세요')).toBe(true)
  })

  it('reads a date by its number-and-marker parts and lets the year alone stay', () => {
    expect(leaked('DATE', '12월 3일', '12월 3일에 예약했어요')).toBe(true)
    expect(leaked('DATE', '12월 3일', '[DATE]에 예약했어요')).toBe(false)
    expect(leaked('DATE', '1958年3月14日', '我出生于1958年[DATE]')).toBe(false)
    expect(leaked('DATE', '1958年3月14日', '我出生于1958年3月[DATE]')).toBe(true)
  })

  it('counts Han characters one by one for utility', () => {
    const message = { text: '我头疼三天了', spans: [] }
    expect(nonPhiWords(message)).toEqual(['我', '头', '疼', '三', '天', '了'])
    expect(scoreMessage(message, '我头疼[OTHER]天了').kept).toBe(5)
  })
})

describe('utility', () => {
  it('is the share of non-PHI words (2+ chars) of the input still in the output', () => {
    const { text, spans } = parseMarkedText('fever 101.4 took ibuprofen 400mg at noon thx [NAME:Rick]')
    expect(nonPhiWords({ text, spans })).toEqual(['fever', '101', 'took', 'ibuprofen', '400mg', 'at', 'noon', 'thx'])
    const r = scoreMessage({ text, spans }, 'fever 101.4 took [DRUG] 400mg at noon thx [NAME]')
    expect([r.nonPhi, r.kept]).toEqual([8, 7])
    expect(r.values).toEqual([{ type: 'NAME', value: 'Rick', leak: null, literalLeak: false }])
  })

  it('counts each output word once', () => {
    const { text, spans } = parseMarkedText('pain pain pain')
    expect(scoreMessage({ text, spans }, 'pain').kept).toBe(1)
  })

  it('aggregates recall and utility over messages', () => {
    const score = emptyScore()
    const m1 = parseMarkedText('call [PHONE:424 555 0101] today')
    const m2 = parseMarkedText('hi [NAME:Nick] ok')
    addResult(score, { channel: 'sms' }, scoreMessage(m1, 'call [PHONE] today'))
    addResult(score, { channel: 'voice', lang: 'es' }, scoreMessage(m2, 'hi Nick'))
    expect(score.values).toEqual({ total: 2, leaked: 1 })
    expect(recall(score.values)).toBe(0.5)
    expect(score.byChannel).toEqual({ sms: { total: 1, leaked: 0 }, voice: { total: 1, leaked: 1 } })
    expect(score.byLang).toEqual({ en: { total: 1, leaked: 0 }, es: { total: 1, leaked: 1 } })
    expect(utility(score)).toBe(3 / 4)
  })
})

describe('external data sets', () => {
  it('maps Presidio labels to ours and drops what is not PHI', () => {
    expect(mapPresidioSpan('PERSON', 'Jane Doe')).toBe('NAME')
    expect(mapPresidioSpan('GPE', 'Fresno')).toBe('CITY')
    expect(mapPresidioSpan('GPE', 'Czech Republic')).toBeNull()
    expect(mapPresidioSpan('GPE', 'California')).toBeNull()
    expect(mapPresidioSpan('AGE', '43')).toBeNull()
    expect(mapPresidioSpan('AGE', '93')).toBe('AGE')
    expect(mapPresidioSpan('DATE_TIME', '2014')).toBeNull()
    expect(mapPresidioSpan('DATE_TIME', 'Thursday')).toBeNull()
    expect(mapPresidioSpan('DATE_TIME', '2/10/1985')).toBe('DATE')
    expect(mapPresidioSpan('ORGANIZATION', 'Persint')).toBeNull()
    expect(mapPresidioSpan('IBAN_CODE', 'GB78FDMR12277801695645')).toBe('ACCOUNT')
  })

  it('lets the state or country at the end of an address stay', () => {
    expect(placeWords('6750 Koskikatu 25\nArtilleros\n, CO\n Uruguay 64677')).toEqual(['co', 'uruguay'])
    expect(placeWords('12 Main St, in Plano')).toEqual([])
    const [m] = presidioMessages([
      {
        full_text: 'at 5 Elm St, Austin, TX, United States',
        spans: [
          {
            entity_type: 'STREET_ADDRESS',
            entity_value: '5 Elm St, Austin, TX, United States',
            start_position: 3,
            end_position: 38,
          },
        ],
      },
    ])
    expect(scoreMessage(m!, 'at [STREET], TX, United States').values[0]?.leak).toBeNull()
    expect(scoreMessage(m!, 'at [STREET] Austin').values[0]?.leak).toEqual({ by: 'word', what: 'austin' })
  })

  it('lets the time of day of a Presidio timestamp stay, not its day', () => {
    const [m] = presidioMessages([
      {
        full_text: 'When: 2000-04-16 11:34:35',
        spans: [{ entity_type: 'DATE_TIME', entity_value: '2000-04-16 11:34:35', start_position: 6, end_position: 25 }],
      },
    ])
    expect(scoreMessage(m!, 'When: 2000 11:34:35').values[0]?.leak).toBeNull()
    expect(scoreMessage(m!, 'When: 2000-04 11:34:35').values[0]?.leak).toEqual({ by: 'word', what: '04' })
  })

  it('scores WNUT person tokens as whole words after scrubbing', () => {
    const [s] = parseConll('hey\tO\njake\tB-person\nmiller\tI-person\nJ\tI-person\n!\tO\n\n')
    expect(s).toEqual({ tokens: ['hey', 'jake', 'miller', 'J', '!'], person: [false, true, true, true, false] })
    expect(scoreWnutSentence(s!, 'hey [NAME] Miller J !')).toEqual({ total: 2, leaked: 1, leakedTokens: ['miller'] })
  })
})
