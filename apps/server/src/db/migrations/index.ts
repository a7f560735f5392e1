/** Every migration in order. Migrations are generated from the entity diff, reviewed, and never edited once merged. */
export const MIGRATIONS: Function[] = [];
