/**
 * The `purpose` of an admin call: one of the configured reason codes (ADMIN_PURPOSES), never free text, because it is
 * logged and audited and a sentence or a reference could carry a name, a phone number or a date.
 */
import type { Config } from '../config'

/** The caller's `purpose` when it is one of the configured codes, else undefined. */
export function purposeOf(config: Pick<Config, 'admin'>, raw: unknown): string | undefined {
  return typeof raw === 'string' && config.admin.purposes.has(raw) ? raw : undefined
}

/** What a valid purpose is, for a refusal's detail: the configured codes, never what the caller sent. */
export function purposeRule(config: Pick<Config, 'admin'>): string {
  return `one of the configured codes (ADMIN_PURPOSES): ${[...config.admin.purposes].join(', ')}`
}

/** The refusal detail of a missing or unknown purpose, where it is required or optional. */
export function purposeDetail(config: Pick<Config, 'admin'>, required: boolean): string {
  return required ? `purpose is required: ${purposeRule(config)}` : `purpose must be ${purposeRule(config)}`
}
