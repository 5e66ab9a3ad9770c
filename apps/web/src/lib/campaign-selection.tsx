import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

const STORAGE_KEY = 'lifeboat.campaignId';

interface CampaignSelection {
  /** The campaign the rep works in, or null for all of theirs. */
  campaignId: string | null;
  setCampaignId(id: string | null): void;
}

const CampaignSelectionContext = createContext<CampaignSelection>({ campaignId: null, setCampaignId: () => undefined });

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The campaign chosen in the header, shared by the queue, the pipeline and the accounts; kept on this browser. */
export function CampaignSelectionProvider({ children }: { children: ReactNode }) {
  const [campaignId, setState] = useState<string | null>(stored);
  const setCampaignId = useCallback((id: string | null) => {
    setState(id);
    try {
      if (id) localStorage.setItem(STORAGE_KEY, id);
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // kept for this visit only
    }
  }, []);
  const value = useMemo(() => ({ campaignId, setCampaignId }), [campaignId, setCampaignId]);
  return <CampaignSelectionContext.Provider value={value}>{children}</CampaignSelectionContext.Provider>;
}

export function useCampaignSelection(): CampaignSelection {
  return useContext(CampaignSelectionContext);
}
