// What a file-system error code means to a maintainer, in one place for the converter's and the
// build's messages.

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder stands where a file was expected',
  ENOENT: 'a file or folder is missing',
  EEXIST: 'a file of that name is in the way',
  EMFILE: 'too many files are open',
};

/** The reason for an error code in words, or null for a code this project does not expect. */
export function fileSystemReason(code: string | undefined): string | null {
  return code !== undefined && Object.hasOwn(REASONS, code) ? REASONS[code]! : null;
}
