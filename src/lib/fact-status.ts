// How sure a fact is, in every fact table of src/lib (the labels of /work/shared/facts): `verified` when a primary
// source states it as the site shows it; `unverified` when no primary source was found (a draft, a third party,
// an older page than the live one); `inference` when the site reasons it out and no source says it. A page shows
// a fact that is not verified only with the «ikke bekreftet» marker (src/components/NotConfirmed).
export type FactStatus = 'verified' | 'unverified' | 'inference';

/** True when the fact needs the «ikke bekreftet» marker wherever it is shown; a row without a status is verified. */
export function needsMarker(status: FactStatus | undefined): boolean {
  return status !== undefined && status !== 'verified';
}
