export {
  type JsonSchema,
  SCHEMA_NAMES,
  type SchemaName,
  safeToJsonSchema,
  toJsonSchema,
} from './toJsonSchema';
