/**
 * `application/x-www-form-urlencoded` bodies as Twilio sends them, parsed from the raw text.
 * Every occurrence of every key is kept in order (Hono's parseBody keeps only the last one), because the
 * signature covers all of them and a repeated single-valued field must be refused, not silently picked.
 */
import { err, ok, type Result } from '../result'

/** One decoded `name=value` pair. */
export type FormPair = readonly [name: string, value: string]

/** All pairs of a form body, in the order received. */
export type FormPairs = readonly FormPair[]

/**
 * Fields Twilio legitimately repeats (Conversations Group MMS bindings). Every other field is single-valued:
 * twilio's signer de-duplicates repeated values, so `Body=x&Body=x` would verify against the signature of
 * `Body=x`; refusing repeats closes that gap.
 */
export const REPEATABLE_FIELDS: ReadonlySet<string> = new Set(['MessagingBinding.Address'])

const BAD_ESCAPE = /%(?![0-9a-fA-F]{2})/

/** Parses a form body; a bad `%` escape, invalid UTF-8 after decoding or a nameless pair is malformed. */
export function parseForm(raw: string): Result<FormPairs, 'malformed-form'> {
  const pairs: FormPair[] = []
  if (raw === '') return ok(pairs)
  for (const part of raw.split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const rawName = eq === -1 ? part : part.slice(0, eq)
    const rawValue = eq === -1 ? '' : part.slice(eq + 1)
    const name = decodeComponent(rawName)
    const value = decodeComponent(rawValue)
    if (name === null || value === null || name === '') return err('malformed-form')
    pairs.push([name, value])
  }
  return ok(pairs)
}

function decodeComponent(raw: string): string | null {
  if (BAD_ESCAPE.test(raw)) return null
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '))
  } catch {
    return null // invalid UTF-8 behind the escapes
  }
}

/** The name of the first single-valued field that appears more than once, if any. */
export function findDuplicateField(pairs: FormPairs): string | undefined {
  const seen = new Set<string>()
  for (const [name] of pairs) {
    if (seen.has(name) && !REPEATABLE_FIELDS.has(name)) return name
    seen.add(name)
  }
  return undefined
}

/** The value of a single-valued field, or undefined when absent. */
export function formValue(pairs: FormPairs, name: string): string | undefined {
  for (const [n, v] of pairs) if (n === name) return v
  return undefined
}
