/**
 * A day and a month written as digits with a full stop and no year, the way Russian, French, Spanish, Portuguese,
 * Vietnamese and Arabic writers date a visit ("перенести приём с 22.10", "le rendez-vous du 22.10", "el 22.10"). Alone
 * such a pair reads as a decimal, so it counts only right after a word of the tables that puts a date there
 * (`numericDateBefore`), when the two numbers make a day and a month in that order, and never as a time or a reading:
 * not before a unit, an hour word or a time of day, not after a lab value's name, not inside a range whose other end is
 * a clock time ("с 8.10 до 9.45").
 */
import { languages } from '../languages'
import type { Detector, Span } from './types'

const DOTTED = /(?<![\p{L}\p{N}.,:/])(\d{1,2})\.(\d{2})(?![\p{N}]|[.,:/]\p{N})/gu
const WORD_BEFORE = /([\p{L}]+)[ \t]+$/u
// A unit, an hour word or a percent after the number: a reading or a clock time.
const READING_AFTER =
  /^[ \t]*(?:%|°|mg|ml|mm|kg|lb|g\b|ч\b|час|мг|мл|ммоль|кг|h\b|heures?|hs?\b|horas?|hrs?|giờ|am\b|pm\b|ساعة|units?|mmol|mcg|µg)/iu
// The other end of a range: a time whose minutes are past 12 shows both ends are clock times.
const RANGE_AFTER = /^[ \t]*(?:-|–|до|по|à|a|au|hasta|até|đến|to)[ \t]*\d{1,2}[.:](\d{2})(?!\p{N})/u
const RANGE_BEFORE = /\d{1,2}[.:](\d{2})[ \t]*(?:-|–|до|по|à|a|au|hasta|até|đến|to)[ \t]*$/u

/** Whether day.month names a day of the calendar (every language of `numericDateBefore` writes the day first). */
function calendarDay(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

// A time of day after the number ("к 9.15 утра", "le 10.30 du matin"): a clock time.
const DAYTIME_AFTER =
  /^[ \t]*(?:утра|вечера|дня|ночи|du matin|du soir|de l'après-midi|de la mañana|de la tarde|de la noche|da manhã|da tarde|da noite|sáng|chiều|tối|nan maten|nan aswè|الصبح|الصباح|المساء)/iu
// A lab value or reading named just before ("el inr del 2.10", "гемоглобин упал до 10.20").
const READING_BEFORE =
  /(?:a1c|inr|gluc|glic|glyc|hemoglobin|hémoglobine|гемоглобин|сахар|глюкоз|đường huyết|sik|azúcar|açúcar|potasio|potássio|creatin|tsh|psa|вес|peso|poids)[\p{L}]*(?:[ \t]+[\p{L}]+){0,4}[ \t]+$/iu

const clockMinutes = (m: RegExpExecArray | null): boolean => m !== null && Number(m[1]) > 12

/** Finds dotted day-and-month pairs after a date word of the tables as DATE spans. */
export const detectDottedDates: Detector = ({ text, lower }) => {
  const out: Span[] = []
  if (!text.includes('.')) return out
  const before = languages().numericDateBefore
  for (const m of lower.matchAll(DOTTED)) {
    const start = m.index
    const end = start + m[0].length
    const word = WORD_BEFORE.exec(lower.slice(Math.max(0, start - 24), start))?.[1]
    if (word === undefined || !before.has(word)) continue
    if (!calendarDay(Number(m[1]), Number(m[2]))) continue
    const after = lower.slice(end, end + 24)
    if (READING_AFTER.test(after) || DAYTIME_AFTER.test(after)) continue
    if (READING_BEFORE.test(lower.slice(Math.max(0, start - 48), start))) continue
    if (
      clockMinutes(RANGE_AFTER.exec(after)) ||
      clockMinutes(RANGE_BEFORE.exec(lower.slice(Math.max(0, start - 24), start)))
    )
      continue
    out.push({ start, end, type: 'DATE', source: 'date:dotted' })
  }
  return out
}
