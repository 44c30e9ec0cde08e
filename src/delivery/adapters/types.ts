/** The one interface every adapter implements: envelope in, request out. */
import type { AdapterOptions, Destination } from '../../config/destinations'
import type { Envelope, OutboundRequest } from '../types'

/** What an adapter gets to build one request. */
export interface AdapterInput<O extends AdapterOptions = AdapterOptions> {
  envelope: Envelope
  destination: Destination
  options: O
  /** The envelope serialised once (the exact bytes that are signed for the webhook adapter). */
  body: string
}

/** Maps an envelope to the tool's documented request (auth headers are added from the destination's secrets). */
export type Adapter<O extends AdapterOptions = AdapterOptions> = (input: AdapterInput<O>) => OutboundRequest
