// The baseline for the responder benchmark: the least a Node server answering update checks
// must do. It reads the body, parses it as JSON and sends one fixed reply; no manifest, no
// decision. Plain JavaScript, so it starts as fast as Node itself.
//
//   PORT=8080 HOST=127.0.0.1 node bench/bare-server.mjs
//
// With BARE_LOG_LINE=1 it also writes one JSON line per request to stdout, shaped like the
// responder's, to show what that line alone costs.
import { createServer } from 'node:http';

const BODY_LIMIT = 64 * 1024;
const REPLY = JSON.stringify({
  error: 'no_new_version_available',
  message: 'No new version available',
  kind: 'up_to_date',
});
const HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
const logLine = process.env.BARE_LOG_LINE === '1';

function log(body) {
  const fields = {
    time: new Date().toISOString(),
    event: 'update_check',
    app_id: body.app_id,
    platform: body.platform,
    channel: 'production',
    from: body.version_name,
    native: body.version_build,
    decision: 'up_to_date',
    plugin_version: body.plugin_version,
  };
  console.log(JSON.stringify(fields));
}

const server = createServer((req, res) => {
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size <= BODY_LIMIT) chunks.push(chunk);
  });
  req.on('end', () => {
    let status = 200;
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (size > BODY_LIMIT || typeof body !== 'object' || body === null) status = 400;
      else if (logLine) log(body);
    } catch {
      status = 400;
    }
    res.writeHead(status, HEADERS);
    res.end(REPLY);
  });
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
