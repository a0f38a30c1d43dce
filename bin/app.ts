#!/usr/bin/env node
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readDeploymentSettings } from '../lib/deployment-settings.js';
import { JasStack } from '../lib/jas-stack.js';

const app = new App();
const settings = readDeploymentSettings((key) => app.node.tryGetContext(key), process.env);

new JasStack(app, 'JasIntake', {
  env: { account: settings.account, region: settings.region },
  description: 'jas-intake: Joint Assistance Sponsorship in-Canada conversions by email',
  mailDomain: settings.mailDomain,
  recipients: settings.recipients,
  noticeFrom: settings.noticeFrom,
  receiptRuleSetName: settings.receiptRuleSetName,
  operatorEmail: settings.operatorEmail,
  rawMailRetentionDays: settings.rawMailRetentionDays,
  caseDocumentRetentionDays: settings.caseDocumentRetentionDays,
  accessLogRetentionDays: settings.accessLogRetentionDays,
  reservedConcurrency: settings.reservedConcurrency,
});

// cdk-nag's AwsSolutions checks on every synth: a new finding fails `npm run synth` and `cdk deploy`
// until it is fixed or acknowledged with its reason next to the construct. `-c nag=false` skips them.
if (String(app.node.tryGetContext('nag')) !== 'false') {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
}
