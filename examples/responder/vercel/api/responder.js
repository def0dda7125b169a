// Vercel Edge Function: every path is rewritten here (vercel.json) and the responder routes on
// the end of the path.
import { createFetchHandler } from 'live-update-release/dist/responder/fetch.js';

export const config = { runtime: 'edge' };

const handle = createFetchHandler({
  manifestUrl: process.env.MANIFEST_URL,
  manifestToken: process.env.MANIFEST_TOKEN,
  ttlSeconds: Number(process.env.MANIFEST_TTL_SECONDS ?? 30),
  githubToken: process.env.GITHUB_TOKEN,
  publicUrl: process.env.PUBLIC_URL,
});

export default function handler(request, context) {
  return handle(request, context);
}
