// The tested code samples at the end of the code samples page. The four files' text, the tabs and their highlighting
// are most of the page's weight: the first load keeps the server's HTML of them, and their code loads (and they come
// to life) only when the reader touches them (LiveWhenNear).
import React from 'react';
import LiveWhenNear, {part} from '../StaticHtml/LiveWhenNear';
import {languageChoiceStored} from '../StaticHtml/tabChoice';

// Near the reader, not only touched, when they chose a language on an earlier visit: the kept HTML shows the first.
const samples = part(() => import('./Samples'), languageChoiceStored);

export default function CodeSamples(): React.JSX.Element {
  return <LiveWhenNear part={samples} attributes={{'data-code-samples': ''}} />;
}
