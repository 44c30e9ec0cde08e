/**
 * Safe Harbor's line for years: a year 90 or more years back points to an age of 90 or more, so it is no longer kept
 * (generalised to "90+" or redacted). One definition for the detectors and the transform.
 */

/** Whether `year` lies 90 or more years before `now`'s year. */
export function isYearOfNinetyPlus(year: number, now: Date = new Date()): boolean {
  return now.getUTCFullYear() - year >= 90
}
