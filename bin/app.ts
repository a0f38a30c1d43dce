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
});

// Opt-in until the stack is cdk-nag clean (issue 6): `npx cdk synth -c nag=true` lists the findings.
if (String(app.node.tryGetContext('nag')) === 'true') {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
}
