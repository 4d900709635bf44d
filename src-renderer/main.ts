import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { useRecordStore } from './board/persistence'
import { interimRecordStore } from './board/interimStore'
import './styles/theme.css'

useRecordStore(interimRecordStore())
createApp(App).use(createPinia()).mount('#app')
