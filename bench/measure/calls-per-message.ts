import type { Service, ServiceCall } from './service-calls.js';

/** The requests of one kind of message, per message: the same every time, so the mean is exact. */
export interface CallsPerMessage {
  readonly messages: number;
  readonly total: number;
  readonly byService: Readonly<Partial<Record<Service, number>>>;
  /** `dynamodb GetItem` → calls per message. */
  readonly byOperation: Readonly<Record<string, number>>;
  readonly dynamoDb: { readonly readUnits: number; readonly writeUnits: number };
}

export function callsPerMessage(perMessage: readonly (readonly ServiceCall[])[]): CallsPerMessage {
  const messages = Math.max(1, perMessage.length);
  const byService: Partial<Record<Service, number>> = {};
  const byOperation: Record<string, number> = {};
  let [readUnits, writeUnits, total] = [0, 0, 0];
  for (const call of perMessage.flat()) {
    total += 1;
    byService[call.service] = (byService[call.service] ?? 0) + 1;
    const name = `${call.service} ${call.operation}`;
    byOperation[name] = (byOperation[name] ?? 0) + 1;
    readUnits += call.readUnits ?? 0;
    writeUnits += call.writeUnits ?? 0;
  }
  const per = (value: number) => value / messages;
  return {
    messages: perMessage.length,
    total: per(total),
    byService: Object.fromEntries(Object.entries(byService).map(([service, count]) => [service, per(count)])),
    byOperation: Object.fromEntries(Object.entries(byOperation).map(([name, count]) => [name, per(count)])),
    dynamoDb: { readUnits: per(readUnits), writeUnits: per(writeUnits) },
  };
}
