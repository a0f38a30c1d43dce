import { readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError } from './cli-error.js';

/** What a file system error means to a person, by its errno code. */
function explain(error: unknown, file: string, reading: boolean): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return reading
        ? new CliError('FILE_NOT_FOUND', `${file}: no such file`)
        : new CliError('FOLDER_NOT_FOUND', `${file}: the folder ${dirname(file)} does not exist`);
    case 'EACCES':
    case 'EPERM':
      return new CliError('PERMISSION_DENIED', `${file}: permission denied (cannot ${reading ? 'read' : 'write'} it)`);
    case 'EISDIR':
      return new CliError('IS_A_FOLDER', `${file}: is a folder, not a file`);
    case 'ENOTDIR':
      return new CliError('NOT_A_FOLDER', `${file}: a part of the path is a file, not a folder`);
    case 'ENOSPC':
      return new CliError('DISK_FULL', `${file}: no space left on the device`);
    case 'EROFS':
      return new CliError('READ_ONLY', `${file}: the file system is read-only`);
    default:
      return new CliError(
        reading ? 'FILE_UNREADABLE' : 'FILE_UNWRITABLE',
        `${file}: cannot ${reading ? 'read' : 'write'} it (${code ?? (error instanceof Error ? error.message : String(error))})`,
        1,
        { cause: error },
      );
  }
}

/** Reads a file the user named; a failure says which file and why, never a raw errno. */
export async function readUserFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw explain(error, file, true);
  }
}

/** Writes a file the user named; a failure says which file and why. */
export async function writeUserFile(file: string, content: Uint8Array | string): Promise<void> {
  try {
    await writeFile(file, content);
  } catch (error) {
    throw explain(error, file, false);
  }
}
