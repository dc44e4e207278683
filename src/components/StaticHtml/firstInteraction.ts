/**
 * Work that waits for the reader's first interaction with the page (a tap, a key, a scroll): code that a touch or a
 * scroll will soon need is fetched then, at idle, while loading the page runs none of it. Used by the kept parts
 * (near.ts), the code blocks' highlighter and the tools' bodies (LazyTools). Nothing on the server.
 */
let interacted = false;
const waitingForInteraction = new Set<() => void>();
const FIRST_INTERACTIONS = ['pointerdown', 'keydown', 'scroll', 'wheel', 'touchstart'] as const;

function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(work, {timeout: 2000});
  else setTimeout(work, 0);
}

/**
 * Runs `work` when the browser is idle after the reader's first interaction with the page, or at the next idle
 * moment if they have already interacted. Returns a function that cancels it if it has not run yet.
 */
export function afterFirstInteraction(work: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  let cancelled = false;
  const run = (): void => {
    if (!cancelled) work();
  };
  const cancel = (): void => {
    cancelled = true;
    waitingForInteraction.delete(run);
  };
  if (interacted) whenIdle(run);
  else waitingForInteraction.add(run);
  return cancel;
}

function first(): void {
  interacted = true;
  for (const event of FIRST_INTERACTIONS) window.removeEventListener(event, first, {capture: true});
  const works = [...waitingForInteraction];
  waitingForInteraction.clear();
  if (works.length > 0) whenIdle(() => works.forEach((w) => w()));
}

// Listening from the moment this module loads (with the page's first scripts), so an interaction before any part
// asked to wait still counts.
if (typeof window !== 'undefined')
  for (const event of FIRST_INTERACTIONS) window.addEventListener(event, first, {capture: true, passive: true});
