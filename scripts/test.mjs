// `npm test` after the typecheck: vitest with its output cut to the summary and the failures. Vitest's `minimal`
// reporter and `silent: 'passed-only'` do most of it (vitest.config.ts); this drops the few lines no Vitest or pool
// option reaches, each a known harmless message: workerd's line when a test file's runner disconnects, its warning
// when a test reads a form or NDJSON body with .text() (on purpose), and Vite's note on a dependency's source map.
// Arguments go to `vitest run`.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const BENIGN = [
  /^exception = workerd\/api\/web-socket\.c\+\+:\d+: disconnected: WebSocket peer disconnected$/,
  /^console warning; message = Called \.text\(\) on an HTTP body which does not appear to be text\. /,
  /^Sourcemap for "[^"]*\/node_modules\/[^"]*" points to missing source files$/,
]
const root = fileURLToPath(new URL('..', import.meta.url))
const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_LOG: process.env.WRANGLER_LOG ?? 'warn',
  ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
}
// The console's browser test (test/console) needs Debian's Chromium. Outside CI its absence skips that test, said here
// once; in CI (CI=true, .ci/run installs it) the test itself fails.
if (!existsSync('/usr/bin/chromium') && !['true', '1'].includes(process.env.CI ?? '')) {
  const install = 'apt-get install -y chromium'
  process.stdout.write(
    `note: /usr/bin/chromium is not installed, so the console browser test is skipped (${install})\n`,
  )
}
const child = spawn(`${root}node_modules/.bin/vitest`, ['run', ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: ['inherit', 'pipe', 'pipe'],
})
for (const [from, to] of [
  [child.stdout, process.stdout],
  [child.stderr, process.stderr],
]) {
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
    if (!BENIGN.some((pattern) => pattern.test(line))) to.write(`${line}\n`)
  })
}
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
