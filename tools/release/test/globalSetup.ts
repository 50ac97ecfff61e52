// oasdiff is built once (go install) before the test files, which run side by side, use it.
import { ensureOasdiff } from '../src/oasdiff.js';

export default function setup() {
  ensureOasdiff();
}
