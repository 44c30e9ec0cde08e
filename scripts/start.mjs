// `npm start`: local worker on 127.0.0.1:8787 with local KV/Queues and dev secrets, no account, no network.
import { spawn } from 'node:child_process'
import { ensureDevVars } from './dev-vars.mjs'

ensureDevVars()
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' }
const args = ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', process.env.PORT ?? '8787', ...process.argv.slice(2)]
const child = spawn('npx', args, { stdio: 'inherit', env })
child.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
