import {useEffect, type RefObject} from 'react';

/** A third of a phone screen ahead of the reader (as LazyTools). */
export const NEAR_MARGIN = '300px 0px';

/** What counts as touching a part before it has come near: a pointer over it or down on it, focus, a key. */
const TOUCH_EVENTS = ['pointerenter', 'pointerdown', 'focusin', 'keydown'] as const;

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
    const observer =
      touchOnly || typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && near(), {
            rootMargin: NEAR_MARGIN,
          });
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
    if (observer) observer.observe(target);
    else if (!touchOnly) near();
    return stopWatching;
  }, [active, element, onNear, touchOnly]);
}
