import type { Template } from 'aws-cdk-lib/assertions';
import { onlyLogicalId } from './build-template.js';

/** The customer-managed data key (the only KMS key in the stack). */
export function dataKeyId(template: Template): string {
  return onlyLogicalId(template, 'AWS::KMS::Key');
}

/** The documents bucket: the one bucket that logs its requests to another. */
export function documentsBucketId(template: Template): string {
  const ids = Object.entries(template.findResources('AWS::S3::Bucket'))
    .filter(([, bucket]) => bucket.Properties?.LoggingConfiguration !== undefined)
    .map(([id]) => id);
  if (ids.length !== 1) throw new Error(`Expected one bucket with access logging, found ${ids.length}`);
  return ids[0]!;
}

/** The access-log bucket: the one the documents bucket logs to. */
export function accessLogBucketId(template: Template): string {
  const documents = template.toJSON().Resources[documentsBucketId(template)];
  return documents.Properties.LoggingConfiguration.DestinationBucketName.Ref as string;
}

/** The inbound handler: the function the documents bucket notifies of new raw mail. */
export function inboundHandlerId(template: Template): string {
  const notifications = Object.values(template.findResources('Custom::S3BucketNotifications'));
  const targets = notifications.flatMap((resource) =>
    (
      resource.Properties.NotificationConfiguration.LambdaFunctionConfigurations as {
        LambdaFunctionArn: { 'Fn::GetAtt': [string, string] };
      }[]
    ).map((configuration) => configuration.LambdaFunctionArn['Fn::GetAtt'][0]),
  );
  if (targets.length !== 1)
    throw new Error(`Expected one function notified by the documents bucket, found ${targets.length}`);
  return targets[0]!;
}

/** The report function: the one whose log group is the stack's `report-handler`. */
export function reportHandlerId(template: Template): string {
  const ids = Object.entries(template.findResources('AWS::Lambda::Function'))
    .filter(([, resource]) => JSON.stringify(resource.Properties?.LoggingConfig ?? {}).includes('ReportsHandlerLogs'))
    .map(([id]) => id);
  if (ids.length !== 1) throw new Error(`Expected one report function, found ${ids.length}`);
  return ids[0]!;
}
