// Hello-world POST Worker: the baseline of `npm run bench` (same runtime, same requests, no work).
export default {
  async fetch(request) {
    if (request.method !== 'POST') return new Response('hello\n')
    await request.text()
    return new Response('<?xml version="1.0" encoding="UTF-8"?><Response/>', {
      headers: { 'content-type': 'text/xml' },
    })
  },
}
