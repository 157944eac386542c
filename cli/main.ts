import { main } from './inspect';

// Never process.exit() here: through a pipe, stdout is written asynchronously, and a page's JSON is often
// more than a pipe holds (64 kB). process.exit() would drop whatever is still queued and cut the output
// off (issue 13). With only the exit code set, Node exits by itself once everything has been written.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`lyssna: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

// A reader that stops early (`lyssna inspect page.html | head`) closes the pipe, and the writes still
// queued fail with EPIPE. Nothing more can be shown, so stop quietly, with the exit code already set,
// instead of crashing with a stack trace. Any other write error is still a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
