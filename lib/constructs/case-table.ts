import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
// The adapters' key names are the contract; the local stack creates its table from them too.
import { CASE_TABLE_KEYS } from '../../functions/adapters/case-table-keys.js';
import type { DataKey } from './data-key.js';

export interface CaseTableProps {
  readonly dataKey: DataKey;
}

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
    });
    this.table.addGlobalSecondaryIndex({
      indexName: listIndex.name,
      partitionKey: { name: listIndex.partitionKey, type: AttributeType.STRING },
      sortKey: { name: listIndex.sortKey, type: AttributeType.STRING },
      projectionType: ProjectionType.ALL,
    });
  }

  /**
   * Item reads and writes on the table and its one index, and the key use DynamoDB makes with the
   * caller's permissions. Unlike Table.grantReadWriteData: no Scan (nothing in the pipeline reads
   * every case at once), no stream actions, the index named rather than `index/*`, and KMS actions
   * without wildcards.
   */
  grantCaseData(grantee: IGrantable): Grant {
    this.dataKey.key.grant(grantee, 'kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey');
    return Grant.addToPrincipal({
      grantee,
      actions: [
        'dynamodb:GetItem',
        'dynamodb:BatchGetItem',
        'dynamodb:Query',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:BatchWriteItem',
        'dynamodb:ConditionCheckItem',
      ],
      resourceArns: [this.table.tableArn, `${this.table.tableArn}/index/${CASE_TABLE_KEYS.listIndex.name}`],
    });
  }
}
