// `node dist/main.js` is the same as `openclr serve` (Docker image entry point).
process.argv.splice(2, 0, 'serve');
require('./cli');
