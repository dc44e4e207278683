// `Translate` and `translate()` for the tools' lazily loaded code: the API of @docusaurus/Translate, but the
// texts of the ids under plugins/lazy-translations' LAZY_PREFIXES come from `@lazy-translations`, which loads
// with this code instead of with every page's main bundle (Docusaurus puts all of a locale's code.json there).
// Ids outside those prefixes are Docusaurus's as usual.
import React, {type ReactNode} from 'react';
import DocusaurusTranslate, {
  translate as docusaurusTranslate,
  type TranslateParam,
  type TranslateProps,
} from '@docusaurus/Translate';
import type {InterpolateValues} from '@docusaurus/Interpolate';
import lazyTexts from '@lazy-translations';

function lazyText(id: string | undefined): string | undefined {
  return id !== undefined && Object.prototype.hasOwnProperty.call(lazyTexts, id) ? lazyTexts[id] : undefined;
}

export function translate<Str extends string>(
  param: TranslateParam<Str>,
  values?: InterpolateValues<Str, string | number>,
): string {
  const text = lazyText(param.id);
  // The default message stands in for the translation Docusaurus no longer has for this id.
  return docusaurusTranslate(text === undefined ? param : ({...param, message: text} as TranslateParam<Str>), values);
}

export default function Translate<Str extends string>(props: TranslateProps<Str>): ReactNode {
  const text = lazyText(props.id);
  return <DocusaurusTranslate {...props}>{(text ?? props.children) as Str}</DocusaurusTranslate>;
}
