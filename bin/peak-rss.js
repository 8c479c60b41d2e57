// Preloaded by `npm run bench` into a `cchc` process (node --require): at exit, the process's peak
// resident memory in KiB on stderr, so that the bench can report what a merge needs as a user runs it.
process.on('exit', () => process.stderr.write(`\npeak-rss-kib ${process.resourceUsage().maxRSS}\n`));
