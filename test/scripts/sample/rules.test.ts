import { readFileSync } from 'node:fs';
import { PayeeAssignment, parseCommissionPlan } from 'crm-rules/commission';
import { GradePolicy, gradePolicyLabels } from 'crm-rules/grading';
import { prepareScorecard } from 'crm-rules/kpi';
import { CountryGroup, RiskPolicy } from 'crm-rules/risk';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DIR } from '../../../scripts/sample/generateSample';

/**
 * The export trader's rules (`examples/data/export-trader/rules/`, written by
 * `npm run sample:generate`): each document valid by the library's own schema, and consistent
 * with each other and with the data (the bonus reads the scorecard, every manager is on the plan).
 */
const read = (name: string): unknown =>
  JSON.parse(readFileSync(`${SAMPLE_DIR}/export-trader/${name}.json`, 'utf8'));

describe("the sample export trader's rules", () => {
  it('a grade policy with the four grades of the source articles, labelled in Chinese', () => {
    const policy = GradePolicy.parse(read('rules/gradePolicy'));
    expect(policy.grades.map((g) => g.id)).toEqual(['key', 'ordinary', 'potential', 'dormant']);
    expect(gradePolicyLabels(policy).grade?.key?.['zh-CN']).toBe('重点客户');
  });

  it('a scorecard whose weights make 100 and whose manual KPI the ratings file rates', () => {
    const card = prepareScorecard(read('rules/scorecard'));
    const manual = card.kpis.filter((k) => k.metric === 'manual').map((k) => k.id);
    const ratings = read('managerRatings') as Array<{ kpi: string }>;
    expect(new Set(ratings.map((r) => r.kpi))).toEqual(new Set(manual));
  });

  it('a commission plan whose KPI bonus reads the scorecard total, with every manager on it', () => {
    const plan = parseCommissionPlan(read('rules/commissionPlan'));
    const card = read('rules/scorecard') as { id: string };
    expect(plan.kpiBonuses.map((b) => b.kpi)).toEqual([card.id]);
    expect(plan.periodGrain).toBe('quarter');
    const assignments = (read('rules/commissionAssignments') as unknown[]).map((a) =>
      PayeeAssignment.parse(a),
    );
    const managers = read('accountManagers') as Array<{ id: string }>;
    expect(assignments.map((a) => a.payeeId)).toEqual(managers.map((m) => m.id));
    expect(assignments.every((a) => a.planId === plan.id)).toBe(true);
  });

  it('a risk policy whose country-group layers name the country groups given', () => {
    const policy = RiskPolicy.parse(read('rules/riskPolicy'));
    const groups = (read('rules/countryGroups') as unknown[]).map((g) => CountryGroup.parse(g));
    expect(Object.keys(policy.byCountryGroup ?? {})).toEqual(groups.map((g) => g.id));
    expect(Object.keys(policy.checks)).toEqual(
      expect.arrayContaining(['credit', 'aging', 'churn', 'screening', 'contract']),
    );
  });
});
