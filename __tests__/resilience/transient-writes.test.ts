// Transient faults while the release is made, filled and published, and the manifest committed.
import { cut, describeTransientFaults, lost } from './transient-cases.js';

describeTransientFaults([
  ['creating the draft', 'POST', '/api/v3/repos/*/*/releases', lost, ''],
  ['uploading', 'POST', '/api/uploads/**', cut, ''],
  ['publishing the draft', 'PATCH', '/api/v3/repos/*/*/releases/*', lost, ''],
  ['downloading', 'GET', '/*/*/releases/download/**', { type: 'status', status: 503 }, ''],
  ['committing the manifest', 'PUT', '/api/v3/repos/*/*/contents/**', lost, ''],
]);
