// The claims the guide makes that no primary source confirms: from a draft, a third party or a page older than
// the live one (facts files: UNVERIFIED), or reasoned out by the site (INFERENCE). A page states one only with the
// «ikke bekreftet» marker after it, `<NotConfirmed fact="<id>" />`, which links to `source`. The content check
// (test/content/unconfirmed.mjs) finds a paragraph, list item or table cell whose text matches `states` and has
// no marker for that id, so a claim copied to another page without its marker stops the build.
import type {FactStatus} from './fact-status';
import {UNCONFIRMED_SOURCES, type UnconfirmedFactId} from './unconfirmed-sources';

export type {UnconfirmedFactId};

export interface UnconfirmedFact {
  readonly status: Exclude<FactStatus, 'verified'>;
  /** Where the claim comes from: the draft, the older page, or the source it is inferred from. */
  readonly source: string;
  readonly checked: string;
  /**
   * How a page states the claim, per language: a regular expression (case-insensitive, over a paragraph's text
   * with line breaks as spaces) narrow enough not to match the sentences that only mention the topic.
   */
  readonly states: {readonly nb: string; readonly en: string};
}

/** The facts files' date; the drafts were read again on 2026-12-02. */
const C = '2026-11-25';
const READ = '2026-12-02';

export const UNCONFIRMED_FACTS = {
  /** Login to the test portal with Ansattporten: only Digdir's draft says so; the FAQ says it for production. */
  'ansattporten-test': {
    status: 'unverified',
    source: UNCONFIRMED_SOURCES['ansattporten-test'],
    checked: READ,
    states: {nb: 'ansattporten[^.]*\\btest', en: 'ansattporten[^.]*\\btest'},
  },
  /** Asking for the self-service right from inside the portal: Digdir's draft. */
  'portal-access-request': {
    status: 'unverified',
    source: UNCONFIRMED_SOURCES['portal-access-request'],
    checked: READ,
    states: {
      nb: 'be om (?:den|tilgang|rettigheten)[^.]*(?:portalen|løsningen)',
      en: 'ask for (?:it|access|the right)[^.]*portal',
    },
  },
  /** The new portal fixes token_endpoint_auth_method and grant_types: the draft's field list. */
  'client-settings-fixed': {
    status: 'unverified',
    source: UNCONFIRMED_SOURCES['client-settings-fixed'],
    checked: READ,
    states: {
      nb: '(?:settes|setter)[^.]*av seg selv|(?:er|blir) (?:satt )?automatisk satt|er satt automatisk',
      en: 'sets? them for you|(?:are|is) set automatically',
    },
  },
  /** Delegable scopes offered to every client: documented for Samarbeidsportalen, not for the new portal. */
  'delegable-scopes-new-portal': {
    status: 'unverified',
    source: UNCONFIRMED_SOURCES['delegable-scopes-new-portal'],
    checked: C,
    states: {
      nb: '(?:selvbetjeningsportalen|nye portalen)[^.]*tilgjengelig(?:e)? for alle|tilgjengelig(?:e)? for alle[^.]*(?:selvbetjeningsportalen|nye portalen)',
      en: '(?:self-service portal|new portal)[^.]*available to (?:all|every)|available to (?:all|every)[^.]*(?:self-service portal|new portal)',
    },
  },
  /** A new key next to the old one during rotation, both valid: inferred from the client taking several keys. */
  'two-keys': {
    status: 'inference',
    source: UNCONFIRMED_SOURCES['two-keys'],
    checked: C,
    states: {nb: 'begge (?:nøklene )?virker', en: 'both (?:keys )?work'},
  },
  /** SEID 1's last expiry: the date is in a truncated excerpt of Digdir's timeline. */
  'seid1-last-expiry': {
    status: 'unverified',
    source: UNCONFIRMED_SOURCES['seid1-last-expiry'],
    checked: C,
    states: {nb: '31\\.05\\.2025', en: '31\\.05\\.2025|31 May 2025'},
  },
  /** Telling a test certificate by `Test4`/`TEST` in the issuer's name: inferred from the CA lists. */
  'test-issuer-heuristic': {
    status: 'inference',
    source: UNCONFIRMED_SOURCES['test-issuer-heuristic'],
    checked: C,
    states: {nb: 'inneholder `Test4`', en: 'contains `Test4`'},
  },
  /** NAV's query errors in a 200 response: NAV's older OTP page; the current one was not seen to say it. */
  'nav-errors-200': {
    status: 'unverified',
    source: UNCONFIRMED_SOURCES['nav-errors-200'],
    checked: C,
    states: {
      nb: '(?:HTTP )?200[^.]*errors|errors[^.]*(?:HTTP )?200\\b',
      en: '(?:HTTP )?200[^.]*errors|errors[^.]*(?:HTTP )?200\\b',
    },
  },
  /** AA-101 for periods without a registered agreement: inferred from NAV checking the agreement. */
  'nav-aa101-agreement': {
    status: 'inference',
    source: UNCONFIRMED_SOURCES['nav-aa101-agreement'],
    checked: C,
    states: {nb: 'AA-101 for periodene', en: 'AA-101 for the periods'},
  },
  /** One cached token per API, four in all: inferred from Digdir's «ett scope per token». */
  'four-tokens': {
    status: 'inference',
    source: UNCONFIRMED_SOURCES['four-tokens'],
    checked: C,
    states: {nb: 'fire tokener', en: 'four tokens'},
  },
  /** DSOP's onboarding steps (Bits' text, last changed 04.04.2023) as the process today. */
  'dsop-onboarding-current': {
    status: 'unverified',
    source: UNCONFIRMED_SOURCES['dsop-onboarding-current'],
    checked: C,
    states: {nb: 'Slik beskriver DSOP stegene', en: 'how DSOP describes the steps'},
  },
  /** Which of Skatteetaten's two IP tables is right: its pages give test and production the other way round. */
  'skatteetaten-ip': {
    status: 'unverified',
    source: UNCONFIRMED_SOURCES['skatteetaten-ip'],
    checked: C,
    states: {nb: '20\\.100\\.51\\.138|51\\.13\\.21\\.170', en: '20\\.100\\.51\\.138|51\\.13\\.21\\.170'},
  },
} as const satisfies Record<UnconfirmedFactId, UnconfirmedFact>;
