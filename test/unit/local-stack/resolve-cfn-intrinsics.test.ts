import { describe, expect, it } from 'vitest';
import { resolveCfnIntrinsics } from '../../../bin/local-stack/resolve-cfn-intrinsics.js';

const values = {
  refs: { 'AWS::Partition': 'aws', 'AWS::AccountId': '000000000000' },
  attributes: { 'Fn1.Arn': 'arn:aws:lambda:ca-central-1:000000000000:function:fn1' },
};

describe('resolveCfnIntrinsics', () => {
  it('joins a synthesized definition with its references and attributes resolved', () => {
    // Prepare
    const definitionString = {
      'Fn::Join': [
        '',
        [
          '{"Resource":"arn:',
          { Ref: 'AWS::Partition' },
          ':states:::lambda:invoke","FunctionName":"',
          { 'Fn::GetAtt': ['Fn1', 'Arn'] },
          '"}',
        ],
      ],
    };

    // Act
    const resolved = resolveCfnIntrinsics(definitionString, values);

    // Assess
    expect(JSON.parse(String(resolved))).toEqual({
      Resource: 'arn:aws:states:::lambda:invoke',
      FunctionName: 'arn:aws:lambda:ca-central-1:000000000000:function:fn1',
    });
  });

  it('resolves inside objects and arrays, and leaves plain values alone', () => {
    expect(resolveCfnIntrinsics({ a: [{ Ref: 'AWS::AccountId' }, 1, null], b: 'x' }, values)).toEqual({
      a: ['000000000000', 1, null],
      b: 'x',
    });
  });

  it('fails on a reference it has no value for, or an intrinsic it does not know', () => {
    expect(() => resolveCfnIntrinsics({ Ref: 'AWS::Region' }, values)).toThrow('No local value for Ref AWS::Region');
    expect(() => resolveCfnIntrinsics({ 'Fn::GetAtt': ['Other', 'Arn'] }, values)).toThrow('Fn::GetAtt Other.Arn');
    expect(() => resolveCfnIntrinsics({ 'Fn::Sub': 'x' }, values)).toThrow('Unsupported intrinsic function Fn::Sub');
  });
});
