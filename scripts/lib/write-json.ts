import { open } from 'node:fs/promises';

/**
 * Writes `value` as JSON, one array element at a time: at 200,000 articles the planned corpus
 * is longer than the longest string V8 can make, so `JSON.stringify` of the whole throws.
 * Same text as `JSON.stringify(value)` for an object of arrays and scalars.
 */
export async function writeJsonObject(file: string, value: Record<string, unknown>): Promise<void> {
  const handle = await open(file, 'w');
  let buffered: string[] = [];
  let size = 0;
  const write = async (text: string) => {
    buffered.push(text);
    size += text.length;
    if (size < 1 << 20) return;
    await handle.write(buffered.join(''));
    buffered = [];
    size = 0;
  };
  try {
    let first = true;
    for (const [key, field] of Object.entries(value)) {
      await write(`${first ? '{' : ','}${JSON.stringify(key)}:`);
      first = false;
      if (!Array.isArray(field)) {
        await write(JSON.stringify(field));
        continue;
      }
      for (let i = 0; i < field.length; i++) {
        await write(`${i === 0 ? '[' : ','}${JSON.stringify(field[i])}`);
      }
      await write(field.length === 0 ? '[]' : ']');
    }
    await write(first ? '{}' : '}');
    await handle.write(buffered.join(''));
  } finally {
    await handle.close();
  }
}
