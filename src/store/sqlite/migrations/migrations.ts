import { INITIAL_SCHEMA } from './001-initial.js';
import { NAME_TERMS } from './002-name-terms.js';
import { WORKBENCH } from './003-workbench.js';

export interface Migration {
  readonly version: number;
  readonly sql: string;
}

/** Every schema change, in order. Append only: a released migration never changes. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, sql: INITIAL_SCHEMA },
  { version: 2, sql: NAME_TERMS },
  { version: 3, sql: WORKBENCH },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((latest, migration) => Math.max(latest, migration.version), 0);
