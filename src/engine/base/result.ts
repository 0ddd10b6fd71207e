/**
 * The one shape of "it worked, and here is what came of it" or "it did not, and here is why",
 * for lookups, checks, domain changes and commands alike. On success the result carries fields
 * named for what they hold (`state`, `session`, `trace`, `host`...), flat rather than under a
 * `value`, so a caller reads `result.state`; on refusal a `reason` a learner can read. A refusal
 * may carry more than the sentence (a dropped packet also says where it stopped).
 */
export type Result<T extends object, R extends object = Refusal> =
  ({ readonly ok: true } & T) | Refused<R>;

export interface Refusal {
  readonly reason: string;
}

export type Refused<R extends object = Refusal> = { readonly ok: false } & R;

export const refuse = (reason: string): Refused => ({ ok: false, reason });
