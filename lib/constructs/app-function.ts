import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type NodejsFunctionProps, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import {
  handlerBundleCommand,
  LAMBDA_BUNDLE,
  type WorkerBundle,
  workerBundleCommand,
} from '../lambda-bundle-options.js';
import { PROJECT_ROOT, projectPath } from '../project-root.js';

/** Everything the project decides for every Lambda is fixed here; callers choose only what differs. */
type ProjectDecided =
  | 'entry'
  | 'runtime'
  | 'architecture'
  | 'bundling'
  | 'logGroup'
  | 'role'
  | 'tracing'
  | 'projectRoot'
  | 'depsLockFilePath';

export interface AppFunctionProps extends Omit<NodejsFunctionProps, ProjectDecided | 'memorySize' | 'timeout'> {
  /** Absolute path of the handler module; it must export `handler`. */
  readonly entry: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  /** @default RetentionDays.THREE_MONTHS — logs carry no personal data, so they are kept only for diagnosis. */
  readonly logRetention?: RetentionDays;
  /** Named so the key policy can limit CloudWatch Logs to this stack's log groups. */
  readonly logGroupName: string;
  /** Encrypts the log group: a redaction slip must not leave personal information in clear text. */
  readonly logEncryptionKey: IKey;
  /** @default false */
  readonly tracing?: boolean;
  /** Worker thread modules the handler starts, each bundled beside it as `<name>.mjs`. */
  readonly workers?: readonly WorkerBundle[];
}

/**
 * A Node.js Lambda with the project's defaults: the newest Node.js runtime, arm64, bundled offline
 * by the local esbuild (never Docker) into minified ESM with source maps (`index.mjs`, and the
 * chunks of what it imports dynamically), its own encrypted
 * log group, and a role that may write only to that log group until the caller grants more.
 */
export class AppFunction extends NodejsFunction {
  static readonly RUNTIME = Runtime.NODEJS_24_X;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    const { entry, logRetention, logGroupName, logEncryptionKey, tracing, environment, workers, ...rest } = props;
    // Created beside the function because a subclass cannot add children before super().
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      logGroupName,
      encryptionKey: logEncryptionKey,
      retention: logRetention ?? RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Instead of the managed AWSLambdaBasicExecutionRole, whose log permissions cover every log group.
    const role = new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);
    super(scope, id, {
      ...rest,
      role,
      entry,
      handler: 'handler',
      runtime: AppFunction.RUNTIME,
      architecture: Architecture.ARM_64,
      tracing: tracing ? Tracing.ACTIVE : Tracing.DISABLED,
      logGroup,
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: projectPath('package-lock.json'),
      environment: {
        // Stack traces point at the TypeScript sources instead of the minified bundle.
        NODE_OPTIONS: '--enable-source-maps',
        ...environment,
      },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: LAMBDA_BUNDLE.target,
        minify: LAMBDA_BUNDLE.minify,
        sourceMap: LAMBDA_BUNDLE.sourcemap,
        sourcesContent: LAMBDA_BUNDLE.sourcesContent,
        mainFields: [...LAMBDA_BUNDLE.mainFields],
        // Bundle the pinned AWS SDK clients rather than whatever version the runtime ships.
        externalModules: [],
        banner: LAMBDA_BUNDLE.banner,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_inputDir: string, outputDir: string) => [
            handlerBundleCommand(entry, outputDir),
            ...(workers ?? []).map((worker) => workerBundleCommand(worker, outputDir)),
          ],
        },
      },
    });
  }
}
