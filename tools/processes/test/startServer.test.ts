import { describe, expect, it, vi } from 'vitest';
import { run, startServer } from '../src/index.js';

const node = (script: string): [string, string[]] => [process.execPath, ['-e', script]];
const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };
const READY = /listening on (http:\/\/\S+)/;

describe('startServer', () => {
  it('resolves with the URL of the ready line, keeps the output, and close stops the process', async () => {
    const server = await startServer(...node("console.error('warming up'); console.log('listening on http://127.0.0.1:1'); setInterval(() => {}, 1000)"), { ready: READY });
    expect(server.url).toBe('http://127.0.0.1:1');
    // stderr and stdout are two pipes: the stderr line may arrive just after the ready line on stdout
    await vi.waitFor(() => expect(server.output()).toContain('warming up'));
    await server.close();
    expect(alive(server.pid)).toBe(false);
  });

  it('kills a process that ignores SIGTERM', async () => {
    const server = await startServer(...node("process.on('SIGTERM', () => {}); console.log('listening on http://x'); setInterval(() => {}, 1000)"), { ready: READY });
    await server.close();
    expect(alive(server.pid)).toBe(false);
  });

  it('rejects, with the output, when the process exits before its ready line', async () => {
    await expect(startServer(...node("console.log('cannot bind'); process.exit(3)"), { ready: READY })).rejects.toThrow(/exited \(3\) before its ready line:\ncannot bind/);
  });

  it('rejects and stops a process that never prints its ready line', async () => {
    await expect(startServer(...node('setInterval(() => {}, 1000)'), { ready: READY, timeoutMs: 300 })).rejects.toThrow('printed no ready line in 300 ms');
  });
});

describe('run', () => {
  it('gives the exit code, stdout, and both streams together', async () => {
    const result = await run(...node("console.log('out'); console.error('err'); process.exit(2)"));
    expect(result).toMatchObject({ exitCode: 2, stdout: 'out\n' });
    expect(result.output).toContain('err');
  });
});
