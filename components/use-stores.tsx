// React access to the persisted stores. Pages use the extension's shared set; tests pass their own
// (over an in-memory storage) through <StoresProvider>.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { getStores, type Stores } from '../lib/store/stores.ts';

const StoresContext = createContext<Stores | null>(null);

export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

export function useStores(): Stores {
  return useContext(StoresContext) ?? getStores();
}

export const useSettings = () => useStore(useStores().settings);
export const useChecklist = () => useStore(useStores().checklist);
export const useTrainees = () => useStore(useStores().trainees);
export const useReviews = () => useStore(useStores().reviews);

/** Every store's notice (unreadable saved data, a failed save), ready for PageShell. */
export function useNotices() {
  const all = [useSettings(), useChecklist(), useTrainees(), useReviews()];
  return all.filter((x) => x.notice).map((x) => ({ text: x.notice!, dismiss: x.dismissNotice }));
}
