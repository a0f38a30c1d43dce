import type { AwsClients } from '../../functions/adapters/aws-clients.js';
import { CASE_TABLE_KEYS } from '../../functions/adapters/case-table-keys.js';

export type Service = 'dynamodb' | 's3' | 'sesv2' | 'stepfunctions';

/** One request the handler made, as AWS would bill it. */
export interface ServiceCall {
  readonly service: Service;
  /** The API operation: `GetItem`, `PutObject`, `SendEmail`, `StartExecution`… */
  readonly operation: string;
  /** DynamoDB only: request units, table and index together (see `dynamoDbUnits`). */
  readonly readUnits?: number;
  readonly writeUnits?: number;
  /** The service refused it (a condition not met, a throttle): billed all the same. */
  readonly failed?: boolean;
}

type Middleware = (
  next: (args: { input: Record<string, unknown> }) => Promise<{ output: Record<string, unknown> }>,
  context: { commandName?: string },
) => (args: { input: Record<string, unknown> }) => Promise<{ output: Record<string, unknown> }>;

const READ_OPERATIONS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);

/**
 * Request units of one DynamoDB call. The stand-in reports the table's units
 * (`ReturnConsumedCapacity: TOTAL`, item sizes as DynamoDB counts them); it leaves out the list
 * index, which on AWS costs as much again for every item written with the index's key (its
 * projection is ALL), so those writes are counted twice here.
 */
function dynamoDbUnits(operation: string, input: Record<string, unknown>, output: Record<string, unknown>) {
  const consumed = [output.ConsumedCapacity ?? []].flat() as { CapacityUnits?: number }[];
  const tableUnits = consumed.reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0);
  if (READ_OPERATIONS.has(operation)) return { readUnits: tableUnits };
  const written = writtenItems(operation, input);
  const indexed = written.filter((item) => item[CASE_TABLE_KEYS.listIndex.partitionKey] !== undefined).length;
  const indexUnits = written.length === 0 ? 0 : (tableUnits / written.length) * indexed;
  return { writeUnits: tableUnits + indexUnits };
}

function writtenItems(operation: string, input: Record<string, unknown>): Record<string, unknown>[] {
  if (operation === 'PutItem') return [input.Item as Record<string, unknown>];
  if (operation === 'TransactWriteItems')
    return (input.TransactItems as { Put?: { Item: Record<string, unknown> } }[]).flatMap((entry) =>
      entry.Put ? [entry.Put.Item] : [],
    );
  return [];
}

/**
 * Records every request the clients send, by service and operation, with DynamoDB's request
 * units: the figures behind "service calls per message" and the cost per 1,000 messages.
 */
export class ServiceCallLedger {
  private calls: ServiceCall[] = [];

  /** Adds the recording middleware to each client; the handler's dependencies are then built on them. */
  watch(clients: AwsClients): void {
    const watched: [Service, { middlewareStack: unknown }][] = [
      ['dynamodb', clients.dynamodb],
      ['s3', clients.s3],
      ['sesv2', clients.sesv2],
      ['stepfunctions', clients.sfn],
    ];
    for (const [service, client] of watched) {
      // Every client's stack takes an initialize-step middleware; its typings differ per service only.
      const stack = client.middlewareStack as { add(middleware: Middleware, options: object): void };
      stack.add(
        (next, context) => async (args) => {
          const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
          const input = service === 'dynamodb' ? { ...args.input, ReturnConsumedCapacity: 'TOTAL' } : args.input;
          try {
            const result = await next({ ...args, input });
            this.calls.push({
              service,
              operation,
              ...(service === 'dynamodb' ? dynamoDbUnits(operation, input, result.output) : {}),
            });
            return result;
          } catch (error) {
            // A refused conditional write is billed too, and reports no units: one, as for a small item.
            this.calls.push({
              service,
              operation,
              failed: true,
              ...(service === 'dynamodb'
                ? READ_OPERATIONS.has(operation)
                  ? { readUnits: 1 }
                  : { writeUnits: 1 }
                : {}),
            });
            throw error;
          }
        },
        // Once per operation, not per retry: a retry is rare and the count is what the code asks for.
        { step: 'initialize', name: 'benchServiceCallLedger' },
      );
    }
  }

  /** The calls recorded since the last take. */
  take(): ServiceCall[] {
    const taken = this.calls;
    this.calls = [];
    return taken;
  }
}
