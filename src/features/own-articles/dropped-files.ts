import type { IngestFile } from '../../loader/ingest-protocol.ts';

/**
 * Files out of a drop or a picker, with their paths inside any dropped folder. Folders are
 * walked through the entries API (`webkitGetAsEntry`), the only way a drop reaches them.
 */

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: IngestFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    out.push({ path: entry.fullPath.replace(/^\//, ''), blob: file });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in batches (100 in Chromium) until it answers with none.
  for (;;) {
    const batch = await readEntries(reader);
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, out);
  }
}

/** Every file of a drop, folders included (walked), in no particular order. */
export async function filesFromDrop(transfer: DataTransfer): Promise<IngestFile[]> {
  const entries = [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length > 0 && entries.every((entry) => entry !== null)) {
    const out: IngestFile[] = [];
    for (const entry of entries) if (entry) await walk(entry, out);
    return out;
  }
  return filesFromList(transfer.files);
}

/** The files of a picker (`webkitRelativePath` when a folder was picked). */
export function filesFromList(list: FileList | null): IngestFile[] {
  return [...(list ?? [])].map((file) => ({
    path: file.webkitRelativePath || file.name,
    blob: file,
  }));
}
