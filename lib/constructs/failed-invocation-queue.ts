import { Duration, Validations } from 'aws-cdk-lib';
import { Grant } from 'aws-cdk-lib/aws-iam';
import type { IDestination, IFunction } from 'aws-cdk-lib/aws-lambda';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { DataKey } from './data-key.js';

export interface FailedInvocationQueueProps {
  readonly dataKey: DataKey;
}

/**
 * Where an S3 event lands when the inbound handler still fails after Lambda's retries: the record
 * names the object key, so an operator can replay the message (its raw MIME stays under raw/).
 * Encrypted with the data key, TLS only, kept for SQS's longest retention.
 */
export class FailedInvocationQueue extends Construct {
  readonly queue: Queue;
  private readonly dataKey: DataKey;

  constructor(scope: Construct, id: string, props: FailedInvocationQueueProps) {
    super(scope, id);
    this.dataKey = props.dataKey;
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: props.dataKey.key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.queue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        "This queue is itself the dead-letter destination (the on-failure destination of the inbound Lambda's asynchronous invocations); SQS3 recognizes only redrive policies and Lambda DeadLetterConfig as DLQ use.",
    });
  }

  /**
   * The on-failure destination for a function's asynchronous invocations. Lambda sends with the
   * function's role, so the role gets exactly SendMessage on this queue and the key use SQS makes
   * for an encrypted send, instead of the wildcard KMS actions of Queue.grantSendMessages.
   */
  get onFailure(): IDestination {
    return {
      bind: (_scope: Construct, fn: IFunction) => {
        Grant.addToPrincipal({ grantee: fn, actions: ['sqs:SendMessage'], resourceArns: [this.queue.queueArn] });
        this.dataKey.key.grant(fn, 'kms:GenerateDataKey', 'kms:Decrypt');
        return { destination: this.queue.queueArn };
      },
    };
  }
}
