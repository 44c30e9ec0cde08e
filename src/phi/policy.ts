/** What to do with each kind of PHI, and how metadata outside the known buckets is treated. */
import { PHI_TYPES, type PhiType } from './types'

/** Per-type transformation: a reversible token, a typed placeholder, or a Safe Harbor generalisation. */
export type PhiAction = 'tokenize' | 'redact' | 'generalize'

/** The engine's policy. */
export interface PhiPolicy {
  /** Action per PHI type. `generalize` applies to DATE (year), AGE (90+) and ZIP (ZIP3); other types redact. */
  readonly actions: Readonly<Record<PhiType, PhiAction>>
  /** Fields ingest could not classify: dropped (default) or scrubbed as free text. */
  readonly unknownFields: 'drop' | 'scrub'
  /** Location ZIP metadata (FromZip, CallerZip, ...): ZIP3 (or 000) or dropped. */
  readonly locationZip: 'zip3' | 'drop'
  /** JSON attributes deeper or larger than this are replaced by `[REDACTED]` (fail closed). */
  readonly maxAttributeDepth: number
  readonly maxAttributeNodes: number
}

/** The documented default policy (see docs/phi-engine.md). */
export const DEFAULT_POLICY: PhiPolicy = Object.freeze({
  // biome-ignore format: packed list
  actions: Object.freeze({
    NAME: 'tokenize', PHONE: 'tokenize', FAX: 'tokenize', EMAIL: 'tokenize', STREET: 'tokenize', CITY: 'tokenize',
    ZIP: 'generalize', DATE: 'generalize', AGE: 'generalize', SSN: 'redact', MRN: 'tokenize', HEALTHPLAN: 'tokenize',
    ACCOUNT: 'tokenize', LICENSE: 'tokenize', VEHICLE: 'tokenize', DEVICE: 'tokenize', URL: 'tokenize', IP: 'tokenize',
    OTHER: 'tokenize',
  }) as Record<PhiType, PhiAction>,
  unknownFields: 'drop',
  locationZip: 'zip3',
  maxAttributeDepth: 8,
  maxAttributeNodes: 2000,
}) as PhiPolicy

const ACTIONS = new Set<PhiAction>(['tokenize', 'redact', 'generalize'])

/**
 * Builds a policy from a JSON-like override object (PHI_POLICY), on top of the default.
 * Returns a problem description (never echoing values) when the override is invalid.
 */
export function policyFromOverrides(input: unknown): { ok: true; policy: PhiPolicy } | { ok: false; problem: string } {
  if (input === undefined || input === null) return { ok: true, policy: DEFAULT_POLICY }
  if (typeof input !== 'object' || Array.isArray(input)) return { ok: false, problem: 'must be a JSON object' }
  const o = input as Record<string, unknown>
  for (const key of Object.keys(o)) {
    if (!['actions', 'unknownFields', 'locationZip', 'maxAttributeDepth', 'maxAttributeNodes'].includes(key))
      return { ok: false, problem: 'has an unknown key' }
  }
  const actions: Record<PhiType, PhiAction> = { ...DEFAULT_POLICY.actions }
  if (o.actions !== undefined) {
    if (typeof o.actions !== 'object' || o.actions === null || Array.isArray(o.actions))
      return { ok: false, problem: 'actions must be an object' }
    for (const [type, action] of Object.entries(o.actions as Record<string, unknown>)) {
      if (!(PHI_TYPES as readonly string[]).includes(type))
        return { ok: false, problem: 'actions has an unknown PHI type' }
      if (typeof action !== 'string' || !ACTIONS.has(action as PhiAction))
        return { ok: false, problem: 'actions values must be tokenize, redact or generalize' }
      actions[type as PhiType] = action as PhiAction
    }
  }
  const unknownFields = o.unknownFields ?? DEFAULT_POLICY.unknownFields
  if (unknownFields !== 'drop' && unknownFields !== 'scrub')
    return { ok: false, problem: 'unknownFields must be drop or scrub' }
  const locationZip = o.locationZip ?? DEFAULT_POLICY.locationZip
  if (locationZip !== 'zip3' && locationZip !== 'drop')
    return { ok: false, problem: 'locationZip must be zip3 or drop' }
  const depth = o.maxAttributeDepth ?? DEFAULT_POLICY.maxAttributeDepth
  const nodes = o.maxAttributeNodes ?? DEFAULT_POLICY.maxAttributeNodes
  if (!Number.isInteger(depth) || (depth as number) < 1 || (depth as number) > 64)
    return { ok: false, problem: 'maxAttributeDepth must be an integer 1..64' }
  if (!Number.isInteger(nodes) || (nodes as number) < 1 || (nodes as number) > 100_000)
    return { ok: false, problem: 'maxAttributeNodes must be an integer 1..100000' }
  return {
    ok: true,
    policy: {
      actions,
      unknownFields,
      locationZip,
      maxAttributeDepth: depth as number,
      maxAttributeNodes: nodes as number,
    },
  }
}
