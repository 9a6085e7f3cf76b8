import { INITIAL_SCHEMA } from './001-initial.js';

export interface Migration {
  readonly version: number;
  readonly sql: string;
}

/** Every schema change, in order. Append only: a released migration never changes. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, sql: INITIAL_SCHEMA }];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((latest, migration) => Math.max(latest, migration.version), 0);
