import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { contentSecurityPolicy } from './build/csp.ts'
import { offline } from './build/offline.ts'

// The app is served from any static host or from `vite preview`; it never reaches another origin.
// Production builds carry a Content-Security-Policy and a service worker for offline use.
export default defineConfig({
  plugins: [vue(), contentSecurityPolicy(), offline()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // The first load must stay small: chart and spreadsheet code are split out by dynamic imports.
    chunkSizeWarningLimit: 700,
  },
  worker: { format: 'es' },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
  server: { port: Number(process.env.PORT ?? 5173) },
})
