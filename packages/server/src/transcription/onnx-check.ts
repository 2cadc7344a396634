import fs from 'node:fs';

// A quick look at an .onnx file before sherpa-onnx opens it: onnxruntime aborts the whole process (it does not
// throw) on a file that is not a valid model, so a damaged download must be caught here. An ONNX model is a
// protobuf ModelProto; we walk its top-level fields (tag, length, skip) without reading the weights, and ask
// for an IR version (field 1) and a graph (field 7). Random or cut-off bytes fail this almost surely.

const WIRE_VARINT = 0;
const WIRE_I64 = 1;
const WIRE_LEN = 2;
const WIRE_I32 = 5;
/** ModelProto has fields up to 25 (functions); anything far above is not an ONNX model. */
const MAX_FIELD = 64;

/** Reads a protobuf varint at `offset`; null when it is cut off or longer than 10 bytes. */
function readVarint(buf: Buffer, offset: number): { value: number; next: number } | null {
  let value = 0;
  let factor = 1;
  for (let i = 0; i < 10; i++) {
    const byte = buf[offset + i];
    if (byte === undefined) return null;
    value += (byte & 0x7f) * factor;
    factor *= 128;
    if ((byte & 0x80) === 0) return { value, next: offset + i + 1 };
  }
  return null;
}

/** Why the file is not a usable ONNX model, or null when it looks like one. */
export function onnxProblem(file: string): string | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return 'the file is missing';
  }
  try {
    const size = fs.fstatSync(fd).size;
    if (size < 16) return 'the file is empty or too small';
    const head = Buffer.alloc(16);
    let position = 0;
    let sawIrVersion = false;
    let sawGraph = false;
    let fields = 0;
    while (position < size) {
      const n = fs.readSync(fd, head, 0, 16, position);
      const tag = readVarint(head.subarray(0, n), 0);
      if (!tag) return 'the file is damaged (not an ONNX model)';
      const field = Math.floor(tag.value / 8);
      const wire = tag.value % 8;
      if (field < 1 || field > MAX_FIELD) return 'the file is damaged (not an ONNX model)';
      let next: number;
      if (wire === WIRE_VARINT) {
        const v = readVarint(head.subarray(0, n), tag.next);
        if (!v) return 'the file is damaged (not an ONNX model)';
        if (field === 1) {
          if (v.value < 1 || v.value > 100) return 'the file is damaged (not an ONNX model)';
          sawIrVersion = true;
        }
        next = position + v.next;
      } else if (wire === WIRE_LEN) {
        const len = readVarint(head.subarray(0, n), tag.next);
        if (!len) return 'the file is damaged (not an ONNX model)';
        next = position + len.next + len.value;
        if (next > size) return 'the file is cut off (the download did not finish)';
        if (field === 7) sawGraph = true;
      } else if (wire === WIRE_I64) next = position + tag.next + 8;
      else if (wire === WIRE_I32) next = position + tag.next + 4;
      else return 'the file is damaged (not an ONNX model)';
      if (next > size) return 'the file is cut off (the download did not finish)';
      position = next;
      fields += 1;
      if (fields > 10_000) return 'the file is damaged (not an ONNX model)';
    }
    if (!sawIrVersion || !sawGraph) return 'the file is damaged (not an ONNX model)';
    return null;
  } finally {
    fs.closeSync(fd);
  }
}
