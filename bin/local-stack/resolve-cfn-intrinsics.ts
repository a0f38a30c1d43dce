/** What the template's references stand for when nothing is deployed. */
export interface IntrinsicValues {
  /** `Ref` targets: pseudo parameters (`AWS::Region`, …) and logical ids. */
  readonly refs: Readonly<Record<string, string>>;
  /** `Fn::GetAtt` targets, keyed `<logical id>.<attribute>`. */
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * Resolves the intrinsic functions CDK writes into a state machine's `DefinitionString`
 * (`Fn::Join`, `Ref`, `Fn::GetAtt`) to plain values. Anything else, or a reference with no value,
 * fails with its name: the local interpreter must never run a definition with a hole in it.
 */
export function resolveCfnIntrinsics(value: unknown, values: IntrinsicValues): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveCfnIntrinsics(item, values));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const [key, argument] = entries[0] ?? [];
  if (entries.length === 1 && key === 'Ref') return lookUp(values.refs, String(argument), 'Ref');
  if (entries.length === 1 && key === 'Fn::GetAtt') {
    const [logicalId, attribute] = argument as [string, string];
    return lookUp(values.attributes, `${logicalId}.${attribute}`, 'Fn::GetAtt');
  }
  if (entries.length === 1 && key === 'Fn::Join') {
    const [separator, parts] = argument as [string, unknown[]];
    return parts.map((part) => String(resolveCfnIntrinsics(part, values))).join(separator);
  }
  if (entries.length === 1 && key!.startsWith('Fn::'))
    throw new Error(`Unsupported intrinsic function ${key} in the synthesized definition`);
  return Object.fromEntries(entries.map(([name, item]) => [name, resolveCfnIntrinsics(item, values)]));
}

function lookUp(table: Readonly<Record<string, string>>, name: string, intrinsic: string): string {
  const found = table[name];
  if (found === undefined) throw new Error(`No local value for ${intrinsic} ${name} in the synthesized definition`);
  return found;
}
