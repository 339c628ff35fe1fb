/**
 * The uncertainty of a fit's parameters, from the Hessian H of the log-likelihood at the optimum
 * (central differences in the natural parameters, step 10⁻³ of each): when −H is positive
 * definite, `covariance` = (−H)⁻¹ (rows and columns in `names` order) and each standard error
 * is the square root of its diagonal; otherwise the optimum is not a strict maximum (a flat
 * ridge, a saddle) and `status` says so, with the Hessian as evidence, instead of numbers. For a
 * penalized fit the Hessian is that of the unpenalized log-likelihood at the penalized optimum.
 */
export type FitStandardErrors<N extends string = string> =
  | {
      readonly status: 'ok';
      readonly names: readonly N[];
      readonly standardErrors: Readonly<Record<N, number>>;
      readonly covariance: readonly (readonly number[])[];
    }
  | {
      readonly status: 'hessian-not-negative-definite';
      readonly names: readonly N[];
      readonly hessian: readonly (readonly number[])[];
    };
