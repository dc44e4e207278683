// Test double for any `@theme-original/…` component a swizzled wrapper renders: its children, marked.
import React, {type ReactNode} from 'react';

export default function ThemeOriginal({children}: {readonly children?: ReactNode}): React.JSX.Element {
  return <div data-theme-original="">{children}</div>;
}
