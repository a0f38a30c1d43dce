import { type Stack, Validations } from 'aws-cdk-lib';

/** The id prefix of the singleton Lambda aws-cdk-lib creates to configure S3 bucket notifications. */
const HANDLER_ID_PREFIX = 'BucketNotificationsHandler';

/**
 * Acknowledges cdk-nag's managed-policy finding on aws-cdk-lib's BucketNotificationsHandler, and
 * only there: a deploy-time custom resource whose role aws-cdk-lib fixes. (Its own policy is already
 * scoped: s3:PutBucketNotification on the documents bucket.)
 */
export function acknowledgeBucketNotificationsHandler(stack: Stack): void {
  const handler = stack.node.children.find((child) => child.node.id.startsWith(HANDLER_ID_PREFIX));
  if (!handler) throw new Error(`No ${HANDLER_ID_PREFIX} in ${stack.stackName}: call this after addEventNotification.`);
  Validations.of(handler).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason:
      'aws-cdk-lib attaches AWSLambdaBasicExecutionRole to its BucketNotificationsHandler with no option to replace it; it only lets that deploy-time function write its own CloudWatch logs, and the function never sees mail.',
  });
}
