/**
 * `npm run send`: fires a realistic, correctly signed Twilio webhook at a running worker (the Stripe/Twilio CLI
 * "trigger" habit). The payloads are the bench/demo fixtures (bench/fixtures.ts) with your text and sender; the
 * signature is Twilio's own signer over the URL the worker verifies against. No file or process access here:
 * scripts/send.ts reads the settings and prints.
 */
import {
  conversationMessage,
  eventStreamsBatch,
  inboundSms,
  transcriptionContent,
  voiceCallStatus,
  voiceGather,
  sid,
  type SignedWebhook,
  type SignOptions,
} from '../../bench/fixtures.ts'
import { err, ok, type Result } from '../../src/result.ts'
import { setting } from './dev-vars.ts'

/** What `npm run send` can fire. */
export const SEND_KINDS = ['sms', 'voice', 'transcription', 'chat', 'event-streams'] as const

/** One kind of webhook. */
export type SendKind = (typeof SEND_KINDS)[number]

/** Where a worker listens by default (`npm start`, `wrangler dev`). */
export const DEFAULT_URL = 'http://127.0.0.1:8787'
/** The account of `.dev.vars.example` when none is configured. */
const DEFAULT_ACCOUNT = 'AC00000000000000000000000000000000'

/** Parsed command line of `npm run send`. */
export interface SendArgs {
  kind: SendKind
  /** The message, speech or transcript; the fixture's sample text when absent. */
  text?: string
  url: string
  from?: string
  /** The base URL Twilio would sign (the worker's PUBLIC_BASE_URL), when it differs from `url`. */
  publicUrl?: string
  account?: string
  json: boolean
}

/** The usage text. */
export const SEND_USAGE = `usage: npm run send -- <${SEND_KINDS.join('|')}> ["text"] [options]

Posts a realistic Twilio webhook, signed with the Auth Token, to a running worker (npm start) and prints its answer.

  sms            inbound SMS (Messaging) with "text" as Body
  voice          a <Gather> speech result ("text" as SpeechResult), then the call's completed status callback
  transcription  a real-time <Transcription> transcription-content event with "text" as transcript
  chat           Conversations onMessageAdded with "text" as Body (--from sets the Author)
  event-streams  an Event Streams batch (JSON, bodySHA256) with one inbound message, "text" as body

options:
  --url URL         the worker (default ${DEFAULT_URL}, or PHI_FIREWALL_URL)
  --from VALUE      the sender: +E.164 phone number (chat: any identity, e.g. an e-mail)
  --public-url URL  the base URL to sign when the worker has PUBLIC_BASE_URL set (default: that setting, else --url)
  --account AC…     AccountSid of the payload (default TWILIO_ACCOUNT_SID, else ${DEFAULT_ACCOUNT})
  --json            print the results as JSON
  -h, --help        this text

The Auth Token comes from TWILIO_AUTH_TOKEN in the environment, else from .dev.vars (never from the command line).
Exit codes: 0 every webhook answered 2xx, 1 the worker refused one, 2 usage, 3 the worker could not be reached.`

/** Parses `npm run send` arguments; `env` supplies PHI_FIREWALL_URL. */
export function parseSendArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): Result<SendArgs | 'help', string> {
  const words: string[] = []
  const flags: Record<string, string> = {}
  let json = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '-h' || arg === '--help') return ok('help')
    if (arg === '--json') json = true
    else if (arg === '--') {
      words.push(...argv.slice(i + 1))
      break
    } else if (['--url', '--from', '--public-url', '--account'].includes(arg)) {
      const value = argv[++i]
      if (value === undefined) return err(`${arg} needs a value`)
      flags[arg.slice(2)] = value
    } else if (arg.startsWith('--')) return err(`unknown option ${arg.split('=')[0]}`)
    else words.push(arg)
  }
  const [kind, ...rest] = words
  if (!kind) return err(`which webhook? one of ${SEND_KINDS.join(', ')}`)
  if (!(SEND_KINDS as readonly string[]).includes(kind))
    return err(`unknown webhook kind: one of ${SEND_KINDS.join(', ')}`)
  const url = flags.url ?? env.PHI_FIREWALL_URL ?? DEFAULT_URL
  for (const [name, value] of [
    ['--url', url],
    ['--public-url', flags['public-url']],
  ] as const) {
    if (value !== undefined && !/^https?:\/\/[^\s/?#]+\/?$/.test(value))
      return err(`${name} must be an http(s) origin such as ${DEFAULT_URL}`)
  }
  if (flags.account !== undefined && !/^AC[0-9a-f]{32}$/.test(flags.account))
    return err('--account must be an Account SID (AC + 32 hex)')
  if (flags.from !== undefined && kind !== 'chat' && !/^(whatsapp:)?\+[1-9][0-9]{6,14}$/.test(flags.from)) {
    return err('--from must be a +E.164 phone number (or whatsapp:+E.164)')
  }
  return ok({
    kind: kind as SendKind,
    ...(rest.length ? { text: rest.join(' ') } : {}),
    url: url.replace(/\/$/, ''),
    ...(flags.from !== undefined ? { from: flags.from } : {}),
    ...(flags['public-url'] !== undefined ? { publicUrl: flags['public-url'].replace(/\/$/, '') } : {}),
    ...(flags.account !== undefined ? { account: flags.account } : {}),
    json,
  })
}

/**
 * The signing settings: Auth Token from TWILIO_AUTH_TOKEN (environment, then .dev.vars), the base URL from
 * --public-url, PUBLIC_BASE_URL or --url, the account from --account or TWILIO_ACCOUNT_SID.
 */
export function signOptions(
  args: SendArgs,
  env: Record<string, string | undefined>,
  devVars: string | undefined,
): Result<SignOptions, string> {
  const authToken = setting('TWILIO_AUTH_TOKEN', env, devVars)
  if (!authToken) return err('no Auth Token: set TWILIO_AUTH_TOKEN or run npm install to create .dev.vars')
  const baseUrl = args.publicUrl ?? setting('PUBLIC_BASE_URL', env, devVars)?.replace(/\/$/, '') ?? args.url
  const accountSid = args.account ?? setting('TWILIO_ACCOUNT_SID', env, devVars) ?? DEFAULT_ACCOUNT
  return ok({ baseUrl, authToken, accountSid, ...(args.from !== undefined ? { from: args.from } : {}) })
}

/** The signed webhooks of one `npm run send` (voice is two: the speech result, then the call's status). */
export function buildWebhooks(kind: SendKind, text: string | undefined, opts: SignOptions): SignedWebhook[] {
  switch (kind) {
    case 'sms':
      return [inboundSms(opts, ...optional(text))]
    case 'voice': {
      const callSid = sid('CA')
      return [voiceGather(opts, text, callSid), voiceCallStatus(opts, callSid, 'completed')]
    }
    case 'transcription':
      return [transcriptionContent(opts, ...optional(text))]
    case 'chat':
      return [conversationMessage(opts, ...optional(text))]
    case 'event-streams':
      return [eventStreamsBatch(opts, ...optional(text))]
  }
}

const optional = (text: string | undefined): [] | [string] => (text === undefined ? [] : [text])

/** What the worker answered to one webhook. */
export interface SendResult {
  label: string
  path: string
  /** 0 when the worker could not be reached. */
  status: number
  contentType?: string
  body: string
}

/** Posts each webhook to `url` + its path, in order; a connection failure ends the run with status 0. */
export async function postWebhooks(
  hooks: readonly SignedWebhook[],
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<SendResult[]> {
  const results: SendResult[] = []
  for (const hook of hooks) {
    const path = hook.path.split('?')[0] as string
    let res: Response
    try {
      res = await fetcher(`${url}${hook.path}`, { method: 'POST', headers: hook.headers, body: hook.body })
    } catch {
      results.push({ label: hook.label, path, status: 0, body: '' })
      break
    }
    const contentType = res.headers.get('content-type') ?? undefined
    results.push({
      label: hook.label,
      path,
      status: res.status,
      ...(contentType ? { contentType } : {}),
      body: await res.text(),
    })
  }
  return results
}

/** The exit code of a run: 0 all 2xx, 3 unreachable, 1 otherwise. */
export function exitCodeOf(results: readonly SendResult[]): number {
  if (results.some((r) => r.status === 0)) return 3
  return results.every((r) => r.status >= 200 && r.status < 300) ? 0 : 1
}

/** One line per webhook (status and answer), plus a hint when the worker was unreachable. */
export function formatResults(results: readonly SendResult[], url: string): string {
  return results
    .map((r) => {
      if (r.status === 0) return `${r.label} → POST ${url}${r.path}: no answer (is the worker running? npm start)`
      const body = r.body.trim().replace(/\s+/g, ' ')
      return `${r.label} → POST ${url}${r.path}: HTTP ${r.status}${body ? ` ${body.slice(0, 300)}` : ''}`
    })
    .join('\n')
}
