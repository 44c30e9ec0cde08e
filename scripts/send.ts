/**
 * `npm run send -- <sms|voice|transcription|chat|event-streams> ["text"] [--url …] [--from …]`: posts a realistic,
 * signed Twilio webhook to a running worker and prints its answer. See scripts/lib/send.ts and docs/tools.md.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { uniqueSids } from '../bench/fixtures.ts'
import {
  buildWebhooks,
  exitCodeOf,
  formatResults,
  parseSendArgs,
  postWebhooks,
  SEND_USAGE,
  signOptions,
} from './lib/send.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

function readDevVars(): string | undefined {
  try {
    return readFileSync(join(ROOT, '.dev.vars'), 'utf8')
  } catch {
    return undefined
  }
}

async function main(): Promise<number> {
  const parsed = parseSendArgs(process.argv.slice(2), process.env)
  if (!parsed.ok) {
    console.error(`${parsed.error}\n\n${SEND_USAGE}`)
    return 2
  }
  if (parsed.value === 'help') {
    console.log(SEND_USAGE)
    return 0
  }
  const args = parsed.value
  const opts = signOptions(args, process.env, readDevVars())
  if (!opts.ok) {
    console.error(opts.error)
    return 2
  }
  // Every run gets its own SIDs: the worker may treat a repeated MessageSid as a replay.
  uniqueSids()
  const results = await postWebhooks(buildWebhooks(args.kind, args.text, opts.value), args.url)
  console.log(args.json ? JSON.stringify(results, null, 2) : formatResults(results, args.url))
  return exitCodeOf(results)
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`send failed: ${error instanceof Error ? error.name : 'unknown error'}`)
    process.exit(1)
  },
)
