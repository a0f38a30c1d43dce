import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { AnyPrincipal, Effect, Grant, type IGrantable, PolicyDocument, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
// The adapters' key names are the contract; the local stack creates its table from them too.
import { CASE_TABLE_KEYS, EVENT_PARTITION_PREFIX } from '../../functions/adapters/case-table-keys.js';
import type { DataKey } from './data-key.js';

export interface CaseTableProps {
  readonly dataKey: DataKey;
}

/** The item writes that could change or remove an audit event once it is written. */
const EVENT_ALTERING_ACTIONS = ['dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
const ON_EVENT_PARTITIONS = { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': [`${EVENT_PARTITION_PREFIX}*`] } };

/** Cases, their documents and their audit trail in one DynamoDB table (single-table design). */
export class CaseTable extends Construct {
  readonly table: Table;
  private readonly dataKey: DataKey;

  constructor(scope: Construct, id: string, props: CaseTableProps) {
    super(scope, id);
    this.dataKey = props.dataKey;
    const { partitionKey, sortKey, listIndex } = CASE_TABLE_KEYS;
    this.table = new Table(this, 'Table', {
      partitionKey: { name: partitionKey, type: AttributeType.STRING },
      sortKey: { name: sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: props.dataKey.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // The audit trail is the record of who decided what: never deleted by a stack operation.
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // The audit trail is append-only for everyone, administrators included: no principal may update
      // or delete an item of an event partition. Restoring a point-in-time copy makes a new table.
      resourcePolicy: new PolicyDocument({
        statements: [
          new PolicyStatement({
            sid: 'AuditTrailIsAppendOnly',
            effect: Effect.DENY,
            principals: [new AnyPrincipal()],
            actions: EVENT_ALTERING_ACTIONS,
            resources: ['*'],
            conditions: ON_EVENT_PARTITIONS,
          }),
        ],
      }),
    });
    this.table.addGlobalSecondaryIndex({
      indexName: listIndex.name,
      partitionKey: { name: listIndex.partitionKey, type: AttributeType.STRING },
      sortKey: { name: listIndex.sortKey, type: AttributeType.STRING },
      projectionType: ProjectionType.ALL,
    });
  }

  /**
   * The item reads and writes the pipeline makes, and the key use DynamoDB makes with the caller's
   * permissions. Unlike Table.grantReadWriteData: no Scan (nothing reads every case at once), no
   * batch or transaction actions (none is used), no stream actions, the index named rather than
   * `index/*`, KMS actions without wildcards; and an explicit deny on updating or deleting audit
   * events, whatever else the role is ever granted. PutItem cannot be limited by IAM to new items:
   * the repository appends events with a put conditional on the key being new.
   */
  grantCaseData(grantee: IGrantable): Grant {
    this.dataKey.key.grant(grantee, 'kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey');
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'AuditTrailIsAppendOnly',
        effect: Effect.DENY,
        actions: EVENT_ALTERING_ACTIONS,
        resources: [this.table.tableArn],
        conditions: ON_EVENT_PARTITIONS,
      }),
    );
    return Grant.addToPrincipal({
      grantee,
      actions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
      resourceArns: [this.table.tableArn, `${this.table.tableArn}/index/${CASE_TABLE_KEYS.listIndex.name}`],
    });
  }

  /**
   * Reads only, for the reports: GetItem and Query on the table and its list index, and decryption
   * with the data key; the same deny on altering audit events, whatever else the role is ever granted.
   */
  grantReadCases(grantee: IGrantable): Grant {
    this.dataKey.key.grant(grantee, 'kms:Decrypt', 'kms:DescribeKey');
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'AuditTrailIsAppendOnly',
        effect: Effect.DENY,
        actions: EVENT_ALTERING_ACTIONS,
        resources: [this.table.tableArn],
        conditions: ON_EVENT_PARTITIONS,
      }),
    );
    return Grant.addToPrincipal({
      grantee,
      actions: ['dynamodb:GetItem', 'dynamodb:Query'],
      resourceArns: [this.table.tableArn, `${this.table.tableArn}/index/${CASE_TABLE_KEYS.listIndex.name}`],
    });
  }
}
