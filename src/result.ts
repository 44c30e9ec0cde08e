/** A tagged result: expected failures travel as values, exceptions are reserved for bugs. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E }

/** Wraps a success value. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value })

/** Wraps a failure reason. */
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error })
