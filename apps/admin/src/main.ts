import './element-plus-styles.js';
import 'element-plus/theme-chalk/dark/css-vars.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './i18n/index.js';
import { installSessionExpiry, router } from './router.js';

const app = createApp(App).use(createPinia()).use(i18n).use(router);
installSessionExpiry();
app.mount('#app');
