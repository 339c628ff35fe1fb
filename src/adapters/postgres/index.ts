export {
  createPostgresStore,
  POSTGRES_SUPPORT,
  type PostgresStoreOptions,
  safeCreatePostgresStore,
} from './createPostgresStore';
export { importDataset, safeImportDataset } from './importDataset';
export { type MigrateResult, migrate, safeMigrate } from './migrate';
export type { PostgresClient, PostgresQueryable, PostgresQueryResult } from './PostgresClient';
