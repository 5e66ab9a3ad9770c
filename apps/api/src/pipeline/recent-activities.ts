/**
 * How many of an account's newest activities one read may return (`Account.activities`, the loader
 * behind it). Kept in a module of its own that imports nothing, so the schema's descriptions can
 * read it while the modules that use it are still loading.
 */
export const RECENT_ACTIVITIES = 50;
