// The protobuf wire format, read only: varints, fixed 32/64-bit values and length-delimited fields.
// mirrors what google.golang.org/protobuf's protowire consumes (gogo-protobuf writes the same bytes)

export class ProtoError extends Error {}

export const VARINT = 0;
export const FIXED64 = 1;
export const BYTES = 2;
export const FIXED32 = 5;

export interface RawField {
  number: number;
  wire: number;
  /** varints as bigint (int64 values can pass 2^53), fixed values as their bytes, BYTES as a view */
  value: bigint | Uint8Array;
}

export class Reader {
  pos = 0;
  constructor(private readonly buf: Uint8Array) {}

  done(): boolean {
    return this.pos >= this.buf.length;
  }

  varint(): bigint {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.buf.length) throw new ProtoError('unexpected EOF');
      const b = this.buf[this.pos++];
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result;
      shift += 7n;
    }
    throw new ProtoError('proto: integer overflow');
  }

  bytes(n: number): Uint8Array {
    if (n < 0 || this.pos + n > this.buf.length) throw new ProtoError('unexpected EOF');
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  field(): RawField {
    const key = this.varint();
    const number = Number(key >> 3n);
    const wire = Number(key & 7n);
    if (number <= 0) throw new ProtoError(`proto: illegal tag ${number} (wire type ${wire})`);
    switch (wire) {
      case VARINT:
        return { number, wire, value: this.varint() };
      case FIXED64:
        return { number, wire, value: this.bytes(8) };
      case BYTES:
        return { number, wire, value: this.bytes(Number(this.varint())) };
      case FIXED32:
        return { number, wire, value: this.bytes(4) };
      default:
        throw new ProtoError(`proto: illegal wireType ${wire}`);
    }
  }

  /** every field of a message, in order */
  static fields(buf: Uint8Array): RawField[] {
    const r = new Reader(buf);
    const out: RawField[] = [];
    while (!r.done()) out.push(r.field());
    return out;
  }
}

/** a varint read as a Go int32/int64 (two's complement) */
export function signed(v: bigint): number {
  return Number(BigInt.asIntN(64, v));
}
