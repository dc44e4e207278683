// Test double for @docusaurus/Translate: renders the default (Norwegian) message with values filled in.
import React, {type ReactNode} from 'react';
import {interpolate, type InterpolateValues} from './interpolate';

interface TranslateProps {
  readonly id?: string;
  readonly description?: string;
  readonly values?: InterpolateValues;
  readonly children: string;
}

export default function Translate({children, values}: TranslateProps): React.JSX.Element {
  return <>{interpolate(children, values)}</>;
}

export function translate(
  {message}: {id?: string; message: string; description?: string},
  values?: Record<string, string | number>,
): string {
  return String(interpolate(message, values as InterpolateValues | undefined) as ReactNode);
}
