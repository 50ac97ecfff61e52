// Writes to stdout at the pace the reader takes it: waits for 'drain' when the pipe is full, so a
// slow consumer of `--all` holds back the requests instead of letting output pile up in memory.
import { once } from 'node:events';

export interface Sink {
  write(text: string): Promise<void>;
}

export function streamSink(stream: NodeJS.WritableStream): Sink {
  return {
    async write(text) {
      if (text !== '' && !stream.write(text)) await once(stream, 'drain');
    },
  };
}
