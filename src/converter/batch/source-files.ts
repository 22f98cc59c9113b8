// The one place the converter touches the input folder: it lists the source
// documents and reads them, and refuses what is not a plain file of the folder
// itself. A FIFO or a device would hang the read, a symlink could publish any
// file of the machine, a huge file would exhaust memory: each is a message with
// a hint, never a stack trace or a hang.
import {
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  closeSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { conversionMessage, ConversionError } from '../messages.ts';

/** Source documents end in .txt, in any case ("DOC.TXT" too). */
export const SOURCE_FILE = /\.txt$/i;
/** The largest source read: the biggest real paper is under 1 MB; 20 MB is text no paper needs and memory a worker can spare. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

/** The .txt names in a folder, sorted; throws a ConversionError when the folder cannot be listed. */
export function listSourceFiles(inDir: string): string[] {
  let entries: string[];
  try {
    if (!statSync(inDir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    entries = readdirSync(inDir);
  } catch (error) {
    throw folderError(inDir, error);
  }
  return entries.filter((name) => SOURCE_FILE.test(name)).sort();
}

/**
 * Reads one file of `dir` as bytes. Only a regular file is read, at most
 * MAX_SOURCE_BYTES; a symlink is followed only when it ends inside `dir`.
 */
export function readSourceFile(dir: string, name: string): Buffer {
  const path = join(dir, name);
  const refuse = (reason: string, rule: string, hint: string): never => {
    throw new ConversionError([conversionMessage(name, { line: 1 }, reason, rule, hint)]);
  };
  let target = path;
  try {
    if (lstatSync(path).isSymbolicLink()) {
      target = realpathSync(path);
      const inside = relative(realpathSync(dir), target);
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
        refuse(
          `a symbolic link to ${target}, outside ${dir}/: only files inside the folder are converted`,
          'link-outside-folder',
          `Copy the document into ${dir}/ instead of linking to it.`,
        );
      }
    }
  } catch (error) {
    if (error instanceof ConversionError) throw error;
    throw fileError(name, error);
  }
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    throw fileError(name, error);
  }
  try {
    // Checked on the open file, so the file cannot be swapped between the check and the read.
    const info = fstatSync(fd);
    if (!info.isFile())
      refuse(
        `not a regular file (${kindOf(info)}): expected a text document`,
        'not-a-file',
        `Remove it from ${dir}/ or rename it so it does not end in .txt.`,
      );
    if (info.size > MAX_SOURCE_BYTES)
      refuse(
        `the file is ${(info.size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_SOURCE_BYTES / 1024 / 1024} MB a source may have`,
        'file-too-large',
        'Check that this is the text export of one paper; split a bundle into its papers.',
      );
    const bytes = Buffer.alloc(info.size);
    let read = 0;
    while (read < info.size) {
      const n = readSync(fd, bytes, read, info.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch (error) {
    if (error instanceof ConversionError) throw error;
    throw fileError(name, error);
  } finally {
    closeSync(fd);
  }
}

function kindOf(info: ReturnType<typeof fstatSync>): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a plain file';
}

const REASONS: Record<string, string> = {
  ENOENT: 'not found (a broken symbolic link?)',
  ELOOP: 'a symbolic link that loops',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'a folder, not a file',
  ENOTDIR: 'not a folder',
  EIO: 'input/output error while reading',
};

/** A file-system error as a conversion message: the code, never the stack. */
function fileError(
  name: string,
  error: unknown,
  hint = 'Check that the file exists, is a plain file and can be read.',
): ConversionError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (!code) throw error;
  return new ConversionError([
    conversionMessage(
      name,
      { line: 1 },
      `cannot read: ${REASONS[code] ?? code.toLowerCase()} (${code})`,
      'unreadable-file',
      hint,
    ),
  ]);
}

function folderError(dir: string, error: unknown): ConversionError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (!code) throw error;
  const reason =
    code === 'ENOENT'
      ? 'the input folder does not exist'
      : code === 'ENOTDIR'
        ? 'not a folder'
        : `cannot list the input folder: ${REASONS[code] ?? code} (${code})`;
  return new ConversionError([
    conversionMessage(
      dir,
      { line: 1 },
      reason,
      'input-folder',
      'Give the folder of source documents with --in (default: seeds).',
    ),
  ]);
}
