// Cluster IPs and node ports: handed out at random from the dynamic part of a range (so the
// low, "static" part stays free for addresses people choose), remembered until released.
// mirrors pkg/registry/core/service/ipallocator and portallocator (static/dynamic split)
import type { Rng } from '../../clock';

class RangeAllocator {
  private readonly used = new Set<number>();
  constructor(
    readonly size: number,
    private readonly staticSize: number,
  ) {}

  has(offset: number): boolean {
    return this.used.has(offset);
  }

  claim(offset: number): void {
    this.used.add(offset);
  }

  release(offset: number): void {
    this.used.delete(offset);
  }

  /** A free offset, dynamic band first, or undefined when full. Does not claim it. */
  pick(rng: Rng, taken: ReadonlySet<number> = new Set()): number | undefined {
    const free = (o: number) => !this.used.has(o) && !taken.has(o);
    const dyn = this.size - this.staticSize;
    const start = this.staticSize + rng.int(dyn);
    for (let i = 0; i < dyn; i++) {
      const o = this.staticSize + ((start - this.staticSize + i) % dyn);
      if (free(o)) return o;
    }
    for (let o = 0; o < this.staticSize; o++) if (free(o)) return o;
    return undefined;
  }
}

/** IPv4 service addresses in a CIDR (network and broadcast addresses excluded). */
export class ServiceIPAllocator {
  private readonly base: number;
  private readonly alloc: RangeAllocator;
  constructor(readonly cidr = '10.0.0.0/16') {
    const [ip, bits] = cidr.split('/');
    this.base = ipToInt(ip);
    const size = 2 ** (32 - Number(bits)) - 2; // offsets 0.. = base+1 ..
    this.alloc = new RangeAllocator(size, Math.min(Math.max(16, Math.floor(size / 16)), 256));
  }

  private offset(ip: string): number | undefined {
    if (!/^\d+\.\d+\.\d+\.\d+$/.test(ip)) return undefined;
    const o = ipToInt(ip) - this.base - 1;
    return o >= 0 && o < this.alloc.size ? o : undefined;
  }

  contains(ip: string): boolean {
    return this.offset(ip) !== undefined;
  }

  isAllocated(ip: string): boolean {
    const o = this.offset(ip);
    return o !== undefined && this.alloc.has(o);
  }

  next(rng: Rng): string | undefined {
    const o = this.alloc.pick(rng);
    return o === undefined ? undefined : intToIp(this.base + 1 + o);
  }

  claim(ip: string): void {
    const o = this.offset(ip);
    if (o !== undefined) this.alloc.claim(o);
  }

  release(ip: string): void {
    const o = this.offset(ip);
    if (o !== undefined) this.alloc.release(o);
  }
}

export class NodePortAllocator {
  private readonly alloc: RangeAllocator;
  constructor(
    readonly min = 30000,
    readonly max = 32767,
  ) {
    const size = max - min + 1;
    this.alloc = new RangeAllocator(size, Math.min(Math.max(16, Math.floor(size / 32)), 128));
  }

  contains(port: number): boolean {
    return Number.isInteger(port) && port >= this.min && port <= this.max;
  }

  isAllocated(port: number): boolean {
    return this.contains(port) && this.alloc.has(port - this.min);
  }

  /** A free port not in `taken` (ports chosen earlier in the same request). */
  next(rng: Rng, taken: ReadonlySet<number>): number | undefined {
    const o = this.alloc.pick(rng, new Set([...taken].map((p) => p - this.min)));
    return o === undefined ? undefined : this.min + o;
  }

  claim(port: number): void {
    if (this.contains(port)) this.alloc.claim(port - this.min);
  }

  release(port: number): void {
    if (this.contains(port)) this.alloc.release(port - this.min);
  }
}

function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
}

function intToIp(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}
