import React, {useSyncExternalStore} from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import type MobileSidebarType from '@theme/Navbar/MobileSidebar';
import type {WrapperProps} from '@docusaurus/types';

/**
 * The phone menu (the panel the ☰ button opens, with the guide's whole table of contents) is drawn once the reader
 * first reaches for the page: a touch, a press of a mouse button or a key, keyboard focus, or a click. Docusaurus
 * draws it right after load on every page at phone width, closed and out of sight: about 300 React components
 * and their elements, a fifth of a guide page's, while the phone is still busy loading. A tap on ☰ first presses
 * (pointerdown or touchstart), and the menu is drawn in that same event, before the click opens it; a screen
 * reader's activation is a click alone, and the menu is drawn in its capture phase, before the button's own
 * handler opens it. Nothing on the server: Docusaurus draws this menu only in the browser.
 * plugins/phone-menu stops the build if the navbar no longer draws the menu through this component.
 */
export const FIRST_REACH_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'click'] as const;

let reached = false;
const subscribers = new Set<() => void>();

function onFirstReach(): void {
  reached = true;
  for (const event of FIRST_REACH_EVENTS) window.removeEventListener(event, onFirstReach, {capture: true});
  for (const notify of subscribers) notify();
}

// From the moment this module loads, with the page's first scripts.
if (typeof window !== 'undefined')
  for (const event of FIRST_REACH_EVENTS) window.addEventListener(event, onFirstReach, {capture: true, passive: true});

function subscribe(notify: () => void): () => void {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
}

type Props = WrapperProps<typeof MobileSidebarType>;

export default function MobileSidebarOnFirstReach(props: Props): React.JSX.Element | null {
  const wanted = useSyncExternalStore(
    subscribe,
    () => reached,
    () => false,
  );
  return wanted ? <MobileSidebar {...props} /> : null;
}
