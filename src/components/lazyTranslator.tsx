// `Translate` and `translate()` over one group of texts that load with the code that shows them instead of with
// every page (plugins/lazy-translations; Docusaurus puts all of a locale's code.json in the bundle every page
// loads): the API of @docusaurus/Translate, reading the group's `@lazy-translations/<group>` first. A page with
// texts of its own makes its pair with `lazyTranslator(itsTexts)`; the tools use lazyTranslate.tsx.
import React, {type ReactNode} from 'react';
import DocusaurusTranslate, {
  translate as docusaurusTranslate,
  type TranslateParam,
  type TranslateProps,
} from '@docusaurus/Translate';
import type {InterpolateValues} from '@docusaurus/Interpolate';
import {own} from '@site/src/lib/is-object';

type TranslateFunction = <Str extends string>(
  param: TranslateParam<Str>,
  values?: InterpolateValues<Str, string | number>,
) => string;
type TranslateComponent = <Str extends string>(props: TranslateProps<Str>) => ReactNode;

/** The group's text for `id`, if it has one (its own key only: an id such as `constructor` is not a text). */
export function lazyText(texts: Readonly<Record<string, string>>, id: string | undefined): string | undefined {
  return id !== undefined ? own(texts, id) : undefined;
}

export function lazyTranslator(texts: Readonly<Record<string, string>>): {
  translate: TranslateFunction;
  Translate: TranslateComponent;
} {
  const text = (id: string | undefined): string | undefined => lazyText(texts, id);
  // The locale's text stands in as the default message, which Docusaurus shows for an id it no longer has.
  const translate: TranslateFunction = (param, values) => {
    const found = text(param.id);
    return docusaurusTranslate(found === undefined ? param : ({...param, message: found} as typeof param), values);
  };
  const Translate: TranslateComponent = <Str extends string>(props: TranslateProps<Str>) => {
    const found = text(props.id);
    return <DocusaurusTranslate {...(found === undefined ? props : ({...props, children: found} as typeof props))} />;
  };
  return {translate, Translate};
}
