import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate } from './build-template.js';
import { accessLogBucketId, documentsBucketId } from './find-resources.js';

const lifecycleRules = (template: Template, bucketId: string) =>
  template.toJSON().Resources[bucketId].Properties.LifecycleConfiguration.Rules as unknown[];

describe('documents bucket retention', () => {
  let template: Template;

  beforeAll(() => {
    template = buildTemplate();
  });

  it('expires raw mail and case documents after seven years by default, fragments of split messages after 30 days, old versions after 90 days, and cleans up', () => {
    expect(lifecycleRules(template, documentsBucketId(template))).toEqual([
      {
        Id: 'expire-raw',
        Prefix: 'raw/',
        Status: 'Enabled',
        ExpirationInDays: 2557,
        NoncurrentVersionExpiration: { NoncurrentDays: 90 },
      },
      {
        Id: 'expire-cases',
        Prefix: 'cases/',
        Status: 'Enabled',
        ExpirationInDays: 2557,
        NoncurrentVersionExpiration: { NoncurrentDays: 90 },
      },
      {
        Id: 'expire-fragments',
        Prefix: 'fragments/',
        Status: 'Enabled',
        ExpirationInDays: 30,
        NoncurrentVersionExpiration: { NoncurrentDays: 90 },
      },
      {
        Id: 'clean-up',
        Status: 'Enabled',
        AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
        ExpiredObjectDeleteMarker: true,
      },
    ]);
  });

  it('takes each retention from the deployment settings', () => {
    // Act
    const custom = buildTemplate({
      rawMailRetentionDays: 400,
      caseDocumentRetentionDays: 3650,
      accessLogRetentionDays: 365,
    });

    // Assess
    const [raw, cases] = lifecycleRules(custom, documentsBucketId(custom));
    expect(raw).toMatchObject({ Prefix: 'raw/', ExpirationInDays: 400 });
    expect(cases).toMatchObject({ Prefix: 'cases/', ExpirationInDays: 3650 });
    expect(lifecycleRules(custom, accessLogBucketId(custom))).toContainEqual(
      expect.objectContaining({ ExpirationInDays: 365 }),
    );
  });
});

describe('server access logs', () => {
  let template: Template;

  beforeAll(() => {
    template = buildTemplate();
  });

  it('log every request to the documents bucket into a separate bucket', () => {
    const documents = template.toJSON().Resources[documentsBucketId(template)];
    expect(documents.Properties.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: accessLogBucketId(template) },
      LogFilePrefix: 'documents/',
    });
    expect(accessLogBucketId(template)).not.toBe(documentsBucketId(template));
  });

  it('go to a private, SSE-S3 encrypted bucket kept for two years by default and kept with the stack gone', () => {
    expect(template.toJSON().Resources[accessLogBucketId(template)]).toEqual({
      Type: 'AWS::S3::Bucket',
      Properties: {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        // S3 log delivery does not support SSE-KMS default encryption on the destination.
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        LifecycleConfiguration: {
          Rules: [
            {
              Id: 'expire-access-logs',
              Status: 'Enabled',
              ExpirationInDays: 730,
              AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
            },
          ],
        },
      },
      UpdateReplacePolicy: 'Retain',
      DeletionPolicy: 'Retain',
    });
  });

  it('are written only by S3 log delivery for the documents bucket, and read only over TLS 1.2', () => {
    const policy = Object.values(
      template.findResources('AWS::S3::BucketPolicy', { Properties: { Bucket: { Ref: accessLogBucketId(template) } } }),
    );
    expect(policy).toHaveLength(1);
    const statements = policy[0]!.Properties.PolicyDocument.Statement;
    expect(statements).toContainEqual({
      Effect: 'Allow',
      Principal: { Service: 'logging.s3.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [accessLogBucketId(template), 'Arn'] }, '/documents/*']] },
      Condition: {
        ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [documentsBucketId(template), 'Arn'] } },
        StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
      },
    });
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
    );
  });
});
