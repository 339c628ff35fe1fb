import { PGlite } from '@electric-sql/pglite';

/**
 * What `@electric-sql/pglite` gives the documentation examples: `new PGlite()` returns a fresh,
 * empty database as a user's would, but backed by one PGlite for the whole run (starting one
 * takes seconds): each construction drops the `crm_rules` schema first. Enough of PGlite for the
 * adapter, which uses only `query` and `transaction`.
 */
let shared: Promise<PGlite> | undefined;

class ExamplePGlite {
  readonly #ready: Promise<PGlite>;
  constructor() {
    shared ??= PGlite.create();
    const db = shared;
    this.#ready = db.then(async (instance) => {
      await instance.exec('DROP SCHEMA IF EXISTS crm_rules CASCADE');
      return instance;
    });
  }
  async query(text: string, params?: unknown[]) {
    return (await this.#ready).query(text, params);
  }
  async transaction<T>(body: Parameters<PGlite['transaction']>[0]): Promise<T> {
    return (await this.#ready).transaction(body) as Promise<T>;
  }
}

export const examplePglite = { PGlite: ExamplePGlite };
