import { defineStore } from 'pinia';
import { ref, watchEffect } from 'vue';

const DARK_KEY = 'cadre.dark';
const COLLAPSED_KEY = 'cadre.sidebarCollapsed';

const stored = (key: string) => typeof localStorage !== 'undefined' && localStorage.getItem(key) === '1';

/** 界面偏好: dark mode (Element Plus' dark CSS variables under `html.dark`) and the collapsed sidebar, remembered. */
export const usePreferencesStore = defineStore('preferences', () => {
  const dark = ref(stored(DARK_KEY));
  const sidebarCollapsed = ref(stored(COLLAPSED_KEY));
  watchEffect(() => {
    document.documentElement.classList.toggle('dark', dark.value);
    localStorage.setItem(DARK_KEY, dark.value ? '1' : '0');
    localStorage.setItem(COLLAPSED_KEY, sidebarCollapsed.value ? '1' : '0');
  });
  return {
    dark,
    sidebarCollapsed,
    toggleDark: () => {
      dark.value = !dark.value;
    },
    toggleSidebar: () => {
      sidebarCollapsed.value = !sidebarCollapsed.value;
    },
  };
});
