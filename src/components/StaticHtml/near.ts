import {useEffect, type RefObject} from 'react';
import {afterFirstInteraction} from './firstInteraction';

/** A third of a phone screen ahead of the reader (as LazyTools). */
export const NEAR_MARGIN = '300px 0px';

/** What counts as touching a part before it has come near: a pointer over it or down on it, focus, a key. */
const TOUCH_EVENTS = ['pointerenter', 'pointerdown', 'focusin', 'keydown'] as const;

/**
 * Calls `onNear` each time the element is seen within NEAR_MARGIN of the viewport (callers act once) until the
 * returned observer is disconnected; undefined where there is no IntersectionObserver.
 */
function observeNear(target: Element, onNear: () => void): IntersectionObserver | undefined {
  if (typeof IntersectionObserver === 'undefined') return undefined;
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onNear(), {
    rootMargin: NEAR_MARGIN,
  });
  observer.observe(target);
  return observer;
}

/**
 * Calls `onNear` once, while `active`, when the element comes within NEAR_MARGIN of the viewport or the reader
 * touches it (a pointer over it, a tap, a focus, a key), whichever comes first; at once where there is no
 * IntersectionObserver. With `touchOnly`, coming near does not count. `onNear` should keep its identity between
 * renders (useCallback): a new one starts the watching again.
 */
export function useWhenNear(
  element: RefObject<HTMLElement | null>,
  active: boolean,
  onNear: () => void,
  touchOnly = false,
): void {
  useEffect(() => {
    if (!active) return undefined;
    const target = element.current;
    if (!target) return undefined;
    let done = false;
    const observer = touchOnly ? undefined : observeNear(target, near);
    function stopWatching(): void {
      observer?.disconnect();
      for (const event of TOUCH_EVENTS) target?.removeEventListener(event, near, {capture: true});
    }
    function near(): void {
      if (done) return;
      done = true;
      stopWatching();
      onNear();
    }
    for (const event of TOUCH_EVENTS) target.addEventListener(event, near, {capture: true});
    if (!observer && !touchOnly) near();
    return stopWatching;
  }, [active, element, onNear, touchOnly]);
}

/** What the reader did to a kept part before it came to life, given again once it has (useWhenTouched). */
export interface HeldTouch {
  /** The clicked element's path (pathTo): the click is held, and given to the same element once live. */
  click?: readonly number[];
  /** The focused element's path: focus moves to the same element once live. */
  focus?: readonly number[];
}

/** The path from `root` down to `node`: at each level the index among the parent's element children. */
export function pathTo(root: Element, node: Element): number[] | undefined {
  const path: number[] = [];
  for (let at: Element | null = node; at !== root; at = at.parentElement) {
    if (!at?.parentElement) return undefined;
    path.unshift([...at.parentElement.children].indexOf(at));
  }
  return path;
}

/** The element at `path` under `root` (pathTo's inverse), if there is one. */
export function atPath(root: Element, path: readonly number[]): Element | undefined {
  let at: Element | undefined = root;
  for (const index of path) at = at?.children[index];
  return at;
}

/** Whether focus came by keyboard (`:focus-visible`), not by a tap or click. */
function focusedByKeyboard(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true; // A browser without :focus-visible: treat focus as the keyboard's, so the part comes to life.
  }
}

/**
 * Calls `onLive` once, while `active`, when the reader touches a kept part in a way that needs it live: a mouse or
 * pen over it, keyboard focus in it, a key, or a click or tap (held: not given to the kept HTML, and recorded in
 * `held` to be given again once live); with `near`, also when it comes within NEAR_MARGIN of the viewport. Without
 * `near`, coming within NEAR_MARGIN calls `prefetch` at idle after the reader's first interaction with the page, so
 * a touch finds the part's code there; a finger going down on it calls `prefetch` at once. The part is not swapped
 * under a finger, which would lose the tap. A click on a link is left alone (it works without the part).
 */
export function useWhenTouched(
  element: RefObject<HTMLElement | null>,
  active: boolean,
  near: boolean,
  onLive: () => void,
  prefetch: () => void,
  held: {current: HeldTouch},
): void {
  useEffect(() => {
    if (!active) return undefined;
    const target = element.current;
    if (!target) return undefined;
    let done = false;
    const live = (): void => {
      if (done) return;
      done = true;
      stopWatching();
      onLive();
    };
    const focusPath = (): void => {
      const focused = document.activeElement;
      if (focused && target.contains(focused)) held.current = {...held.current, focus: pathTo(target, focused)};
    };
    const listeners: {[K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void} = {
      pointerenter: (event) => (event.pointerType === 'touch' ? prefetch() : live()),
      pointerdown: (event) => (event.pointerType === 'touch' ? prefetch() : live()),
      focusin: (event) => {
        if (!(event.target instanceof Element) || !focusedByKeyboard(event.target)) return;
        focusPath();
        live();
      },
      keydown: () => {
        focusPath();
        live();
      },
      click: (event) => {
        if (!(event.target instanceof Element) || event.target.closest('a[href]')) return;
        event.preventDefault();
        event.stopPropagation();
        held.current = {...held.current, click: pathTo(target, event.target)};
        focusPath();
        // Clicks are watched until the part is live: one may come after a touch's prefetch, or after `live` (the
        // part's code still loading, or failed to load offline: each click asks for it again).
        if (!done) {
          done = true;
          stopWatching();
        }
        onLive();
      },
    };
    const entries = Object.entries(listeners) as [string, EventListener][];
    let prefetchAsked = false;
    const comeNear = (): void => {
      if (near) live();
      else if (!prefetchAsked) {
        prefetchAsked = true;
        afterFirstInteraction(prefetch);
      }
    };
    const observer = observeNear(target, comeNear);
    function stopWatching(): void {
      observer?.disconnect();
      for (const [event, listener] of entries)
        if (event !== 'click') target?.removeEventListener(event, listener, true);
    }
    for (const [event, listener] of entries) target.addEventListener(event, listener, true);
    if (!observer) comeNear();
    return () => {
      stopWatching();
      target.removeEventListener('click', listeners.click as EventListener, true);
    };
  }, [active, element, near, onLive, prefetch, held]);
}
