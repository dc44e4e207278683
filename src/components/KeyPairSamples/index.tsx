// The key-pair samples on «Lag et nøkkelpar». Docusaurus's Tabs draw their content again once the page has loaded
// (they remount, so a stored tab choice can apply), which meant loading the highlighter and highlighting all of
// it in the browser on every first visit. The first load keeps the server's HTML of them instead (highlighted,
// the default tab shown), and their code loads, and they come to life, only when the reader touches them (or comes
// near them in dark mode, or with a stored tab choice: LiveWhenNear), as the code samples on the code samples page do.
import React from 'react';
import LiveWhenNear, {part} from '../StaticHtml/LiveWhenNear';
import {languageChoiceStored} from '../StaticHtml/tabChoice';

// Near the reader, not only touched, when they chose a language on an earlier visit: the kept HTML shows the first.
const samples = part(() => import('./Samples'), languageChoiceStored);

export default function KeyPairSamples(): React.JSX.Element {
  return <LiveWhenNear part={samples} attributes={{'data-key-pair-samples': ''}} />;
}
