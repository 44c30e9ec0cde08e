/** The 18 Safe Harbor identifier families as typed by the labelled corpora (see ../shared/eval/README.md). */
// biome-ignore format: packed list
export const PHI_TYPES = [
  'NAME', 'PHONE', 'FAX', 'EMAIL', 'STREET', 'CITY', 'ZIP', 'DATE', 'AGE', 'SSN', 'MRN',
  'HEALTHPLAN', 'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'OTHER',
] as const

/** One identifier family. */
export type PhiType = (typeof PHI_TYPES)[number]

/** A value to exchange for a token. */
export interface TokenRequest {
  type: PhiType
  /** The value as found (what a reveal returns). */
  value: string
  /** A detector's canonical form when it knows one (the digits of a spoken phone number). */
  canonical?: string
}

/**
 * The engine's only way out to state: the vault implements it over KV.
 * Same type and normalised value within a tenant → same token; tokens are random, never derived.
 * Answers one entry per request: a token, or `null` when the vault declines to tokenize that value (a cost bound
 * per webhook or a mint budget was reached): the engine then redacts the value without a token.
 * Rejects when the vault cannot answer; callers fail closed.
 */
export interface Tokenizer {
  tokenize(requests: readonly TokenRequest[]): Promise<Array<string | null>>
}
