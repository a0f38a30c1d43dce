import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { CASE_TABLE_KEYS } from '../../functions/adapters/case-table-keys.js';
import { closeHttpServer } from './close-http-server.js';
import { addTransactWriteItems } from './dynamodb-transactions.js';
import { LOCAL_CREDENTIALS } from './s3-server.js';

/**
 * A DynamoDB-compatible server (dynalite, LevelDB under `directory`, with TransactWriteItems added)
 * with the case table created.
 */
export async function startDynamoDbServer(options: {
  port: number;
  directory: string;
  tableName: string;
  region: string;
}) {
  const server = dynalite({ path: options.directory, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  let endpoint = '';
  addTransactWriteItems(server, () => endpoint);
  server.listen(options.port, '127.0.0.1');
  await once(server, 'listening');
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({ endpoint, region: options.region, credentials: LOCAL_CREDENTIALS });
  try {
    await createCaseTable(client, options.tableName);
  } finally {
    client.destroy();
  }
  return { endpoint, stop: () => closeHttpServer(server) };
}

async function createCaseTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const { partitionKey, sortKey, listIndex } = CASE_TABLE_KEYS;
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [partitionKey, sortKey, listIndex.partitionKey, listIndex.sortKey].map((name) => ({
          AttributeName: name,
          AttributeType: 'S',
        })),
        KeySchema: [
          { AttributeName: partitionKey, KeyType: 'HASH' },
          { AttributeName: sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: listIndex.name,
            KeySchema: [
              { AttributeName: listIndex.partitionKey, KeyType: 'HASH' },
              { AttributeName: listIndex.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      }),
    );
  } catch (error) {
    // Kept from an earlier run: the data folder survives restarts.
    if (!(error instanceof ResourceInUseException)) throw error;
  }
}
