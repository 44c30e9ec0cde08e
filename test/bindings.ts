/** Secrets and vars the test Worker runs with (dev-only values). */
export const TEST_BINDINGS: Record<string, string> = {
  TWILIO_AUTH_TOKEN: '12345',
  PUBLIC_BASE_URL: '',
}
