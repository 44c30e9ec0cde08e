/**
 * The street a shop or pharmacy is named by ("the walgreens on lawndale", "la de walgreens en la Independence", "the
 * CVS on Lawndale Dr."): after an organisation found already, "on" (or Spanish "en la" / "de la") and a word that
 * names a street (a street type after it, written capitalised, or no dictionary word) is which branch, and the
 * branch's street says where the patient lives or goes (a resolved pass); never what "on" says of a shop's time or
 * phone ("on hold", "on sunday").
 */
import { languages } from '../languages'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { isNumberWord } from '../spoken'
import { STREET_TYPE_AFTER, WORD_AT, namesStreet } from './intersections'
import type { Span } from './types'

// What "on" says of a shop besides its street ("on hold", "on sale", "on the phone": "the" ends the reading).
// biome-ignore format: packed list
const ON_IDIOMS: ReadonlySet<string> = new Set([
  'hold', 'sale', 'time', 'call', 'duty', 'break', 'vacation', 'holiday', 'holidays', 'file', 'record', 'line',
  'site', 'top', 'schedule', 'order', 'backorder', 'back', 'weekends', 'weekdays', 'weekend', 'today', 'tomorrow',
  'tonight', 'board', 'track', 'fire', 'speaker', 'insurance', 'medicaid', 'medicare', 'auto', 'autorefill',
  'refill', 'point', 'standby', 'it', 'there', 'here', 'now', 'busy', 'business', 'days', 'nights', 'mornings',
  'evenings', 'day', 'night', 'staff', 'shift', 'lunch', 'appointment', 'appointments', 'demand', 'purpose', 'leave',
  'strike', 'lockdown', 'delivery', 'mail', 'hand', 'behalf', 'disability', 'wheels', 'crutches',
])
const OPENERS = /^[ \t]+(?:on|en la|de la)[ \t]+/iu

/** The streets named right after a found organisation, as STREET spans. */
export function storeStreets(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  const lang = languages()
  const cased = text !== text.toLowerCase() && text !== text.toUpperCase()
  for (const s of spans) {
    if (s.type !== 'OTHER') continue
    const after = text.slice(s.end, s.end + 80)
    const opener = OPENERS.exec(after)
    if (!opener) continue
    const start = s.end + opener[0].length
    const word = WORD_AT.exec(text.slice(start, start + 40))
    if (!word) continue
    const w = word[1]!.toLowerCase()
    if (isFunctionWordOfAnyLanguage(w) || isNumberWord(w) || ON_IDIOMS.has(w)) continue
    if (lang.months.has(w) || lang.weekdays.has(w) || lang.numbers.has(w)) continue
    let end = start + word[1]!.length
    const type = STREET_TYPE_AFTER.exec(text.slice(end, end + 16))
    // "on light duty", "en la mañana", "on ozempic": only a street's type after the word, or a word that names (written
    // capitalised, or no dictionary word) makes it the branch's street.
    if (!type && !namesStreet(word[1]!, cased)) continue
    if (type) end += type[0].replace(/\.$/, '').length
    out.push({ start, end, type: 'STREET', source: 'street:store' })
  }
  return out
}
