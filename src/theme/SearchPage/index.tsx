/// <reference types="@docusaurus/theme-search-algolia" />
// ^ Docusaurus declares the search page's contract (`@theme/SearchPage`, no props) with its Algolia theme; this
// site's search plugin (@easyops-cn/docusaurus-search-local) fills the same slot and declares no types of its own.
import React, {useEffect} from 'react';
import SearchPage from '@theme-original/SearchPage';
import type SearchPageType from '@theme/SearchPage';
import type {WrapperProps} from '@docusaurus/types';
import {translate} from '@docusaurus/Translate';

type Props = WrapperProps<typeof SearchPageType>;

/**
 * The search plugin's page, with its query box named in the page's language: the plugin writes
 * aria-label="Search" in every locale. React sets a constant prop once, so the name given here stays.
 */
export default function SearchPageWrapper(props: Props): React.JSX.Element {
  const label = translate({
    id: 'theme.SearchBar.label',
    message: 'Search',
    description: 'The ARIA label and placeholder for search button',
  });
  useEffect(() => {
    // The box appears once the plugin's page has loaded in the browser, so watch for it.
    const name = (): boolean => {
      const input = document.querySelector('input[name="q"]');
      input?.setAttribute('aria-label', label);
      return input !== null;
    };
    if (name()) return;
    const observer = new MutationObserver(() => {
      if (name()) observer.disconnect();
    });
    observer.observe(document.body, {childList: true, subtree: true});
    return () => observer.disconnect();
  }, [label]);
  return <SearchPage {...props} />;
}
