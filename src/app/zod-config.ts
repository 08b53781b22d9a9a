import { z } from 'zod'

// zod compiles fast parsers with `new Function` unless told not to; the Content-Security-Policy forbids
// eval, and even zod's probe for it would be reported as a violation. Imported first by main.ts, before
// any schema parses.
z.config({ jitless: true })
