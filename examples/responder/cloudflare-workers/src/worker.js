// The Fetch-API build reads its settings from the Worker's bindings (`env`).
export { default } from 'live-update-release/dist/responder/fetch.js';
