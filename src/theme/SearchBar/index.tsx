import React, {lazy, Suspense, useEffect, useState, type ComponentProps} from 'react';
import {translate} from '@docusaurus/Translate';
import type OriginalSearchBarType from '@theme-original/SearchBar';

/**
 * The local search bar, loaded when the reader reaches for it (pointer over it, touch, or keyboard focus)
 * instead of with every page: its code is not in the JavaScript a guide page needs to show its text.
 * Until then a look-alike input stands in its place; focus and anything already typed carry over.
 */
const OriginalSearchBar = lazy(() => import('@theme-original/SearchBar'));

type Props = ComponentProps<typeof OriginalSearchBarType>;

function HandOver({typed, focus}: {readonly typed: string; readonly focus: boolean}): null {
  useEffect(() => {
    const input = document.querySelector<HTMLInputElement>('.navbar__search input.navbar__search-input');
    if (!input) return;
    if (focus) input.focus();
    if (typed !== '') {
      // Set the value the way a keystroke does, so the search bar's own change handler sees it.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, typed);
      input.dispatchEvent(new Event('input', {bubbles: true}));
    }
  }, [typed, focus]);
  return null;
}

export default function SearchBar(props: Props): React.JSX.Element {
  const [wanted, setWanted] = useState(false);
  const [typed, setTyped] = useState('');
  const [hadFocus, setHadFocus] = useState(false);
  const label = translate({
    id: 'theme.SearchBar.label',
    message: 'Search',
    description: 'The ARIA label and placeholder for search button',
  });
  const standIn = (
    <div className="navbar__search">
      <input
        className="navbar__search-input"
        placeholder={label}
        aria-label={label}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        onPointerEnter={() => setWanted(true)}
        onTouchStart={() => setWanted(true)}
        onFocus={() => {
          setHadFocus(true);
          setWanted(true);
        }}
      />
    </div>
  );
  if (!wanted) return standIn;
  return (
    <Suspense fallback={standIn}>
      <OriginalSearchBar {...props} />
      <HandOver typed={typed} focus={hadFocus} />
    </Suspense>
  );
}
