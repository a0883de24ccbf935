import pg from 'pg';

/** Runs one statement on the maintenance database of TEST_PG_URL (CREATE/DROP DATABASE cannot run in a transaction). */
export async function pgAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_PG_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export function pgUrlFor(database: string): string {
  const url = new URL(process.env.TEST_PG_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}
