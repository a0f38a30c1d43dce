import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate } from './build-template.js';
import { dataKeyId } from './find-resources.js';

type Statement = {
  Sid?: string;
  Effect: string;
  Principal: unknown;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
};

const inAccount = (arnSuffix: string, service: string) => ({
  'Fn::Join': ['', [`arn:aws:${service}:ca-central-1:`, { Ref: 'AWS::AccountId' }, arnSuffix]],
});

describe('data key', () => {
  let template: Template;
  let statements: Statement[];

  beforeAll(() => {
    template = buildTemplate();
    statements = template.toJSON().Resources[dataKeyId(template)].Properties.KeyPolicy.Statement;
  });

  it("is the stack's one key: rotating, symmetric, aliased, kept when the stack goes", () => {
    template.resourceCountIs('AWS::KMS::Key', 1);
    expect(template.toJSON().Resources[dataKeyId(template)]).toMatchObject({
      Properties: { EnableKeyRotation: true, PendingWindowInDays: 30 },
      DeletionPolicy: 'Retain',
    });
    expect(template.toJSON().Resources[dataKeyId(template)].Properties.KeySpec).toBeUndefined();
    template.hasResourceProperties('AWS::KMS::Alias', {
      AliasName: 'alias/JasIntake/data',
      TargetKeyId: { 'Fn::GetAtt': [dataKeyId(template), 'Arn'] },
    });
  });

  it('has exactly the account statement and one statement per service that encrypts for the pipeline', () => {
    expect(statements.map((s) => s.Sid ?? JSON.stringify(s.Principal))).toEqual([
      JSON.stringify({ AWS: { 'Fn::Join': ['', ['arn:aws:iam::', { Ref: 'AWS::AccountId' }, ':root']] } }),
      'AllowCloudWatchLogsForThisStacksLogGroups',
      'AllowSesReceiptRuleToEncryptRawMail',
      'AllowCloudWatchAlarmsToPublishToEncryptedTopic',
    ]);
  });

  it("lets CloudWatch Logs in ca-central-1 use it only for this stack's log groups", () => {
    expect(statements.find((s) => s.Sid === 'AllowCloudWatchLogsForThisStacksLogGroups')).toEqual({
      Sid: 'AllowCloudWatchLogsForThisStacksLogGroups',
      Effect: 'Allow',
      Principal: { Service: 'logs.ca-central-1.amazonaws.com' },
      Action: ['kms:Decrypt*', 'kms:Describe*', 'kms:Encrypt*', 'kms:GenerateDataKey*', 'kms:ReEncrypt*'],
      Resource: '*',
      Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': inAccount(':log-group:/JasIntake/*', 'logs') } },
    });
    // Every log group of the stack is under that prefix, or CloudWatch Logs could not encrypt it.
    for (const logGroup of Object.values(template.findResources('AWS::Logs::LogGroup'))) {
      expect(logGroup.Properties.LogGroupName).toMatch(/^\/JasIntake\//);
    }
  });

  it("lets SES encrypt stored mail only for this account's receipt rule", () => {
    expect(statements.find((s) => s.Sid === 'AllowSesReceiptRuleToEncryptRawMail')).toEqual({
      Sid: 'AllowSesReceiptRuleToEncryptRawMail',
      Effect: 'Allow',
      Principal: { Service: 'ses.amazonaws.com' },
      Action: ['kms:Encrypt', 'kms:GenerateDataKey'],
      Resource: '*',
      Condition: {
        StringEquals: {
          'aws:SourceAccount': { Ref: 'AWS::AccountId' },
          'aws:SourceArn': inAccount(':receipt-rule-set/jas-intake:receipt-rule/store-raw-mail', 'ses'),
        },
      },
    });
  });

  it('lets CloudWatch alarms publish to the encrypted topic, decrypting and generating data keys only', () => {
    expect(statements.find((s) => s.Sid === 'AllowCloudWatchAlarmsToPublishToEncryptedTopic')).toEqual({
      Sid: 'AllowCloudWatchAlarmsToPublishToEncryptedTopic',
      Effect: 'Allow',
      Principal: { Service: 'cloudwatch.amazonaws.com' },
      Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      Resource: '*',
    });
  });

  it('encrypts every store of personal information: bucket (with a bucket key), table, queue, log groups, topic', () => {
    const keyArn = { 'Fn::GetAtt': [dataKeyId(template), 'Arn'] };
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          {
            BucketKeyEnabled: true,
            ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn },
          },
        ],
      },
    });
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: keyArn },
    });
    template.allResourcesProperties('AWS::SQS::Queue', { KmsMasterKeyId: keyArn });
    template.allResourcesProperties('AWS::Logs::LogGroup', { KmsKeyId: keyArn });
    template.allResourcesProperties('AWS::SNS::Topic', { KmsMasterKeyId: keyArn });
    template.resourceCountIs('AWS::SQS::Queue', 1);
    template.resourceCountIs('AWS::SNS::Topic', 1);
    expect(Object.keys(template.findResources('AWS::Logs::LogGroup'))).not.toHaveLength(0);
  });
});
