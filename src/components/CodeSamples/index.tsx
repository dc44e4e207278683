// The tested code samples at the end of the code samples page. The four files' text, the tabs and their highlighting
// are most of the page's weight: the first load keeps the server's HTML of them, and their code loads (and they come
// to life) only when the reader comes near them (LiveWhenNear).
import React from 'react';
import LiveWhenNear, {part} from '../StaticHtml/LiveWhenNear';

const samples = part(() => import('./Samples'));

export default function CodeSamples(): React.JSX.Element {
  return <LiveWhenNear part={samples} attributes={{'data-code-samples': ''}} />;
}
