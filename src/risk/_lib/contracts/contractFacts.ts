import { CrmRulesError, parseWith } from '../../../errors';
import { Contract, type ContractClause, type TransportMode } from '../../../model';
import { ContractReview } from '../../DocumentInputs';

/**
 * Internal: what the contract check reads, from a `ContractReview` or a bare `Contract`: the
 * contract, its transport mode (`undefined` when neither names one), the clauses it has, and the
 * product categories it covers.
 */
export interface ContractFacts {
  readonly contract: Contract;
  readonly transportMode: TransportMode | undefined;
  readonly clauses: ReadonlySet<ContractClause>;
  readonly categoryIds: readonly string[];
}

/** Internal: whether `raw` is given as a `ContractReview` (it has a `contract` field). */
export const isReview = (raw: unknown): boolean =>
  typeof raw === 'object' && raw !== null && Object.hasOwn(raw, 'contract');

/**
 * Internal: parses `raw` (a `ContractReview` when it has a `contract` field, else a `Contract`)
 * at `path` and merges the review's facts with the contract's own: the review's transport mode
 * or the contract's (both given and different is `INVALID_INPUT` at `[...path, 'transportMode']`),
 * a clause flagged on either, the categories of both.
 */
export function contractFacts(raw: unknown, path: readonly (string | number)[]): ContractFacts {
  const review = isReview(raw)
    ? parseWith(ContractReview, raw, { path })
    : {
        contract: parseWith(Contract, raw, { path }),
        transportMode: undefined,
        hasCurrencyClause: false,
        hasIpClause: false,
        categoryIds: [],
      };
  const { contract } = review;
  const own = contract.transportMode;
  if (review.transportMode !== undefined && own !== undefined && review.transportMode !== own)
    throw new CrmRulesError('INVALID_INPUT', `the contract's own transport mode is ${own}`, {
      path: [...path, 'transportMode'],
      value: review.transportMode,
    });
  const clauses = new Set<ContractClause>(contract.clauses ?? []);
  if (review.hasCurrencyClause) clauses.add('currency');
  if (review.hasIpClause) clauses.add('ip');
  return {
    contract,
    transportMode: review.transportMode ?? own,
    clauses,
    categoryIds: [...new Set([...(contract.categoryIds ?? []), ...review.categoryIds])],
  };
}
