import { computed } from 'vue';
import { fetchVillageOptions, type VillageOption } from '../api/villages.js';
import { useRemoteData } from './useRemoteData.js';

/** Several components of a page ask at once: they share one request while it is fresh. */
const FRESH_FOR_MS = 15_000;
let shared: { fetchedAt: number; villages: Promise<VillageOption[]> } | null = null;

function loadVillages(): Promise<VillageOption[]> {
  if (!shared || Date.now() - shared.fetchedAt > FRESH_FOR_MS) {
    const villages = fetchVillageOptions();
    shared = { fetchedAt: Date.now(), villages };
    villages.catch(() => {
      shared = null;
    });
  }
  return shared.villages;
}

/** The villages and communities, for selectors and for naming a village by its id. */
export function useVillages() {
  const { data, loading, reload } = useRemoteData(loadVillages);
  const villages = computed(() => data.value ?? []);
  return {
    villages,
    loading,
    villageName: (id: string | null | undefined) => villages.value.find((v) => v.id === id)?.name ?? '',
    townshipOf: (id: string) => villages.value.find((v) => v.id === id)?.townshipId ?? '',
    /** Reads the list afresh (after a village was registered). */
    reload: () => {
      shared = null;
      return reload();
    },
  };
}
