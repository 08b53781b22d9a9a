import type { Plugin } from 'vite'

/**
 * The Content-Security-Policy of the built app, as a <meta> in index.html (production only: the dev
 * server needs inline scripts for hot reload). Scripts, styles, fonts and connections come from the
 * app's own origin only: no inline script, no eval (zod runs jitless, see public/zod-jitless.js), no
 * remote origin except for connections: connect-src admits http(s) here and is narrowed by a second
 * policy the entry module adds before anything connects, to 'self' plus the sync servers the committee
 * configured (src/app/connect-policy.ts). Styles set through the CSSOM (Vue's :style, Chart.js sizing the canvas) are not
 * affected. frame-ancestors cannot be set from a <meta>; a host that serves the app should send it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'ita-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  }
}
