// An expected failure of the build (bad input, a refused share, a full disk): printed as one
// message with its rule and a hint, never as a stack trace, which is kept for bugs.
import { printable } from '../../src/converter/messages.ts';
import { fileSystemReason } from '../../src/lib/file-system-reasons.ts';

export class BuildError extends Error {
  /** What it concerns: a file, a folder, a share or a setting. */
  readonly where: string;
  readonly rule: string;

  constructor(where: string, reason: string, rule: string, hint: string) {
    super(`${where}: ${reason} [${rule}]\n  hint: ${hint}`);
    this.where = where;
    this.rule = rule;
  }
}

/** A file-system error as a BuildError (null for anything else, which is a bug). */
export function fileSystemError(error: unknown, doing: string): BuildError | null {
  const { code, path } = error as NodeJS.ErrnoException;
  const reason = fileSystemReason(code);
  if (reason === null) return null;
  return new BuildError(
    path ?? doing,
    `${reason} (${code}) while ${doing}; the published site was left as it was`,
    'file-system',
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'free disk space, then build again'
      : 'fix the folder or its permissions, then build again',
  );
}

/** A message for the terminal: each line's control characters (from file names, say) shown escaped, the lines kept. */
export function printableLines(message: string): string {
  return message.split('\n').map(printable).join('\n');
}
