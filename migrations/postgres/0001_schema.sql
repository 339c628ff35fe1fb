-- crm-rules PostgreSQL schema, version 1: the model's entities and the result store.
-- Applied by `migrate(client)` from `crm-rules/postgres` (recorded in crm_rules.migrations).
-- Conventions: keys and filter columns are text COLLATE "C" (code-point order, as compareKeys);
-- dates are `date`; money and quantities are `numeric` (never a float); the rest of an entity,
-- where the model is open or nested, is `doc jsonb`. Domain rules (a negative quantity only on a
-- return line, known currencies …) are not CHECK constraints: the adapter validates every row it
-- reads with the model's schemas and names the table and key of a bad one.

CREATE TABLE crm_rules.customers (
  id text COLLATE "C" PRIMARY KEY,
  owner_id text COLLATE "C",
  group_id text COLLATE "C",
  country text COLLATE "C",
  grade text COLLATE "C",
  first_deal_date date,
  doc jsonb NOT NULL
);
CREATE INDEX customers_owner_id ON crm_rules.customers (owner_id);

CREATE TABLE crm_rules.account_managers (
  id text COLLATE "C" PRIMARY KEY,
  team_id text COLLATE "C",
  manager_id text COLLATE "C",
  hire_date date,
  leave_date date,
  pay_currency text COLLATE "C",
  doc jsonb NOT NULL
);

CREATE TABLE crm_rules.teams (
  id text COLLATE "C" PRIMARY KEY,
  parent_team_id text COLLATE "C",
  manager_id text COLLATE "C",
  doc jsonb NOT NULL
);

CREATE TABLE crm_rules.product_categories (
  id text COLLATE "C" PRIMARY KEY,
  parent_id text COLLATE "C",
  doc jsonb NOT NULL
);

CREATE TABLE crm_rules.products (
  id text COLLATE "C" PRIMARY KEY,
  category_id text COLLATE "C",
  doc jsonb NOT NULL
);

CREATE TABLE crm_rules.orders (
  id text COLLATE "C" PRIMARY KEY,
  customer_id text COLLATE "C",
  owner_id text COLLATE "C",
  status text COLLATE "C",
  order_date date NOT NULL,
  currency text COLLATE "C",
  doc jsonb NOT NULL
);
CREATE INDEX orders_order_date ON crm_rules.orders (order_date, id);
CREATE INDEX orders_owner_id ON crm_rules.orders (owner_id, order_date);
CREATE INDEX orders_customer_id ON crm_rules.orders (customer_id, order_date);

-- One row per order line, in the order's line order (line_no from 0).
CREATE TABLE crm_rules.order_lines (
  order_id text COLLATE "C" NOT NULL REFERENCES crm_rules.orders (id) ON DELETE CASCADE,
  line_no integer NOT NULL,
  line_id text COLLATE "C",
  product_id text COLLATE "C",
  category_id text COLLATE "C",
  quantity numeric,
  unit_price numeric,
  discount_rate numeric,
  discount_amount numeric,
  unit_cost numeric,
  is_return boolean,
  doc jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (order_id, line_no)
);

CREATE TABLE crm_rules.deliveries (
  id text COLLATE "C" PRIMARY KEY,
  customer_id text COLLATE "C",
  order_id text COLLATE "C",
  date date NOT NULL,
  doc jsonb NOT NULL
);
CREATE INDEX deliveries_date ON crm_rules.deliveries (date, id);

CREATE TABLE crm_rules.invoices (
  id text COLLATE "C" PRIMARY KEY,
  customer_id text COLLATE "C",
  owner_id text COLLATE "C",
  order_id text COLLATE "C",
  issue_date date NOT NULL,
  due_date date,
  currency text COLLATE "C",
  total numeric,
  tax numeric,
  doc jsonb NOT NULL
);
CREATE INDEX invoices_issue_date ON crm_rules.invoices (issue_date, id);

CREATE TABLE crm_rules.payments (
  id text COLLATE "C" PRIMARY KEY,
  customer_id text COLLATE "C",
  owner_id text COLLATE "C",
  date date NOT NULL,
  currency text COLLATE "C",
  amount numeric,
  doc jsonb NOT NULL
);
CREATE INDEX payments_date ON crm_rules.payments (date, id);
CREATE INDEX payments_allocations ON crm_rules.payments USING gin ((doc -> 'allocations') jsonb_path_ops);

CREATE TABLE crm_rules.credit_notes (
  id text COLLATE "C" PRIMARY KEY,
  customer_id text COLLATE "C",
  owner_id text COLLATE "C",
  invoice_id text COLLATE "C",
  order_id text COLLATE "C",
  date date NOT NULL,
  currency text COLLATE "C",
  amount numeric,
  doc jsonb NOT NULL
);
CREATE INDEX credit_notes_date ON crm_rules.credit_notes (date, id);

CREATE TABLE crm_rules.survey_responses (
  id text COLLATE "C" PRIMARY KEY,
  customer_id text COLLATE "C",
  owner_id text COLLATE "C",
  date date NOT NULL,
  doc jsonb NOT NULL
);

CREATE TABLE crm_rules.complaints (
  id text COLLATE "C" PRIMARY KEY,
  customer_id text COLLATE "C",
  owner_id text COLLATE "C",
  severity text COLLATE "C",
  date date NOT NULL,
  doc jsonb NOT NULL
);

CREATE TABLE crm_rules.training_records (
  id text COLLATE "C" PRIMARY KEY,
  manager_id text COLLATE "C",
  course_id text COLLATE "C",
  date date NOT NULL,
  hours numeric,
  doc jsonb NOT NULL
);

CREATE TABLE crm_rules.contracts (
  id text COLLATE "C" PRIMARY KEY,
  customer_id text COLLATE "C",
  start_date date,
  end_date date,
  currency text COLLATE "C",
  doc jsonb NOT NULL
);

CREATE TABLE crm_rules.targets (
  id text COLLATE "C" PRIMARY KEY,
  subject_kind text COLLATE "C",
  subject_id text COLLATE "C",
  metric text COLLATE "C",
  period text COLLATE "C",
  doc jsonb NOT NULL
);

-- The result store: one row per (kind, key); period and subject are indexed filters; version
-- starts at 1 and grows by one on each replacement; closed rows never change (resolvePut).
CREATE TABLE crm_rules.results (
  kind text COLLATE "C" NOT NULL,
  key text COLLATE "C" NOT NULL,
  period text COLLATE "C" NOT NULL,
  subject_id text COLLATE "C" NOT NULL,
  value jsonb NOT NULL,
  closed boolean NOT NULL DEFAULT false,
  version integer NOT NULL CHECK (version >= 1),
  PRIMARY KEY (kind, key)
);
CREATE INDEX results_period_subject ON crm_rules.results (kind, period, subject_id, key);
