import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { ListExecutionsCommand } from '@aws-sdk/client-sfn';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_TABLE_KEYS } from '../../functions/adapters/case-table-keys.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { IN_OFFICER, OFFICER, recommendationPdf, Scenario, SPO, SUPERVISOR } from '../helpers/scenario.js';

let stack: TestStack;
let scenario: Scenario;

beforeAll(async () => {
  stack = await startTestStack();
  scenario = new Scenario(stack);
});

afterAll(async () => {
  await stack.stop();
});

describe('keys and names of things', () => {
  it('hold no client’s UCI, name or date of birth: table keys, object keys, clock executions', async () => {
    // A client whose details would stand out anywhere they leaked.
    const client = { uci: '7319-0482', familyName: 'Quintanilla-Oyelaran', givenNames: 'Marisol', dob: '1983-09-27' };
    const opened = await scenario.send(SPO, `JAS for ${client.givenNames} ${client.familyName}`, `UCI ${client.uci}`, [
      await recommendationPdf(client.uci, {
        'client.familyName': client.familyName,
        'client.givenNames': client.givenNames,
        'client.dateOfBirth': client.dob,
      }),
    ]);
    const caseId = opened.caseIds[0]!;
    await scenario.send(OFFICER, `[${caseId}] RECOMMEND`, `Recommending ${client.givenNames}`);
    await scenario.send(SUPERVISOR, `[${caseId}] CONCUR`);
    // Designation starts the 4-month promotion clock: an execution with a name.
    expect((await scenario.send(IN_OFFICER, `[${caseId}] DESIGNATE`)).outcome).toBe('case_updated');

    const { dynamodb, s3, sfn } = stack.pipeline.clients;
    const { partitionKey, sortKey, listIndex } = CASE_TABLE_KEYS;
    const items = (await dynamodb.send(new ScanCommand({ TableName: stack.pipeline.config.tableName }))).Items ?? [];
    const tableKeys = items.flatMap((item) =>
      [partitionKey, sortKey, listIndex.partitionKey, listIndex.sortKey].map((name) => String(item[name] ?? '')),
    );
    const objectKeys =
      (await s3.send(new ListObjectsV2Command({ Bucket: stack.pipeline.config.bucketName }))).Contents?.map(
        (object) => object.Key ?? '',
      ) ?? [];
    const executions =
      (
        await sfn.send(new ListExecutionsCommand({ stateMachineArn: stack.pipeline.config.clocksStateMachineArn }))
      ).executions?.map((execution) => execution.name ?? '') ?? [];

    // The case was filed (its keys exist) and a clock runs: the check below looks at real keys.
    expect(tableKeys.some((key) => key.startsWith('CLIENT#'))).toBe(true);
    expect(objectKeys.some((key) => key.startsWith(`cases/${caseId}/`))).toBe(true);
    expect(executions.length).toBeGreaterThan(0);
    const personal = [
      client.uci,
      client.uci.replace(/\D/g, ''),
      client.familyName,
      client.givenNames,
      client.dob,
      client.dob.replace(/-/g, ''),
    ];
    for (const name of [...tableKeys, ...objectKeys, ...executions])
      for (const value of personal)
        expect(name.toLowerCase(), `“${value}” in a key`).not.toContain(value.toLowerCase());
  });
});
