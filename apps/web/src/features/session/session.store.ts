import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Role } from '../../gql/graphql';

const STORAGE_KEY = 'openclr.activeRole';

function readStoredRole(): Role | null {
  try {
    return (globalThis.sessionStorage?.getItem(STORAGE_KEY) as Role | null) ?? null;
  } catch {
    return null;
  }
}

function storeRole(role: Role | null): void {
  try {
    if (role) globalThis.sessionStorage?.setItem(STORAGE_KEY, role);
    else globalThis.sessionStorage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled (private mode, policy); the role then lasts for this page only.
  }
}

/**
 * Client-side session state. Who the viewer is comes from the `Viewer` query (Apollo cache); this store only
 * remembers which of their roles they are acting as, per browser tab.
 */
export const useSessionStore = defineStore('session', () => {
  const activeRole = ref<Role | null>(readStoredRole());

  function setActiveRole(role: Role | null): void {
    activeRole.value = role;
    storeRole(role);
  }

  function clear(): void {
    setActiveRole(null);
  }

  return { activeRole, setActiveRole, clear };
});
