// What a reader typed into a tool, kept in this tab's memory while they follow a finding's «Les mer» link and
// come back with Back: the site navigates within the page's JavaScript (FindingList's link), so the values
// survive; they are never put in storage or in the URL, and a reload forgets them.
import {useCallback, useState} from 'react';
import {useLocation} from '@docusaurus/router';

const memory = new Map<string, unknown>();

/**
 * `useState` that remembers its value for this tool on this page for as long as the tab's JavaScript runs.
 * `name` tells the tool's values apart (`token-inspector.token`).
 */
export function useRemembered<T>(name: string, initial: T): [T, (value: T | ((previous: T) => T)) => void] {
  const key = `${useLocation().pathname}\u0000${name}`;
  const [value, setValue] = useState<T>(() => (memory.has(key) ? (memory.get(key) as T) : initial));
  const set = useCallback(
    (next: T | ((previous: T) => T)) =>
      setValue((previous) => {
        const value = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
        memory.set(key, value);
        return value;
      }),
    [key],
  );
  return [value, set];
}

/** Forgets every remembered value (the unit tests start each test with empty tools). */
export function forgetToolValues(): void {
  memory.clear();
}
