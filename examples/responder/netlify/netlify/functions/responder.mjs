// The Lambda-style handler, which Netlify Functions run as they are.
export { handler } from 'live-update-release/dist/responder/lambda.mjs';
