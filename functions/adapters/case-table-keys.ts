/**
 * The case table's key schema: one table, items told apart by key prefix. The CDK construct and
 * the local stack both create the table from these names.
 */
export const CASE_TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  listIndex: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
} as const;

/**
 * Every audit event has a partition of its case's own under this prefix, apart from the case item:
 * IAM denies updating or deleting any item whose partition key begins with it (see CaseTable), so
 * the trail can only grow.
 */
export const EVENT_PARTITION_PREFIX = 'EVENTS#';

/**
 * Each notice's record (leased, then sent) is a partition of its own under this prefix: the report
 * function, which otherwise only reads, may write these and nothing else (see CaseTable).
 */
export const NOTICE_PARTITION_PREFIX = 'NOTICE#';
