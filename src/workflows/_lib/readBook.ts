import { ENTITY_KINDS, type Entity, type EntityKind } from '../../model';
import type { CrmStore } from '../../ports';

/** Every collection of a store, read once into arrays (the areas read them several times). */
export type Book = { readonly [K in EntityKind]: ReadonlyArray<Entity<K>> };

/** Reads every collection of the store, in `ENTITY_KINDS` order. */
export async function readBook(store: CrmStore): Promise<Book> {
  const book: Partial<Record<EntityKind, unknown[]>> = {};
  for (const kind of ENTITY_KINDS) {
    const rows: unknown[] = [];
    for await (const entity of store[kind].list()) rows.push(entity);
    book[kind] = rows;
  }
  return book as Book;
}
