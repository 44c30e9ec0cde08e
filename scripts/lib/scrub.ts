/**
 * `npm run scrub`: the worker's own PHI engine on a text of yours, offline. Pure functions (no file, stdin or
 * process access) so tests run them directly; scripts/scrub.ts does the I/O.
 *
 * The engine runs as in the worker (same detectors, same default policy or PHI_POLICY validation) but without a
 * vault: where the worker writes `[NAME:tok_…]` the CLI writes `[NAME]`. Found values are never printed unless
 * `--show` is given.
 */
import { parsePolicyConfig } from '../../src/config/policy.ts'
import type { Env } from '../../src/env.ts'
import { DEFAULT_POLICY, type PhiAction, type PhiPolicy, type PhiType } from '../../src/phi/index.ts'
import { previewScrub } from '../../src/preview/scrub.ts'
import type { Channel } from '../../src/model/normalized.ts'
import { err, ok, type Result } from '../../src/result.ts'

/** Channels the engine knows (they tune detection: spoken numbers on voice, chat handles, ...). */
export const CHANNELS: readonly Channel[] = ['sms', 'mms', 'whatsapp', 'voice', 'chat', 'other']

/** Parsed command line of `npm run scrub`. */
export interface ScrubArgs {
  /** The text given as arguments (joined by spaces), when any. */
  text?: string
  /** `--file PATH` (`-` reads stdin). */
  file?: string
  channel: Channel
  /** `--policy`: inline JSON (starts with `{`) or a file path. */
  policy?: string
  json: boolean
  show: boolean
  help: boolean
}

/** One identifier found in the text. Offsets are into the normalized text (NFKC, format characters removed). */
export interface Finding {
  type: PhiType
  /** What the worker does with it under the policy. */
  action: PhiAction
  start: number
  end: number
  /** The value itself: only with `--show`. */
  value?: string
}

/** Everything one scrub produced. */
export interface ScrubReport {
  channel: Channel
  /** The de-identified text (placeholders without tokens: no vault here). */
  text: string
  findings: Finding[]
  /** Replacements by type, as the engine counted them. */
  counts: Record<string, number>
  /** A detector failed: the engine redacted the whole text (fail closed). */
  failed: boolean
}

/** The usage text. */
export const SCRUB_USAGE = `usage: npm run scrub -- [options] [text…]

De-identifies a text with the worker's PHI engine and default policy, offline (nothing is stored or sent).
Text comes from the arguments, --file, or stdin.

options:
  --file PATH        read the text from a file (- for stdin)
  --channel NAME     ${CHANNELS.join(' | ')} (default other)
  --policy JSON|PATH policy overrides, validated like PHI_POLICY (docs/phi-engine.md)
  --json             one JSON object instead of text and table
  --show             also print each found value (your terminal only: never paste it anywhere)
  -h, --help         this text

Placeholders carry no token here ([NAME]); the worker writes [NAME:tok_…] from its vault.
Exit codes: 0 scrubbed, 2 usage or policy error.`

/** Parses `npm run scrub` arguments; errors are messages for the user (no value echoed). */
export function parseScrubArgs(argv: readonly string[]): Result<ScrubArgs, string> {
  const out: ScrubArgs = { channel: 'other', json: false, show: false, help: false }
  const words: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    const value = (): string | undefined => {
      const next = argv[i + 1]
      if (next === undefined) return undefined
      i++
      return next
    }
    if (arg === '--') {
      words.push(...argv.slice(i + 1))
      break
    } else if (arg === '-h' || arg === '--help') out.help = true
    else if (arg === '--json') out.json = true
    else if (arg === '--show') out.show = true
    else if (arg === '--file') {
      const file = value()
      if (file === undefined) return err('--file needs a path (or - for stdin)')
      out.file = file
    } else if (arg === '--channel') {
      const channel = value()
      if (!CHANNELS.includes(channel as Channel)) return err(`--channel must be one of ${CHANNELS.join(', ')}`)
      out.channel = channel as Channel
    } else if (arg === '--policy') {
      const policy = value()
      if (policy === undefined) return err('--policy needs a JSON object or a file path')
      out.policy = policy
    } else if (arg.startsWith('--')) return err(`unknown option ${arg.split('=')[0]}`)
    else words.push(arg)
  }
  if (words.length > 0 && out.file !== undefined) return err('give the text as arguments or with --file, not both')
  if (words.length > 0) out.text = words.join(' ')
  return ok(out)
}

/**
 * Validates a `--policy` value exactly as the worker validates PHI_POLICY. `readFile` is called when the value
 * is not inline JSON (it does not start with `{`).
 */
export function resolvePolicy(raw: string | undefined, readFile: (path: string) => string): Result<PhiPolicy, string> {
  if (raw === undefined) return ok(DEFAULT_POLICY)
  let text = raw
  if (!raw.trim().startsWith('{')) {
    try {
      text = readFile(raw)
    } catch {
      return err('--policy: not inline JSON and the file cannot be read')
    }
  }
  const parsed = parsePolicyConfig({ PHI_POLICY: text } as unknown as Env)
  return parsed.ok ? ok(parsed.value.phi) : err(`--policy: ${parsed.error.problem} (same rules as PHI_POLICY)`)
}

/** Scrubs `input` as the worker would (minus tokens) and lists what was found (src/preview/scrub.ts, as POST /v1/scrub). */
export function scrub(
  input: string,
  options: { channel?: Channel; policy?: PhiPolicy; show?: boolean } = {},
): ScrubReport {
  const channel = options.channel ?? 'other'
  const preview = previewScrub(input, { channel, policy: options.policy ?? DEFAULT_POLICY })
  const findings = preview.findings.map(
    (finding): Finding => ({
      ...finding,
      ...(options.show ? { value: preview.normalized.slice(finding.start, finding.end) } : {}),
    }),
  )
  return { channel, text: preview.text, findings, counts: preview.counts, failed: preview.failed }
}

/** The report as printed: JSON, or the text followed by a table. */
export function formatReport(report: ScrubReport, options: { json?: boolean } = {}): string {
  if (options.json) return JSON.stringify(report, null, 2)
  const lines = [report.text, '']
  if (report.failed) lines.push('a detector failed: the whole text was redacted (fail closed)')
  const n = report.findings.length
  lines.push(`${n} identifier${n === 1 ? '' : 's'} found (channel ${report.channel}; offsets in the normalized text)`)
  if (n === 0) return lines.join('\n')
  const show = report.findings.some((f) => f.value !== undefined)
  const header = ['TYPE', 'ACTION', 'START', 'END', ...(show ? ['VALUE'] : [])]
  const rows = report.findings.map((f) => [
    f.type,
    f.action,
    String(f.start),
    String(f.end),
    ...(show ? [f.value ?? ''] : []),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)))
  const numeric = new Set([2, 3])
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd()
  lines.push(line(header), ...rows.map(line))
  return lines.join('\n')
}
