/** One list price, in US dollars, with where it was read and how far it is from ca-central-1's own. */
export interface ListPrice {
  readonly usd: number;
  readonly per: string;
  readonly source: string;
  /** When the source does not give ca-central-1's own figure, what it gives instead. */
  readonly basis?: string;
}

/**
 * The prices the cost per 1,000 messages is computed from: one table, read on one date, for the
 * region the stack deploys to. AWS's pricing pages render their regional tables in the browser,
 * so several figures below come from the stored text of pages that quote them; each says which.
 * Not priced: SES's charge per 256 KB "incoming mail chunk" (no stored source gave it), storage
 * (S3, DynamoDB), KMS requests, CloudWatch logs and metrics.
 */
export const AWS_PRICES = {
  region: 'ca-central-1',
  readOn: '2026-11-29',
  lambdaArmGbSecond: {
    usd: 0.0000133334,
    per: 'GB-second (Arm, first tier)',
    source: 'https://cloudchipr.com/blog/aws-lambda-pricing',
    basis:
      'US East (N. Virginia); artillery 2.0.28 lib/platform/aws-lambda/prices.js (https://app.unpkg.com/artillery@2.0.28/files/lib/platform/aws-lambda/prices.js) lists the regions priced otherwise, and ca-central-1 is not among them',
  },
  lambdaRequest: {
    usd: 0.2 / 1_000_000,
    per: 'request',
    source: 'https://aws.amazon.com/lambda/pricing/',
    basis:
      'the page’s worked examples (US East); the same in every region listed by https://gist.github.com/thiagozs/019a25fbcbd987209ef1d25e10d0dde9',
  },
  dynamoDbWriteRequestUnit: {
    usd: 0.625 / 1_000_000,
    per: 'write request unit (on-demand)',
    source: 'https://airbyte.com/data-engineering-resources/dynamodb-pricing',
    basis:
      'US East (N. Virginia), after the November 2024 on-demand price cut; ca-central-1’s figure was not in any stored source',
  },
  dynamoDbReadRequestUnit: {
    usd: 0.125 / 1_000_000,
    per: 'read request unit (on-demand)',
    source: 'https://airbyte.com/data-engineering-resources/dynamodb-pricing',
    basis:
      'US East (N. Virginia), after the November 2024 on-demand price cut; ca-central-1’s figure was not in any stored source',
  },
  s3PutRequest: {
    usd: 0.005 / 1_000,
    per: 'PUT, COPY, POST or LIST request (S3 Standard)',
    source: 'https://github.com/flarebyte/learning/blob/main/aws/serverless-cost.md',
    basis: 'US East (N. Virginia); ca-central-1’s figure was not in any stored source',
  },
  s3GetRequest: {
    usd: 0.0004 / 1_000,
    per: 'GET or SELECT request (S3 Standard)',
    source: 'https://github.com/flarebyte/learning/blob/main/aws/serverless-cost.md',
    basis: 'US East (N. Virginia); ca-central-1’s figure was not in any stored source',
  },
  sesOutboundEmail: {
    usd: 0.1 / 1_000,
    per: 'email sent',
    source: 'https://gist.github.com/Kovah/95575a2904241116389123bb1ba6155d',
    basis: 'SES’s pay-as-you-go price, the same in every region',
  },
  sesInboundEmail: {
    usd: 0.1 / 1_000,
    per: 'email received',
    source: 'https://gist.github.com/Kovah/95575a2904241116389123bb1ba6155d',
    basis: 'SES’s pay-as-you-go price, the same in every region',
  },
  stepFunctionsTransition: {
    usd: 0.025 / 1_000,
    per: 'state transition (Standard workflow)',
    source: 'https://aws.amazon.com/step-functions/pricing/',
  },
} as const satisfies { region: string; readOn: string } & Record<string, ListPrice | string>;
