import type { StateMachineDefinition } from 'aws-local-stepfunctions';

/**
 * State transitions of one clock that falls due within its execution, counted on the synthesized
 * definition: from `StartAt`, each state entered is one transition, a Choice takes its `Default`
 * (the clock is applied, not handed over), until a state ends the execution. Retries are not
 * counted: they are rare, and each would add one.
 */
export function clockTransitions(definition: StateMachineDefinition): number {
  type State = { Type: string; Next?: string; Default?: string; End?: boolean };
  const states = definition.States as Record<string, State>;
  let name: string | undefined = definition.StartAt;
  let transitions = 0;
  const visited = new Set<string>();
  while (name !== undefined) {
    const state: State | undefined = states[name];
    if (!state || visited.has(name)) throw new Error(`The clocks' definition has no end after ${name}`);
    visited.add(name);
    transitions += 1;
    if (state.End || state.Type === 'Succeed' || state.Type === 'Fail') break;
    name = state.Type === 'Choice' ? state.Default : state.Next;
  }
  return transitions;
}
