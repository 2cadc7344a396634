import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { DiskFullError } from './fetch-resumable.js';
import { ModelError } from './model-types.js';

// Unpacks a .tar.bz2 (the sherpa-onnx release format) with the system tar: no shell, arguments as a list.
// The listing is checked first: only plain files and folders, no absolute paths, no "..", so an archive cannot
// write outside the folder given or plant links.

const run = promisify(execFile);
const LIST_LIMIT = 64 * 1024 * 1024;

export function isTarArchive(file: string): boolean {
  return /\.(tar\.bz2|tbz2|tbz|tar\.gz|tgz|tar)$/i.test(file);
}

function compressionFlag(file: string): string {
  if (/\.(tar\.bz2|tbz2|tbz)$/i.test(file)) return '-j';
  if (/\.(tar\.gz|tgz)$/i.test(file)) return '-z';
  return '';
}

async function tar(args: string[], signal?: AbortSignal): Promise<string> {
  try {
    const { stdout } = await run('tar', args, {
      maxBuffer: LIST_LIMIT,
      ...(signal ? { signal } : {}),
    });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new ModelError(
        'The tar program is missing on this computer, so the model cannot be unpacked. The person who runs IEP Ready needs to install tar and bzip2.',
      );
    if ((error as Error).name === 'AbortError') throw error;
    if (/No space left on device|Disk quota exceeded/i.test(String((error as { stderr?: unknown }).stderr)))
      throw new DiskFullError(
        'The disk is full, so the model could not be unpacked. Free some space, then try again.',
        { cause: error },
      );
    throw new ModelError('The archive is damaged or not a .tar.bz2 file. Download it again.', {
      cause: error,
    });
  }
}

/** Extracts `archive` into the existing folder `dest` after checking every entry; `fileName` tells its format. */
export async function extractArchive(
  archive: string,
  dest: string,
  signal?: AbortSignal,
  fileName: string = archive,
): Promise<void> {
  const flag = compressionFlag(fileName);
  const base = flag ? [flag] : [];
  const verbose = (await tar(['-tv', ...base, '-f', archive], signal)).split('\n').filter(Boolean);
  const names = (await tar(['-t', ...base, '-f', archive], signal)).split('\n').filter(Boolean);
  if (names.length === 0) throw new ModelError('The archive is empty. Download it again.');
  if (verbose.length !== names.length)
    throw new ModelError(
      'The archive has file names we cannot check safely. Use the file from the sherpa-onnx releases.',
    );
  for (let i = 0; i < names.length; i++) {
    const type = verbose[i]?.[0];
    const name = names[i] ?? '';
    const parts = name.split('/');
    if ((type !== '-' && type !== 'd') || path.isAbsolute(name) || parts.includes('..'))
      throw new ModelError(
        'The archive holds links or paths outside its folder, so it was not unpacked. Use the file from the sherpa-onnx releases.',
      );
  }
  await tar(['-x', ...base, '--no-same-owner', '--no-same-permissions', '-f', archive, '-C', dest], signal);
}
