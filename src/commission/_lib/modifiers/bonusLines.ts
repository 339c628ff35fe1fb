import { CrmRulesError } from '../../../errors';
import { Decimal } from '../../../money';
import { mul } from '../../../money/_lib/scaled/Fixed';
import { scaledText } from '../../../money/_lib/scaled/scaledText';
import { kpiPayoutPercent } from '../../kpiPayoutPercent';
import type { LineSource } from '../../model/StatementLine';
import { parseNum } from '../exact/num';
import { type PayeeRun, periodWhen } from '../payee/PayeeRun';
import { draft } from '../payee/periodFigures';
import { scoreKey } from '../prepare/RunContext';

/** Internal: the KPI-linked bonuses of the period plan. */
export function bonusLines(run: PayeeRun, source: LineSource): void {
  const plan = run.version.plan;
  plan.kpiBonuses.forEach((bonus, i) => {
    const found = run.ctx.kpiScores.get(scoreKey(run.payee.id, bonus.kpi));
    if (found === undefined && bonus.missingScore === 'error')
      throw new CrmRulesError(
        'INVALID_INPUT',
        `no ${bonus.kpi} score for ${run.payee.id} in ${run.ctx.period.label} (KPI bonus ${bonus.id})`,
        {
          path: ['kpiScores'],
          value: { payeeId: run.payee.id, kpi: bonus.kpi, period: run.ctx.period.label },
        },
      );
    const percent =
      found === undefined ? new Decimal(0) : kpiPayoutPercent(bonus.curve, found.score.score);
    const target = parseNum(bonus.targetBonus.amount, run.ctx.arithmetic);
    const earned = mul(target, parseNum(percent.div(100).toFixed(), run.ctx.arithmetic));
    const path = ['plans', run.version.index, 'kpiBonuses', i, 'targetBonus'];
    const fx = run.ctx.fx.get(plan.currency, run.currency, periodWhen(run), plan.fx, path);
    const value = mul(earned, fx.rate);
    const d = draft(run, source, {
      id: `kpi-bonus/${bonus.id}`,
      kind: 'kpi-bonus',
      component: bonus.id,
      value,
      reason: found === undefined ? 'no KPI score: paid as zero' : null,
      params:
        found === undefined
          ? { code: 'commission.kpi-bonus.missing', bonus: bonus.id, kpi: bonus.kpi }
          : {
              code: 'commission.kpi-bonus',
              bonus: bonus.id,
              kpi: bonus.kpi,
              score: found.score.score,
              payoutPercent: percent.toFixed(),
              target: bonus.targetBonus.amount,
              result: scaledText(earned),
              currency: plan.currency,
            },
    });
    run.drafts.push({ ...d, payFx: fx.quote, baseCurrency: plan.currency });
  });
}
