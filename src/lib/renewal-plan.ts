// The renewal plan for a business certificate: from its expiry, the dates to order the new one, put its key on
// the client next to the old, switch signing to it and take the old key away. Pure: no x509, no DOM.

export type RenewalStepId = 'order' | 'register-new' | 'switch' | 'remove-old';

export interface RenewalStep {
  readonly id: RenewalStepId;
  /** Calendar date, `YYYY-MM-DD` (UTC). */
  readonly date: string;
  /** The date is before today: do it now. */
  readonly overdue: boolean;
}

export interface RenewalPlan {
  /** The certificate's expiry as a calendar date (UTC). */
  readonly expires: string;
  readonly steps: readonly RenewalStep[];
}

export interface RenewalOptions {
  /** Days before expiry to order the new certificate. */
  readonly orderDaysBefore?: number;
}

/**
 * Days before (negative: after) expiry for each step. These lead times are the site's suggestion, not a rule
 * from Digdir or the CAs: ordering a certificate takes days to weeks, and the switch needs a quiet window.
 */
export const RENEWAL_OFFSETS: Readonly<Record<RenewalStepId, number>> = {
  order: 60,
  'register-new': 30,
  switch: 14,
  'remove-old': -1,
};

const DAY = 24 * 3600;

function isoDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** The plan, or undefined for a time that is not a finite date. */
export function planRenewal(
  notAfterSeconds: number,
  nowSeconds: number,
  options: RenewalOptions = {},
): RenewalPlan | undefined {
  if (!Number.isFinite(notAfterSeconds) || !Number.isFinite(nowSeconds)) return undefined;
  if (Math.abs(notAfterSeconds) > 8.64e12 || Math.abs(nowSeconds) > 8.64e12) return undefined;
  const order = options.orderDaysBefore;
  const offsets = {
    ...RENEWAL_OFFSETS,
    ...(order !== undefined && Number.isInteger(order) && order > RENEWAL_OFFSETS['register-new'] && order <= 365
      ? {order}
      : {}),
  };
  const today = isoDate(nowSeconds);
  const ids: readonly RenewalStepId[] = ['order', 'register-new', 'switch', 'remove-old'];
  return {
    expires: isoDate(notAfterSeconds),
    steps: ids.map((id) => {
      const date = isoDate(notAfterSeconds - offsets[id] * DAY);
      return {id, date, overdue: date < today};
    }),
  };
}
