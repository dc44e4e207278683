import React, {lazy, Suspense, useCallback, useLayoutEffect, useRef, useState, useTransition} from 'react';
import type {RefObject} from 'react';
import {translate} from '@docusaurus/Translate';
import type SearchBarType from '@theme/SearchBar';
import type {WrapperProps} from '@docusaurus/types';

/**
 * The local search bar, loaded when the reader reaches for it (pointer over it, touch, or keyboard focus)
 * instead of with every page: its code is not in the JavaScript a guide page needs to show its text.
 * Until then a look-alike input stands in its place. The stand-in stays (with focus) while the search bar
 * loads, and the search bar takes focus only if the stand-in still has it when they swap: a reader who has
 * tabbed on, or pressed a button further down, keeps their place.
 */
const OriginalSearchBar = lazy(() => import('@theme-original/SearchBar'));

type Props = WrapperProps<typeof SearchBarType>;

const SEARCH_INPUT = '.navbar__search input.navbar__search-input';

interface HandOverProps {
  /** The text typed into the stand-in. */
  readonly typed: string;
  /** Whether the stand-in still had focus when it was removed. */
  readonly focused: RefObject<boolean>;
  readonly label: string;
}

/** Gives the loaded search bar what the stand-in had: the typed text, a translated name, and focus if it had it. */
function HandOver({typed, focused, label}: HandOverProps): null {
  // A layout effect runs in the same task as the commit that removed the stand-in: no keystroke can arrive
  // between the two and land nowhere (with a passive effect, one or two typed letters were lost).
  useLayoutEffect(() => {
    const input = document.querySelector<HTMLInputElement>(SEARCH_INPUT);
    if (!input) return;
    // The plugin writes aria-label="Search" in every locale; React does not touch a constant prop again.
    input.setAttribute('aria-label', label);
    if (typed !== '') {
      // Set the value the way a keystroke does, so the search bar's own change handler sees it.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, typed);
      input.dispatchEvent(new Event('input', {bubbles: true}));
    }
    if (focused.current) input.focus();
    // Once, when the search bar has mounted: later typing goes to the search bar itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}

interface StandInProps {
  readonly label: string;
  readonly typed: string;
  readonly onWanted: () => void;
  readonly onTyped: (typed: string) => void;
  /** Called as the stand-in is removed: did its input still have focus? */
  readonly onLeave: (focused: boolean) => void;
}

function StandIn({label, typed, onWanted, onTyped, onLeave}: StandInProps): React.JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  // A layout effect's cleanup runs before the input leaves the document, so focus can still be read.
  useLayoutEffect(() => {
    const element = input.current;
    return () => onLeave(element !== null && document.activeElement === element);
  }, [onLeave]);
  return (
    <div className="navbar__search">
      <input
        ref={input}
        className="navbar__search-input"
        placeholder={label}
        aria-label={label}
        value={typed}
        onChange={(event) => onTyped(event.target.value)}
        onPointerEnter={onWanted}
        onTouchStart={onWanted}
        onFocus={onWanted}
      />
    </div>
  );
}

export default function SearchBar(props: Props): React.JSX.Element {
  const [wanted, setWanted] = useState(false);
  // A transition keeps the stand-in (and its focus) on screen while the search bar's code loads, instead of
  // swapping in the Suspense fallback, which would be a new input and drop focus to the page.
  const [, startTransition] = useTransition();
  const [typed, setTyped] = useState('');
  const focused = useRef(false);
  const label = translate({
    id: 'theme.SearchBar.label',
    message: 'Search',
    description: 'The ARIA label and placeholder for search button',
  });
  const onWanted = useCallback(() => startTransition(() => setWanted(true)), []);
  const onLeave = useCallback((hadFocus: boolean) => {
    focused.current = hadFocus;
  }, []);
  const standIn = <StandIn label={label} typed={typed} onWanted={onWanted} onTyped={setTyped} onLeave={onLeave} />;
  return (
    <Suspense fallback={standIn}>
      {wanted ? (
        <>
          <OriginalSearchBar {...props} />
          <HandOver typed={typed} focused={focused} label={label} />
        </>
      ) : (
        standIn
      )}
    </Suspense>
  );
}
