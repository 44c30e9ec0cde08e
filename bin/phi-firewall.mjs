#!/usr/bin/env node
// `npx phi-firewall …`: the admin CLI (bin/cli.mjs) on this process's arguments, environment and terminal.
import { run } from './cli.mjs'

async function readStdin() {
  const chunks = []
  for await (const chunk of process.stdin) chunks.push(chunk)
  return Buffer.concat(chunks).toString('utf8')
}

run(process.argv.slice(2), {
  env: process.env,
  fetch: globalThis.fetch,
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  stdin: readStdin,
}).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    // Only the error's name: a message could quote what the worker or the user sent.
    process.stderr.write(`phi-firewall failed: ${error instanceof Error ? error.name : 'unknown error'}\n`)
    process.exitCode = 1
  },
)
