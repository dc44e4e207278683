// Test double for @docusaurus/BrowserOnly: jsdom is a browser, so render the children.
import React, {type ReactNode} from 'react';

export default function BrowserOnly({children}: {children: () => ReactNode; fallback?: ReactNode}): React.JSX.Element {
  return <>{children()}</>;
}
