/**
 * Twilio REST: the Messages API call of the reply path. The request carries the patient's number, so
 * nothing here logs, and a failure answers only Twilio's status and numeric error code (its message text
 * can quote the number).
 */
import { err, ok, type Result } from '../result'

/** HTTP Basic credentials: an API key SID and secret, or the Account SID and Auth Token. */
export interface RestCredentials {
  username: string
  password: string
}

/** One outbound message. Exactly one of `from` and `messagingServiceSid`. */
export interface OutboundMessage {
  accountSid: string
  to: string
  body: string
  from?: string
  messagingServiceSid?: string
}

/** A message Twilio accepted. */
export interface SentMessage {
  sid: string
  status: string
}

/**
 * Why a send failed: Twilio refused it (status, numeric code), could not be reached or understood, or did not answer
 * within the timeout (the message may then have been created all the same).
 */
export type SendFailure =
  | { kind: 'rejected'; status: number; code?: number }
  | { kind: 'unreachable' }
  | { kind: 'timeout' }
  | { kind: 'malformed-response' }

/** Options of one REST call. */
export interface SendOptions {
  /** Abort the call (and reading its answer) after this many milliseconds. */
  timeoutMs: number
}

const API_BASE = 'https://api.twilio.com/2010-04-01'

/** Creates a message with `POST /Accounts/{AccountSid}/Messages.json`. */
export async function sendMessage(
  credentials: RestCredentials,
  message: OutboundMessage,
  options: SendOptions,
): Promise<Result<SentMessage, SendFailure>> {
  const form = new URLSearchParams({ To: message.to })
  if (message.messagingServiceSid) form.set('MessagingServiceSid', message.messagingServiceSid)
  else if (message.from) form.set('From', message.from)
  form.set('Body', message.body)
  const signal = AbortSignal.timeout(options.timeoutMs)
  let response: Response
  try {
    response = await fetch(`${API_BASE}/Accounts/${encodeURIComponent(message.accountSid)}/Messages.json`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${btoa(`${credentials.username}:${credentials.password}`)}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: form.toString(),
      signal,
    })
  } catch {
    return err({ kind: signal.aborted ? 'timeout' : 'unreachable' })
  }
  const payload = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined
  if (payload === undefined && signal.aborted) return err({ kind: 'timeout' })
  if (!response.ok) {
    const code = typeof payload?.code === 'number' ? payload.code : undefined
    return err({ kind: 'rejected', status: response.status, ...(code !== undefined ? { code } : {}) })
  }
  const sid = payload?.sid
  const status = payload?.status
  const sidOk = typeof sid === 'string' && /^(SM|MM)[0-9a-f]{32}$/.test(sid)
  if (!sidOk || typeof status !== 'string' || !/^[a-z_-]{1,32}$/.test(status)) {
    return err({ kind: 'malformed-response' })
  }
  return ok({ sid, status })
}
