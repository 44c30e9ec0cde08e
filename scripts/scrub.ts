/**
 * `npm run scrub -- [--channel sms] [--policy JSON|PATH] [--json] [--show] [text… | --file PATH]`: the worker's PHI
 * engine on your own text, offline. See scripts/lib/scrub.ts and docs/tools.md.
 */
import { readFileSync } from 'node:fs'
import { formatReport, parseScrubArgs, resolvePolicy, scrub, SCRUB_USAGE } from './lib/scrub.ts'

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

async function main(): Promise<number> {
  const args = parseScrubArgs(process.argv.slice(2))
  if (!args.ok) {
    console.error(`${args.error}\n\n${SCRUB_USAGE}`)
    return 2
  }
  if (args.value.help) {
    console.log(SCRUB_USAGE)
    return 0
  }
  const policy = resolvePolicy(args.value.policy, (path) => readFileSync(path, 'utf8'))
  if (!policy.ok) {
    console.error(policy.error)
    return 2
  }
  let text = args.value.text
  if (text === undefined && args.value.file !== undefined && args.value.file !== '-') {
    try {
      text = readFileSync(args.value.file, 'utf8')
    } catch {
      console.error('--file: the file cannot be read')
      return 2
    }
  }
  if (text === undefined) {
    if (process.stdin.isTTY && args.value.file !== '-') {
      console.error(`no text: give it as arguments, with --file, or on stdin\n\n${SCRUB_USAGE}`)
      return 2
    }
    text = await readStdin()
  }
  const report = scrub(text, { channel: args.value.channel, policy: policy.value, show: args.value.show })
  console.log(formatReport(report, { json: args.value.json }))
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Only the error's name: its message could quote the text.
    console.error(`scrub failed: ${error instanceof Error ? error.name : 'unknown error'}`)
    process.exit(1)
  },
)
