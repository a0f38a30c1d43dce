import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_PARTITION_PREFIX } from '../../functions/adapters/case-table-keys.js';
import { buildTemplate, onlyLogicalId } from './build-template.js';

type Statement = { Sid?: string; Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

const APPEND_ONLY = {
  'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': [`${EVENT_PARTITION_PREFIX}*`] },
};
const ALTERING = ['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem'];

describe('the audit trail', () => {
  let template: Template;
  let table: string;

  beforeAll(() => {
    template = buildTemplate();
    table = onlyLogicalId(template, 'AWS::DynamoDB::Table');
  });

  /** Every IAM policy statement that names the case table, by the role it is attached to. */
  function tableStatementsByRole(): Map<string, Statement[]> {
    const byRole = new Map<string, Statement[]>();
    for (const policy of Object.values(template.findResources('AWS::IAM::Policy'))) {
      const statements = (policy.Properties.PolicyDocument.Statement as Statement[]).filter((statement) =>
        JSON.stringify(statement.Resource).includes(`"${table}"`),
      );
      if (statements.length === 0) continue;
      for (const role of policy.Properties.Roles as { Ref: string }[])
        byRole.set(role.Ref, [...(byRole.get(role.Ref) ?? []), ...statements]);
    }
    return byRole;
  }

  it('is append-only for every principal: the table’s own policy denies updating or deleting an event', () => {
    const policy = template.toJSON().Resources[table].Properties.ResourcePolicy.PolicyDocument;
    expect(policy.Statement).toEqual([
      {
        Sid: 'AuditTrailIsAppendOnly',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: ALTERING,
        Resource: '*',
        Condition: APPEND_ONLY,
      },
    ]);
  });

  it('every role with table data is denied the same, and holds no batch write, condition check, scan or stream right', () => {
    const byRole = tableStatementsByRole();
    // The inbound handler, the failure recorder, the sweeper, the clock-due handler and the report function (reads, and writes its notices' records).
    expect(byRole.size).toBe(5);
    for (const [role, statements] of byRole) {
      expect(statements, role).toContainEqual({
        Sid: 'AuditTrailIsAppendOnly',
        Effect: 'Deny',
        Action: ALTERING,
        Resource: { 'Fn::GetAtt': [table, 'Arn'] },
        Condition: APPEND_ONLY,
      });
      const allowed = statements
        .filter((statement) => statement.Effect === 'Allow')
        .flatMap((statement) => [statement.Action].flat());
      expect(
        allowed.filter((action) => /BatchWrite|Transact|Scan|Stream|ConditionCheck|PartiQL/.test(action)),
        role,
      ).toEqual([]);
    }
  });

  it('the roles that process messages may read an outcome and its case together (BatchGetItem), on the table only', () => {
    // Prepare: the roles allowed BatchGetItem on the table
    const batchReaders = [...tableStatementsByRole()].filter(([, statements]) =>
      statements.some(
        (statement) => statement.Effect === 'Allow' && [statement.Action].flat().includes('dynamodb:BatchGetItem'),
      ),
    );

    // Assess: the inbound handler and the sweeper (which processes messages too), nothing else
    expect(batchReaders).toHaveLength(2);
    for (const [role, statements] of batchReaders) {
      const batch = statements.find((statement) => [statement.Action].flat().includes('dynamodb:BatchGetItem'))!;
      expect(batch.Resource, role).toEqual({ 'Fn::GetAtt': [table, 'Arn'] });
      expect([batch.Action].flat(), role).toEqual(['dynamodb:BatchGetItem']);
    }
  });
});
