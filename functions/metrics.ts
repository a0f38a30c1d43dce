import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { MessageOutcome } from './domain/case-record.js';

/** CloudWatch metrics in embedded metric format; the stack's alarms watch these names. */
export const metrics = new Metrics({ namespace: 'JasIntake', serviceName: 'jas-intake' });

const METRIC_BY_OUTCOME: Record<MessageOutcome['outcome'], string> = {
  case_updated: 'CaseMessages',
  rejected: 'RejectedMessages',
  quarantined: 'QuarantinedMessages',
  routed: 'RoutedMessages',
  held: 'HeldMessageFragments',
  duplicate: 'DuplicateMessages',
};

/** Counts one message's outcome: a quarantined message waits for a person, so it raises an alarm. */
export function countOutcome(outcome: MessageOutcome): void {
  metrics.addMetric(METRIC_BY_OUTCOME[outcome.outcome], MetricUnit.Count, 1);
}

/** Counts stored messages a sweep found without an outcome: each one raises an alarm. */
export function countUnfinishedMessages(count: number): void {
  metrics.addMetric('UnfinishedMessages', MetricUnit.Count, count);
}
