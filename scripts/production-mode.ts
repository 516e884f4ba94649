// Imported first by scripts/start.ts: React and Next pick their production builds from
// NODE_ENV when they are first loaded, and `npm start` serves the production build in-process.
Object.assign(process.env, { NODE_ENV: "production" });
