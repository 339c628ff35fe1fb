-- crm-rules PostgreSQL schema, version 2: statement lines stored in bulk, as rows of their own.
-- A result whose value holds a `lines` array (a commission statement: one line per order line
-- credited, with its trace) keeps its value without `lines` in crm_rules.results, the count in
-- `line_count`, and each line as a row of crm_rules.result_lines (line_no from 0, in order). The
-- store puts `lines` back when it reads (`jsonb_set`), so the port sees the value as it was put.
-- `line_count` is NULL for a value without a `lines` array (nothing split off). Deleting a result
-- deletes its lines.

ALTER TABLE crm_rules.results ADD COLUMN IF NOT EXISTS line_count integer CHECK (line_count >= 0);

CREATE TABLE IF NOT EXISTS crm_rules.result_lines (
  kind text COLLATE "C" NOT NULL,
  key text COLLATE "C" NOT NULL,
  line_no integer NOT NULL CHECK (line_no >= 0),
  line jsonb NOT NULL,
  PRIMARY KEY (kind, key, line_no),
  FOREIGN KEY (kind, key) REFERENCES crm_rules.results (kind, key) ON DELETE CASCADE
);
