// `--all`'s progress line on stderr, rewritten in place after each page: only when stderr is a terminal,
// so pipes and logs get the data alone.
import type { FetchedPage } from '@crm-contacts/client';

export interface Progress {
  page(page: FetchedPage): void;
  done(): void;
}

/** `what` starts the line (`crm import` names its pass). */
export function progressLine(stream: NodeJS.WritableStream & { isTTY?: boolean }, what = 'fetched'): Progress {
  if (!stream.isTTY) return { page() {}, done() {} };
  let fetched = 0;
  const number = (n: number) => n.toLocaleString('en-US');
  return {
    page(page) {
      fetched += page.contacts;
      stream.write(`\r\x1b[2K${what} ${number(fetched)}${page.total !== undefined ? ` of ${number(page.total)}` : ''} contacts`);
    },
    done() {
      if (fetched) stream.write('\r\x1b[2K');
    },
  };
}
