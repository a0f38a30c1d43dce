/**
 * The case table's key schema: one table, items told apart by key prefix. The CDK construct and
 * the local stack both create the table from these names.
 */
export const CASE_TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  listIndex: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
} as const;
