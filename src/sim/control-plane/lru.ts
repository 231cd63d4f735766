// A bounded cache that evicts the least recently used key, as golang-lru's simplelru (which
// client-go's event correlator uses). A Map keeps insertion order, but evicting its first key after
// many deletes walks over the deleted slots; a linked list of entries keeps every step O(1).

interface Entry<V> {
  key: string;
  value: V;
  prev: Entry<V> | undefined;
  next: Entry<V> | undefined;
}

export class Lru<V> {
  private readonly map = new Map<string, Entry<V>>();
  private oldest: Entry<V> | undefined;
  private newest: Entry<V> | undefined;

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.map.size;
  }

  /** the value, marking the key as just used */
  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    this.touch(e);
    return e.value;
  }

  /** the value without marking it used */
  peek(key: string): V | undefined {
    return this.map.get(key)?.value;
  }

  set(key: string, value: V): void {
    const e = this.map.get(key);
    if (e) {
      e.value = value;
      this.touch(e);
      return;
    }
    const fresh: Entry<V> = { key, value, prev: this.newest, next: undefined };
    if (this.newest) this.newest.next = fresh;
    else this.oldest = fresh;
    this.newest = fresh;
    this.map.set(key, fresh);
    if (this.map.size > this.capacity) this.evictOldest();
  }

  private touch(e: Entry<V>): void {
    if (e === this.newest) return;
    this.unlink(e);
    e.prev = this.newest;
    e.next = undefined;
    this.newest!.next = e;
    this.newest = e;
  }

  private unlink(e: Entry<V>): void {
    if (e.prev) e.prev.next = e.next;
    else this.oldest = e.next;
    if (e.next) e.next.prev = e.prev;
    else this.newest = e.prev;
  }

  private evictOldest(): void {
    const e = this.oldest;
    if (!e) return;
    this.unlink(e);
    this.map.delete(e.key);
  }
}
