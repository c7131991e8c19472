// Bundlers replace `process.env.NODE_ENV`; where nothing does, `process` may not exist at all.
declare const process: { env: { NODE_ENV?: string } } | undefined

/** True outside production builds: development-only warnings check this. */
export const DEV = typeof process === 'undefined' || process.env.NODE_ENV !== 'production'
