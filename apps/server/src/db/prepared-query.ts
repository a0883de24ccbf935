import type { Compilable, CompiledQuery, Insertable, QueryResult } from 'kysely';
import { type Db, type Dialect, dialectOf } from './create-db.ts';
import type { Database } from './database.ts';

// What `param(name)` puts in the query while it compiles; the compiled parameter list then shows where it went.
const PLACEHOLDER = '\u0000liandong.param:';

/** Stands for the value of `name` given when the query runs. */
export type Param<Params> = <K extends keyof Params & string>(name: K) => Params[K];

export type PreparedQuery<Params, Row> = (db: Db, params: Params) => Promise<QueryResult<Row>>;

/**
 * A query built and compiled once per dialect, then run with fresh values. Building and compiling a Kysely query
 * cost more than SQLite took to run it: on a check-in, which runs seven such queries, a quarter of the server's time.
 *
 * `build` writes the query as usual, with `param(name)` wherever a value comes from the caller; every other value
 * is fixed at the first run. So the query's shape must not depend on the values: no optional clauses, no IN-lists
 * that vary in length (those stay ordinary queries, or get one prepared query per shape, as `preparedByShape` does).
 * The query runs on whatever `db` it is given, a transaction included, with the same plugins (CamelCasePlugin).
 */
export function preparedQuery<Params extends Record<string, unknown>, Row>(
  build: (db: Db, param: Param<Params>) => Compilable<Row>,
): PreparedQuery<Params, Row> {
  const compiled = new Map<Dialect, { query: CompiledQuery<Row>; slots: Array<string | null> }>();

  function compile(db: Db, dialect: Dialect) {
    const names = new Set<string>();
    const param = ((name: string) => {
      names.add(name);
      return `${PLACEHOLDER}${name}`;
    }) as Param<Params>;
    const query = build(db, param).compile();
    const slots = query.parameters.map((value) =>
      typeof value === 'string' && value.startsWith(PLACEHOLDER) ? value.slice(PLACEHOLDER.length) : null,
    );
    // A placeholder that did not end up as a parameter of its own (written into the SQL text, or inside a larger
    // value) would run with the placeholder's text: refuse the query the first time it is built.
    for (const name of names)
      if (!slots.includes(name)) throw new Error(`prepared query: param('${name}') is not a parameter of ${query.sql}`);
    if (query.sql.includes(PLACEHOLDER)) throw new Error(`prepared query: a placeholder is part of ${query.sql}`);
    const entry = { query, slots };
    compiled.set(dialect, entry);
    return entry;
  }

  return async (db, params) => {
    const dialect = dialectOf(db);
    const { query, slots } = compiled.get(dialect) ?? compile(db, dialect);
    const parameters = slots.map((name, index) => (name === null ? query.parameters[index] : params[name]));
    return db.executeQuery<Row>({ ...query, parameters });
  };
}

/**
 * Prepared queries for a family whose shape follows from some of the values (which columns an update sets, which
 * states it moves from): one prepared query per shape, made the first time the shape is seen. `shapeOf` names the
 * shape; shapes must be few (a handful of call sites), never drawn from user input.
 */
export function preparedByShape<Shape, Params extends Record<string, unknown>, Row>(
  shapeOf: (shape: Shape) => string,
  build: (db: Db, param: Param<Params>, shape: Shape) => Compilable<Row>,
): (db: Db, shape: Shape, params: Params) => Promise<QueryResult<Row>> {
  const byShape = new Map<string, PreparedQuery<Params, Row>>();
  return (db, shape, params) => {
    const key = shapeOf(shape);
    let query = byShape.get(key);
    if (!query) {
      query = preparedQuery((db, param) => build(db, param, shape));
      byShape.set(key, query);
    }
    return query(db, params);
  };
}

/** The columns a row sets: Kysely leaves out those whose value is undefined, and so must a shape. */
export const givenValues = (row: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));

/** A row of placeholders, one per column, for `values()` or `set()` of a prepared query. */
export const paramsFor = (columns: readonly string[], param: Param<Record<string, unknown>>) =>
  Object.fromEntries(columns.map((column) => [column, param(column)]));

/** Inserts a row into `table`, prepared once for each set of columns the rows given carry. */
export function preparedInsert<Table extends keyof Database & string>(table: Table) {
  const insert = preparedByShape(
    (columns: string[]) => columns.join(),
    (db, param: Param<Record<string, unknown>>, columns) =>
      db.insertInto(table).values(paramsFor(columns, param) as never),
  );
  return (db: Db, row: Insertable<Database[Table]>) => {
    const given = givenValues(row);
    return insert(db, Object.keys(given), given);
  };
}
