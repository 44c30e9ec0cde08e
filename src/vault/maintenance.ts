/** Scheduled vault maintenance (re-encryption to the current key). STUB (issue 4 replaces it). */
import type { Env } from '../env'

/** Runs from the Cron trigger. */
export async function runVaultMaintenance(_env: Env): Promise<void> {}
