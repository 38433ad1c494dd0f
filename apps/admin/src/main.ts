import 'element-plus/dist/index.css';
import ElementPlus from 'element-plus';
import en from 'element-plus/es/locale/lang/en';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import { createApp } from 'vue';
import App from './App.vue';
import { currentLocale, i18n } from './i18n/index.js';
import { router } from './router.js';

createApp(App)
  .use(i18n)
  .use(router)
  .use(ElementPlus, { locale: currentLocale() === 'en' ? en : zhCn })
  .mount('#app');
