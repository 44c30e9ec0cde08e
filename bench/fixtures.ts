/**
 * Synthetic but realistic inputs shared by `npm run bench`, `npm run demo` and the peer stack:
 * patient texts of fixed sizes and signed Twilio webhooks for every route. All names, numbers
 * and addresses are invented (555 numbers, example.* domains).
 */
import { createHash, randomUUID } from 'node:crypto'
import twilioWebhooks from 'twilio/lib/webhooks/webhooks.js'

/** Twilio's own signer (twilio 6.2.0), so the Worker is tested against the reference implementation. */
const { getExpectedTwilioSignature } = twilioWebhooks as unknown as {
  getExpectedTwilioSignature(token: string, url: string, params: Record<string, string | string[]>): string
}

const SMS_SENTENCES = [
  'hi its maria lopez dob 03/14/1962, sugar was 310 this am and i took 10u of lantus. ',
  'pls call me back at 415-555-0123 or text, my son jake can drive me in. ',
  'also need a refill of metformin 500mg at the cvs on 18th st. ',
]

const CHAT_SENTENCES = [
  "Hi, I'm Olivia Bennett and I'm writing about my son Noah (DOB 01/15/2019). ",
  'He has had a fever of 101.8 since Tuesday and a cough that gets worse at night. ',
  "We gave him children's ibuprofen 5 ml every 6 hours, which helps for a while. ",
  'Our pediatrician Dr. Esther Kaplan said to message the portal if it lasted more than three days. ',
  'Can you call me at +1-818-555-0193? I am home after 3 pm. ',
  'Our address changed to 2201 Sunset Blvd Apt 12, Los Angeles, CA 90026, please update the chart. ',
  'My email is olivia.bennett82@example.com and the insurance member ID is ZGP449201883. ',
  'He is allergic to amoxicillin (rash), so please do not prescribe it. ',
  'His MRN on the last visit summary was M00938271. ',
  'Thank you so much, Olivia. ',
]

const TRANSCRIPT_SEGMENTS = [
  'thank you for calling valley family medicine this is the nurse line how can i help you today. ',
  'hi yes this is patricia gomez calling about my husband luis gomez he needs a refill of his insulin. ',
  'okay can i get his date of birth please. sure it is june sixth nineteen fifty two. ',
  'and what is the best callback number. it is three one zero five five five zero one four two. ',
  'thank you and which pharmacy do you use. the walgreens on pacific coast highway in long beach zip nine zero eight zero four. ',
  'okay and how has his blood sugar been. it has been high in the mornings like two hundred and forty and he feels dizzy sometimes. ',
  'is he taking the metformin too. yes one thousand milligrams twice a day with meals. ',
  'any chest pain or shortness of breath. no chest pain but he gets tired walking to the mailbox. ',
  'i will send a message to doctor harrison and we will call you back by the end of the day. ',
  'his member id is z g p four four nine two zero one and the group number is eight eight one two. ',
  'also our daughter ana gomez might pick up the prescription is that okay. ',
  'yes she can pick it up with her id. is there anything else. ',
  'his social is five two three one eight four four seven zero in case you need it for the insurance. ',
  'we do not need that over the phone but thank you i will note the refill request. ',
  'we live at three eighteen birch lane in stockton now so please update the address. ',
  'okay got it thank you for calling have a good day. ',
]

/** Repeats the sentences in order until the text is exactly `bytes` long (cut at the end). */
function fitTo(sentences: readonly string[], bytes: number): string {
  let text = ''
  for (let i = 0; text.length < bytes; i++) text += sentences[i % sentences.length]
  return text.slice(0, bytes).trimEnd().padEnd(bytes, '.')
}

/** The three message sizes of the scrub benchmark. */
export const SCRUB_TEXTS = [
  { label: 'SMS 160 chars', channel: 'sms', text: fitTo(SMS_SENTENCES, 160) },
  { label: 'chat 1 KB', channel: 'chat', text: fitTo(CHAT_SENTENCES, 1024) },
  { label: 'transcript 5 KB', channel: 'voice', text: fitTo(TRANSCRIPT_SEGMENTS, 5120) },
] as const

/** A webhook ready to send: path, headers and body, signed for `baseUrl`. */
export interface SignedWebhook {
  label: string
  path: string
  headers: Record<string, string>
  body: string
  /** The parameters (form) or parsed body (JSON), for display. */
  sent: Record<string, string> | unknown[]
}

/** What every webhook needs to be signed. */
export interface SignOptions {
  baseUrl: string
  authToken: string
  accountSid: string
  /**
   * Who sends: a phone number (and, for chat, an e-mail) used in place of the fixture's fixed patient. The
   * benchmark varies it so the vault sees new and returning patients, not one value over and over.
   */
  sender?: Sender
  /** The caller's address in place of the fixture's (a phone number, or for chat an identity): `npm run send --from`. */
  from?: string
}

/** A patient's contact details and names (the patient's and a relative's) in a webhook. */
export interface Sender {
  phone: string
  email: string
  first: string
  last: string
  relative: string
}

// biome-ignore format: packed list
const FIRST = [
  'ana', 'luis', 'grace', 'tomasz', 'keiko', 'omar', 'fatima', 'diego', 'priya', 'chen', 'olga', 'mateo', 'aisha', 'viktor',
  'lena', 'raj', 'thanh', 'amara', 'siobhan', 'kwame', 'ingrid', 'yusuf', 'marisol', 'dmitri', 'hana', 'tariq', 'beatriz',
  'kofi', 'noor', 'pavel', 'lucia', 'jin',
]
// biome-ignore format: packed list
const LAST = [
  'nguyen', 'okafor', 'kowalski', 'haddad', 'lindqvist', 'moreau', 'tanaka', 'alvarez', 'brennan', 'castillo', 'petrov',
  'singh', 'rossi', 'dubois', 'yilmaz', 'ferreira', 'mensah', 'oyelaran', 'gallagher', 'abernathy', 'kaur', 'sorensen',
  'villalobos', 'achterberg', 'mbeki', 'quispe', 'dimitriou', 'baptiste', 'hosseini', 'takahashi', 'ortega', 'walsh',
]

/**
 * The n-th invented patient: `+1 AAA 555-01NN` (555-0100…0199 are reserved for fiction in every area code)
 * and an example.org address.
 */
export function senderNumber(n: number): Sender {
  const area = 200 + (Math.floor(n / 100) % 800)
  const line = String(100 + (n % 100))
  // 1,024 name pairs; beyond them a letter suffix keeps every patient's surname unseen before.
  const suffix = n < 1024 ? '' : lettersOf(Math.floor(n / 1024))
  return {
    phone: `+1${area}555${'0'}${line}`,
    email: `patient${n}@example.org`,
    first: FIRST[n % 32] as string,
    last: `${LAST[Math.floor(n / 32) % 32] as string}${suffix}`,
    relative: FIRST[(n + 11) % 32] as string,
  }
}

function lettersOf(n: number): string {
  let out = ''
  for (let k = n; k > 0; k = Math.floor(k / 26)) out += String.fromCharCode(97 + (k % 26))
  return out
}

/** The fixtures' patients and their relatives (clinic staff, who repeat in real traffic, are kept). */
const FIXTURE_PATIENTS = ['maria lopez', 'patricia gomez', 'olivia bennett', 'rick alvarez']
const FIXTURE_RELATIVES = ['luis gomez', 'ana gomez', 'jake', 'noah']

/**
 * `text` as the given patient would write it: the fixtures' patient and relative names replaced by the patient's,
 * in the same case (lower, Title or UPPER). Without a sender the text is unchanged.
 */
export function personalize(text: string, sender: Sender | undefined): string {
  if (!sender) return text
  let out = text
  const swap = (from: string, to: string): void => {
    const title = (w: string): string =>
      w.replace(/(^|\s)(\p{L})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase())
    out = out.split(from).join(to).split(title(from)).join(title(to)).split(from.toUpperCase()).join(to.toUpperCase())
  }
  for (const name of FIXTURE_PATIENTS) swap(name, `${sender.first} ${sender.last}`)
  for (const name of FIXTURE_RELATIVES)
    swap(name, name.includes(' ') ? `${sender.relative} ${sender.last}` : sender.relative)
  swap('gomez patricia', `${sender.last} ${sender.first}`)
  // The patient's first name alone, as in a sign-off ("Thank you so much, Olivia.").
  for (const name of FIXTURE_PATIENTS) swap(name.split(' ')[0] as string, sender.first)
  return out
}

let counter = 0
let salt = ''
/** A unique 34-character Twilio SID with the given prefix (deterministic per process, unless {@link uniqueSids}). */
export function sid(prefix: string): string {
  counter++
  return prefix + createHash('sha256').update(`${salt}${prefix}${counter}`).digest('hex').slice(0, 32)
}

/**
 * Makes the SIDs of this process differ from any other run's: for tools that send to a long-lived worker
 * (`npm run send`), where a repeated MessageSid would look like a replay.
 */
export function uniqueSids(): void {
  salt = randomUUID()
}

function formWebhook(label: string, path: string, params: Record<string, string>, opts: SignOptions): SignedWebhook {
  const url = opts.baseUrl + path
  const signature = getExpectedTwilioSignature(opts.authToken, url, params)
  return {
    label,
    path,
    sent: params,
    body: new URLSearchParams(params).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded; charset=UTF-8',
      'x-twilio-signature': signature,
      'i-twilio-idempotency-token': randomUUID(),
      'x-home-region': 'us1',
      'user-agent': 'TwilioProxy/1.1',
    },
  }
}

function jsonWebhook(label: string, path: string, payload: unknown[], opts: SignOptions): SignedWebhook {
  const body = JSON.stringify(payload)
  const hash = createHash('sha256').update(body, 'utf8').digest('hex')
  const pathWithHash = `${path}?bodySHA256=${hash}`
  const signature = getExpectedTwilioSignature(opts.authToken, opts.baseUrl + pathWithHash, {})
  return {
    label,
    path: pathWithHash,
    sent: payload,
    body,
    headers: {
      'content-type': 'application/json',
      'x-twilio-signature': signature,
      'i-twilio-idempotency-token': randomUUID(),
      'x-home-region': 'us1',
      'user-agent': 'TwilioProxy/1.1',
    },
  }
}

/** Inbound SMS (Messaging webhook, form POST). */
export function inboundSms(opts: SignOptions, body = SCRUB_TEXTS[0].text): SignedWebhook {
  const messageSid = sid('SM')
  // biome-ignore format: packed list
  return formWebhook('SMS (Messaging)', '/twilio/messaging', {
    ToCountry: 'US', ToState: 'CA', SmsMessageSid: messageSid, NumMedia: '0', ToCity: 'SAN FRANCISCO',
    FromZip: '94110', SmsSid: messageSid, FromState: 'CA', SmsStatus: 'received', FromCity: 'SAN FRANCISCO',
    Body: personalize(body, opts.sender), FromCountry: 'US', To: '+14155550100', MessagingServiceSid: 'MG9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d',
    ToZip: '94103', NumSegments: '1', MessageSid: messageSid, AccountSid: opts.accountSid,
    From: opts.from ?? opts.sender?.phone ?? '+14155550123', ApiVersion: '2010-04-01',
  }, opts)
}

const GATHER_SPEECH =
  'this is patricia gomez my date of birth is june sixth nineteen eighty and i need my metformin refilled'

/** The caller and called-party fields every Voice webhook carries. */
function callParties(opts: SignOptions, callSid: string): Record<string, string> {
  const caller = opts.from ?? opts.sender?.phone ?? '+15075550123'
  // biome-ignore format: packed list
  return {
    Called: '+14155550100', ToState: 'CA', CallerCountry: 'US', Direction: 'inbound', CallerState: 'MN',
    ToZip: '94103', CallSid: callSid, To: '+14155550100', CallerZip: '56091', ToCountry: 'US',
    ApiVersion: '2010-04-01', CalledZip: '94103', CalledCity: 'SAN FRANCISCO',
    From: caller, AccountSid: opts.accountSid, CalledCountry: 'US', CallerCity: 'WALDORF',
    Caller: caller, FromCountry: 'US', ToCity: 'SAN FRANCISCO', FromCity: 'WALDORF', CalledState: 'CA',
    FromZip: '56091', FromState: 'MN', CallerName: personalize('GOMEZ PATRICIA', opts.sender),
  }
}

/** `<Gather input="speech">` action on the Voice route. */
export function voiceGather(opts: SignOptions, speech = GATHER_SPEECH, callSid = sid('CA')): SignedWebhook {
  return formWebhook(
    'Voice <Gather> speech',
    '/twilio/voice',
    {
      ...callParties(opts, callSid),
      CallStatus: 'in-progress',
      SpeechResult: personalize(speech, opts.sender),
      Confidence: '0.92',
    },
    opts,
  )
}

/** A call status callback (`completed` by default) on the Voice route. */
export function voiceCallStatus(opts: SignOptions, callSid = sid('CA'), status = 'completed'): SignedWebhook {
  return formWebhook(
    'Voice call status',
    '/twilio/voice',
    {
      ...callParties(opts, callSid),
      CallStatus: status,
      ...(status === 'completed'
        ? { CallDuration: '48', Duration: '1', Timestamp: 'Fri, 17 Jul 2026 12:06:31 +0000' }
        : {}),
      CallbackSource: 'call-progress-events',
      SequenceNumber: '0',
    },
    opts,
  )
}

/** Real-time `<Transcription>` content event. */
export function transcriptionContent(opts: SignOptions, transcript = SCRUB_TEXTS[2].text.slice(0, 600)): SignedWebhook {
  // biome-ignore format: packed list
  return formWebhook('Voice transcript (real-time)', '/twilio/transcriptions', {
    AccountSid: opts.accountSid, CallSid: sid('CA'), TranscriptionSid: sid('GT'),
    Timestamp: '2026-07-17T12:05:03.123Z', SequenceId: '7', TranscriptionEvent: 'transcription-content',
    Track: 'inbound_track', LanguageCode: 'en-US', Final: 'true',
    TranscriptionData: JSON.stringify({ transcript: personalize(transcript, opts.sender), confidence: 0.93 }),
  }, opts)
}

/** Conversations (classic) `onMessageAdded` from a web chat participant. */
export function conversationMessage(opts: SignOptions, body = SCRUB_TEXTS[1].text.slice(0, 400)): SignedWebhook {
  // biome-ignore format: packed list
  return formWebhook('Chat (Conversations)', '/twilio/conversations', {
    AccountSid: opts.accountSid, EventType: 'onMessageAdded', Source: 'SDK', ConversationSid: sid('CH'),
    ChatServiceSid: 'IS0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f', MessageSid: sid('IM'), ParticipantSid: sid('MB'),
    Author: opts.from ?? opts.sender?.email ?? 'olivia.bennett82@example.com',
    ClientIdentity: opts.from ?? opts.sender?.email ?? 'olivia.bennett82@example.com', Index: '3',
    DateCreated: '2026-07-17T12:06:00Z', Body: personalize(body, opts.sender),
    Attributes: JSON.stringify({ patientName: personalize('Olivia Bennett', opts.sender), dob: '1982-04-02', topic: 'pediatrics' }),
  }, opts)
}

const EVENT_STREAMS_BODY =
  'this is rick alvarez, I need to cancel my appointment on 5/12, my ssn is 623-18-4470 if you need it'

/** Event Streams batch (JSON array of CloudEvents, `bodySHA256`). */
export function eventStreamsBatch(opts: SignOptions, text = EVENT_STREAMS_BODY): SignedWebhook {
  const messageSid = sid('SM')
  return jsonWebhook(
    'Event Streams (JSON)',
    '/twilio/events',
    [
      // biome-ignore format: packed list
      {
      specversion: '1.0',
      type: 'com.twilio.messaging.inbound-message.received',
      source: `/2010-04-01/Accounts/${opts.accountSid}/Messages/${messageSid}.json`,
      id: sid('EZ'), dataschema: 'https://events-schemas.twilio.com/Messaging.InboundMessageV1/5',
      datacontenttype: 'application/json', time: '2026-07-17T12:05:00.000Z',
      data: {
        messageSid, accountSid: opts.accountSid, from: opts.from ?? opts.sender?.phone ?? '+12135550178', to: '+14155550100',
        body: personalize(text, opts.sender),
        numMedia: 0, numSegments: 1, fromCity: 'LOS ANGELES', fromState: 'CA', fromZip: '90026', fromCountry: 'US',
        messagingServiceSid: 'MG9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d',
      },
    },
    ],
    opts,
  )
}

/**
 * Worst case of the vault's cost (issue 11): one 1,600-character SMS carrying 133 distinct phone numbers, from a sender
 * never seen before. `seed` picks numbers no other seed uses, so every value is a first sighting.
 */
export function adversarialSms(opts: SignOptions, seed: number): SignedWebhook {
  const numbers = Array.from({ length: 133 }, (_, i) => {
    const k = seed * 133 + i
    return `${200 + (k % 700)}555${String(1000 + (Math.floor(k / 700) % 9000)).padStart(4, '0')}`
  })
  const sender = senderNumber(500_000 + seed)
  const hook = inboundSms({ ...opts, sender }, numbers.join(' '))
  return { ...hook, label: 'SMS with 133 phone numbers (1,600 chars)' }
}

/**
 * Worst case of the vault's and the engine's cost: a Conversations message of `bytes` (90 KB by default) listing
 * people and their numbers, every one new (`seed` as in {@link adversarialSms}).
 */
export function adversarialConversation(opts: SignOptions, seed: number, bytes = 90_000): SignedWebhook {
  let body = ''
  for (let i = 0; body.length < bytes; i++) {
    const k = seed * 4096 + i
    body += `call ${FIRST[k % 32]} ${LAST[Math.floor(k / 32) % 32]}${lettersOf(Math.floor(k / 1024) + 1)} at ${200 + (k % 700)}-555-${String(k % 10_000).padStart(4, '0')}, `
  }
  const hook = conversationMessage({ ...opts, sender: senderNumber(700_000 + seed) }, body.slice(0, bytes))
  return { ...hook, label: `Conversations message, ${Math.round(bytes / 1000)} KB of names and numbers` }
}

/** Who sends the webhooks of a mix. */
export type SenderMix =
  /** The fixtures' fixed patients (every contact detail repeats). */
  | { kind: 'fixed' }
  /** A pool of `size` patients (numbered from `first`) taking turns: each one writes again after `size` webhooks. */
  | { kind: 'pool'; size: number; first?: number }
  /** A patient never seen before on every webhook (the vault mints a token for each sender). */
  | { kind: 'new' }

let newSenders = 0

/** The load mix of the end-to-end benchmark: mostly SMS, like a clinic's traffic. */
export function benchMix(opts: SignOptions, count: number, senders: SenderMix = { kind: 'fixed' }): SignedWebhook[] {
  const out: SignedWebhook[] = []
  // Numbers of the "new" kind start past any pool, and never repeat within a process.
  const poolSize = senders.kind === 'pool' ? Math.max(1, senders.size) : 0
  for (let i = 0; i < count; i++) {
    const sender =
      senders.kind === 'pool'
        ? senderNumber((senders.first ?? 0) + (i % poolSize))
        : senders.kind === 'new'
          ? senderNumber(60_000 + newSenders++)
          : undefined
    const o: SignOptions = sender ? { ...opts, sender } : opts
    const k = i % 10
    if (k < 6) out.push(inboundSms(o))
    else if (k === 6) out.push(voiceGather(o))
    else if (k === 7) out.push(transcriptionContent(o))
    else if (k === 8) out.push(conversationMessage(o))
    else out.push(eventStreamsBatch(o))
  }
  return out
}
