import { ArnFormat, type CfnElement, Duration, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  Choice,
  Condition,
  DefinitionBody,
  Fail,
  JsonPath,
  LogLevel,
  StateMachine,
  StateMachineType,
  Succeed,
  TaskInput,
  Wait,
  WaitTime,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke, StepFunctionsStartExecution } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { MAX_WAIT_DAYS } from '../../functions/clock-wait.js';
import { projectPath } from '../project-root.js';
import { AppFunction } from './app-function.js';
import type { CaseTable } from './case-table.js';
import type { DataKey } from './data-key.js';
import type { NoticeSending } from './notice-sending.js';

export const CLOCK_START_HANDLER_ENTRY = projectPath('functions', 'handlers', 'on-clock-start.ts');
export const CLOCK_DUE_HANDLER_ENTRY = projectPath('functions', 'handlers', 'on-clock-due.ts');

/**
 * Just under the one year a Standard execution may live: no execution waits longer than
 * MAX_WAIT_DAYS (330), so this leaves a month for the task's retries, and an execution that still
 * runs then has failed.
 */
export const CLOCK_EXECUTION_TIMEOUT = Duration.days(360);

/** Lambda's own transient failures (throttling, service errors): always worth retrying. */
const LAMBDA_SERVICE_ERRORS = [
  'Lambda.ClientExecutionTimeoutException',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
];

/** The state machine's name: fixed, so its ARN is known without a reference to it (see below). */
export function clocksStateMachineName(stackName: string): string {
  return `${stackName}-case-clocks`;
}

export interface CaseClocksProps {
  readonly dataKey: DataKey;
  readonly cases: CaseTable;
  readonly notices: NoticeSending;
  /** The documents bucket's name: the clock handler builds the same dependencies as the inbound one. */
  readonly bucketName: string;
  readonly noticeFrom: string;
  /** The report function's name: the clock handler reads the pipeline's whole configuration (it never asks for reports). */
  readonly reportFunctionName: string;
  /** The log groups are named under this prefix, which the data key's policy allows. */
  readonly logGroupNamePrefix: string;
}

/**
 * The policy's clocks (OB 646): the 4-month promotion (steps 4–5), the reminder before the 8-month
 * recommendation deadline (step 1), the mid-point check-in (step 11) and the end of the 24-month
 * JAS. One Standard execution per case and clock, named `<case id>-<purpose>` so Step Functions
 * itself refuses to start a clock twice; it waits until the clock's instant, then asks the clock
 * handler to apply it to the case as the case is then (a sponsor found or an early end makes it do
 * nothing, and cancelling stops it before).
 *
 * Why continuation executions rather than EventBridge Scheduler one-time schedules: a Standard
 * execution lives at most one year and the JAS end is up to 24 months away. An execution whose
 * clock is further away than MAX_WAIT_DAYS waits that long and starts a continuation execution
 * (`<name>-2`, then `-3`) with the same input, which plans again. Everything stays one state
 * machine, with its history in one place, and the local stack runs this same synthesized
 * definition end to end in aws-local-stepfunctions; a schedule would need a second service with no
 * local stand-in. A Wait on a timestamp followed by a check of the case (instead of a task token
 * with a timeout) is also what that interpreter can run, since it implements no TimeoutSeconds.
 */
export class CaseClocks extends Construct {
  readonly stateMachine: StateMachine;
  /** Built from the fixed name, so the definition and the clock handler can name it without a cycle. */
  readonly stateMachineArn: string;
  /** Plans each execution's wait (the clock's instant, or the hop to a continuation). */
  readonly startHandler: AppFunction;
  /** Applies a clock to its case when it is due. */
  readonly dueHandler: AppFunction;
  private readonly stateMachineName: string;

  constructor(scope: Construct, id: string, props: CaseClocksProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.stateMachineName = clocksStateMachineName(stack.stackName);
    this.stateMachineArn = stack.formatArn({
      service: 'states',
      resource: 'stateMachine',
      resourceName: this.stateMachineName,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });

    this.startHandler = new AppFunction(this, 'StartHandler', {
      entry: CLOCK_START_HANDLER_ENTRY,
      description:
        'Plans how long a case clock execution waits: until the clock is due, or until it hands over to a continuation.',
      memorySize: 256,
      timeout: Duration.seconds(10),
      logGroupName: `${props.logGroupNamePrefix}clock-start-handler`,
      logEncryptionKey: props.dataKey.key,
    });
    this.dueHandler = new AppFunction(this, 'DueHandler', {
      entry: CLOCK_DUE_HANDLER_ENTRY,
      description:
        'Applies a due policy clock (promotion expiry, deadline reminder, mid-point check-in, JAS end) to its case and sends the notices.',
      memorySize: 512,
      timeout: Duration.seconds(60),
      logGroupName: `${props.logGroupNamePrefix}clock-due-handler`,
      logEncryptionKey: props.dataKey.key,
      environment: {
        JAS_BUCKET_NAME: props.bucketName,
        JAS_TABLE_NAME: props.cases.table.tableName,
        JAS_NOTICE_FROM: props.noticeFrom,
        JAS_CONFIGURATION_SET: props.notices.configurationSet.configurationSetName,
        JAS_CLOCKS_STATE_MACHINE_ARN: this.stateMachineArn,
        JAS_REPORT_FUNCTION_NAME: props.reportFunctionName,
        // Named because the configuration is one; a due clock never finds a client by UCI, so it may not read it.
        JAS_CLIENT_KEY_SECRET_ARN: props.cases.clientKeySecret.secretArn,
        POWERTOOLS_SERVICE_NAME: 'jas-intake',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
    });
    // A due clock reads and writes its case and sends notices. No clock notice carries a document
    // and no due clock starts or stops another, so no S3 or Step Functions access.
    props.cases.grantCaseData(this.dueHandler);
    props.notices.grantSendNotices(this.dueHandler);

    const logGroup = new LogGroup(this, 'Logs', {
      // Under the stack's prefix (not /aws/vendedlogs/) because the data key lets CloudWatch Logs
      // encrypt only the stack's own log groups.
      logGroupName: `${props.logGroupNamePrefix}case-clocks`,
      encryptionKey: props.dataKey.key,
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineName: this.stateMachineName,
      stateMachineType: StateMachineType.STANDARD,
      comment: 'One policy clock of one case (OB 646): wait until it is due, then apply it to the case as it is then.',
      definitionBody: DefinitionBody.fromChainable(this.definition()),
      timeout: CLOCK_EXECUTION_TIMEOUT,
      // Execution data is the clock's input and outcome: case id, purpose, dates. No personal information.
      logs: { destination: logGroup, level: LogLevel.ALL, includeExecutionData: true },
      tracingEnabled: false,
    });
    Validations.of(this.stateMachine).acknowledge({
      id: 'AwsSolutions-SF2',
      reason:
        'X-Ray is off across the project (its Lambdas too): this two-task state machine is diagnosed from its execution history and its ALL-level log, encrypted with the data key, which show every state, its timing and its error.',
    });
    this.acknowledgeRoleFindings();
  }

  /** Lets `grantee` start clocks and stop (cancel) them; nothing else on the state machine. */
  grantStartAndStop(grantee: IGrantable): void {
    // Listing finds a clock's executions whatever their date, to cancel them.
    Grant.addToPrincipal({
      grantee,
      actions: ['states:StartExecution', 'states:ListExecutions'],
      resourceArns: [this.stateMachineArn],
    });
    const stack = Stack.of(this);
    const executions = stack.formatArn({
      service: 'states',
      resource: 'execution',
      resourceName: `${this.stateMachineName}:*`,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    // Describing tells a clock cancelled earlier (to start again under its next name) from one running or fired.
    Grant.addToPrincipal({
      grantee,
      actions: ['states:StopExecution', 'states:DescribeExecution'],
      resourceArns: [executions],
    });
    const principal = grantee.grantPrincipal;
    if (!Construct.isConstruct(principal)) return;
    // cdk-nag names the resource as synthesized: literals where the stack's environment is known.
    const [partition, region, account] = [
      [stack.partition, 'AWS::Partition'],
      [stack.region, 'AWS::Region'],
      [stack.account, 'AWS::AccountId'],
    ].map(([value, pseudo]) => (Token.isUnresolved(value) ? `<${pseudo}>` : value));
    Validations.of(principal).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:${partition}:states:${region}:${account}:execution:${this.stateMachineName}:*]`,
      reason: `${principal.node.id}: StopExecution and DescribeExecution on the executions of the case-clocks state machine only: each is named after its case, clock and date at run time, so an execution-name wildcard under this one state machine is the narrowest grant that can cancel them.`,
    });
  }

  /** The specification, state by state. */
  private definition() {
    const clockFailed = new Fail(this, 'Clock failed', {
      comment:
        'A task failed after its retries: the execution fails with its error, and its history keeps the clock it was for.',
      errorPath: '$.error.Error',
      causePath: '$.error.Cause',
    });

    const planTheWait = new LambdaInvoke(this, 'Plan the wait', {
      comment: `Wake at the clock's instant, or after ${MAX_WAIT_DAYS} days when it is further away than one execution may wait.`,
      lambdaFunction: this.startHandler,
      payload: TaskInput.fromObject({
        dueAt: JsonPath.stringAt('$.dueAt'),
        startedAt: JsonPath.stringAt('$$.Execution.StartTime'),
        executionName: JsonPath.stringAt('$$.Execution.Name'),
      }),
      retryOnServiceExceptions: false,
      resultSelector: {
        wakeAt: JsonPath.stringAt('$.Payload.wakeAt'),
        continueAs: JsonPath.stringAt('$.Payload.continueAs'),
      },
      resultPath: '$.wait',
    });

    const waitUntilWakeUp = new Wait(this, 'Wait until the wake-up', {
      comment:
        'The 4 calendar months of promotion (steps 4–5), the reminder before the 8-month deadline (step 1), the mid-point (step 11), the 24-month end.',
      time: WaitTime.timestampPath('$.wait.wakeAt'),
    });

    const continueInANewExecution = new StepFunctionsStartExecution(this, 'Continue in a new execution', {
      comment: 'The clock is more than one execution away: the same clock, in the next leg (<name>-2, -3).',
      stateMachine: StateMachine.fromStateMachineName(this, 'Continuation', this.stateMachineName),
      name: JsonPath.stringAt('$.wait.continueAs'),
      input: TaskInput.fromObject({
        caseId: JsonPath.stringAt('$.caseId'),
        purpose: JsonPath.stringAt('$.purpose'),
        dueOn: JsonPath.stringAt('$.dueOn'),
        dueAt: JsonPath.stringAt('$.dueAt'),
      }),
      resultSelector: { executionArn: JsonPath.stringAt('$.ExecutionArn') },
      resultPath: '$.continuation',
    });

    const applyTheClock = new LambdaInvoke(this, 'Apply the clock', {
      comment:
        "Decided on the case as it is now and on the clock's own date: promotion stopped and the office told, check-in sent, JAS ended, SPO reminded, or nothing when its reason has gone.",
      lambdaFunction: this.dueHandler,
      payload: TaskInput.fromObject({
        caseId: JsonPath.stringAt('$.caseId'),
        purpose: JsonPath.stringAt('$.purpose'),
        dueOn: JsonPath.stringAt('$.dueOn'),
      }),
      retryOnServiceExceptions: false,
      resultSelector: { outcome: JsonPath.objectAt('$.Payload') },
      resultPath: '$.applied',
    });

    for (const task of [planTheWait, applyTheClock]) {
      task.addRetry({ errors: LAMBDA_SERVICE_ERRORS, interval: Duration.seconds(2), maxAttempts: 6, backoffRate: 2 });
      // The handler's own failures (a throttled table, SES refusing for a while): it finishes what it
      // started and no more when run again, so a few patient retries are safe.
      task.addRetry({ errors: ['States.TaskFailed'], interval: Duration.seconds(30), maxAttempts: 3, backoffRate: 2 });
      task.addCatch(clockFailed, { resultPath: '$.error' });
    }
    continueInANewExecution.addRetry({
      errors: ['StepFunctions.SdkClientException', 'StepFunctions.ThrottlingException', 'States.TaskFailed'],
      interval: Duration.seconds(2),
      maxAttempts: 6,
      backoffRate: 2,
    });
    // A retried start whose first attempt went through: the continuation runs, which is the goal.
    continueInANewExecution.addCatch(new Succeed(this, 'Continuation already running'), {
      errors: ['StepFunctions.ExecutionAlreadyExistsException'],
      resultPath: '$.error',
    });
    continueInANewExecution.addCatch(clockFailed, { resultPath: '$.error' });

    return planTheWait
      .next(waitUntilWakeUp)
      .next(
        new Choice(this, 'Is the clock due in this execution?')
          .when(
            Condition.isString('$.wait.continueAs'),
            continueInANewExecution.next(new Succeed(this, 'Handed over to the continuation')),
          )
          .otherwise(applyTheClock.next(new Succeed(this, 'Clock applied'))),
      );
  }

  /** Findings on the state machine's own role, which aws-cdk-lib writes. */
  private acknowledgeRoleFindings(): void {
    const role = this.stateMachine.role;
    const stack = Stack.of(this);
    for (const fn of [this.startHandler, this.dueHandler]) {
      const functionId = stack.getLogicalId(fn.node.defaultChild as CfnElement);
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${functionId}.Arn>:*]`,
        reason: `aws-cdk-lib's LambdaInvoke grants the function and its versions (${fn.node.id}); the state machine calls this one function, unqualified.`,
      });
    }
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'CloudWatch Logs delivery for Step Functions (logs:CreateLogDelivery, GetLogDelivery, ListLogDeliveries, PutResourcePolicy, …) takes no resource ARN: AWS documents Resource "*" for these actions, which the ALL-level execution log (cdk-nag SF1) needs.',
    });
  }
}
