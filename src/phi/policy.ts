/** What to do with each kind of PHI. Placeholder: replaced by the PHI engine work (issue 3). */
export interface PhiPolicy {
  /** Reserved. */
  readonly mode: 'default'
}

/** The documented default policy. */
export const DEFAULT_POLICY: PhiPolicy = { mode: 'default' }
