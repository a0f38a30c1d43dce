import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
// The adapters' key names are the contract; the local stack creates its table from them too.
import { CASE_TABLE_KEYS } from '../../functions/adapters/case-table-keys.js';

/** Cases, their documents and their audit trail in one DynamoDB table (single-table design). */
export class CaseTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const { partitionKey, sortKey, listIndex } = CASE_TABLE_KEYS;
    this.table = new Table(this, 'Table', {
      partitionKey: { name: partitionKey, type: AttributeType.STRING },
      sortKey: { name: sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
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
}
