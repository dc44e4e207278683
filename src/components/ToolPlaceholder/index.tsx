import React from 'react';

interface Props {
  /** The value of the tool root's data-tool attribute, e.g. "scope-validator". */
  readonly tool: string;
}

/** Stands in for a tool until its component lands; renders the same root element the tests look for. */
export default function ToolPlaceholder({tool}: Props): React.JSX.Element {
  return <div data-tool={tool} />;
}
