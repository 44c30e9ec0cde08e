/** The answers Twilio expects from each kind of webhook. Never echo request data in them. */

/** An empty TwiML document: no reply, no call instructions. */
export const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'

/** 200 with empty TwiML: messaging, voice and transcription webhooks (harmless for their status callbacks too). */
export function emptyTwiml(): Response {
  return new Response(EMPTY_TWIML, { status: 200, headers: { 'Content-Type': 'text/xml; charset=utf-8' } })
}

/** 200 `{}`: a Conversations pre-action webhook publishes the change unmodified; post-action ones are acknowledged. */
export function conversationsAllow(): Response {
  return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } })
}

/** 200 with no body: Event Streams only needs a 2xx. */
export function acknowledged(): Response {
  return new Response(null, { status: 200 })
}
