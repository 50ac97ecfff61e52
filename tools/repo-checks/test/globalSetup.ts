// actionlint is built once (go install) before the test files, which run side by side, use it.
import { ensureActionlint } from '../src/actionlint.js';

export default function setup() {
  ensureActionlint();
}
