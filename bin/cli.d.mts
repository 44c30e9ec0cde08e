/** Types of bin/cli.mjs (the admin CLI is plain JavaScript so `npx phi-firewall` needs no build step). */

/** What the CLI reads from and writes to. */
export interface CliIo {
  env?: Record<string, string | undefined>
  fetch: (input: string, init?: RequestInit) => Promise<Response>
  stdout: (text: string) => void
  stderr: (text: string) => void
  stdin?: () => Promise<string>
}

/** Exit codes by outcome. */
export declare const EXIT: Readonly<{ ok: 0; failed: 1; usage: 2; unreachable: 3; unauthorized: 4; notFound: 5 }>
/** Scopes `keys create` accepts. */
export declare const SCOPES: readonly string[]
/** The help text. */
export declare const USAGE: string

/** Runs one command line; resolves to the exit code. */
export declare function run(argv: readonly string[], io: CliIo): Promise<number>

/** A new API key and its ADMIN_API_KEYS entry. */
export declare function newKey(options: {
  id: string
  scopes: string[]
  tenants?: string[]
  expires?: string
  revealsPerMinute?: number
}): Promise<{
  key: string
  entry: {
    id: string
    sha256: string
    scopes: string[]
    revealsPerMinute?: number
    tenants?: string[]
    expires?: string
  }
}>
