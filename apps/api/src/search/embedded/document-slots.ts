import type { SearchDocument } from '../search-engine';
import { grown } from './inverted-index';

/**
 * The documents by slot, with what filters, facets and sorting read kept in typed columns, so a
 * pass over 200,000 matches touches numbers, not objects. A changed document takes a new slot and
 * its old one dies; `live` says which slots count.
 */
export class DocumentSlots {
  documents: (SearchDocument | undefined)[] = [];
  live = new Uint8Array(0);
  ids = new Float64Array(0);
  priceFen = new Float64Array(0);
  salesCount = new Float64Array(0);
  createdAt = new Float64Array(0);
  supplierIds = new Float64Array(0);
  inStock = new Uint8Array(0);
  /** Index into `categoryCodes`. */
  categories = new Uint8Array(0);
  /** Index into `countyCodes`. */
  counties = new Uint8Array(0);
  readonly categoryCodes = new CodeList();
  readonly countyCodes = new CodeList();
  private readonly slotById = new Map<number, number>();

  /** Slots handed out so far, live or dead. */
  get size(): number {
    return this.documents.length;
  }

  get liveCount(): number {
    return this.slotById.size;
  }

  slotOf(id: number): number | undefined {
    return this.slotById.get(id);
  }

  /** Stores the document in a new slot and returns it; the caller retires any previous slot of its id first. */
  add(document: SearchDocument): number {
    const slot = this.documents.length;
    if (slot >= this.live.length) this.grow(slot + 1);
    this.documents.push(document);
    this.slotById.set(document.id, slot);
    this.live[slot] = 1;
    this.ids[slot] = document.id;
    this.priceFen[slot] = document.priceFen;
    this.salesCount[slot] = document.salesCount;
    this.createdAt[slot] = document.createdAt;
    this.supplierIds[slot] = document.supplierId;
    this.inStock[slot] = document.inStock ? 1 : 0;
    this.categories[slot] = this.categoryCodes.indexOf(document.categoryCode);
    this.counties[slot] = this.countyCodes.indexOf(document.countyCode);
    return slot;
  }

  retire(slot: number): void {
    const document = this.documents[slot];
    if (!document) return;
    this.slotById.delete(document.id);
    this.documents[slot] = undefined;
    this.live[slot] = 0;
  }

  /** The live documents, in slot order. */
  liveDocuments(): SearchDocument[] {
    return this.documents.filter((d): d is SearchDocument => d !== undefined);
  }

  private grow(capacity: number): void {
    this.live = grown(this.live, capacity);
    this.ids = grown(this.ids, capacity);
    this.priceFen = grown(this.priceFen, capacity);
    this.salesCount = grown(this.salesCount, capacity);
    this.createdAt = grown(this.createdAt, capacity);
    this.supplierIds = grown(this.supplierIds, capacity);
    this.inStock = grown(this.inStock, capacity);
    this.categories = grown(this.categories, capacity);
    this.counties = grown(this.counties, capacity);
  }
}

/** Facet values as small numbers: the codes in order of first appearance. */
export class CodeList {
  readonly codes: string[] = [];
  private readonly indexByCode = new Map<string, number>();

  /** The code's index, or undefined if no document has had it. */
  find(code: string): number | undefined {
    return this.indexByCode.get(code);
  }

  indexOf(code: string): number {
    let index = this.indexByCode.get(code);
    if (index === undefined) {
      index = this.codes.length;
      if (index > 0xff) throw new RangeError(`more than 256 distinct facet values (at ${code})`);
      this.codes.push(code);
      this.indexByCode.set(code, index);
    }
    return index;
  }
}
