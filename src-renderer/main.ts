import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { loadSystemLocale } from './locale'
import './styles/theme.css'
import './styles/forms.css'

// Formats are known before anything is drawn, so no screen shows a date in the wrong order.
void loadSystemLocale().then(() => createApp(App).use(createPinia()).mount('#app'))
