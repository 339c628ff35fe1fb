import { CrmRulesError, type ErrorPath } from '../../../../errors';
import { dateField, type Fact, factObject, optionalText, textField } from '../exact/readField';
import type { MeasureRun } from '../tally/MeasureRun';
import { COUNT } from '../tally/TallyColumns';

/** The owner of a fact that may name none: its own, else its customer's, else `undefined`. */
function ownerOf(run: MeasureRun, fact: Fact, path: ErrorPath): string | undefined {
  const own = optionalText(fact, 'ownerId', path);
  if (own !== undefined) return own;
  return run.customers.get(textField(fact, 'customerId', path))?.owner;
}

/** A survey score: a whole number within the scale, or absent; outside → `INVALID_INPUT`. */
function score(fact: Fact, key: string, low: number, high: number, path: ErrorPath) {
  const value = fact[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < low || value > high)
    throw new CrmRulesError('INVALID_INPUT', `${key} is a whole number from ${low} to ${high}`, {
      path: [...path, key],
      value,
    });
  return value;
}

/**
 * Internal: reads one survey response dated in the period: CSAT answers of 4–5 are positive;
 * NPS answers of 9–10 promoters and 0–6 detractors. Scores are checked even outside the period.
 */
export function readSurvey(run: MeasureRun, raw: unknown, index: number): void {
  const path = SURVEY_PATH;
  path[2] = index;
  const response = factObject(raw, path);
  const id = textField(response, 'id', path);
  const date = dateField(response, 'date', path);
  const csat = score(response, 'csat', 1, 5, path);
  const nps = score(response, 'nps', 0, 10, path);
  if (!run.inPeriod(date)) return;
  const owner = ownerOf(run, response, path);
  if (owner === undefined) {
    run.unattributed.surveyResponses += 1;
    return;
  }
  const m = run.manager(owner);
  const tallies = run.tallies;
  if (csat !== undefined) {
    tallies.count(m, COUNT.csatAnswers);
    if (csat >= 4) tallies.count(m, COUNT.csatPositive);
    tallies.fact(m, 'csat')?.push({ kind: 'surveyResponse', id, tag: String(csat) });
  }
  if (nps !== undefined) {
    tallies.count(m, COUNT.npsAnswers);
    if (nps >= 9) tallies.count(m, COUNT.npsPromoters);
    else if (nps <= 6) tallies.count(m, COUNT.npsDetractors);
    tallies.fact(m, 'nps')?.push({ kind: 'surveyResponse', id, tag: String(nps) });
  }
}

/** Internal: reads one complaint dated in the period, counted for its (or its customer's) owner. */
export function readComplaint(run: MeasureRun, raw: unknown, index: number): void {
  const path = ['facts', 'complaints', index];
  const complaint = factObject(raw, path);
  const id = textField(complaint, 'id', path);
  const date = dateField(complaint, 'date', path);
  if (!run.inPeriod(date)) return;
  const owner = ownerOf(run, complaint, path);
  if (owner === undefined) {
    run.unattributed.complaints += 1;
    return;
  }
  const m = run.manager(owner);
  run.tallies.count(m, COUNT.complaints);
  run.tallies.fact(m, 'complaints')?.push({ kind: 'complaint', id });
}

/** Internal: reads one training record dated in the period: assigned, and maybe completed. */
export function readTraining(run: MeasureRun, raw: unknown, index: number): void {
  const path = ['facts', 'trainingRecords', index];
  const record = factObject(raw, path);
  const id = textField(record, 'id', path);
  const manager = textField(record, 'managerId', path);
  const date = dateField(record, 'date', path);
  const completed = record.completed;
  if (typeof completed !== 'boolean')
    throw new CrmRulesError('INVALID_INPUT', 'expected completed as a boolean', {
      path: [...path, 'completed'],
      value: completed,
    });
  if (!run.inPeriod(date)) return;
  const m = run.manager(manager);
  run.tallies.count(m, COUNT.trainingAssigned);
  if (completed) run.tallies.count(m, COUNT.trainingCompleted);
  run.tallies.fact(m, 'training')?.push({
    kind: 'trainingRecord',
    id,
    tag: completed ? 'completed' : 'open',
  });
}

/** The path of the fact being read, one array for all of the stream (errors copy it). */
const SURVEY_PATH: [string, string, number] = ['facts', 'surveyResponses', 0];
