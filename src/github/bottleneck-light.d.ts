// The Redis-free build of Bottleneck that the Octokit plugins use has the same API as the full one.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
