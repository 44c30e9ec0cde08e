/** The PHI engine's public surface. */
export { deidentify, scrubText } from './deidentify'
export { detect, type Detection, type DetectOptions } from './detect'
export { normalizeText } from './normalize'
export { DEFAULT_POLICY, policyFromOverrides, type PhiAction, type PhiPolicy } from './policy'
export { RESTRICTED_ZIP3, zip3 } from './transform'
export { PHI_TYPES, type PhiType, type TokenRequest, type Tokenizer } from './types'
