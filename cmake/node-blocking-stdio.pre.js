// --pre-js for command-line programs run by node: their stdout and stderr (NODERAWFS: fs.writeSync on
// fds 1 and 2) must block while a pipe is full. Node makes a pipe non-blocking once process.stdout is
// touched, and writeSync then fails with EAGAIN: the end of a long output was lost whenever the reader
// was slower than the program (a traceback's 80,000-character source line, under load).
if (typeof process == 'object' && process.versions && process.versions.node) {
  for (const stream of [process.stdout, process.stderr]) {
    const handle = stream && stream._handle;
    if (handle && typeof handle.setBlocking == 'function') handle.setBlocking(true);
  }
}
