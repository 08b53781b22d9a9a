import { createApp } from 'vue'
import { createPinia } from 'pinia'
import '@fontsource/sarabun/400.css'
import '@fontsource/sarabun/700.css'
import './styles/main.css'
import App from './App.vue'
import { createAppRouter } from './router'
import { registerServiceWorker } from './app/service-worker'
import { applyConnectPolicy } from './app/connect-policy'

// Before anything can connect: only this origin and the configured sync servers.
if (import.meta.env.PROD) applyConnectPolicy()

const router = createAppRouter()
// The tab names the screen, so several open tabs and the browser history can be told apart.
router.afterEach((to) => {
  document.title = typeof to.meta.title === 'string' ? `${to.meta.title} · ITA วิเคราะห์ผลและมาตรการ` : 'ITA วิเคราะห์ผลและมาตรการ'
})

const app = createApp(App)
app.use(createPinia())
app.use(router)
app.mount('#app')
registerServiceWorker()
