import type {Severity} from '../../src/lib/finding-types';

/** One finding code as the troubleshooting page's reference lists it, in the page's language. */
export interface FindingReferenceEntry {
  readonly code: string;
  readonly severity: Severity;
  readonly mpCode?: string;
  readonly explanation: string;
}
