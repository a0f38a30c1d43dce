/** The Step Functions API errors the local stand-in answers with (their `__type` on the wire). */
export type StepFunctionsErrorType =
  | 'ExecutionAlreadyExists'
  | 'ExecutionDoesNotExist'
  | 'StateMachineDoesNotExist'
  | 'InvalidArn'
  | 'InvalidName'
  | 'InvalidExecutionInput'
  | 'InvalidToken'
  | 'UnknownOperationException'
  | 'SerializationException';

/** A refusal the SDK turns into its typed exception (`ExecutionAlreadyExists`, …). */
export class StepFunctionsError extends Error {
  override readonly name = 'StepFunctionsError';

  constructor(
    readonly type: StepFunctionsErrorType,
    message: string,
  ) {
    super(message);
  }
}
