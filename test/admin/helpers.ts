/** Helpers of the admin API tests: authenticated calls, captured log lines, a Twilio REST stub. */
import { exports } from 'cloudflare:workers'
import { vi } from 'vitest'

/** Base URL of the worker under test. */
export const BASE = 'https://phi.example.test'

/** Calls the admin API with a bearer key (dev-only test keys, see test/bindings.ts). */
export function call(method: string, path: string, key: string | undefined, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {}
  if (key !== undefined) headers.Authorization = `Bearer ${key}`
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  return exports.default.fetch(BASE + path, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  })
}

/** A parsed log line. */
export type LogLine = Record<string, unknown>

/** Records every console line the worker writes; `lines()` parses them. */
export function captureLogs(): { lines: () => LogLine[]; raw: () => string } {
  const written: string[] = []
  for (const level of ['log', 'warn', 'error', 'info'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      written.push(args.map(String).join(' '))
    })
  }
  return {
    raw: () => written.join('\n'),
    lines: () =>
      written.flatMap((line) => {
        try {
          return [JSON.parse(line) as LogLine]
        } catch {
          return []
        }
      }),
  }
}

/** Audit lines of one event type. */
export function auditLines(lines: LogLine[], type: string): LogLine[] {
  return lines.filter((l) => l.event === type)
}

/** A request that reached the fetch stub. */
export interface Captured {
  url: string
  method: string
  headers: Record<string, string>
  body: string
}

/** Stubs third-party HTTP: every fetch is recorded and answered by `answer`. */
export function stubFetch(answer: (request: Captured) => Response | Promise<Response>): Captured[] {
  const captured: Captured[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input as RequestInfo, init as RequestInit)
    const entry: Captured = {
      url: request.url,
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: await request.text(),
    }
    captured.push(entry)
    return answer(entry)
  })
  return captured
}

/** A Message SID. */
export const MESSAGE_SID = 'SM0123456789abcdef0123456789abcdef'
