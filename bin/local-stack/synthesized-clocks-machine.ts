import { readFileSync } from 'node:fs';
import { App, type CfnElement } from 'aws-cdk-lib';
import type { CfnStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { readDeploymentSettings } from '../../lib/deployment-settings.js';
import { JasStack } from '../../lib/jas-stack.js';
import { projectPath } from '../../lib/project-root.js';
import { resolveCfnIntrinsics } from './resolve-cfn-intrinsics.js';

/** The account id the local stand-ins use in ARNs. */
export const LOCAL_ACCOUNT_ID = '000000000000';
/** The stack id bin/app.ts gives the pipeline: the state machine is named after it. */
const STACK_ID = 'JasIntake';

/** The case-clocks state machine as `npm run synth` would deploy it, ready for the local interpreter. */
export interface SynthesizedClocksMachine {
  readonly stateMachineArn: string;
  /** The synthesized ASL with every intrinsic resolved, and without the top-level `TimeoutSeconds`. */
  readonly definition: StateMachineDefinition;
  /** Local ARNs of the two functions the definition invokes. */
  readonly functionArns: { readonly start: string; readonly due: string };
}

let synthesized: SynthesizedClocksMachine | undefined;

/**
 * Builds the CDK app's stack in this process (cdk.json's feature flags, the default deployment
 * settings, no bundling) and reads the state machine's `DefinitionString` from it: the local stack
 * runs the definition `cdk deploy` would deploy, never a copy. Built once per process.
 */
export function synthesizeClocksMachine(region: string): SynthesizedClocksMachine {
  if (synthesized) return synthesized;
  const cdkJson = JSON.parse(readFileSync(projectPath('cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  const app = new App({ context: { ...cdkJson.context, region, 'aws:cdk:bundling-stacks': [] } });
  const settings = readDeploymentSettings((key) => app.node.tryGetContext(key), {});
  const stack = new JasStack(app, STACK_ID, {
    ...settings,
    env: { account: LOCAL_ACCOUNT_ID, region: settings.region },
  });
  const { clocks } = stack;
  const functionArn = (fn: typeof clocks.dueHandler) =>
    `arn:aws:lambda:${settings.region}:${LOCAL_ACCOUNT_ID}:function:${fn.node.path.replaceAll('/', '-')}`;
  const functionArns = { start: functionArn(clocks.startHandler), due: functionArn(clocks.dueHandler) };
  const logicalId = (fn: typeof clocks.dueHandler) => stack.getLogicalId(fn.node.defaultChild as CfnElement);
  const values = {
    refs: {
      'AWS::Partition': 'aws',
      'AWS::Region': settings.region,
      'AWS::AccountId': LOCAL_ACCOUNT_ID,
      'AWS::URLSuffix': 'amazonaws.com',
    },
    attributes: {
      [`${logicalId(clocks.startHandler)}.Arn`]: functionArns.start,
      [`${logicalId(clocks.dueHandler)}.Arn`]: functionArns.due,
    },
  };
  const cfn = clocks.stateMachine.node.defaultChild as CfnStateMachine;
  const asl = JSON.parse(
    String(resolveCfnIntrinsics(stack.resolve(cfn.definitionString), values)),
  ) as StateMachineDefinition;
  // aws-local-stepfunctions would arm a setTimeout for it: 360 days overflows the timer's 2^31 ms and fires at once.
  delete asl.TimeoutSeconds;
  synthesized = {
    stateMachineArn: String(resolveCfnIntrinsics(stack.resolve(clocks.stateMachineArn), values)),
    definition: asl,
    functionArns,
  };
  return synthesized;
}
