// Per gram of an index being built (trigrams, unigrams, bigrams): how many texts hold it, and the last
// text that did, so that a gram repeated within one text counts once. Grows as grams are numbered.
export class GramTally {
  counts: Int32Array = new Int32Array(1024);
  private lastText: Int32Array = new Int32Array(1024).fill(-1);

  /** Whether text t meets gram `id` for the first time (then it is marked as met). */
  firstInText(id: number, t: number): boolean {
    if (id >= this.counts.length) this.grow(id * 2);
    if (this.lastText[id] === t) return false;
    this.lastText[id] = t;
    return true;
  }

  /** For the second pass over the texts: no gram met yet. */
  restart(): void {
    this.lastText.fill(-1);
  }

  private grow(length: number): void {
    const counts = new Int32Array(length);
    counts.set(this.counts);
    const lastText = new Int32Array(length).fill(-1);
    lastText.set(this.lastText);
    this.counts = counts;
    this.lastText = lastText;
  }
}
