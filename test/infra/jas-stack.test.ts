import { Match, type Template } from 'aws-cdk-lib/assertions';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppFunction } from '../../lib/constructs/app-function.js';
import { buildTemplate, onlyLogicalId, TEST_SETTINGS } from './build-template.js';
import { dataKeyId, documentsBucketId, inboundHandlerId, reportHandlerId } from './find-resources.js';

type Statement = {
  Action: string | string[];
  Resource: unknown;
  Effect: string;
  Principal?: unknown;
  Condition?: unknown;
};

const objectArn = (bucketId: string, pattern: string) => ({
  'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, `/${pattern}`]],
});

describe('JasStack', () => {
  let template: Template;
  let ids: {
    bucket: string;
    bucketPolicy: string;
    table: string;
    ruleSet: string;
    configurationSet: string;
    identity: string;
    inbound: string;
    inboundRole: string;
  };

  beforeAll(() => {
    template = buildTemplate();
    const inbound = inboundHandlerId(template);
    const role = template.toJSON().Resources[inbound].Properties.Role['Fn::GetAtt'][0] as string;
    ids = {
      bucket: documentsBucketId(template),
      bucketPolicy: onlyLogicalId(template, 'AWS::S3::BucketPolicy', {
        Properties: { Bucket: { Ref: documentsBucketId(template) } },
      }),
      table: onlyLogicalId(template, 'AWS::DynamoDB::Table'),
      ruleSet: onlyLogicalId(template, 'AWS::SES::ReceiptRuleSet'),
      configurationSet: onlyLogicalId(template, 'AWS::SES::ConfigurationSet'),
      identity: onlyLogicalId(template, 'AWS::SES::EmailIdentity'),
      inbound,
      inboundRole: role,
    };
  });

  function inboundStatements(): Statement[] {
    const policies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: Match.arrayWith([{ Ref: ids.inboundRole }]) },
    });
    return Object.values(policies).flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
  }

  describe('inbound Lambda', () => {
    it('uses the newest Node.js runtime aws-cdk-lib offers', () => {
      // Prepare
      const newest = Object.keys(Runtime)
        .map((key) => /^NODEJS_(\d+)_X$/.exec(key))
        .filter((match) => match !== null)
        .map((match) => Number(match[1]))
        .sort((a, b) => b - a)[0];

      // Assess
      expect(AppFunction.RUNTIME.name).toBe(`nodejs${newest}.x`);
      template.hasResourceProperties('AWS::Lambda::Function', {
        Runtime: 'nodejs24.x',
        Environment: { Variables: { JAS_BUCKET_NAME: Match.anyValue() } },
      });
    });

    it('runs on arm64 with 1024 MB, 60 s, the ESM bundle handler and tracing off', () => {
      const fn = template.toJSON().Resources[ids.inbound];
      expect(fn.Properties).toMatchObject({
        Architectures: ['arm64'],
        Handler: 'index.handler',
        MemorySize: 1024,
        Timeout: 60,
      });
      expect(fn.Properties.TracingConfig).toBeUndefined();
    });

    it('receives exactly the environment the handler config reads', () => {
      expect(template.toJSON().Resources[ids.inbound].Properties.Environment.Variables).toEqual({
        JAS_BUCKET_NAME: { Ref: ids.bucket },
        JAS_TABLE_NAME: { Ref: ids.table },
        JAS_NOTICE_FROM: TEST_SETTINGS.noticeFrom,
        JAS_CONFIGURATION_SET: { Ref: ids.configurationSet },
        JAS_CLOCKS_STATE_MACHINE_ARN: {
          'Fn::Join': [
            '',
            ['arn:aws:states:ca-central-1:', { Ref: 'AWS::AccountId' }, ':stateMachine:JasIntake-case-clocks'],
          ],
        },
        JAS_REPORT_FUNCTION_NAME: { Ref: reportHandlerId(template) },
        JAS_CLIENT_KEY_SECRET_ARN: { Ref: onlyLogicalId(template, 'AWS::SecretsManager::Secret') },
        POWERTOOLS_SERVICE_NAME: 'jas-intake',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
      });
    });

    it('logs to its own named, encrypted log group with a retention', () => {
      const logGroupRef = template.toJSON().Resources[ids.inbound].Properties.LoggingConfig.LogGroup;
      expect(logGroupRef).toEqual({ Ref: expect.any(String) });
      expect(template.toJSON().Resources[logGroupRef.Ref]).toMatchObject({
        Type: 'AWS::Logs::LogGroup',
        Properties: {
          LogGroupName: '/JasIntake/inbound-handler',
          KmsKeyId: { 'Fn::GetAtt': [dataKeyId(template), 'Arn'] },
          RetentionInDays: 90,
        },
        DeletionPolicy: 'Retain',
      });
    });

    it('is invoked by ObjectCreated under raw/ only', () => {
      template.resourceCountIs('Custom::S3BucketNotifications', 1);
      template.hasResourceProperties('Custom::S3BucketNotifications', {
        BucketName: { Ref: ids.bucket },
        NotificationConfiguration: Match.objectEquals({
          LambdaFunctionConfigurations: [
            {
              Events: ['s3:ObjectCreated:*'],
              Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'raw/' }] } },
              LambdaFunctionArn: { 'Fn::GetAtt': [ids.inbound, 'Arn'] },
            },
          ],
        }),
      });
      template.hasResourceProperties('AWS::Lambda::Permission', {
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [ids.inbound, 'Arn'] },
        Principal: 's3.amazonaws.com',
        SourceAccount: { Ref: 'AWS::AccountId' },
        SourceArn: { 'Fn::GetAtt': [ids.bucket, 'Arn'] },
      });
    });
  });

  describe('SES receiving', () => {
    it('creates the named rule set', () => {
      template.hasResourceProperties('AWS::SES::ReceiptRuleSet', { RuleSetName: 'jas-intake' });
    });

    it('stores mail for the recipients under raw/, scanned, over TLS only, after the bucket policy exists', () => {
      template.resourceCountIs('AWS::SES::ReceiptRule', 1);
      template.hasResource('AWS::SES::ReceiptRule', {
        Properties: {
          RuleSetName: { Ref: ids.ruleSet },
          Rule: {
            Name: 'store-raw-mail',
            Enabled: true,
            ScanEnabled: true,
            TlsPolicy: 'Require',
            Recipients: ['jas@jas.example.ca'],
            Actions: [{ S3Action: Match.objectEquals({ BucketName: { Ref: ids.bucket }, ObjectKeyPrefix: 'raw/' }) }],
          },
        },
        DependsOn: Match.arrayWith([ids.bucketPolicy]),
      });
    });

    it("lets only this account's receipt rule put objects, only under raw/", () => {
      const statements = template.toJSON().Resources[ids.bucketPolicy].Properties.PolicyDocument
        .Statement as Statement[];
      const forSes = statements.filter((s) => JSON.stringify(s.Principal).includes('ses.amazonaws.com'));
      expect(forSes).toEqual([
        {
          Sid: 'AllowSesReceiptRuleToStoreRawMail',
          Effect: 'Allow',
          Principal: { Service: 'ses.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: objectArn(ids.bucket, 'raw/*'),
          Condition: {
            StringEquals: {
              'aws:SourceAccount': { Ref: 'AWS::AccountId' },
              'aws:SourceArn': {
                'Fn::Join': [
                  '',
                  [
                    'arn:aws:ses:ca-central-1:',
                    { Ref: 'AWS::AccountId' },
                    ':receipt-rule-set/jas-intake:receipt-rule/store-raw-mail',
                  ],
                ],
              },
            },
          },
        },
      ]);
    });
  });

  describe('documents bucket', () => {
    it('is private, versioned and kept when the stack goes', () => {
      expect(template.toJSON().Resources[ids.bucket]).toMatchObject({
        Properties: {
          PublicAccessBlockConfiguration: {
            BlockPublicAcls: true,
            BlockPublicPolicy: true,
            IgnorePublicAcls: true,
            RestrictPublicBuckets: true,
          },
          VersioningConfiguration: { Status: 'Enabled' },
          OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        },
        DeletionPolicy: 'Retain',
      });
    });

    it('refuses requests without TLS 1.2', () => {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: ids.bucket },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } },
            }),
          ]),
        },
      });
    });
  });

  describe('case table', () => {
    it('has pk/sk, the gsi1 index, on-demand billing, PITR and deletion protection', () => {
      template.hasResource('AWS::DynamoDB::Table', {
        Properties: {
          KeySchema: [
            { AttributeName: 'pk', KeyType: 'HASH' },
            { AttributeName: 'sk', KeyType: 'RANGE' },
          ],
          AttributeDefinitions: Match.arrayEquals([
            { AttributeName: 'pk', AttributeType: 'S' },
            { AttributeName: 'sk', AttributeType: 'S' },
            { AttributeName: 'gsi1pk', AttributeType: 'S' },
            { AttributeName: 'gsi1sk', AttributeType: 'S' },
          ]),
          GlobalSecondaryIndexes: [
            {
              IndexName: 'gsi1',
              KeySchema: [
                { AttributeName: 'gsi1pk', KeyType: 'HASH' },
                { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'ALL' },
            },
          ],
          BillingMode: 'PAY_PER_REQUEST',
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
        },
        DeletionPolicy: 'Retain',
      });
    });
  });

  describe('notice sending', () => {
    it('requires TLS for every notice and suppresses bounces and complaints', () => {
      template.hasResourceProperties('AWS::SES::ConfigurationSet', {
        DeliveryOptions: { TlsPolicy: 'REQUIRE' },
        SendingOptions: { SendingEnabled: true },
        SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
      });
    });

    it('verifies the mail domain with the configuration set as its default', () => {
      template.hasResourceProperties('AWS::SES::EmailIdentity', {
        EmailIdentity: 'jas.example.ca',
        ConfigurationSetAttributes: { ConfigurationSetName: { Ref: ids.configurationSet } },
      });
    });
  });

  describe('inbound Lambda permissions', () => {
    it('grant exactly: read and list raw/, read and write cases/, keep fragments/, table data (an outcome and its case read together), send as the domain through the configuration set, start and stop clocks, hand REPORT to the report function', () => {
      const statements = inboundStatements();
      const sesArn = (resource: string, ref: string) => ({
        'Fn::Join': ['', ['arn:aws:ses:ca-central-1:', { Ref: 'AWS::AccountId' }, `:${resource}/`, { Ref: ref }]],
      });

      // 15 grants (REPORT handed to the report function, the client-key secret read among them), and the
      // deny that keeps the audit trail append-only (test/infra/audit-trail.test.ts).
      expect(statements).toHaveLength(16);
      // Only this function finds clients by UCI: it alone reads the secret their keys are made with.
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'],
        Resource: { Ref: onlyLogicalId(template, 'AWS::SecretsManager::Secret') },
      });
      // REPORT by email is handed to the report function: the function itself, none of its versions.
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: 'lambda:InvokeFunction',
        Resource: { 'Fn::GetAtt': [reportHandlerId(template), 'Arn'] },
      });
      // Fragments of split messages wait under fragments/ for the others: listed, kept and read there only.
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: { 'Fn::GetAtt': [ids.bucket, 'Arn'] },
        Condition: { StringLike: { 's3:prefix': 'fragments/*' } },
      });
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: objectArn(ids.bucket, 'fragments/*'),
      });
      // Notices attach the forms on file (the recommendation to IN, the undertaking to ROC-O): cases/ is read too.
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: [objectArn(ids.bucket, 'cases/*'), objectArn(ids.bucket, 'raw/*')],
      });
      // Listing only raw/ is what turns a missing message into NoSuchKey rather than AccessDenied.
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: { 'Fn::GetAtt': [ids.bucket, 'Arn'] },
        Condition: { StringLike: { 's3:prefix': 'raw/*' } },
      });
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: 's3:PutObject',
        Resource: objectArn(ids.bucket, 'cases/*'),
      });
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
        Resource: [{ 'Fn::GetAtt': [ids.table, 'Arn'] }, objectArn(ids.table, 'index/gsi1')],
      });
      // A tagged message's outcome and its case, in one read.
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: 'dynamodb:BatchGetItem',
        Resource: { 'Fn::GetAtt': [ids.table, 'Arn'] },
      });
      // S3 (read raw/, write cases/), DynamoDB and SQS use the data key with the caller's permissions.
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey'],
        Resource: { 'Fn::GetAtt': [dataKeyId(template), 'Arn'] },
      });
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: {
          'Fn::GetAtt': [template.toJSON().Resources[ids.inbound].Properties.LoggingConfig.LogGroup.Ref, 'Arn'],
        },
      });
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: 'sqs:SendMessage',
        Resource: { 'Fn::GetAtt': [onlyLogicalId(template, 'AWS::SQS::Queue'), 'Arn'] },
      });
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: ['ses:SendEmail', 'ses:SendRawEmail'],
        Resource: expect.arrayContaining([
          sesArn('identity', ids.identity),
          sesArn('configuration-set', ids.configurationSet),
        ]),
      });
      const clocksArn = (resource: string) => ({
        'Fn::Join': ['', ['arn:aws:states:ca-central-1:', { Ref: 'AWS::AccountId' }, `:${resource}`]],
      });
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: ['states:ListExecutions', 'states:StartExecution'],
        Resource: clocksArn('stateMachine:JasIntake-case-clocks'),
      });
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: ['states:DescribeExecution', 'states:StopExecution'],
        Resource: clocksArn('execution:JasIntake-case-clocks:*'),
      });
    });

    it('come from no AWS managed policy', () => {
      expect(template.toJSON().Resources[ids.inboundRole].Properties.ManagedPolicyArns).toBeUndefined();
    });

    it('name no wildcard resource and no wildcard action', () => {
      for (const statement of inboundStatements()) {
        expect([statement.Resource].flat()).not.toContain('*');
        for (const action of [statement.Action].flat()) expect(action).not.toMatch(/\*/);
      }
    });
  });

  describe('outputs', () => {
    it('give the bucket, the table and the rule set, saying the rule set starts inactive', () => {
      template.hasOutput('BucketName', { Value: { Ref: ids.bucket } });
      template.hasOutput('TableName', { Value: { Ref: ids.table } });
      template.hasOutput('ReceiptRuleSetName', {
        Value: { Ref: ids.ruleSet },
        Description: Match.stringLikeRegexp('INACTIVE.*set-active-receipt-rule-set'),
      });
      template.hasOutput('MxRecord', { Value: 'jas.example.ca. MX 10 inbound-smtp.ca-central-1.amazonaws.com' });
      template.hasOutput('DataKeyArn', { Value: { 'Fn::GetAtt': [dataKeyId(template), 'Arn'] } });
      template.hasOutput('FailedInvocationQueueUrl', { Value: { Ref: onlyLogicalId(template, 'AWS::SQS::Queue') } });
    });
  });

  describe('deployment settings', () => {
    it('flow into the receipt rule, the sending identity and the handler', () => {
      // Act
      const custom = buildTemplate({
        mailDomain: 'intake.example.org',
        recipients: ['a@intake.example.org', 'b@intake.example.org'],
        noticeFrom: 'notices@intake.example.org',
        receiptRuleSetName: 'jas-staging',
      });

      // Assess
      custom.hasResourceProperties('AWS::SES::ReceiptRuleSet', { RuleSetName: 'jas-staging' });
      custom.hasResourceProperties('AWS::SES::ReceiptRule', {
        Rule: { Recipients: ['a@intake.example.org', 'b@intake.example.org'] },
      });
      custom.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'intake.example.org' });
      custom.hasResourceProperties('AWS::Lambda::Function', {
        Environment: { Variables: { JAS_NOTICE_FROM: 'notices@intake.example.org' } },
      });
    });
  });
});
