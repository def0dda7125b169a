// Transient faults while the manifest branch is created and while things are read.
import { cut, describeTransientFaults, lost } from './transient-cases.js';

describeTransientFaults([
  ['creating the branch ref', 'POST', '/api/v3/repos/*/*/git/refs', lost, 'lu-ref'],
  ['creating the branch commit', 'POST', '/api/v3/repos/*/*/git/commits', lost, 'lu-commit'],
  [
    'reading the manifest',
    'GET',
    '/api/v3/repos/*/*/contents/**',
    { type: 'status', status: 502 },
    '',
  ],
  ['listing releases', 'GET', '/api/v3/repos/*/*/releases', cut, ''],
]);
