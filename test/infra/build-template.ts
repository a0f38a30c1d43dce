import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { JasStack, type JasStackProps } from '../../lib/jas-stack.js';
import { projectPath } from '../../lib/project-root.js';

export const TEST_SETTINGS = {
  mailDomain: 'jas.example.ca',
  recipients: ['jas@jas.example.ca'],
  noticeFrom: 'jas@jas.example.ca',
  receiptRuleSetName: 'jas-intake',
  operatorEmail: 'ops@jas.example.ca',
  rawMailRetentionDays: 2557,
  caseDocumentRetentionDays: 2557,
  accessLogRetentionDays: 730,
  reservedConcurrency: 20,
} as const satisfies Partial<JasStackProps>;

/**
 * Builds the stack as `npm run synth` does (cdk.json's feature flags, ca-central-1) but without
 * bundling the Lambda and without the built-in CloudFormation validation: each costs seconds per
 * template, and `npm run synth` still runs both.
 */
export function buildStack(overrides: Partial<JasStackProps> = {}): { app: App; stack: JasStack } {
  const cdkJson = JSON.parse(readFileSync(projectPath('cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  const app = new App({
    context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] },
    builtinCloudFormationValidation: false,
  });
  const stack = new JasStack(app, 'JasIntake', {
    env: { region: 'ca-central-1' },
    ...TEST_SETTINGS,
    recipients: [...TEST_SETTINGS.recipients],
    ...overrides,
  });
  return { app, stack };
}

/** The synthesized template of `buildStack(overrides)`. */
export function buildTemplate(overrides: Partial<JasStackProps> = {}): Template {
  return Template.fromStack(buildStack(overrides).stack);
}

/** The logical id of the only resource of `type` that matches `props`; fails when there are none or several. */
export function onlyLogicalId(template: Template, type: string, props: Record<string, unknown> = {}): string {
  const ids = Object.keys(template.findResources(type, props));
  if (ids.length !== 1) throw new Error(`Expected exactly one ${type} matching the filter, found ${ids.length}`);
  return ids[0]!;
}
