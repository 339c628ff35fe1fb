import type { MoneyJson } from '../../../money';
import type { Component } from '../../model/Component';
import type { KpiBonus } from '../../model/KpiBonus';
import type { DrawPolicy } from '../../model/PlanPolicies';
import type { Rate } from '../../model/Rate';
import type { Spiff } from '../../model/Spiff';

type Path = Array<string | number>;

function rateMoney(rate: Rate, path: Path): Array<[Path, MoneyJson]> {
  return rate.kind === 'fixed-per-line' || rate.kind === 'fixed-per-unit'
    ? [[[...path, 'amount'], rate.amount]]
    : [];
}

/** Internal: every money amount written in a plan, with its path, to check its currency. */
export function planMoney(plan: {
  readonly components: readonly Component[];
  readonly spiffs: readonly Spiff[];
  readonly kpiBonuses: readonly KpiBonus[];
  readonly draw?: DrawPolicy | undefined;
}): Array<[Path, MoneyJson]> {
  const found: Array<[Path, MoneyJson]> = [];
  plan.components.forEach((component, i) => {
    const calc = component.calculation;
    const at: Path = ['components', i, 'calculation'];
    if (calc.kind === 'flat') found.push(...rateMoney(calc.rate, [...at, 'rate']));
    if (calc.kind === 'rate-table') {
      calc.rows.forEach((row, j) => {
        found.push(...rateMoney(row.rate, [...at, 'rows', j, 'rate']));
      });
      if (calc.noMatch.kind === 'rate')
        found.push(...rateMoney(calc.noMatch.rate, [...at, 'noMatch', 'rate']));
    }
    component.modifiers.forEach((modifier, k) => {
      if (modifier.kind === 'cap' || modifier.kind === 'minimum')
        found.push([['components', i, 'modifiers', k, 'amount'], modifier.amount]);
    });
  });
  plan.spiffs.forEach((spiff, i) => {
    found.push(...rateMoney(spiff.award, ['spiffs', i, 'award']));
    if (spiff.maxPerPayee !== undefined)
      found.push([['spiffs', i, 'maxPerPayee'], spiff.maxPerPayee]);
  });
  plan.kpiBonuses.forEach((bonus, i) => {
    found.push([['kpiBonuses', i, 'targetBonus'], bonus.targetBonus]);
  });
  if (plan.draw !== undefined) found.push([['draw', 'amountPerPeriod'], plan.draw.amountPerPeriod]);
  return found;
}
