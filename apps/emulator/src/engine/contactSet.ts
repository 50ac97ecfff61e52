// A set of contact indexes: a bitmap (typedfastbitset, one bit per contact) with its size kept beside
// it, since counting the bits costs a pass over the whole bitmap.
import { TypedFastBitSet } from 'typedfastbitset';

export interface ContactSet {
  bits: TypedFastBitSet;
  size: number;
}

export const emptySet = (): ContactSet => ({ bits: new TypedFastBitSet(), size: 0 });

export function setOf(indexes: Iterable<number>): ContactSet {
  const bits = new TypedFastBitSet();
  for (const i of indexes) bits.add(i);
  return { bits, size: bits.size() };
}

/** The contacts in every set; null stands for "all contacts" (no set to intersect). */
export function intersectAll(sets: ContactSet[]): ContactSet | null {
  if (sets.length === 0) return null;
  const bySize = [...sets].sort((a, b) => a.size - b.size);
  if (bySize[0].size === 0) return bySize[0];
  if (bySize.length === 1) return bySize[0];
  const bits = bySize[0].bits.clone();
  for (let k = 1; k < bySize.length; k++) bits.intersection(bySize[k].bits);
  return { bits, size: bits.size() };
}

export function union(a: ContactSet, b: ContactSet): ContactSet {
  const bits = a.bits.new_union(b.bits);
  return { bits, size: bits.size() };
}
