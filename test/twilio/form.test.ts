import { describe, expect, it } from 'vitest'
import { findDuplicateField, formValue, parseForm } from '../../src/twilio/form'

describe('parseForm', () => {
  it('decodes + as space and percent escapes, keeping every pair in order', () => {
    const parsed = parseForm(
      'From=%2B15551230000&Body=Hi+there%21+%F0%9F%98%80&MessagingBinding.Address=a&MessagingBinding.Address=b&Empty=',
    )
    expect(parsed).toEqual({
      ok: true,
      value: [
        ['From', '+15551230000'],
        ['Body', 'Hi there! 😀'],
        ['MessagingBinding.Address', 'a'],
        ['MessagingBinding.Address', 'b'],
        ['Empty', ''],
      ],
    })
  })

  it('keeps leading and trailing whitespace (trimming breaks signatures)', () => {
    expect(parseForm('Body=+hi+')).toEqual({ ok: true, value: [['Body', ' hi ']] })
  })

  it('accepts an empty body and skips empty segments', () => {
    expect(parseForm('')).toEqual({ ok: true, value: [] })
    expect(parseForm('a=1&&b=2&')).toEqual({
      ok: true,
      value: [
        ['a', '1'],
        ['b', '2'],
      ],
    })
    expect(parseForm('flag')).toEqual({ ok: true, value: [['flag', '']] })
  })

  it.each(['Body=%ZZ', 'Body=100%', 'Body=%E0%A4%A', 'Body=%C3%28', '=value', '%FF=1'])(
    'refuses %s as malformed',
    (raw) => {
      expect(parseForm(raw)).toEqual({ ok: false, error: 'malformed-form' })
    },
  )
})

describe('duplicates', () => {
  it('names the first repeated single-valued field', () => {
    expect(
      findDuplicateField([
        ['Body', 'x'],
        ['From', 'y'],
        ['Body', 'x'],
      ]),
    ).toBe('Body')
    expect(
      findDuplicateField([
        ['To', 'a'],
        ['To', 'b'],
      ]),
    ).toBe('To')
  })

  it('allows the fields Twilio legitimately repeats', () => {
    expect(
      findDuplicateField([
        ['MessagingBinding.Address', 'a'],
        ['MessagingBinding.Address', 'b'],
      ]),
    ).toBeUndefined()
  })

  it('formValue returns the value of a field or undefined', () => {
    expect(
      formValue(
        [
          ['A', '1'],
          ['B', ''],
        ],
        'B',
      ),
    ).toBe('')
    expect(formValue([['A', '1']], 'C')).toBeUndefined()
  })
})
