// `npm test` (typecheck): fails when worker-configuration.d.ts no longer matches what `wrangler types` generates
// from wrangler.toml and .dev.vars.example, so the committed Env type cannot drift from the configuration.
// Regenerate with `npm run cf-typegen`. The first line (command and hash) is not compared: only the types.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const committed = 'worker-configuration.d.ts'
// Same directory as the committed file, so the generated relative imports (./src/index) are the same.
const scratch = '.env-types-check.d.ts'
const wrangler = `${root}node_modules/.bin/wrangler`
const args = ['types', scratch, '--include-runtime=false', '--env-file=.dev.vars.example']
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' }
const run = spawnSync(wrangler, args, { cwd: root, env, encoding: 'utf8' })
const body = (text) => text.split('\n').slice(2).join('\n')
try {
  if (run.status !== 0) {
    console.error(`check-env-types: wrangler types failed (exit ${run.status})\n${run.stderr}`)
    process.exit(1)
  }
  if (body(readFileSync(`${root}${committed}`, 'utf8')) !== body(readFileSync(`${root}${scratch}`, 'utf8'))) {
    console.error(
      `check-env-types: ${committed} is out of date with wrangler.toml / .dev.vars.example: run npm run cf-typegen`,
    )
    process.exit(1)
  }
} finally {
  rmSync(`${root}${scratch}`, { force: true })
}
