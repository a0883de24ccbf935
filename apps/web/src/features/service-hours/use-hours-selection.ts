import type { HoursEntry } from '@liandong/domain';
import { useEffect, useState } from 'react';

/** Whether an entry can be ticked for a bulk decision: it waits for one, and it is not the user's own. */
export const isDecidable = (entry: HoursEntry) => entry.status === 'pending' && !entry.ownEntry;

export interface HoursSelection {
  ids: string[];
  entries: HoursEntry[];
  set: (entries: readonly HoursEntry[]) => void;
  toggle: (entry: HoursEntry, on: boolean) => void;
  clear: () => void;
  selectable: (entry: HoursEntry) => boolean;
  /** The credited total of the ticked entries (hundredths). */
  totalHundredths: number;
}

/**
 * The ticked entries of the page in view. A change of page or filter (`resetKey`) clears them, so a bulk decision
 * never covers rows the coordinator can no longer see.
 */
export function useHoursSelection(resetKey: string): HoursSelection {
  const [entries, setEntries] = useState<HoursEntry[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the trigger, its value is not read
  useEffect(() => setEntries([]), [resetKey]);
  return {
    ids: entries.map((entry) => entry.id),
    entries,
    set: (next) => setEntries(next.filter(isDecidable)),
    toggle: (entry, on) =>
      setEntries((current) =>
        on && isDecidable(entry)
          ? [...current.filter((item) => item.id !== entry.id), entry]
          : current.filter((item) => item.id !== entry.id),
      ),
    clear: () => setEntries([]),
    selectable: isDecidable,
    totalHundredths: entries.reduce((total, entry) => total + entry.creditedHundredths, 0),
  };
}
