// The same `{name}` interpolation as @docusaurus/Interpolate, for the Docusaurus mocks below.
import React, {isValidElement, type ReactNode} from 'react';

export type InterpolateValues = Record<string, ReactNode>;

export function interpolate(text: string, values?: InterpolateValues): ReactNode {
  const segments: ReactNode[] = text.split(/(\{\w+\})/).map((seg, index) => {
    if (index % 2 === 1) {
      const value = values?.[seg.slice(1, -1)];
      if (value !== undefined) return value;
    }
    return seg;
  });
  if (segments.some((seg) => isValidElement(seg))) {
    return segments.map((seg, index) => (isValidElement(seg) ? React.cloneElement(seg, {key: index}) : seg));
  }
  return segments.join('');
}
