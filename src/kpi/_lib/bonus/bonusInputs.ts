import { CrmRulesError } from '../../../errors';
import type { TraceStep } from '../../../explain';
import {
  type Decimal,
  type DecimalInput,
  decimalToString,
  isMoney,
  type Money,
  minorUnits,
  money,
  toDecimal,
} from '../../../money';
import type { KpiBonusPlan } from '../../KpiBonusPlan';

/** What a payee brings to {@link computeKpiBonus}: the score, the multipliers, the salary. */
export interface KpiBonusInputs {
  /**
   * The score: a decimal, or a scored scorecard (`scoreScorecard`'s result) whose total — or, when
   * the plan names a `kpi`, that KPI's score — drives the bonus.
   */
  readonly score:
    | DecimalInput
    | {
        readonly score: string;
        readonly kpis?: ReadonlyArray<{ readonly kpi: string; readonly score: string }>;
      };
  /** One result per multiplier of the plan, by id (1 = on target), non-negative. */
  readonly multipliers?: Readonly<Record<string, DecimalInput>>;
  /** The base salary, in the plan currency; required by a `percent-of-salary` target. */
  readonly baseSalary?: Money;
}

const PATH = ['inputs'];

/** The inputs' box, or `INVALID_INPUT` at `['inputs']`. */
export function inputsBox(inputs: unknown): KpiBonusInputs {
  if (typeof inputs !== 'object' || inputs === null)
    throw new CrmRulesError('INVALID_INPUT', 'expected { score, multipliers?, baseSalary? }', {
      path: PATH,
      value: inputs,
    });
  return inputs as KpiBonusInputs;
}

/** The target bonus and its step. */
export function bonusTarget(plan: KpiBonusPlan, inputs: KpiBonusInputs): [Money, TraceStep] {
  if (plan.target.kind === 'amount') {
    const target = money(plan.target.amount.amount, plan.currency, ['plan', 'target', 'amount']);
    return [
      target,
      {
        code: 'kpi.bonus.target',
        params: {
          target: decimalToString(target.amount, minorUnits(plan.currency)),
          currency: plan.currency,
        },
      },
    ];
  }
  const salary = inputs.baseSalary;
  if (!isMoney(salary))
    throw new CrmRulesError('INVALID_INPUT', 'a percent-of-salary target needs the base salary', {
      path: [...PATH, 'baseSalary'],
      value: salary,
    });
  if (salary.currency !== plan.currency)
    throw new CrmRulesError(
      'CURRENCY_MISMATCH',
      `the base salary is in the plan currency ${plan.currency}`,
      { path: [...PATH, 'baseSalary', 'currency'], value: salary.currency },
    );
  if (salary.amount.isNegative() && !salary.amount.isZero())
    throw new CrmRulesError('INVALID_AMOUNT', 'a base salary must not be negative', {
      path: [...PATH, 'baseSalary'],
      value: salary.amount.toString(),
    });
  const amount = salary.amount.times(plan.target.percent).div(100);
  const target = money(amount, plan.currency, [...PATH, 'baseSalary']);
  const params = {
    salary: decimalToString(salary.amount, minorUnits(plan.currency)),
    percent: plan.target.percent,
    target: decimalToString(target.amount, minorUnits(plan.currency)),
    currency: plan.currency,
  };
  return [target, { code: 'kpi.bonus.target.salary', params }];
}

/** The score that drives the bonus and its step. */
export function bonusScore(plan: KpiBonusPlan, inputs: KpiBonusInputs): [Decimal, TraceStep] {
  const given = inputs.score;
  if (given === undefined || given === null)
    throw new CrmRulesError('INVALID_INPUT', 'no score given', {
      path: [...PATH, 'score'],
      value: given,
    });
  const card =
    typeof given === 'object' && given !== null && !isDecimalValue(given)
      ? (given as Exclude<KpiBonusInputs['score'], DecimalInput>)
      : null;
  if (plan.kpi === undefined) {
    const score =
      card === null ? toDecimal(given as DecimalInput, [...PATH, 'score']) : total(card);
    return [score, { code: 'kpi.bonus.score', params: { score: decimalToString(score) } }];
  }
  const kpis = card?.kpis;
  if (card === null || !Array.isArray(kpis))
    throw new CrmRulesError(
      'INVALID_INPUT',
      `the plan reads KPI ${plan.kpi}: pass the scored scorecard`,
      { path: [...PATH, 'score'], value: given },
    );
  const index = kpis.findIndex((k) => k?.kpi === plan.kpi);
  if (index < 0)
    throw new CrmRulesError('INVALID_INPUT', `no score for KPI ${plan.kpi}`, {
      path: [...PATH, 'score', 'kpis'],
      value: plan.kpi,
    });
  const score = toDecimal((kpis[index] as { score: string }).score, [
    ...PATH,
    'score',
    'kpis',
    index,
    'score',
  ]);
  return [
    score,
    { code: 'kpi.bonus.score.kpi', params: { kpi: plan.kpi, score: decimalToString(score) } },
  ];
}

function total(card: { readonly score: unknown }): Decimal {
  return toDecimal(card.score as DecimalInput, [...PATH, 'score', 'score']);
}

function isDecimalValue(value: object): boolean {
  return typeof (value as { isFinite?: unknown }).isFinite === 'function';
}

/** One multiplier's result, non-negative, or a coded error at its path. */
export function multiplierResult(inputs: KpiBonusInputs, id: string): Decimal {
  const path = [...PATH, 'multipliers', id];
  const box = inputs.multipliers;
  const given =
    typeof box === 'object' && box !== null && Object.hasOwn(box, id) ? box[id] : undefined;
  if (given === undefined)
    throw new CrmRulesError('INVALID_INPUT', `no result for multiplier ${id}`, {
      path,
      value: given,
    });
  const result = toDecimal(given, path);
  if (result.isNegative() && !result.isZero())
    throw new CrmRulesError('INVALID_INPUT', 'a multiplier must not be negative', {
      path,
      value: given,
    });
  return result;
}
