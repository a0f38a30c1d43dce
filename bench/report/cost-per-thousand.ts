import type { CallsPerMessage } from '../measure/calls-per-message.js';
import { AWS_PRICES, type ListPrice } from './aws-prices.js';

export interface CostInputs {
  /** Mean handler duration per message, as Lambda bills it (rounded up to the millisecond). */
  readonly handlerMs: number;
  /** The function's configured memory and architecture, from the synthesized template. */
  readonly memoryMb: number;
  readonly architecture: string;
  readonly calls: CallsPerMessage;
  /** Transitions of one clock execution (see `clockTransitions`). */
  readonly transitionsPerClock: number;
}

export interface CostLine {
  readonly item: string;
  readonly perMessage: number;
  readonly unit: string;
  readonly usdPerThousand: number;
}

export interface CostPerThousand {
  readonly usd: number;
  readonly lines: readonly CostLine[];
  readonly prices: { readonly region: string; readonly readOn: string };
}

/**
 * What 1,000 such messages cost on AWS at the list prices of `AWS_PRICES`: the inbound function's
 * GB-seconds and requests, the DynamoDB request units, S3 requests (SES's store of the raw message
 * included), SES's receipt and sends, and the Step Functions transitions of each clock started
 * with the two function invocations each clock makes. The clock functions' own duration is left
 * out (a few milliseconds each, months later), as is everything `AWS_PRICES` does not price.
 */
export function costPerThousand(inputs: CostInputs): CostPerThousand {
  if (inputs.architecture !== 'arm64')
    throw new Error(`Only Arm Lambda prices are in the table; the function is ${inputs.architecture}`);
  const operation = (name: string) => inputs.calls.byOperation[name] ?? 0;
  const clocksStarted = operation('stepfunctions StartExecution');
  const line = (item: string, perMessage: number, price: ListPrice): CostLine => ({
    item,
    perMessage,
    unit: price.per,
    usdPerThousand: perMessage * price.usd * 1000,
  });
  const lines = [
    line(
      `Lambda ${inputs.memoryMb} MB × ${Math.ceil(inputs.handlerMs)} ms`,
      (Math.ceil(inputs.handlerMs) / 1000) * (inputs.memoryMb / 1024),
      AWS_PRICES.lambdaArmGbSecond,
    ),
    line('Lambda invocations (the handler, and each clock’s two)', 1 + 2 * clocksStarted, AWS_PRICES.lambdaRequest),
    line('DynamoDB writes', inputs.calls.dynamoDb.writeUnits, AWS_PRICES.dynamoDbWriteRequestUnit),
    line('DynamoDB reads', inputs.calls.dynamoDb.readUnits, AWS_PRICES.dynamoDbReadRequestUnit),
    line('S3 PUT (SES stores the message; documents)', 1 + operation('s3 PutObject'), AWS_PRICES.s3PutRequest),
    line('S3 GET', operation('s3 GetObject'), AWS_PRICES.s3GetRequest),
    line('SES receipt', 1, AWS_PRICES.sesInboundEmail),
    line('SES sends', operation('sesv2 SendEmail'), AWS_PRICES.sesOutboundEmail),
    line('Step Functions transitions', clocksStarted * inputs.transitionsPerClock, AWS_PRICES.stepFunctionsTransition),
  ];
  return {
    usd: lines.reduce((sum, entry) => sum + entry.usdPerThousand, 0),
    lines,
    prices: { region: AWS_PRICES.region, readOn: AWS_PRICES.readOn },
  };
}
