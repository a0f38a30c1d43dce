/**
 * A failure the `jas` command explains to its user: a stable `code` for scripts (printed in
 * `--json` mode as `{"error":{"code","message"}}`), a one-line `message` for people, and the exit
 * code (1 when the input or the situation is wrong, 2 when the command line itself is).
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: 1 | 2 = 1,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
