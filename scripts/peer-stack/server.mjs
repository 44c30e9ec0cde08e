// The stack a team would otherwise build, for `npm run bench`: Node + Express + twilio's `webhook()`
// middleware + an npm PII redaction library (@redactpii/node, aggressive mode), forwarding the redacted
// payload to the same stub CRM with Standard Webhooks signatures. Loopback only; prints
// `listening <port>` on stdout when ready and exits on SIGTERM or when its parent goes away.
import { randomUUID } from 'node:crypto'
import express from 'express'
import { Webhook } from 'standardwebhooks'
import twilio from 'twilio'
import { createPeerRedactor } from './redactor.mjs'

const { TWILIO_AUTH_TOKEN, PEER_PUBLIC_HOST, PEER_DESTINATION_URL, PEER_DESTINATION_SECRET } = process.env
if (!TWILIO_AUTH_TOKEN || !PEER_PUBLIC_HOST || !PEER_DESTINATION_URL || !PEER_DESTINATION_SECRET) {
  console.error(
    'peer-stack: TWILIO_AUTH_TOKEN, PEER_PUBLIC_HOST, PEER_DESTINATION_URL, PEER_DESTINATION_SECRET are required',
  )
  process.exit(2)
}

const redactor = createPeerRedactor()
const signer = new Webhook(PEER_DESTINATION_SECRET)

const app = express()
app.disable('x-powered-by')
// Twilio signs the public URL; the app sits behind TLS termination, so tell the middleware the public host.
const verifyTwilio = twilio.webhook(TWILIO_AUTH_TOKEN, { host: PEER_PUBLIC_HOST, protocol: 'https' })
const form = express.urlencoded({ extended: false, limit: '256kb' })
const json = express.json({
  limit: '256kb',
  strict: false,
  verify: (req, _res, buf) => {
    req.rawBody = buf.toString('utf8')
  },
})

const TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'

async function forward(type, data) {
  const id = `msg_${randomUUID()}`
  const payload = JSON.stringify({ type, timestamp: new Date().toISOString(), data })
  const now = new Date()
  try {
    const res = await fetch(PEER_DESTINATION_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
        'webhook-signature': signer.sign(id, now, payload),
      },
      body: payload,
    })
    await res.arrayBuffer()
  } catch {
    // A real team would retry; the benchmark only counts what arrived.
  }
}

for (const product of ['messaging', 'voice', 'transcriptions', 'conversations']) {
  app.post(`/twilio/${product}`, form, verifyTwilio, (req, res) => {
    const clean = redactor.redactObject({ ...req.body })
    if (product === 'messaging' || product === 'voice') res.type('text/xml').send(TWIML)
    else res.status(204).end()
    void forward(`${product}.received`, clean)
  })
}

app.post('/twilio/events', json, verifyTwilio, (req, res) => {
  const events = Array.isArray(req.body) ? req.body : [req.body]
  res.status(204).end()
  for (const event of events) void forward(event?.type ?? 'event', redactor.redactObject(event ?? {}))
})

const server = app.listen(0, '127.0.0.1', () => {
  console.log(`listening ${server.address().port}`)
})
server.keepAliveTimeout = 30_000

function stop() {
  server.closeAllConnections()
  server.close(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
process.on('disconnect', stop)
