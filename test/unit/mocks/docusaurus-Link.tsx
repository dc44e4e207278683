// Test double for @docusaurus/Link: a plain anchor with the same href.
import React, {type AnchorHTMLAttributes} from 'react';

interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  readonly to?: string;
}

export default function Link({to, href, children, ...rest}: LinkProps): React.JSX.Element {
  return (
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}
