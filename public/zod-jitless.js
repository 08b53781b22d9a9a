// Read by zod when it loads: never compile parsers with `new Function`. The Content-Security-Policy
// forbids eval, and zod decides (and probes for eval) when a schema is defined, which happens while
// modules load, before any code of ours could call z.config(). A classic script runs before every module.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true })
