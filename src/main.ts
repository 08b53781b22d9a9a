import './app/zod-config'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import '@fontsource/sarabun/400.css'
import '@fontsource/sarabun/700.css'
import './styles/main.css'
import App from './App.vue'
import { createAppRouter } from './router'
import { registerServiceWorker } from './app/service-worker'

const app = createApp(App)
app.use(createPinia())
app.use(createAppRouter())
app.mount('#app')
registerServiceWorker()
